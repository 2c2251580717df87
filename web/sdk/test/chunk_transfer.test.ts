/**
 * Uploads in runs (§21.2 step 3b) against an in-memory server behind a fetch: how chunks are
 * grouped into requests, the memory held, resuming, and the fallbacks to single chunks for a
 * server without runs (404, 405, 413) or one with no room (503 uploads-busy).
 */

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";

import { DaybookApi } from "../src/client/api.js";
import { download, planUpload, upload } from "../src/client/attachments.js";
import { FileNotPlanned, type TransferOptions } from "../src/client/chunk_transfer.js";
import { ApiError } from "../src/client/errors.js";
import { concat } from "../src/protocol/encoding.js";
import * as stream from "../src/protocol/stream.js";

const SERVER = "http://daybook.test/";
const MiB = 1024 * 1024;
const CHUNK = stream.CIPHERTEXT_CHUNK_BYTES;

/** A request the server saw: chunks `first`..`first + count - 1`, alone or as a run. */
interface Sent {
  kind: "chunk" | "run";
  first: number;
  count: number;
}

type Refusal = (sent: Sent) => Response | null;

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const problem = (status: number, code: string, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify({ status, code, title: code, detail: code }), { status, headers: { "Content-Type": "application/problem+json", ...headers } });
const digestOf = (body: Uint8Array): string => `sha-256=:${createHash("sha256").update(body).digest("base64")}:`;

/** One attachment's upload routes as §21.2 describes them, answering at a network's pace so requests overlap. */
class FakeServer {
  readonly chunks = new Map<number, Uint8Array>();
  readonly sent: Sent[] = [];
  sizes: number[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Bytes whose request has been answered: what the client no longer needs to hold. */
  answeredBytes = 0;

  /** `msPerMiB`: a network's pace, slower than sealing (as a phone's upload is) so that requests overlap. */
  constructor(
    private readonly refuse: Refusal = () => null,
    private readonly msPerMiB = 20,
  ) {}

  readonly fetcher = (async (url: string | URL | Request, init?: RequestInit) => {
    this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
    try {
      const bytes = init?.body instanceof Uint8Array ? init.body.length : 0;
      await new Promise((resolve) => setTimeout(resolve, 2 + (this.msPerMiB * bytes) / MiB));
      return this.answer(new URL(String(url)).pathname, init?.method ?? "GET", init);
    } finally {
      this.inFlight--;
    }
  }) as typeof fetch;

  private answer(path: string, method: string, init: RequestInit | undefined): Response {
    const [, , , , what, index, run] = path.split("/");
    if (method === "PUT" && what === undefined) return this.start(JSON.parse(String(init?.body)) as { ciphertext_size: number });
    if (what === "finalize") return this.finalize();
    if (what === "content") return new Response(concat(...this.sizes.map((_, i) => this.chunks.get(i) ?? new Uint8Array())));
    const body = new Uint8Array(init?.body as Uint8Array);
    assert.equal((init?.headers as Record<string, string>)["Content-Digest"], digestOf(body));
    const sent: Sent = { kind: run === "run" ? "run" : "chunk", first: Number(index), count: Math.ceil(body.length / CHUNK) };
    this.sent.push(sent);
    const refused = this.refuse(sent);
    if (refused !== null) return refused;
    const created: boolean[] = [];
    for (let i = 0; i < sent.count; i++) {
      const chunk = body.subarray(i * CHUNK, (i + 1) * CHUNK);
      assert.equal(chunk.length, this.sizes[sent.first + i], `chunk ${sent.first + i} has its exact size`);
      const stored = this.chunks.get(sent.first + i);
      if (stored !== undefined) assert.deepEqual(stored, chunk, "a stored chunk is sent again only with the same bytes");
      created.push(stored === undefined);
      this.chunks.set(sent.first + i, chunk);
    }
    this.answeredBytes += body.length;
    const out = created.map((c, i) => ({ index: sent.first + i, created: c }));
    return json(created.some(Boolean) ? 201 : 200, sent.kind === "run" ? { chunks: out } : out[0]);
  }

  private start(body: { ciphertext_size: number }): Response {
    if (this.sizes.length === 0) this.sizes = stream.chunkSizes(body.ciphertext_size) ?? [];
    return json(200, { missing_chunks: this.missing() });
  }

  missing(): number[] {
    return this.sizes.map((_, i) => i).filter((i) => !this.chunks.has(i));
  }

  private finalize(): Response {
    const missing = this.missing();
    return missing.length === 0 ? json(200, { status: "complete" }) : json(409, { code: "chunks-missing", missing_chunks: missing });
  }

  /** The runs sent, by first chunk (two at once may be answered in either order). */
  runs(): [number, number][] {
    return this.sent.filter((s) => s.kind === "run").map((s): [number, number] => [s.first, s.count]).sort(([a], [b]) => a - b);
  }

  singles(): number[] {
    return this.sent.filter((s) => s.kind === "chunk").map((s) => s.first).sort((a, b) => a - b);
  }
}

// The file's byte i is (7i + 3) mod 251: a pattern of period 251, so any piece is a view of one buffer.
const PATTERN = Uint8Array.from({ length: 2 * MiB + 251 }, (_, i) => (i * 7 + 3) % 251);
const fileBytes = (at: number, length: number): Uint8Array => PATTERN.slice(at % 251, (at % 251) + length);

/** A file of `size` bytes read in 256 KiB pieces; `pulled` counts what has been read, `failAfter` breaks it off. */
function source(size: number, failAfter = Infinity): { open: () => ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const open = (): ReadableStream<Uint8Array> => {
    let at = 0;
    return new ReadableStream({
      pull(controller) {
        if (at >= failAfter) return controller.error(new Error("the file could not be read"));
        if (at >= size) return controller.close();
        const piece = fileBytes(at, Math.min(256 * 1024, size - at));
        at += piece.length;
        pulled = at;
        controller.enqueue(piece);
      },
    });
  };
  return { open, pulled: () => pulled };
}

async function uploaded(server: FakeServer, size: number, options: TransferOptions = {}, planned = size): Promise<Record<string, unknown>> {
  const api = new DaybookApi(SERVER, { accessToken: "dba_x", refreshToken: "dbr_x" }, undefined, server.fetcher);
  return upload(api, planUpload("f.bin", "application/octet-stream", planned), source(size).open, options);
}

async function downloadedMatches(server: FakeServer, reference: Record<string, unknown>, size: number): Promise<void> {
  const api = new DaybookApi(SERVER, null, undefined, server.fetcher);
  const reader = (await download(api, reference as never)).getReader();
  let at = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    assert.ok(Buffer.from(read.value).equals(fileBytes(at, read.value.length)), `the bytes from ${at} are the file's`);
    at += read.value.length;
  }
  assert.equal(at, size);
}

