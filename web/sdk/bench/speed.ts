/**
 * The SDK's speed on the benchmark operations against a live server, run by bench/sdk.py:
 * writing entries, a second device's decrypted and verified sync from nothing, and a
 * 100 MiB attachment uploaded and then downloaded and decrypted as a stream. The upload is
 * timed `rounds` times each way, interleaved: in runs (the default) and one chunk a request,
 * one at a time (as the SDK sent before runs); the figures are the medians.
 * Input (stdin, JSON): base_url, entries, mib, rounds. Output (stdout, JSON): the figures.
 */

import { readFileSync } from "node:fs";

import { DaybookApi } from "../src/client/api.js";
import { type AttachmentReference, download, planUpload, upload } from "../src/client/attachments.js";
import type { TransferOptions } from "../src/client/chunk_transfer.js";
import { Diary, type Incident } from "../src/client/diary.js";
import { login, register } from "../src/client/identity.js";

const input = JSON.parse(readFileSync(0, "utf8")) as { base_url: string; entries: number; mib: number; rounds: number; incident: Incident };
const PASSPHRASE = "correct horse battery staple";

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const seconds = (start: number): number => (performance.now() - start) / 1000;

const api = new DaybookApi(input.base_url);
const { identity } = await register(api, "bench-sdk", PASSPHRASE, "bench");
const diary = new Diary(api, identity);

let start = performance.now();
for (let i = 0; i < input.entries; i++) await diary.add({ ...input.incident, description: `Entry ${i}: ${input.incident["description"]}` });
const writeSeconds = seconds(start);

const laptopApi = new DaybookApi(input.base_url);
const laptop = new Diary(laptopApi, await login(laptopApi, "bench-sdk", PASSPHRASE, "laptop"));
start = performance.now();
const synced = await laptop.sync();
const syncSeconds = seconds(start);

const bytes = input.mib * 1024 * 1024;
const piece = new Uint8Array(256 * 1024).map((_, i) => i % 251);
const file = (): ReadableStream<Uint8Array> => {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const next = piece.subarray(0, Math.min(piece.length, bytes - sent));
      sent += next.length;
      controller.enqueue(next.slice());
    },
  });
};
const rssBefore = process.memoryUsage().rss;
peakRss = rssBefore;
const modes: Record<"runs" | "single", TransferOptions> = { single: { runChunks: 1, parallelRuns: 1 }, runs: {} };
const rates: Record<keyof typeof modes, number[]> = { single: [], runs: [] };
const peaks: Record<keyof typeof modes, number> = { single: 0, runs: 0 };
let reference: AttachmentReference = {};
for (let round = 0; round < input.rounds; round++) {
  for (const mode of ["single", "runs"] as const) {
    const peakBefore = peakRss;
    peakRss = process.memoryUsage().rss;
    start = performance.now();
    reference = await upload(api, planUpload("bench.bin", "application/octet-stream", bytes), file, modes[mode]);
    rates[mode].push(input.mib / seconds(start));
    peaks[mode] = Math.max(peaks[mode], peakRss);
    peakRss = Math.max(peakRss, peakBefore);
  }
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
start = performance.now();
const reader = (await download(api, reference)).getReader();
let received = 0;
for (let r = await reader.read(); !r.done; r = await reader.read()) received += r.value.length;
const downloadSeconds = seconds(start);
clearInterval(sampler);
if (received !== bytes) throw new Error("short download");

process.stdout.write(
  JSON.stringify({
    entries: input.entries,
    write_entries_per_s: input.entries / writeSeconds,
    write_ms_per_entry: (writeSeconds * 1000) / input.entries,
    sync_entries: synced.changed,
    sync_entries_per_s: synced.changed / syncSeconds,
    sync_receipts_proven: synced.log.proven,
    mib: input.mib,
    upload_rounds: input.rounds,
    upload_mib_per_s: median(rates.runs),
    upload_single_mib_per_s: median(rates.single),
    upload_peak_rss_mib: peaks.runs / 2 ** 20,
    upload_single_peak_rss_mib: peaks.single / 2 ** 20,
    download_decrypt_mib_per_s: input.mib / downloadSeconds,
    rss_before_mib: rssBefore / 2 ** 20,
    peak_rss_mib: peakRss / 2 ** 20,
  }),
);
