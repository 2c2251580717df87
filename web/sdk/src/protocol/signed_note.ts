/**
 * C2SP signed notes (c2sp.org/signed-note) with Ed25519 keys (app/protocol/signed_note.py).
 * A note is a text ending in a newline, a blank line, then signature lines
 * "— <key name> <base64(4-byte key ID || signature)>". Verifier keys are
 * "<name>+<8 hex key ID>+<base64(type || public key)>" (golang.org/x/mod/sumdb/note).
 */

import { ed25519Public, ed25519Sign, ed25519Verify, sha256Sync } from "./crypto.js";
import { type Bytes, concat, equal, hex, u8, utf8 } from "./encoding.js";

export const SIGNATURE_PREFIX = "\u2014 ";
export const ED25519_TYPE = 0x01;
export const KEY_ID_BYTES = 4;
export const ED25519_SIGNATURE_BYTES = 64;
export const MAX_SIGNATURES = 100;

/** The note is malformed, or carries a known key's signature that does not verify. */
export class NoteError extends Error {}
/** The note is well formed but no signature from a known key is on it. */
export class UnverifiedNoteError extends NoteError {}

const STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function b64encodeStd(data: Uint8Array): string {
  let out = "";
  for (let i = 0; i < data.length; i += 3) {
    const n = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    const chars = Math.ceil(((Math.min(3, data.length - i)) * 8) / 6);
    for (let c = 0; c < 4; c++) out += c < chars ? STD[(n >> (18 - 6 * c)) & 63] : "=";
  }
  return out;
}

/** Strict RFC 4648 section 4 base64: standard alphabet, padded, canonical. */
export function b64decodeStd(text: string): Bytes {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error("not padded standard base64");
  const body = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((body.length * 6) / 8));
  let [acc, bits, at] = [0, 0, 0];
  for (const ch of body) {
    acc = ((acc << 6) | STD.indexOf(ch)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  if (b64encodeStd(out) !== text) throw new Error("non-canonical base64 (trailing bits must be zero)");
  return out;
}

export function isValidKeyName(name: string): boolean {
  return name !== "" && !name.includes("+") && !/[\x00-\x1f\ud800-\udfff]|\p{White_Space}/u.test(name);
}

/** SHA-256(key name || 0x0A || signature type || public key)[:4]. */
export function keyId(name: string, publicKey: Uint8Array, signatureType = ED25519_TYPE): Bytes {
  if (!isValidKeyName(name)) throw new Error(`invalid key name '${name}'`);
  return sha256Sync(concat(utf8(name), u8(0x0a), u8(signatureType), publicKey)).slice(0, KEY_ID_BYTES);
}

/** "<name>+<hex key ID>+<base64(type || key)>" into name, claimed key ID and raw key of `keyType`. */
export function splitKey(encoded: string, what: string, keyType = ED25519_TYPE): [string, Bytes, Bytes] {
  const first = encoded.indexOf("+");
  const second = first < 0 ? -1 : encoded.indexOf("+", first + 1);
  const [name, hexId, key64] = [encoded.slice(0, first), encoded.slice(first + 1, second), encoded.slice(second + 1)];
  if (first < 0 || second < 0 || !isValidKeyName(name) || !/^[0-9a-f]{8}$/.test(hexId)) {
    throw new Error(`malformed ${what} key`);
  }
  let key: Bytes;
  try {
    key = b64decodeStd(key64);
  } catch (error) {
    throw new Error(`malformed ${what} key: ${(error as Error).message}`);
  }
  if (key.length !== 33) throw new Error(`malformed ${what} key: wrong key length`);
  if (key[0] !== keyType) throw new Error(`unsupported ${what} key type 0x${hex(key.subarray(0, 1))}`);
  return [name, Uint8Array.from(hexId.match(/../g) ?? [], (b) => Number.parseInt(b, 16)), key.slice(1)];
}

/** A named Ed25519 public key that verifies note signatures. */
export class Verifier {
  readonly keyId: Bytes;

  constructor(
    readonly name: string,
    readonly publicKey: Bytes,
  ) {
    this.keyId = keyId(name, publicKey);
  }

  static fromVkey(vkey: string): Verifier {
    const [name, claimed, raw] = splitKey(vkey, "verifier");
    const verifier = new Verifier(name, raw);
    if (!equal(verifier.keyId, claimed)) throw new Error("verifier key ID does not match the name and key");
    return verifier;
  }

  vkey(): string {
    return `${this.name}+${hex(this.keyId)}+${b64encodeStd(concat(u8(ED25519_TYPE), this.publicKey))}`;
  }

  verify(message: Uint8Array, signature: Uint8Array): boolean {
    return ed25519Verify(this.publicKey, message, signature);
  }
}

/** A named Ed25519 signing key (the log's in tests; the SDK itself signs no notes). */
export class Signer {
  readonly verifier: Verifier;

  constructor(
    readonly name: string,
    private readonly seed: Bytes,
  ) {
    this.verifier = new Verifier(name, ed25519Public(seed));
  }

  sign(message: Uint8Array): Bytes {
    return ed25519Sign(this.seed, message);
  }
}

export interface NoteSignature {
  name: string;
  keyId: Bytes;
  signature: Bytes;
}

export function signatureLine(s: NoteSignature): string {
  return `${SIGNATURE_PREFIX}${s.name} ${b64encodeStd(concat(s.keyId, s.signature))}\n`;
}

function checkNoteChars(note: string): void {
  if (/[\x00-\x09\x0b-\x1f]/.test(note)) throw new NoteError("malformed note: control character");
  if (/[\ud800-\udfff]/u.test(note.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ""))) {
    throw new NoteError("malformed note: not valid UTF-8");
  }
}

