/**
 * The Web Worker entry that runs Argon2id off the browser's UI thread.
 * Start it with `new Worker(new URL("@daybook/sdk/argon2-worker", import.meta.url), { type: "module" })`
 * and pass `workerArgon2(worker)` wherever the SDK takes an Argon2Runner.
 */

import { type Argon2Runner, directArgon2, type KdfParams } from "./kdf.js";

interface Argon2Request {
  id: number;
  password: Uint8Array<ArrayBuffer>;
  params: KdfParams;
}

type Argon2Reply = { id: number; key: Uint8Array<ArrayBuffer> } | { id: number; error: string };

interface MessagePort {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

/** An Argon2Runner that hands the work to a worker started from this module. */
export function workerArgon2(worker: MessagePort): Argon2Runner {
  let next = 0;
  const waiting = new Map<number, { resolve: (key: Uint8Array<ArrayBuffer>) => void; reject: (e: Error) => void }>();
  worker.addEventListener("message", (event) => {
    const reply = event.data as Argon2Reply;
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ("key" in reply) pending?.resolve(reply.key);
    else pending?.reject(new Error(reply.error));
  });
  return (password, params) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, password, params } satisfies Argon2Request);
    });
}

/** Inside a worker (`self` has no `document`): answer requests. */
function serve(scope: MessagePort): void {
  scope.addEventListener("message", (event) => {
    const request = event.data as Argon2Request;
    directArgon2(request.password, request.params).then(
      (key) => scope.postMessage({ id: request.id, key } satisfies Argon2Reply),
      (error: unknown) => scope.postMessage({ id: request.id, error: String(error) } satisfies Argon2Reply),
    );
  });
}

const scope = globalThis as unknown as { document?: unknown; WorkerGlobalScope?: unknown } & MessagePort;
if (scope.WorkerGlobalScope !== undefined && scope.document === undefined) serve(scope);