describe("an upload in runs", () => {
  it("sends runs of 4 chunks, 2 at a time, by default, and the file downloads intact", async () => {
    const server = new FakeServer(undefined, 100);
    const size = 10 * MiB + 123;
    await downloadedMatches(server, await uploaded(server, size), size);
    assert.deepEqual(server.runs(), [[0, 4], [4, 4], [8, 3]]);
    assert.deepEqual(server.singles(), []);
    assert.equal(server.maxInFlight, 2);
  });

  it("holds no more sealed chunks than its runs in flight, plus the chunk being sealed", async () => {
    const server = new FakeServer(undefined, 50);
    const size = 40 * MiB;
    const file = source(size);
    let ahead = 0;
    const watched = (): ReadableStream<Uint8Array> =>
      file.open().pipeThrough(
        new TransformStream({
          transform(piece, controller) {
            ahead = Math.max(ahead, file.pulled() - server.answeredBytes);
            controller.enqueue(piece);
          },
        }),
      );
    const api = new DaybookApi(SERVER, null, undefined, server.fetcher);
    await upload(api, planUpload("f.bin", "application/octet-stream", size), watched, { runChunks: 3, parallelRuns: 2 });
    // 3 × 2 MiB in runs, a chunk being sealed, a piece or two in the streams between.
    assert.ok(ahead <= 8 * MiB, `read ${ahead / MiB} MiB ahead of the server`);
    assert.ok(ahead > 3 * MiB, "a run is filled while another is sent");
  });

  it("sends only the missing chunks, consecutive ones together; a lone chunk goes alone", async () => {
    const server = new FakeServer();
    const size = 10 * MiB;
    const api = new DaybookApi(SERVER, null, undefined, server.fetcher);
    const plan = planUpload("f.bin", "application/octet-stream", size);
    const first = await upload(api, plan, source(size).open);
    for (const i of [1, 2, 5, 6, 7, 8, 9]) server.chunks.delete(i);
    server.sent.length = 0;
    const again = await upload(api, plan, source(size).open);
    assert.deepEqual(server.runs(), [[1, 2], [5, 4]]);
    assert.deepEqual(server.singles(), [9]);
    assert.equal(again["ciphertext_sha256"], first["ciphertext_sha256"]);
    await downloadedMatches(server, again, size);
  });

  it("with runChunks 1, sends every chunk alone", async () => {
    const server = new FakeServer();
    await uploaded(server, 3 * MiB + 1, { runChunks: 1 });
    assert.deepEqual(server.runs(), []);
    assert.deepEqual(server.singles(), [0, 1, 2, 3]);
  });

  it("refuses run sizes the protocol does not allow", async () => {
    await assert.rejects(uploaded(new FakeServer(), MiB, { runChunks: 17 }), RangeError);
    await assert.rejects(uploaded(new FakeServer(), MiB, { runChunks: 0 }), RangeError);
    await assert.rejects(uploaded(new FakeServer(), MiB, { parallelRuns: 0 }), RangeError);
  });
});

