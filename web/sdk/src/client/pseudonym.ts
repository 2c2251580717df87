/**
 * A random pseudonymous username, proposed by default at registration (app/client/pseudonym.py):
 * a stalker who knows the victim's usual handles must not find her account by trying them. Two
 * words and four digits from the platform's cryptographic random source: about 2^28 names, so a
 * guess finds no one in particular, while the name stays easy to write down.
 */

import { randomBytes } from "../protocol/crypto.js";
import { PSEUDONYM_WORDS } from "./wordlists/pseudonym_words.js";

/** A uniform random integer in [0, n), n <= 2^32: rejection sampling, so no value is likelier. */
export function randomBelow(n: number): number {
  const limit = Math.floor(2 ** 32 / n) * n;
  for (;;) {
    const [a = 0, b = 0, c = 0, d = 0] = randomBytes(4);
    const x = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
    if (x < limit) return x % n;
  }
}

function word(): string {
  return PSEUDONYM_WORDS[randomBelow(PSEUDONYM_WORDS.length)] as string;
}

/** For example `heron-quartz-4821`; fits the server's username rule. */
export function proposeUsername(): string {
  return `${word()}-${word()}-${String(randomBelow(10_000)).padStart(4, "0")}`;
}

/** What to tell someone who types a username of their own instead of taking the proposed one. */
export const CHOSEN_USERNAME_WARNING =
  "Anyone who knows or guesses this username (a handle you use elsewhere, your name, your email) " +
  "can tell that the account exists and try to sign in to it. A random one, as proposed, is safer.";
