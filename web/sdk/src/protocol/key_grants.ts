/**
 * A content key wrapped to one reader with HPKE and signed by the granting device (app/protocol/key_grants.py).
 * HPKE base mode does not say who wrapped a key, so the granter signs
 * label || len(info) (u16) || info || envelope, and the reader checks it before trusting the key.
 */

import { ed25519Sign, ed25519Verify } from "./crypto.js";
import { type Bytes, ascii, concat, u16 } from "./encoding.js";
import { unwrap, wrap, wrapInfo } from "./hpke.js";

export const SIGNATURE_LABEL = ascii("daybook/v1/key-grant-signature\x00");
export const ENTRY_KEY_PURPOSE = "entry-key";
export const SIGNATURE_BYTES = 64;

export class KeyGrantError extends Error {}

export function entryKeyInfo(entryId: string, readerId: string): Bytes {
  return wrapInfo(ENTRY_KEY_PURPOSE, entryId, readerId);
}

export function signedMessage(info: Uint8Array, envelope: Uint8Array): Bytes {
  return concat(SIGNATURE_LABEL, u16(info.length), info, envelope);
}

/** Returns the HPKE envelope and the granter's Ed25519 signature over it. */
export async function grant(
  contentKey: Uint8Array,
  readerPublic: Uint8Array,
  info: Uint8Array,
  granterSeed: Uint8Array,
): Promise<{ envelope: Bytes; signature: Bytes }> {
  const envelope = await wrap(contentKey, readerPublic, info);
  return { envelope, signature: ed25519Sign(granterSeed, signedMessage(info, envelope)) };
}

export function verifyGrant(
  envelope: Uint8Array,
  signature: Uint8Array,
  info: Uint8Array,
  granterPublic: Uint8Array,
): boolean {
  return ed25519Verify(granterPublic, signedMessage(info, envelope), signature);
}

/** Throws KeyGrantError unless the granter signed this wrap, DecryptionError if it does not open. */
export async function openGrant(
  envelope: Uint8Array,
  signature: Uint8Array,
  info: Uint8Array,
  readerPrivate: Uint8Array,
  granterPublic: Uint8Array,
): Promise<Bytes> {
  if (!verifyGrant(envelope, signature, info, granterPublic)) {
    throw new KeyGrantError("the key grant is not signed by the expected account");
  }
  const contentKey = await unwrap(envelope, readerPrivate, info);
  if (contentKey.length !== 32) throw new KeyGrantError("a granted content key is 32 bytes");
  return contentKey;
}
