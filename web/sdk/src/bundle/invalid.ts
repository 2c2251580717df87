/** A failed bundle check, named as app/client/bundle_log.py's BundleInvalid names it. */

import { canonicalJson } from "../protocol/commitment.js";
import { equal, parseJson as parseJsonText } from "../protocol/encoding.js";

export class BundleInvalid extends Error {
  constructor(
    readonly item: string,
    readonly check: string,
    readonly detail: string,
  ) {
    super(`${item}: ${check} failed: ${detail}`);
  }
}

/** A JSON member must be exactly the canonical JSON of the values the checks read from it. */
export function checkCanonical(name: string, data: Uint8Array, expected: unknown): void {
  let same: boolean;
  try {
    same = equal(canonicalJson(expected), data);
  } catch {
    same = false; // a value canonical JSON cannot hold (here: a fraction)
  }
  if (!same) {
    throw new BundleInvalid(name, "canonical form", "it is not the canonical JSON of its checked values (a field, spacing, order or encoding differs)");
  }
}

/** strict_json.loads on a member's bytes: strict UTF-8 (a leading BOM dropped, as json.loads
 * does with bytes), no number beyond a double. */
export function parseJson(data: Uint8Array): any {
  return parseJsonText(new TextDecoder("utf-8", { fatal: true }).decode(data));
}
