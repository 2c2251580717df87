/** The recovery key as the victim writes it down: base32 with a checksum (app/protocol/recovery.py). */

import { randomBytes } from "./crypto.js";
import type { Bytes } from "./encoding.js";
import { formatKey, KEY_BYTES, parseKey } from "./printable_key.js";

export const RECOVERY_KEY_BYTES = KEY_BYTES;

export function newRecoveryKey(): Bytes {
  return randomBytes(RECOVERY_KEY_BYTES);
}

export function formatRecoveryKey(key: Uint8Array): Promise<string> {
  return formatKey(key);
}

/** Accepts any case, spaces and dashes; rejects typos through the checksum. */
export function parseRecoveryKey(text: string): Promise<Bytes> {
  return parseKey(text, "recovery key");
}
