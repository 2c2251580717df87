/**
 * Encrypting one version of an entry under its content key (app/protocol/entries.py).
 * Envelope: version (0x01) || nonce (12) || AES-256-GCM(padded plaintext) || tag (16);
 * the associated data binds it to its entry, version number and owner.
 */

import { aesGcmDecrypt, aesGcmEncrypt, randomBytes } from "./crypto.js";
import { type Bytes, ascii, concat, u8, u32, uuidBytes } from "./encoding.js";
import { BUCKETS, pad, unpad } from "./padding.js";

export const ENVELOPE_VERSION = 0x01;
export const CONTENT_KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
export const OVERHEAD_BYTES = 1 + NONCE_BYTES + TAG_BYTES;
export const AAD_LABEL = ascii("daybook/v1/entry\x00");
export const ENVELOPE_SIZES: ReadonlySet<number> = new Set(BUCKETS.map((b) => b + OVERHEAD_BYTES));
export const MAX_ENVELOPE_BYTES = Math.max(...ENVELOPE_SIZES);

export class EnvelopeError extends Error {}

export function newContentKey(): Bytes {
  return randomBytes(CONTENT_KEY_BYTES);
}

export function associatedData(entryId: string, version: number, ownerId: string): Bytes {
  return concat(AAD_LABEL, uuidBytes(entryId), u32(version), uuidBytes(ownerId));
}

export async function encryptVersion(
  plaintext: Uint8Array,
  contentKey: Uint8Array,
  entryId: string,
  version: number,
  ownerId: string,
  nonce: Uint8Array = randomBytes(NONCE_BYTES),
): Promise<Bytes> {
  if (nonce.length !== NONCE_BYTES || contentKey.length !== CONTENT_KEY_BYTES) {
    throw new EnvelopeError(`a ${NONCE_BYTES}-byte nonce and a ${CONTENT_KEY_BYTES}-byte key`);
  }
  if (!Number.isInteger(version) || version < 1 || version >= 2 ** 32) {
    throw new EnvelopeError("version numbers run from 1 to 2**32 - 1");
  }
  const body = await aesGcmEncrypt(contentKey, nonce, pad(plaintext), associatedData(entryId, version, ownerId));
  return concat(u8(ENVELOPE_VERSION), nonce, body);
}

/** Throws DecryptionError for a wrong key, an altered envelope or one moved to another entry or version. */
export async function decryptVersion(
  envelope: Uint8Array,
  contentKey: Uint8Array,
  entryId: string,
  version: number,
  ownerId: string,
): Promise<Bytes> {
  checkEnvelopeLayout(envelope);
  const nonce = envelope.subarray(1, 1 + NONCE_BYTES);
  const aad = associatedData(entryId, version, ownerId);
  return unpad(await aesGcmDecrypt(contentKey, nonce, envelope.subarray(1 + NONCE_BYTES), aad));
}

/** What the server can check without the key: version byte and a bucket length. */
export function checkEnvelopeLayout(envelope: Uint8Array): void {
  if (!ENVELOPE_SIZES.has(envelope.length)) {
    const sizes = [...ENVELOPE_SIZES].sort((a, b) => a - b).join(", ");
    throw new EnvelopeError(`an entry envelope is one of ${sizes} bytes long, got ${envelope.length}`);
  }
  if (envelope[0] !== ENVELOPE_VERSION) throw new EnvelopeError(`unknown entry envelope version ${envelope[0]}`);
}
