/**
 * An attachment member decrypted as a stream of pieces, one STREAM chunk at a
 * time (as app/protocol/stream.py's decrypt_stream: one chunk read ahead, since
 * only the last carries the last flag). The verifier uses it while it checks a
 * bundle; the officer's "save" uses it again to write an exhibit straight from
 * the bundle file, so no exhibit is held in memory.
 */

import { createSHA256 } from "hash-wasm";

import type { Bytes } from "../protocol/encoding.js";
import { CIPHERTEXT_CHUNK_BYTES, StreamKey } from "../protocol/stream.js";
import { BundleZip } from "./bundle_zip.js";
import { BundleInvalid } from "./invalid.js";
import { attachmentMember } from "./layout.js";
import type { ByteSource } from "./source.js";

/** What decrypts a carried file: its key and nonce prefix, from the signed reference. */
export interface FileKey {
  key: Bytes;
  noncePrefix: Bytes;
}

/** The member's plaintext, chunk after chunk; a chunk that does not open fails the member's `decryption`. */
export async function* decryptedPieces(archive: BundleZip, attachmentId: string, fileKey: FileKey): AsyncGenerator<Bytes> {
  const member = attachmentMember(attachmentId);
  const key = new StreamKey(fileKey.key, fileKey.noncePrefix, attachmentId);
  const pieces = archive.stream(member, CIPHERTEXT_CHUNK_BYTES);
  const open = async (index: number, chunk: Bytes, last: boolean): Promise<Bytes> => {
    try {
      return await key.openChunk(index, chunk, last);
    } catch (error) {
      throw new BundleInvalid(member, "decryption", `a chunk does not open (${(error as Error).message})`);
    }
  };
  let current = (await pieces.next()).value as Bytes | undefined;
  if (current === undefined) throw new BundleInvalid(member, "decryption", "a chunk does not open (attachment ciphertext is empty)");
  let index = 0;
  for (;;) {
    const following = await pieces.next();
    if (following.done) break;
    yield await open(index, current, false);
    [current, index] = [following.value, index + 1];
  }
  yield await open(index, current, true);
}

/**
 * A verified exhibit's file again, read from the bundle file (a picked File is
 * read in slices): every piece as it decrypts, and its SHA-256 checked against
 * the one the report shows once the last piece is out.
 */
export async function* exhibitFile(source: ByteSource, carriedId: string, fileKey: FileKey, sha256: string): AsyncGenerator<Bytes> {
  const archive = await BundleZip.open(source);
  const digest = await createSHA256();
  digest.init();
  for await (const piece of decryptedPieces(archive, carriedId, fileKey)) {
    digest.update(piece);
    yield piece;
  }
  if (digest.digest("hex") !== sha256) throw new BundleInvalid(attachmentMember(carriedId), "file SHA-256", "the bundle file changed since it was verified");
}
