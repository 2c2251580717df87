/** Random access to a bundle file without loading it: a Blob or File in a browser, any reader in Node. */

import type { Bytes } from "../protocol/encoding.js";

export interface ByteSource {
  /** The file's name, which names it in a failed check (as `daybook bundle verify` does). */
  readonly name: string;
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer at the end of the file, none past it). */
  read(offset: number, length: number): Promise<Bytes>;
}

/** A Blob or File: each read is a slice, so memory stays that of the pieces read. */
export function blobSource(blob: Blob, name = (blob as File).name ?? "bundle.zip"): ByteSource {
  return {
    name,
    size: blob.size,
    async read(offset, length) {
      const start = Math.min(Math.max(offset, 0), blob.size);
      const end = Math.min(start + Math.max(length, 0), blob.size);
      return new Uint8Array(await blob.slice(start, end).arrayBuffer());
    },
  };
}

/** In memory (tests, small files). */
export function bytesSource(data: Uint8Array, name: string): ByteSource {
  return {
    name,
    size: data.length,
    async read(offset, length) {
      const start = Math.min(Math.max(offset, 0), data.length);
      return data.slice(start, Math.min(start + Math.max(length, 0), data.length));
    },
  };
}
