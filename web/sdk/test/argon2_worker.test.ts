/** The Argon2id worker entry gives the same key as the direct runner (Node's worker_threads stand in for a Web Worker). */

import assert from "node:assert/strict";
import { it } from "node:test";
import { Worker } from "node:worker_threads";

import { hex } from "../src/protocol/encoding.js";
import { directArgon2, passphraseBytes, workerArgon2 } from "../src/protocol/kdf.js";

it("Argon2id in the worker equals Argon2id on the calling thread", async () => {
  // A worker_threads Worker speaks through `parentPort`; give the entry a Web Worker's global `addEventListener`.
  const source = `
    const { parentPort } = require("node:worker_threads");
    globalThis.postMessage = (m) => parentPort.postMessage(m);
    globalThis.addEventListener = (_t, listener) => parentPort.on("message", (data) => listener({ data }));
    import(${JSON.stringify(new URL("../src/protocol/argon2_worker.js", import.meta.url).href)});
  `;
  const worker = new Worker(source, { eval: true });
  try {
    const port = {
      postMessage: (m: unknown) => worker.postMessage(m),
      addEventListener: (_t: "message", listener: (event: { data: unknown }) => void) => worker.on("message", (data) => listener({ data })),
    };
    const params = { salt: new Uint8Array(16).fill(1), memoryKib: 1024, iterations: 1, parallelism: 1 };
    const password = passphraseBytes("correct horse battery staple");
    assert.equal(hex(await workerArgon2(port)(password, params)), hex(await directArgon2(password, params)));
  } finally {
    await worker.terminate();
  }
});
