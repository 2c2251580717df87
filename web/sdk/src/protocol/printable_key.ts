/**
 * A 32-byte secret as a person copies it by hand (app/protocol/printable_key.py):
 * RFC 4648 base32 of key || SHA-256(key)[:2], no padding, in dash-separated groups of 5.
 */

import { sha256 } from "./crypto.js";
import { type Bytes, concat, equal } from "./encoding.js";

export const KEY_BYTES = 32;
const CHECKSUM_BYTES = 2;
const GROUP = 5;
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32(data: Uint8Array): string {
  let out = "";
  let acc = 0;
  let bits = 0;
  for (const byte of data) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(acc >> bits) & 31];
    }
  }
  if (bits > 0) out += BASE32[(acc << (5 - bits)) & 31];
  return out;
}

/** Decodes like Python's b32decode after padding: the unused bits of the last character are ignored. */
function unbase32(text: string, what: string): Bytes {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of text) {
    const value = BASE32.indexOf(ch);
    if (value < 0) throw new Error(`a ${what} uses only the letters A-Z and digits 2-7`);
    acc = ((acc << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  if (![0, 2, 4, 5, 7].includes(text.length % 8)) {
    throw new Error(`a ${what} uses only the letters A-Z and digits 2-7`);
  }
  return Uint8Array.from(out);
}

export async function formatKey(key: Uint8Array): Promise<string> {
  if (key.length !== KEY_BYTES) throw new Error(`a printable key holds ${KEY_BYTES} bytes`);
  const text = base32(concat(key, (await sha256(key)).subarray(0, CHECKSUM_BYTES)));
  return text.match(/.{1,5}/g)?.join("-") ?? "";
}

/** `what` names the key in error messages ("recovery key", "bundle key"). */
export async function parseKey(text: string, what: string): Promise<Bytes> {
  const compact = [...text.toUpperCase()].filter((ch) => !" -\t\n".includes(ch)).join("");
  const raw = unbase32(compact, what);
  const key = raw.slice(0, raw.length - CHECKSUM_BYTES);
  const checksum = raw.subarray(raw.length - CHECKSUM_BYTES);
  if (raw.length < CHECKSUM_BYTES || key.length !== KEY_BYTES) throw new Error(`a ${what} has 55 characters`);
  if (!equal((await sha256(key)).subarray(0, CHECKSUM_BYTES), checksum)) {
    throw new Error(`${what} checksum does not match: check for a typo`);
  }
  return key;
}