export function checkText(text: string): void {
  checkNoteChars(text);
  if (!text.endsWith("\n")) throw new NoteError("malformed note: text must end in a newline");
}

/** Split a signed note into its text and signature lines, verifying nothing. */
export function parseNote(note: string): [string, NoteSignature[]] {
  checkNoteChars(note);
  const split = note.lastIndexOf("\n\n");
  if (split < 0) throw new NoteError("malformed note: no blank line before the signatures");
  const [text, block] = [note.slice(0, split + 1), note.slice(split + 2)];
  if (!block.endsWith("\n")) throw new NoteError("malformed note: no signatures, or no final newline");
  const lines = block.slice(0, -1).split("\n");
  if (lines.length > MAX_SIGNATURES) throw new NoteError(`malformed note: more than ${MAX_SIGNATURES} signatures`);
  const signatures = lines.map((line) => {
    if (!line.startsWith(SIGNATURE_PREFIX)) throw new NoteError("malformed note: a signature line must start with an em dash");
    const rest = line.slice(SIGNATURE_PREFIX.length);
    const space = rest.indexOf(" ");
    const [name, encoded] = space < 0 ? [rest, ""] : [rest.slice(0, space), rest.slice(space + 1)];
    let raw: Bytes;
    try {
      raw = b64decodeStd(encoded);
    } catch {
      throw new NoteError("malformed note: signature is not base64");
    }
    if (!isValidKeyName(name) || raw.length <= KEY_ID_BYTES) throw new NoteError("malformed note: bad key name or signature");
    return { name, keyId: raw.slice(0, KEY_ID_BYTES), signature: raw.slice(KEY_ID_BYTES) };
  });
  return [text, signatures];
}

/**
 * Verify a signed note against known keys: a line is a known key's when both name and key ID
 * match; every known key's signature must verify, none twice, and at least one must be there.
 */
export function openNote(note: string, verifiers: Iterable<Verifier>): { text: string; verified: string[] } {
  const known = new Map<string, Verifier>();
  for (const v of verifiers) known.set(`${v.name}+${hex(v.keyId)}`, v);
  const [text, signatures] = parseNote(note);
  const message = utf8(text);
  const verified: string[] = [];
  const seen = new Set<string>();
  for (const s of signatures) {
    const slot = `${s.name}+${hex(s.keyId)}`;
    const match = known.get(slot);
    if (match === undefined) continue;
    if (seen.has(slot)) throw new NoteError(`note signed twice by ${slot}`);
    seen.add(slot);
    if (!match.verify(message, s.signature)) throw new NoteError(`invalid signature by ${slot}`);
    verified.push(s.name);
  }
  if (verified.length === 0) throw new UnverifiedNoteError("note has no signature from a known key");
  return { text, verified };
}

/** Sign `text` with one or more keys, one signature line each, in order. */
export function signNoteWith(text: string, signers: readonly Signer[]): string {
  checkText(text);
  const message = utf8(text);
  const lines = signers.map((s) => signatureLine({ name: s.name, keyId: s.verifier.keyId, signature: s.sign(message) }));
  if (lines.length === 0) throw new Error("a signed note needs at least one signature");
  return `${text}\n${lines.join("")}`;
}
