/** Random access to a bundle file without loading it: a Blob or File in a browser, any reader in Node. */

import type { Bytes } from "../protocol/encoding.js";

export interface ByteSource {
  /** The file's name, which names it in a failed check (as `daybook bundle verify` does). */
  readonly name: string;
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer at the end of the file, none past it). */
  read(offset: number, length: number): Promise<Bytes>;
}

/** How much of a Blob one slice reads: each slice costs a round trip to the browser's file reader, so few large ones. */
export const SLICE_BYTES = 16 << 20;

/**
 * A Blob or File, read in slices of SLICE_BYTES (or the read's own length, if
 * larger) from the first byte asked for; reads within the last slice are served
 * from it. Memory stays that of one slice.
 */
export function blobSource(blob: Blob, name = (blob as File).name ?? "bundle.zip"): ByteSource {
  let window = { start: 0, data: new Uint8Array(0) };
  return {
    name,
    size: blob.size,
    async read(offset, length) {
      const start = Math.min(Math.max(offset, 0), blob.size);
      const end = Math.min(start + Math.max(length, 0), blob.size);
      if (start < window.start || end > window.start + window.data.length) {
        const until = Math.min(Math.max(end, start + SLICE_BYTES), blob.size);
        window = { start, data: new Uint8Array(await blob.slice(start, until).arrayBuffer()) };
      }
      return window.data.slice(start - window.start, end - window.start);
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
