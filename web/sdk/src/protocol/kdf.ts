/**
 * Passphrase and recovery-key derivations (client side), as app/protocol/kdf.py:
 * Argon2id(passphrase) -> master key -> HKDF-SHA256 -> auth key (sent at login)
 * and key-encryption key (never leaves the device).
 */

import { argon2id } from "hash-wasm";

import { hkdf } from "./crypto.js";
import { type Bytes, ascii, own, utf8 } from "./encoding.js";

export const KEY_BYTES = 32;
export const SALT_BYTES = 16;
export const AUTH_KEY_INFO = ascii("daybook/v1/auth-key");
export const KEK_INFO = ascii("daybook/v1/key-encryption-key");
export const RECOVERY_AUTH_KEY_INFO = ascii("daybook/v1/recovery-auth-key");
export const RECOVERY_KEK_INFO = ascii("daybook/v1/recovery-key-encryption-key");

export interface KdfParams {
  salt: Uint8Array;
  memoryKib: number;
  iterations: number;
  parallelism: number;
}

export interface DerivedKeys {
  authKey: Bytes;
  keyEncryptionKey: Bytes;
}

/** What runs Argon2id: in a browser, `workerArgon2` keeps 64 MiB of hashing off the UI thread. */
export type Argon2Runner = (password: Bytes, params: KdfParams) => Promise<Bytes>;

/** Argon2id (RFC 9106, version 0x13) in WebAssembly, on the calling thread. */
export const directArgon2: Argon2Runner = async (password, params) =>
  own(
    await argon2id({
      password,
      salt: params.salt,
      iterations: params.iterations,
      parallelism: params.parallelism,
      memorySize: params.memoryKib,
      hashLength: KEY_BYTES,
      outputType: "binary",
    }),
  );

export interface Argon2Request {
  id: number;
  password: Bytes;
  params: KdfParams;
}

export type Argon2Reply = { id: number; key: Bytes } | { id: number; error: string };

interface MessagePort {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

/** An Argon2Runner that hands the work to a Worker started from "@daybook/sdk/argon2-worker". */
export function workerArgon2(worker: MessagePort): Argon2Runner {
  let next = 0;
  const waiting = new Map<number, { resolve: (key: Bytes) => void; reject: (error: Error) => void }>();
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

/** The passphrase as Argon2id reads it: NFC, so iOS and Android keyboards give the same key. */
export function passphraseBytes(passphrase: string): Bytes {
  return utf8(passphrase.normalize("NFC"));
}

export async function masterKey(
  passphrase: string,
  params: KdfParams,
  runner: Argon2Runner = directArgon2,
): Promise<Bytes> {
  return runner(passphraseBytes(passphrase), params);
}

export async function splitMasterKey(master: Uint8Array): Promise<DerivedKeys> {
  return { authKey: await hkdf(master, AUTH_KEY_INFO), keyEncryptionKey: await hkdf(master, KEK_INFO) };
}

export async function deriveFromPassphrase(
  passphrase: string,
  params: KdfParams,
  runner: Argon2Runner = directArgon2,
): Promise<DerivedKeys> {
  return splitMasterKey(await masterKey(passphrase, params, runner));
}

export async function deriveFromRecoveryKey(recoveryKey: Uint8Array): Promise<DerivedKeys> {
  return {
    authKey: await hkdf(recoveryKey, RECOVERY_AUTH_KEY_INFO),
    keyEncryptionKey: await hkdf(recoveryKey, RECOVERY_KEK_INFO),
  };
}
