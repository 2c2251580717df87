/**
 * C2SP cosignatures (c2sp.org/tlog-cosignature), Ed25519 type 0x04 (app/protocol/cosignature.py):
 * "— <witness> base64(key ID || timestamp u64 || Ed25519 signature)" over
 * "cosignature/v1\ntime <timestamp>\n<checkpoint text>".
 */

import { ed25519Verify } from "./crypto.js";
import { type Bytes, concat, equal, hex, readU64, u8, utf8 } from "./encoding.js";
import {
  ED25519_SIGNATURE_BYTES,
  type NoteSignature,
  b64encodeStd,
  checkText,
  keyId,
  parseNote,
  splitKey,
} from "./signed_note.js";

export const COSIGNATURE_TYPE = 0x04;
export const HEADER = "cosignature/v1\n";
const TIMESTAMP_BYTES = 8;
const MAX_TIMESTAMP = (1n << 63n) - 1n;

export class CosignatureError extends Error {}

export function cosignedMessage(text: string, timestamp: bigint): Bytes {
  checkText(text);
  if (timestamp < 0n || timestamp > MAX_TIMESTAMP) throw new CosignatureError(`cosignature time ${timestamp} is out of range`);
  return utf8(`${HEADER}time ${timestamp}\n${text}`);
}

export interface Cosignature {
  name: string;
  keyId: Bytes;
  timestamp: bigint;
  signature: Bytes;
}

export function fromNoteSignature(s: NoteSignature): Cosignature {
  if (s.signature.length !== TIMESTAMP_BYTES + ED25519_SIGNATURE_BYTES) {
    throw new CosignatureError(`a cosignature/v1 signature is ${TIMESTAMP_BYTES + ED25519_SIGNATURE_BYTES} bytes, not ${s.signature.length}`);
  }
  const timestamp = readU64(s.signature, 0);
  if (timestamp > MAX_TIMESTAMP) throw new CosignatureError(`cosignature time ${timestamp} is out of range`);
  return { name: s.name, keyId: s.keyId, timestamp, signature: s.signature.slice(TIMESTAMP_BYTES) };
}

/** A witness's named Ed25519 public key. */
export class CosignatureVerifier {
  readonly keyId: Bytes;

  constructor(
    readonly name: string,
    readonly publicKey: Bytes,
  ) {
    this.keyId = keyId(name, publicKey, COSIGNATURE_TYPE);
  }

  static fromVkey(vkey: string): CosignatureVerifier {
    const [name, claimed, raw] = splitKey(vkey, "witness", COSIGNATURE_TYPE);
    const verifier = new CosignatureVerifier(name, raw);
    if (!equal(verifier.keyId, claimed)) throw new Error("witness key ID does not match the name and key");
    return verifier;
  }

  vkey(): string {
    return `${this.name}+${hex(this.keyId)}+${b64encodeStd(concat(u8(COSIGNATURE_TYPE), this.publicKey))}`;
  }

  matches(s: { name: string; keyId: Uint8Array }): boolean {
    return s.name === this.name && equal(s.keyId, this.keyId);
  }

  verify(text: string, c: Cosignature): boolean {
    return this.matches(c) && ed25519Verify(this.publicKey, cosignedMessage(text, c.timestamp), c.signature);
  }
}

export interface CosignedNote {
  text: string;
  cosignatures: Cosignature[];
  others: NoteSignature[];
}

/** Verify every known witness's cosignature on a note: each must verify, once, and not be dated after `notAfter`. */
export function openCosignatures(note: string, witnesses: Iterable<CosignatureVerifier>, notAfter?: bigint): CosignedNote {
  const known = [...witnesses];
  const [text, signatures] = parseNote(note);
  const cosignatures: Cosignature[] = [];
  const others: NoteSignature[] = [];
  for (const s of signatures) {
    const witness = known.find((w) => w.matches(s));
    if (witness === undefined) {
      others.push(s);
      continue;
    }
    const where = `${s.name}+${hex(s.keyId)}`;
    const c = fromNoteSignature(s);
    if (cosignatures.some((seen) => witness.matches(seen))) throw new CosignatureError(`note cosigned twice by ${where}`);
    if (notAfter !== undefined && c.timestamp > notAfter) throw new CosignatureError(`cosignature by ${where} is dated in the future`);
    if (!witness.verify(text, c)) throw new CosignatureError(`invalid cosignature by ${where}`);
    cosignatures.push(c);
  }
  return { text, cosignatures, others };
}
