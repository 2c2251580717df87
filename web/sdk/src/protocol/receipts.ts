/**
 * Receipts: the leaves of the evidence log, one per ciphertext the server accepts (app/protocol/receipts.py).
 *   leaf_data = "daybook/v1/receipt" || 0x00 || kind (1) || received_at (u64 ms) || object_sha256 (32) = 60 bytes
 */

import { sha256 } from "./crypto.js";
import { type Bytes, ascii, concat, equal, readU64, u8, u64, uuidBytes } from "./encoding.js";
import { leafHash as merkleLeafHash } from "./merkle.js";
import { signedMessage } from "./key_grants.js";

export const LABEL = ascii("daybook/v1/receipt\x00");
export const TOMBSTONE_LABEL = ascii("daybook/v1/tombstone\x00");
export const OBJECT_BYTES = 32;
export const LEAF_BYTES = LABEL.length + 1 + 8 + OBJECT_BYTES;

export const RECEIPT_KINDS = {
  "entry-version": 1,
  attachment: 2,
  tombstone: 3,
  "key-grant": 4,
  "case-document": 5,
} as const;
export type ReceiptKind = keyof typeof RECEIPT_KINDS;

export class ReceiptError extends Error {}

export interface ReceiptLeaf {
  kind: ReceiptKind;
  receivedAtMs: bigint;
  objectSha256: Bytes;
}

export function encodeLeaf(leaf: ReceiptLeaf): Bytes {
  if (leaf.objectSha256.length !== OBJECT_BYTES) throw new ReceiptError(`a receipt's object hash is ${OBJECT_BYTES} bytes`);
  return concat(LABEL, u8(RECEIPT_KINDS[leaf.kind]), u64(leaf.receivedAtMs), leaf.objectSha256);
}

/** Parse leaf data strictly: the exact size, the label and a known kind. */
export function decodeLeaf(data: Uint8Array): ReceiptLeaf {
  if (data.length !== LEAF_BYTES) throw new ReceiptError(`a receipt leaf is ${LEAF_BYTES} bytes, not ${data.length}`);
  if (!equal(data.subarray(0, LABEL.length), LABEL)) throw new ReceiptError("not a daybook/v1 receipt leaf");
  const byte = data[LABEL.length];
  const kind = (Object.keys(RECEIPT_KINDS) as ReceiptKind[]).find((k) => RECEIPT_KINDS[k] === byte);
  if (kind === undefined) throw new ReceiptError(`unknown receipt kind ${byte}`);
  return { kind, receivedAtMs: readU64(data, LABEL.length + 1), objectSha256: data.slice(LABEL.length + 9) };
}

export function leafHash(data: Uint8Array): Bytes {
  return merkleLeafHash(data);
}

/** The UTC time a leaf records, as the API writes it (RFC 3339, milliseconds). */
export function receivedAt(leaf: ReceiptLeaf): Date {
  return new Date(Number(leaf.receivedAtMs));
}

export function entryVersionObject(commitmentBytes: Uint8Array): Promise<Bytes> {
  return sha256(commitmentBytes);
}

export function tombstoneObject(entryId: string): Promise<Bytes> {
  return sha256(concat(TOMBSTONE_LABEL, uuidBytes(entryId)));
}

export function keyGrantObject(info: Uint8Array, envelope: Uint8Array): Promise<Bytes> {
  return sha256(signedMessage(info, envelope));
}
