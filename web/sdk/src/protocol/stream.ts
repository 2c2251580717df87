/**
 * Streaming encryption of attachments: STREAM over AES-256-GCM (app/protocol/stream.py).
 * The file is cut into CHUNK_BYTES chunks (the last shorter, empty only for an empty file);
 * chunk i is sealed with nonce = prefix (7) || i (u32) || last flag (0x01 on the final chunk)
 * and associated data binding the attachment id, so a dropped, reordered, repeated or
 * truncated chunk fails to open. Web streams here hold at most two chunks in memory.
 */

import { aesGcmDecrypt, aesGcmEncrypt, aesGcmKey, randomBytes } from "./crypto.js";
import { type Bytes, ascii, concat, u8, u32, uuidBytes } from "./encoding.js";

export const CHUNK_BYTES = 1 << 20;
export const TAG_BYTES = 16;
export const CIPHERTEXT_CHUNK_BYTES = CHUNK_BYTES + TAG_BYTES;
export const KEY_BYTES = 32;
export const NONCE_PREFIX_BYTES = 7;
export const MAX_CHUNKS = 2 ** 32;
export const AAD_LABEL = ascii("daybook/v1/attachment\x00");

export class StreamError extends Error {}

/** An empty file is one empty chunk; otherwise ceil(size / CHUNK_BYTES). */
export function chunkCount(plaintextSize: number): number {
  return Math.max(1, Math.ceil(plaintextSize / CHUNK_BYTES));
}

export function ciphertextSize(plaintextSize: number): number {
  return plaintextSize + chunkCount(plaintextSize) * TAG_BYTES;
}

/** Ciphertext size of each chunk, or null if no plaintext size gives this total. */
export function chunkSizes(ciphertextBytes: number): number[] | null {
  const count = Math.max(1, Math.ceil(ciphertextBytes / CIPHERTEXT_CHUNK_BYTES));
  const last = ciphertextBytes - (count - 1) * CIPHERTEXT_CHUNK_BYTES;
  // Every chunk holds at least its tag; only a one-chunk file may be empty.
  if (last < TAG_BYTES || (count > 1 && last === TAG_BYTES)) return null;
  return [...Array<number>(count - 1).fill(CIPHERTEXT_CHUNK_BYTES), last];
}

export function nonce(prefix: Uint8Array, index: number, last: boolean): Bytes {
  if (prefix.length !== NONCE_PREFIX_BYTES) throw new StreamError(`nonce prefix must be ${NONCE_PREFIX_BYTES} bytes`);
  if (!Number.isInteger(index) || index < 0 || index >= MAX_CHUNKS) throw new StreamError("chunk index out of range");
  return concat(prefix, u32(index), u8(last ? 1 : 0));
}

export function associatedData(attachmentId: string): Bytes {
  return concat(AAD_LABEL, uuidBytes(attachmentId));
}

/** One encoding per file: full chunks, then a last one that is shorter or full, empty only when alone. */
function checkChunkSize(index: number, plaintextBytes: number, last: boolean): void {
  if (!last && plaintextBytes !== CHUNK_BYTES) {
    throw new StreamError(`every chunk but the last holds exactly ${CHUNK_BYTES} bytes`);
  }
  if (last && !((plaintextBytes > 0 && plaintextBytes <= CHUNK_BYTES) || (index === 0 && plaintextBytes === 0))) {
    throw new StreamError("the last chunk holds 1 to CHUNK_BYTES bytes (0 only for an empty file)");
  }
}

/** The per-attachment key and nonce prefix. */
export class StreamKey {
  private readonly handle: Promise<CryptoKey>;
  private readonly aad: Bytes;

  constructor(
    readonly key: Bytes,
    readonly prefix: Bytes,
    readonly attachmentId: string,
  ) {
    if (key.length !== KEY_BYTES) throw new StreamError(`attachment key must be ${KEY_BYTES} bytes`);
    if (prefix.length !== NONCE_PREFIX_BYTES) throw new StreamError(`nonce prefix must be ${NONCE_PREFIX_BYTES} bytes`);
    this.handle = aesGcmKey(key);
    this.aad = associatedData(attachmentId);
  }

  static generate(attachmentId: string): StreamKey {
    return new StreamKey(randomBytes(KEY_BYTES), randomBytes(NONCE_PREFIX_BYTES), attachmentId);
  }

  async sealChunk(index: number, plaintext: Uint8Array, last: boolean): Promise<Bytes> {
    checkChunkSize(index, plaintext.length, last);
    return aesGcmEncrypt(await this.handle, nonce(this.prefix, index, last), plaintext, this.aad);
  }

  /** Throws DecryptionError if the chunk was altered, moved or its last flag is wrong; StreamError for an impossible size. */
  async openChunk(index: number, ciphertext: Uint8Array, last: boolean): Promise<Bytes> {
    checkChunkSize(index, ciphertext.length - TAG_BYTES, last);
    return aesGcmDecrypt(await this.handle, nonce(this.prefix, index, last), ciphertext, this.aad);
  }
}

/** A FIFO of byte pieces that hands out fixed-size chunks without copying everything each time. */
class ByteQueue {
  private pieces: Uint8Array[] = [];
  length = 0;

  push(piece: Uint8Array): void {
    if (piece.length === 0) return;
    this.pieces.push(piece);
    this.length += piece.length;
  }

  take(size: number): Bytes {
    const out = new Uint8Array(Math.min(size, this.length));
    let at = 0;
    while (at < out.length) {
      const head = this.pieces[0] as Uint8Array;
      const part = head.subarray(0, out.length - at);
      out.set(part, at);
      at += part.length;
      if (part.length === head.length) this.pieces.shift();
      else this.pieces[0] = head.subarray(part.length);
    }
    this.length -= out.length;
    return out;
  }
}

/**
 * Re-cuts a stream into `size`-byte records and calls `emit(index, record, last)`;
 * holds one record back, since only the final one carries the last flag.
 */
function recut(
  size: number,
  emit: (index: number, record: Bytes, last: boolean) => Promise<Bytes>,
  onEmpty: () => Promise<Bytes>,
): TransformStream<Uint8Array, Bytes> {
  const queue = new ByteQueue();
  let index = 0;
  return new TransformStream({
    async transform(piece, controller) {
      queue.push(piece);
      while (queue.length > size) controller.enqueue(await emit(index++, queue.take(size), false));
    },
    async flush(controller) {
      controller.enqueue(index === 0 && queue.length === 0 ? await onEmpty() : await emit(index, queue.take(size), true));
    },
  });
}

/** Plaintext bytes in, STREAM ciphertext out (chunk after chunk, ready to upload). */
export function encryptStream(key: StreamKey): TransformStream<Uint8Array, Bytes> {
  return recut(CHUNK_BYTES, (i, chunk, last) => key.sealChunk(i, chunk, last), () => key.sealChunk(0, new Uint8Array(0), true));
}

/** STREAM ciphertext in, plaintext out; the stream must end on a last-flagged chunk. */
export function decryptStream(key: StreamKey): TransformStream<Uint8Array, Bytes> {
  return recut(
    CIPHERTEXT_CHUNK_BYTES,
    (i, chunk, last) => key.openChunk(i, chunk, last),
    () => Promise.reject(new StreamError("attachment ciphertext is empty")),
  );
}
