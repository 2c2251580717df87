/** Base64url without padding (the one binary-to-text encoding of the API), hex, UUID bytes and byte layouts. */

export type Bytes = Uint8Array<ArrayBuffer>;

const ALPHABET = /^[A-Za-z0-9_-]*$/;
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const B64URL_VALUE = new Map([...B64URL].map((ch, i) => [ch, i]));

export function b64encode(data: Uint8Array): string {
  let out = "";
  for (let i = 0; i < data.length; i += 3) {
    const n = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((data.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += B64URL[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** Strict decode: url-safe alphabet, no padding, no whitespace, canonical trailing bits. */
export function b64decode(text: string): Bytes {
  if (!ALPHABET.test(text) || text.length % 4 === 1) {
    throw new Error("not base64url without padding (alphabet A-Z a-z 0-9 - _)");
  }
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (const ch of text) {
    acc = (acc << 6) | (B64URL_VALUE.get(ch) ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) {
    throw new Error("non-canonical base64url (trailing bits must be zero)");
  }
  return out;
}

export function hex(data: Uint8Array): string {
  let out = "";
  for (const byte of data) out += byte.toString(16).padStart(2, "0");
  return out;
}

export function fromHex(text: string): Bytes {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) throw new Error("not hex");
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A UUID in canonical text (lower case, hyphenated); throws `Failure` (Error by default) otherwise. */
export function parseUuid(value: unknown, name: string, Failure: new (message: string) => Error = Error): string {
  if (typeof value !== "string" || !UUID.test(value)) {
    throw new Failure(`${name} must be a lowercase hyphenated UUID`);
  }
  return value;
}

/** A SHA-256 digest written in base64url; throws `Failure` otherwise. */
export function parseHash32(value: unknown, name: string, Failure: new (message: string) => Error): Bytes {
  let raw: Bytes | undefined;
  try {
    raw = typeof value === "string" ? b64decode(value) : undefined;
  } catch {
    raw = undefined;
  }
  if (raw?.length !== 32) throw new Failure(`${name} must be 32 bytes in base64url`);
  return raw;
}

/** The 16 bytes of a UUID in RFC 9562 order (Python `uuid.bytes`). */
export function uuidBytes(id: string): Bytes {
  return fromHex(parseUuid(id, "id").replaceAll("-", ""));
}

export function uuidFromBytes(data: Uint8Array): string {
  if (data.length !== 16) throw new Error("a UUID is 16 bytes");
  const h = hex(data);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function utf8(text: string): Bytes {
  return new TextEncoder().encode(text);
}

/** Strict UTF-8: invalid bytes throw instead of turning into U+FFFD. */
export function fromUtf8(data: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(data);
}

// A literal overflows a double only with an exponent of three digits or more,
// or with 100 digits or more in a row (an exponent under 100 needs 209 before
// the point): text with neither is parsed without the reviver, which costs
// several times JSON.parse on a large document.
const MAY_OVERFLOW = /[eE][+-]?\d{3}|\d{100}/;

function refuseInfinity(_key: string, value: unknown): unknown {
  if (typeof value === "number" && !Number.isFinite(value)) throw new SyntaxError("a number is too large for a double");
  return value;
}

/**
 * JSON.parse for what another party wrote, refusing a number that is no finite double
 * (`1e400` parses to Infinity): as app/protocol/strict_json.py, whose json module would
 * otherwise keep the large integer or also read NaN and Infinity, which JSON.parse refuses.
 */
export function parseJson(text: string): unknown {
  return MAY_OVERFLOW.test(text) ? JSON.parse(text, refuseInfinity) : JSON.parse(text);
}

export function ascii(text: string): Bytes {
  if (!/^[\x00-\x7f]*$/.test(text)) throw new Error("not ASCII");
  return utf8(text);
}

export function u8(n: number): Bytes {
  return Uint8Array.of(n & 0xff);
}

export function u16(n: number): Bytes {
  if (!Number.isInteger(n) || n < 0 || n > 0xffff) throw new Error("u16 out of range");
  return Uint8Array.of(n >> 8, n & 0xff);
}

export function u32(n: number): Bytes {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error("u32 out of range");
  return Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

export function u64(n: number | bigint): Bytes {
  const value = BigInt(n);
  if (value < 0n || value >= 1n << 64n) throw new Error("u64 out of range");
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, value);
  return out;
}

export function readU16(data: Uint8Array, at: number): number {
  return new DataView(data.buffer, data.byteOffset, data.byteLength).getUint16(at);
}

export function readU32(data: Uint8Array, at: number): number {
  return new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(at);
}

export function readU64(data: Uint8Array, at: number): bigint {
  return new DataView(data.buffer, data.byteOffset, data.byteLength).getBigUint64(at);
}

export function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** A copy that owns its own ArrayBuffer (what WebCrypto and postMessage want). */
export function own(data: Uint8Array): Bytes {
  return new Uint8Array(data);
}
