/**
 * The Web Worker entry that runs Argon2id off the browser's UI thread (64 MiB, a fraction of a second).
 * Start it with `new Worker(new URL("@daybook/sdk/argon2-worker", import.meta.url), { type: "module" })`
 * and pass `workerArgon2(worker)` (from kdf) wherever the SDK takes an Argon2Runner.
 */

import { type Argon2Reply, type Argon2Request, directArgon2 } from "./kdf.js";

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.addEventListener("message", (event) => {
  const request = event.data as Argon2Request;
  directArgon2(request.password, request.params).then(
    (key) => scope.postMessage({ id: request.id, key } satisfies Argon2Reply),
    (error: unknown) => scope.postMessage({ id: request.id, error: String(error) } satisfies Argon2Reply),
  );
});
