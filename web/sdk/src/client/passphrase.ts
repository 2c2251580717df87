/**
 * Passphrase strength: refuse the weak (app/client/passphrase.py, the same policy).
 *
 * The server never sees the passphrase (only an Argon2id-derived key), so it cannot refuse a weak
 * one: every client must (docs/protocol §4). Strength is estimated with zxcvbn-ts (the TypeScript
 * port of Dropbox's estimator the Python client uses: dictionaries, names, keyboard patterns,
 * dates, l33t, repeats), given the username and device name too so that a passphrase built from
 * them counts as weak. A leaked database or backup lets an attacker guess offline at the Argon2id
 * cost, so only zxcvbn's top score (at least 10^10 guesses) is accepted.
 *
 * A generated passphrase is six words drawn with the platform's cryptographic random source from
 * the EFF long list (7,776 words): 77 bits, easier to remember than random characters.
 *
 * The estimator's dictionaries are large (about 1 MiB minified), so they are loaded on the first
 * estimate, not with the SDK: a bundler that splits code keeps them out of a sign-in page.
 */

import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

import { randomBelow } from "./pseudonym.js";

/** zxcvbn's scores are 0-4; 4 means at least 10^10 guesses. */
export const MIN_SCORE = 4;
export const GENERATED_WORDS = 6;
// zxcvbn's matching grows fast with length; past this many characters the estimate of the start
// is already a lower bound for the whole (the Python client cuts at the same length).
const ESTIMATED_CHARACTERS = 100;

export interface Strength {
  /** 0 (guessed at once) to 4 (at least 10^10 guesses). */
  score: number;
  /** What makes it weak, or "". */
  warning: string;
  suggestions: readonly string[];
  /** At 10,000 guesses a second, in words ("3 years"). */
  offlineCrackTime: string;
  acceptable: boolean;
}

/** Why it was refused and what to do, in one paragraph (the Python client's wording). */
export function advice(strength: Strength): string {
  const parts = [...(strength.warning === "" ? [] : [strength.warning]), ...strength.suggestions];
  parts.push(`Someone with a copy of the server's data could guess it in ${strength.offlineCrackTime}.`);
  return parts.map((part) => (part.endsWith(".") ? part : `${part}.`)).join(" ");
}

/** A passphrase below the minimum strength; the message gives the advice to show. */
export class WeakPassphraseError extends Error {
  constructor(readonly strength: Strength) {
    super(`This passphrase is too easy to guess. ${advice(strength)}`);
  }
}

let estimator: Promise<ZxcvbnFactory> | null = null;

function zxcvbn(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [core, common, en] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
    ]);
    return new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
  })();
  return estimator;
}

/** A username such as heron-quartz-4821 as its parts, which zxcvbn then recognises inside a passphrase, and the whole. */
function words(text: string): string[] {
  return [text, ...text.replaceAll("_", "-").replaceAll(".", "-").split("-").filter((part) => part !== "")];
}

/** How hard `passphrase` is to guess, with `userInputs` (username, device name) counted as known words. */
export async function estimatePassphrase(passphrase: string, userInputs: Iterable<string> = []): Promise<Strength> {
  const inputs = [...userInputs].flatMap(words);
  // Cut by code points, as Python counts, so that both estimate the same characters.
  const start = [...passphrase].slice(0, ESTIMATED_CHARACTERS).join("");
  const found = (await zxcvbn()).check(start, [...inputs, "daybook"]);
  return {
    score: found.score,
    warning: found.feedback.warning ?? "",
    suggestions: found.feedback.suggestions,
    offlineCrackTime: found.crackTimes.offlineSlowHashingXPerSecond.display,
    acceptable: found.score >= MIN_SCORE,
  };
}

/**
 * Throw WeakPassphraseError unless `passphrase` is strong enough for a new account, a change or a
 * recovery. Signing in never checks: an old weak passphrase still opens the account, to be changed.
 */
export async function checkPassphrase(passphrase: string, userInputs: Iterable<string> = []): Promise<void> {
  const strength = await estimatePassphrase(passphrase, userInputs);
  if (!strength.acceptable) throw new WeakPassphraseError(strength);
}

/** A new random passphrase: `words` words from the EFF long list, spaced. Show it, then have it typed back. */
export async function generatePassphrase(words = GENERATED_WORDS): Promise<string> {
  const { EFF_LARGE_WORDS } = await import("./wordlists/eff_large.js");
  // A damaged list would silently weaken every passphrase.
  if (EFF_LARGE_WORDS.length !== 6 ** 5) throw new Error("the EFF long word list is damaged");
  return Array.from({ length: words }, () => EFF_LARGE_WORDS[randomBelow(EFF_LARGE_WORDS.length)]).join(" ");
}
