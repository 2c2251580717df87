/**
 * Key wrapping with HPKE (RFC 9180, base mode) in a self-describing envelope, as app/protocol/hpke.py.
 * Envelope: version (0x01) || kem_id (u16) || kdf_id (u16) || aead_id (u16) || enc || ct.
 * The suite ids are RFC 9180's, so a post-quantum KEM can be added as a new suite.
 */

import { Aes256Gcm, CipherSuite, HkdfSha256 } from "@hpke/core";
import { DhkemX25519HkdfSha256 } from "@hpke/dhkem-x25519";

import { DecryptionError, x25519Public } from "./crypto.js";
import { type Bytes, ascii, concat, own, readU16, u8, u16, uuidBytes } from "./encoding.js";

export const ENVELOPE_VERSION = 0x01;
export const INFO_PREFIX = ascii("daybook/v1/wrap/");
const HEADER_BYTES = 7;

export interface SuiteSpec {
  name: string;
  kemId: number;
  kdfId: number;
  aeadId: number;
  encBytes: number;
  suite: CipherSuite;
}

// @hpke/dhkem-x25519 is @noble's X25519, so wrapping works where WebCrypto has no X25519 (React Native).
export const X25519_SHA256_AES256GCM: SuiteSpec = {
  name: "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM",
  kemId: 0x0020,
  kdfId: 0x0001,
  aeadId: 0x0002,
  encBytes: 32,
  suite: new CipherSuite({ kem: new DhkemX25519HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes256Gcm() }),
};
const SUITES = [X25519_SHA256_AES256GCM];

export class HpkeEnvelopeError extends Error {}

/** `info` binds a wrap to what it is for, which object and which recipient. */
export function wrapInfo(purpose: string, objectId: string, recipientId: string): Bytes {
  return concat(INFO_PREFIX, ascii(purpose), u8(0), uuidBytes(objectId), uuidBytes(recipientId));
}

/** `ephemeral` fixes the sender's key (the test vectors only); leave it out otherwise. */
export async function wrap(
  plaintext: Uint8Array,
  recipientPublic: Uint8Array,
  info: Uint8Array,
  ephemeral?: Uint8Array,
): Promise<Bytes> {
  const spec = X25519_SHA256_AES256GCM;
  const recipientPublicKey = await spec.suite.kem.deserializePublicKey(own(recipientPublic));
  const params = { recipientPublicKey, info: own(info), ...(ephemeral ? { ekm: await keyPair(spec, ephemeral) } : {}) };
  const sealed = await spec.suite.seal(params, own(plaintext));
  return concat(header(spec), new Uint8Array(sealed.enc), new Uint8Array(sealed.ct));
}

async function keyPair(spec: SuiteSpec, privateKey: Uint8Array): Promise<CryptoKeyPair> {
  const priv = await spec.suite.kem.deserializePrivateKey(own(privateKey));
  return { privateKey: priv, publicKey: await spec.suite.kem.deserializePublicKey(x25519Public(privateKey)) };
}

function header(spec: SuiteSpec): Bytes {
  return concat(u8(ENVELOPE_VERSION), u16(spec.kemId), u16(spec.kdfId), u16(spec.aeadId));
}

/** Checks what a server can check: version, a known suite, minimum length. */
export function parseEnvelope(envelope: Uint8Array): SuiteSpec {
  if (envelope.length < HEADER_BYTES) throw new HpkeEnvelopeError("HPKE envelope is too short");
  if (envelope[0] !== ENVELOPE_VERSION) throw new HpkeEnvelopeError(`unknown HPKE envelope version ${envelope[0]}`);
  const [kem, kdf, aead] = [readU16(envelope, 1), readU16(envelope, 3), readU16(envelope, 5)];
  const spec = SUITES.find((s) => s.kemId === kem && s.kdfId === kdf && s.aeadId === aead);
  if (spec === undefined) throw new HpkeEnvelopeError(`unsupported HPKE suite ${kem}/${kdf}/${aead}`);
  if (envelope.length < HEADER_BYTES + spec.encBytes + 16) {
    throw new HpkeEnvelopeError("HPKE envelope is too short for its suite");
  }
  return spec;
}

/** Throws HpkeEnvelopeError for a malformed envelope, DecryptionError for a wrong key or info. */
export async function unwrap(envelope: Uint8Array, recipientPrivate: Uint8Array, info: Uint8Array): Promise<Bytes> {
  const spec = parseEnvelope(envelope);
  const enc = envelope.slice(HEADER_BYTES, HEADER_BYTES + spec.encBytes);
  const recipientKey = await spec.suite.kem.deserializePrivateKey(own(recipientPrivate));
  try {
    const opened = await spec.suite.open(
      { recipientKey, enc: enc.buffer, info: own(info) },
      envelope.slice(HEADER_BYTES + spec.encBytes),
    );
    return new Uint8Array(opened);
  } catch {
    throw new DecryptionError("the wrapped key does not open: wrong key, wrong purpose or altered");
  }
}
