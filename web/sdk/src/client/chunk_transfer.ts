/**
 * Sending sealed STREAM chunks (app/client/chunk_transfer.py): the chunks the server lacks go
 * in runs of consecutive chunks, one request each (§21.2 step 3b), a few runs at a time, in a
 * memory bound a browser can afford.
 */

import { createSHA256 } from "hash-wasm";

import { sha256 } from "../protocol/crypto.js";
import type { Bytes } from "../protocol/encoding.js";
import * as stream from "../protocol/stream.js";
import type { DaybookApi } from "./api.js";
import { ApiError } from "./errors.js";

/**
 * How an upload sends its chunks. The uploader holds at most `runChunks` × `parallelRuns`
 * sealed chunks (1 MiB each), counting the run being filled as one of those in flight, plus
 * the one chunk the encryption stream is sealing.
 */
export interface TransferOptions {
  /** Chunks in one request, 1 to 16; 1 sends every chunk alone (§21.2 step 3). */
  runChunks?: number;
  /** Runs being filled or sent at once, at least 1. */
  parallelRuns?: number;
}

// Runs of 4 with 2 at once hold 8 MiB of sealed chunks, little beside a page's own memory,
// where the reference client's 8 × 2 would hold 16 MiB; 4 MiB per request already pays the
// server's fixed cost of a request once instead of four times.
export const RUN_CHUNKS = 4;
export const PARALLEL_RUNS = 2;
/** Chunks one run request may carry (§21.2 step 3b, app/protocol/stream.py's MAX_RUN_CHUNKS). */
const MAX_RUN_CHUNKS = 16;
// How a server older than runs refuses one: no such route (404, 405) or its body limit for
// other routes (413). The rest of the upload then goes chunk by chunk; a real 404 (no such
// upload) comes back from the first chunk.
const RUNS_UNKNOWN = new Set([404, 405, 413]);
// A server holding as many run bodies as it may refuses a run before reading it; its chunks
// then go one by one, which it does not count (§21.2 step 3b).
const UPLOADS_BUSY = "uploads-busy";

/** A file whose sealed chunks are not those the started upload expects: it is not the file planned. */
export class FileNotPlanned extends Error {}

/** The ciphertext size of each chunk of the started upload, and which of them the server lacks. */
class Layout {
  readonly count: number;
  private readonly lastSize: number;

  constructor(
    ciphertextSize: number,
    readonly missing: ReadonlySet<number>,
    private readonly runChunks: number,
  ) {
    this.count = Math.max(1, Math.ceil(ciphertextSize / stream.CIPHERTEXT_CHUNK_BYTES));
    this.lastSize = ciphertextSize - (this.count - 1) * stream.CIPHERTEXT_CHUNK_BYTES;
  }

  size(index: number): number {
    return index === this.count - 1 ? this.lastSize : stream.CIPHERTEXT_CHUNK_BYTES;
  }

  /** Whether `sealed` can be chunk `index` of this upload. */
  fits(index: number, sealed: Uint8Array): boolean {
    return index < this.count && sealed.length === this.size(index);
  }

  /** The run starting at missing chunk `first`: the consecutive missing chunks from it, `runChunks` at most. */
  runFrom(first: number): Run {
    const sizes: number[] = [];
    for (let i = first; i < this.count && this.missing.has(i) && sizes.length < this.runChunks; i++) sizes.push(this.size(i));
    return new Run(first, sizes);
  }
}

/**
 * Consecutive sealed chunks from `first`, laid end to end in one buffer sized for all of them
 * up front: each sealed chunk is copied in once and dropped, so a run never costs twice its size.
 */
class Run {
  private readonly body: Bytes;
  private filled = 0;
  private added = 0;

  constructor(
    readonly first: number,
    private readonly sizes: readonly number[],
  ) {
    this.body = new Uint8Array(sizes.reduce((sum, size) => sum + size, 0));
  }

  add(sealed: Uint8Array): void {
    this.body.set(sealed, this.filled);
    this.filled += sealed.length;
    this.added++;
  }

  get full(): boolean {
    return this.added === this.sizes.length;
  }

  holds(index: number): boolean {
    return index >= this.first && index < this.first + this.added;
  }

  get empty(): boolean {
    return this.added === 0;
  }

  /** The chunks added so far (all of them once full), each a view into the body. */
  chunks(): Bytes[] {
    const out: Bytes[] = [];
    for (let i = 0, at = 0; i < this.added; at += this.sizes[i] as number, i++) out.push(this.body.subarray(at, at + (this.sizes[i] as number)));
    return out;
  }

  /** The request's body: the chunks added so far. */
  get bytes(): Bytes {
    return this.body.subarray(0, this.filled);
  }
}

