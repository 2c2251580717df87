/**
 * Padding an entry's plaintext to a size bucket before encryption (app/protocol/padding.py):
 * ISO/IEC 7816-4 (one 0x80 byte, then zero bytes) up to the smallest power of two
 * from 1 KiB to 256 KiB that holds the plaintext plus the 0x80 byte.
 */

import { type Bytes } from "./encoding.js";

export const MIN_BUCKET_BYTES = 1 << 10;
export const MAX_BUCKET_BYTES = 1 << 18;
export const BUCKETS: readonly number[] = Array.from({ length: 9 }, (_, k) => 1 << (10 + k));
const MARKER = 0x80;

export class PaddingError extends Error {}

export function bucketFor(plaintextBytes: number): number {
  const bucket = BUCKETS.find((b) => plaintextBytes + 1 <= b);
  if (bucket === undefined) {
    throw new PaddingError(`an entry's plaintext is limited to ${MAX_BUCKET_BYTES - 1} bytes, got ${plaintextBytes}`);
  }
  return bucket;
}

export function pad(plaintext: Uint8Array): Bytes {
  const out = new Uint8Array(bucketFor(plaintext.length));
  out.set(plaintext);
  out[plaintext.length] = MARKER;
  return out;
}

export function unpad(padded: Uint8Array): Bytes {
  if (!BUCKETS.includes(padded.length)) {
    throw new PaddingError(`padded plaintext of ${padded.length} bytes is not a bucket size`);
  }
  let end = padded.length;
  while (end > 0 && padded[end - 1] === 0) end--;
  if (end === 0 || padded[end - 1] !== MARKER) {
    throw new PaddingError("padding does not end in 0x80 followed by zero bytes");
  }
  if (bucketFor(end - 1) !== padded.length) throw new PaddingError("padded to a larger bucket than the plaintext needs");
  return padded.slice(0, end - 1);
}
