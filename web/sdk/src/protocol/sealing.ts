/**
 * Sealing the account's private keys under a key-encryption key (AES-256-GCM), as app/protocol/sealing.py.
 * Blob layout: version (0x01) || nonce (12) || ciphertext || tag (16).
 */

import { aesGcmDecrypt, aesGcmEncrypt, randomBytes } from "./crypto.js";
import { type Bytes, ascii, concat, u8, uuidBytes } from "./encoding.js";
import { PRIVATE_KEYS_BYTES } from "./keys.js";

export const SEALED_VERSION = 0x01;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
export const SEALED_BYTES = 1 + NONCE_BYTES + PRIVATE_KEYS_BYTES + TAG_BYTES;
export const AAD_LABEL = ascii("daybook/v1/private-keys\x00");

export type SealPurpose = "passphrase" | "recovery";

export function associatedData(purpose: SealPurpose, accountId: string): Bytes {
  return concat(AAD_LABEL, ascii(purpose), u8(0), uuidBytes(accountId));
}

export async function seal(
  privateKeys: Uint8Array,
  kek: Uint8Array,
  purpose: SealPurpose,
  accountId: string,
  nonce: Uint8Array = randomBytes(NONCE_BYTES),
): Promise<Bytes> {
  const body = await aesGcmEncrypt(kek, nonce, privateKeys, associatedData(purpose, accountId));
  return concat(u8(SEALED_VERSION), nonce, body);
}

/** Throws DecryptionError on a wrong key or altered blob ("wrong passphrase"). */
export async function openSealed(
  blob: Uint8Array,
  kek: Uint8Array,
  purpose: SealPurpose,
  accountId: string,
): Promise<Bytes> {
  checkSealedLayout(blob);
  const nonce = blob.subarray(1, 1 + NONCE_BYTES);
  return aesGcmDecrypt(kek, nonce, blob.subarray(1 + NONCE_BYTES), associatedData(purpose, accountId));
}

/** What the server can check without the key: version and exact length. */
export function checkSealedLayout(blob: Uint8Array): void {
  if (blob.length !== SEALED_BYTES) {
    throw new Error(`a sealed key blob is exactly ${SEALED_BYTES} bytes, got ${blob.length}`);
  }
  if (blob[0] !== SEALED_VERSION) throw new Error(`unknown sealed key blob version ${blob[0]}`);
}