/**
 * Runs in flight. A failed run does not stop the others: they finish (so no request is cut off
 * halfway) and no new one starts; `settle` then throws the first failure.
 */
class Sender {
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { error: unknown } | null = null;
  private runsUnknown = false;

  constructor(
    private readonly api: DaybookApi,
    private readonly attachmentId: string,
    private readonly parallelRuns: number,
  ) {}

  get failed(): boolean {
    return this.failure !== null;
  }

  /** Wait until a run may start filling: filling and sending, `parallelRuns` at most. */
  async slot(): Promise<void> {
    while (this.inFlight.size >= this.parallelRuns) await Promise.race(this.inFlight);
  }

  send(run: Run): void {
    const sending: Promise<void> = this.put(run)
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.inFlight.delete(sending));
    this.inFlight.add(sending);
  }

  async settle(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure !== null) throw this.failure.error;
  }

  /** The run in one request; or chunk by chunk if it is one chunk, the server takes no runs, or has no room for it. */
  private async put(run: Run): Promise<void> {
    const chunks = run.chunks();
    if (chunks.length > 1 && !this.runsUnknown) {
      try {
        await this.api.putRun(this.attachmentId, run.first, run.bytes, await sha256(run.bytes));
        return;
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (RUNS_UNKNOWN.has(error.status)) this.runsUnknown = true;
        else if (error.code !== UPLOADS_BUSY) throw error;
      }
    }
    for (const [offset, chunk] of chunks.entries()) await this.api.putChunk(this.attachmentId, run.first + offset, chunk, await sha256(chunk));
  }
}

function checked(options: TransferOptions): Required<TransferOptions> {
  const { runChunks = RUN_CHUNKS, parallelRuns = PARALLEL_RUNS } = options;
  if (!Number.isInteger(runChunks) || runChunks < 1 || runChunks > MAX_RUN_CHUNKS) {
    throw new RangeError(`runChunks must be 1 to ${MAX_RUN_CHUNKS}`);
  }
  if (!Number.isInteger(parallelRuns) || parallelRuns < 1) throw new RangeError("parallelRuns must be at least 1");
  return { runChunks, parallelRuns };
}

/**
 * Read every sealed chunk of `sealed`, PUT those in `missing` in runs, and return the SHA-256
 * of the whole ciphertext for finalising. If `sealed` errors, the chunks sealed before it are
 * still sent (sound ones: only the file's final chunk carries the last flag, and a run holding
 * it waits for the stream's end), so a resumed upload starts after them; then its error is
 * thrown. Otherwise throws the first failed request's error, or FileNotPlanned.
 */
export async function sendChunks(
  api: DaybookApi,
  attachmentId: string,
  ciphertextSize: number,
  missing: ReadonlySet<number>,
  sealed: ReadableStream<Bytes>,
  options: TransferOptions = {},
): Promise<Uint8Array> {
  const { runChunks, parallelRuns } = checked(options);
  const layout = new Layout(ciphertextSize, missing, runChunks);
  const sender = new Sender(api, attachmentId, parallelRuns);
  const cipherHash = await createSHA256();
  const reader = sealed.getReader();
  let run: Run | null = null;
  for (let index = 0; ; index++) {
    let read: ReadableStreamReadResult<Bytes>;
    try {
      read = await reader.read();
    } catch (error) {
      if (run !== null && !run.empty && !run.holds(layout.count - 1)) sender.send(run);
      return stop(reader, sender, error);
    }
    if (read.done) {
      if (index !== layout.count) return stop(reader, sender, new FileNotPlanned(NOT_PLANNED));
      if (run !== null) sender.send(run);
      break;
    }
    if (!layout.fits(index, read.value)) return stop(reader, sender, new FileNotPlanned(NOT_PLANNED));
    // The running hash is incremental (WebAssembly); a run's digest uses native WebCrypto.
    cipherHash.update(read.value);
    if (!missing.has(index)) continue;
    if (run === null) {
      await sender.slot();
      if (sender.failed) break;
      run = layout.runFrom(index);
    }
    run.add(read.value);
    // The final chunk's run waits for the stream's end: a longer file than planned would seal it without the last flag.
    if (run.full && !run.holds(layout.count - 1)) {
      sender.send(run);
      run = null;
    }
  }
  if (sender.failed) await reader.cancel();
  await sender.settle();
  return cipherHash.digest("binary");
}

const NOT_PLANNED = "the file is not the size planned: start a new upload";

/** Stop reading, let the runs in flight finish, and throw `error`. */
async function stop(reader: ReadableStreamDefaultReader<Bytes>, sender: Sender, error: unknown): Promise<never> {
  await reader.cancel(error).catch(() => undefined);
  await sender.settle().catch(() => undefined);
  throw error;
}
