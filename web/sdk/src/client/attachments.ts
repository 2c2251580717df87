/**
 * Evidence files on the device (app/client/attachments.py): encrypt in STREAM chunks and
 * upload resumably, several chunks a request (chunk_transfer.ts); download, decrypt and check
 * both hashes; all as web streams in constant memory (an upload holds 8 MiB of sealed chunks by
 * default, a download two 1 MiB chunks).
 */

import { createSHA256, type IHasher } from "hash-wasm";

import { type Bytes, b64decode, b64encode, equal } from "../protocol/encoding.js";
import * as stream from "../protocol/stream.js";
import type { DaybookApi } from "./api.js";
import { sendChunks, type TransferOptions } from "./chunk_transfer.js";
import type { Json } from "../protocol/commitment.js";
import { newId } from "./identity.js";

export class AttachmentCorrupt extends Error {}

/** What a device keeps to resume an upload: the same id, key and prefix give the same chunks. Keep it secret. */
export interface PendingUpload {
  attachmentId: string;
  key: Bytes;
  noncePrefix: Bytes;
  fileName: string;
  mediaType: string;
  size: number;
}

export function planUpload(fileName: string, mediaType: string, size: number): PendingUpload {
  const key = stream.StreamKey.generate(newId());
  return { attachmentId: key.attachmentId, key: key.key, noncePrefix: key.prefix, fileName, mediaType, size };
}

/** The incident schema's `attachments` item. */
export type AttachmentReference = Record<string, Json>;

/**
 * Upload whatever chunks the server lacks, finalise, and return the incident's attachment
 * reference. `open` gives the file's bytes from the start; safe to call again after any failure,
 * as long as the file is the same (its size and hash are checked). `options` set how many chunks
 * go in one request and how many requests at once, hence the memory held (TransferOptions).
 */
export async function upload(
  api: DaybookApi,
  pending: PendingUpload,
  open: () => ReadableStream<Uint8Array>,
  options: TransferOptions = {},
): Promise<AttachmentReference> {
  const key = new stream.StreamKey(pending.key, pending.noncePrefix, pending.attachmentId);
  const ciphertextSize = stream.ciphertextSize(pending.size);
  const status = await api.startUpload(pending.attachmentId, ciphertextSize);
  const plainHash = await createSHA256();
  const counted = new TransformStream<Uint8Array, Uint8Array>({
    transform(piece, controller) {
      plainHash.update(piece);
      controller.enqueue(piece);
    },
  });
  const sealed = open().pipeThrough(counted).pipeThrough(stream.encryptStream(key));
  const missing = new Set(status.missing_chunks);
  const ciphertextSha256 = await sendChunks(api, pending.attachmentId, ciphertextSize, missing, sealed, options);
  await api.finalizeAttachment(pending.attachmentId, ciphertextSha256);
  return {
    attachment_id: pending.attachmentId,
    file_name: pending.fileName,
    media_type: pending.mediaType,
    size: pending.size,
    sha256: plainHash.digest("hex"),
    key: b64encode(pending.key),
    nonce_prefix: b64encode(pending.noncePrefix),
    ciphertext_sha256: b64encode(ciphertextSha256),
  };
}

/**
 * The decrypted file as a stream. It errors with AttachmentCorrupt if any chunk does not
 * open or either hash differs from the reference: treat the bytes as unverified until it closes.
 */
export async function download(api: DaybookApi, reference: AttachmentReference): Promise<ReadableStream<Bytes>> {
  const id = String(reference["attachment_id"]);
  const key = new stream.StreamKey(b64decode(String(reference["key"])), b64decode(String(reference["nonce_prefix"])), id);
  const [plainHash, cipherHash] = [await createSHA256(), await createSHA256()];
  const hashing = (hash: IHasher): TransformStream<Uint8Array, Uint8Array> =>
    new TransformStream({
      transform(piece, controller) {
        hash.update(piece);
        controller.enqueue(piece);
      },
    });
  const check = new TransformStream<Bytes, Bytes>({
    transform(piece, controller) {
      controller.enqueue(piece);
    },
    flush() {
      if (!equal(cipherHash.digest("binary"), b64decode(String(reference["ciphertext_sha256"])))) {
        throw new AttachmentCorrupt("the ciphertext is not the one the entry recorded");
      }
      if (plainHash.digest("hex") !== reference["sha256"]) {
        throw new AttachmentCorrupt("the decrypted file's SHA-256 differs from the original's");
      }
    },
  });
  return (await api.download(id))
    .pipeThrough(hashing(cipherHash))
    .pipeThrough(stream.decryptStream(key))
    .pipeThrough(hashing(plainHash) as TransformStream<Bytes, Bytes>)
    .pipeThrough(check);
}