describe("a server that takes no runs", () => {
  for (const status of [404, 405, 413]) {
    it(`(${status}) gets that run and the rest of the upload chunk by chunk`, async () => {
      const server = new FakeServer((sent) => (sent.kind === "run" ? problem(status, status === 413 ? "payload-too-large" : "not-found") : null));
      const size = 9 * MiB + 5;
      await downloadedMatches(server, await uploaded(server, size, { parallelRuns: 1 }), size);
      assert.deepEqual(server.runs(), [[0, 4]]);
      assert.deepEqual(server.singles(), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });
  }

  it("with no room (503 uploads-busy) gets that run chunk by chunk, and runs again after", async () => {
    let busy = 1;
    const server = new FakeServer((sent) => (sent.kind === "run" && busy-- > 0 ? problem(503, "uploads-busy", { "Retry-After": "2" }) : null));
    const size = 12 * MiB;
    await downloadedMatches(server, await uploaded(server, size, { parallelRuns: 1 }), size);
    assert.deepEqual(server.runs(), [[0, 4], [4, 4], [8, 4]]);
    assert.deepEqual(server.singles(), [0, 1, 2, 3]);
  });
});

describe("a failed upload", () => {
  it("stops at another refusal: no new run starts, nothing is finalised", async () => {
    const server = new FakeServer((sent) => (sent.kind === "run" && sent.first === 4 ? problem(409, "conflict") : null));
    const failed = await uploaded(server, 20 * MiB, { parallelRuns: 1 }).catch((error: unknown) => error);
    assert.ok(failed instanceof ApiError && failed.code === "conflict");
    assert.deepEqual(server.runs(), [[0, 4], [4, 4]]);
    assert.deepEqual(server.missing().length, 16);
  });

  it("sends what was sealed before the file broke off, and resumes after it", async () => {
    const server = new FakeServer();
    const size = 6 * MiB + 9;
    const api = new DaybookApi(SERVER, null, undefined, server.fetcher);
    const plan = planUpload("f.bin", "application/octet-stream", size);
    await assert.rejects(upload(api, plan, source(size, 2 * MiB + 512 * 1024).open), /could not be read/);
    // Chunks 0 and 1 were sealed (chunk 2 was still filling) and stored, in a run cut short.
    assert.deepEqual(server.runs(), [[0, 2]]);
    assert.deepEqual(server.missing(), [2, 3, 4, 5, 6]);
    server.sent.length = 0;
    await downloadedMatches(server, await upload(api, plan, source(size).open), size);
    assert.deepEqual(server.runs(), [[2, 4]]);
    assert.deepEqual(server.singles(), [6]);
  });

  it("refuses a file longer or shorter than planned, never sending its final chunk", async () => {
    for (const actual of [4 * MiB + 1, 3 * MiB - 1]) {
      const server = new FakeServer();
      await assert.rejects(uploaded(server, actual, {}, 3 * MiB), FileNotPlanned);
      assert.ok(!server.chunks.has(2), "the planned final chunk is not stored");
    }
  });
});
