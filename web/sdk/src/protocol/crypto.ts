/**
 * The primitives, behind one small interface: WebCrypto (browsers, Node >= 20,
 * a React Native polyfill) for AES-256-GCM, HKDF-SHA256, SHA-256 and randomness;
 * @noble/curves for Ed25519 and X25519, which runs where WebCrypto lacks them.
 */

import { ed25519, x25519 } from "@noble/curves/ed25519.js";
import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";

import { type Bytes, own } from "./encoding.js";

export class CryptoUnavailableError extends Error {}

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (api === undefined) {
    throw new CryptoUnavailableError(
      "WebCrypto (globalThis.crypto.subtle) is missing: React Native apps must install a WebCrypto polyfill",
    );
  }
  return api;
}

export function randomBytes(length: number): Bytes {
  const out = new Uint8Array(length);
  // getRandomValues fills at most 65536 bytes per call.
  for (let at = 0; at < length; at += 65536) {
    globalThis.crypto.getRandomValues(out.subarray(at, Math.min(length, at + 65536)));
  }
  return out;
}

export async function sha256(data: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await subtle().digest("SHA-256", own(data)));
}

/** SHA-256 on the calling thread, for the many small hashes of Merkle proofs and notes. */
export function sha256Sync(data: Uint8Array): Bytes {
  return own(nobleSha256(data));
}

export async function hmacSha256(key: Uint8Array, data: Uint8Array): Promise<Bytes> {
  const handle = await subtle().importKey("raw", own(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await subtle().sign("HMAC", handle, own(data)));
}

/** HKDF-SHA256 (RFC 5869) with no salt (32 zero bytes). */
export async function hkdf(ikm: Uint8Array, info: Uint8Array, length = 32): Promise<Bytes> {
  const handle = await subtle().importKey("raw", own(ikm), "HKDF", false, ["deriveBits"]);
  const bits = await subtle().deriveBits(
    { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: own(info) },
    handle,
    length * 8,
  );
  return new Uint8Array(bits);
}

/** An AES-256-GCM key imported once, for the many chunks of a stream. */
export async function aesGcmKey(key: Uint8Array): Promise<CryptoKey> {
  if (key.length !== 32) throw new Error("an AES-256-GCM key is 32 bytes");
  return subtle().importKey("raw", own(key), "AES-GCM", false, ["encrypt", "decrypt"]);
}

async function handleOf(key: Uint8Array | CryptoKey): Promise<CryptoKey> {
  return key instanceof Uint8Array ? aesGcmKey(key) : key;
}

/** AES-256-GCM: ciphertext || 16-byte tag. */
export async function aesGcmEncrypt(
  key: Uint8Array | CryptoKey,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Promise<Bytes> {
  const params = { name: "AES-GCM", iv: own(nonce), additionalData: own(aad) };
  return new Uint8Array(await subtle().encrypt(params, await handleOf(key), own(plaintext)));
}

export class DecryptionError extends Error {
  constructor(message = "authentication failed: wrong key or altered data") {
    super(message);
  }
}

/** Throws DecryptionError for a wrong key, nonce, aad or altered ciphertext. */
export async function aesGcmDecrypt(
  key: Uint8Array | CryptoKey,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  aad: Uint8Array,
): Promise<Bytes> {
  const params = { name: "AES-GCM", iv: own(nonce), additionalData: own(aad) };
  const handle = await handleOf(key);
  try {
    return new Uint8Array(await subtle().decrypt(params, handle, own(ciphertext)));
  } catch {
    throw new DecryptionError();
  }
}

export function ed25519Public(seed: Uint8Array): Bytes {
  return own(ed25519.getPublicKey(seed));
}

export function ed25519Sign(seed: Uint8Array, message: Uint8Array): Bytes {
  return own(ed25519.sign(message, seed));
}

/** RFC 8032 verification (not ZIP-215's looser rules), as OpenSSL checks. */
export function ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

export function x25519Public(scalar: Uint8Array): Bytes {
  return own(x25519.getPublicKey(scalar));
}
