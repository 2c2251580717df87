/**
 * RFC 3161 time-stamp tokens over kept checkpoints (app/protocol/timestamp.py).
 * The PEM chain a bundle carries is checked for its canonical form here; the
 * tokens themselves are checked by a TsaTrust. This SDK does not verify CMS
 * signatures yet: a bundle whose kept checkpoints carry tokens fails its
 * `time-stamp` check, loudly, rather than pass unchecked (use the command line).
 */

import { type Bytes, ascii } from "../protocol/encoding.js";
import { b64decodeStd, b64encodeStd } from "../protocol/signed_note.js";

export interface Timestamp {
  genTime: Date;
  serialNumber: string;
}

export interface TsaTrust {
  verify(token: Bytes, message: Bytes): Promise<Timestamp>;
}

const BLOCK = /-----BEGIN CERTIFICATE-----\r?\n([A-Za-z0-9+/=\r\n]+?)-----END CERTIFICATE-----/g;

/** The certificates' DER, from a PEM chain (text around the blocks is allowed here, as in cryptography's loader). */
export function pemCertificates(data: Uint8Array): Bytes[] {
  const text = new TextDecoder().decode(data);
  const found = [...text.matchAll(BLOCK)].map((m) => b64decodeStd((m[1] as string).replace(/[\r\n]/g, "")));
  if (found.length === 0) throw new Error("not a PEM certificate chain: no certificate");
  for (const der of found) if (der[0] !== 0x30) throw new Error("not a PEM certificate chain: a certificate is not DER");
  return found;
}

/** The chain as its certificates alone, each in PEM with 64-character lines. */
export function canonicalPem(data: Uint8Array): Bytes {
  const blocks = pemCertificates(data).map((der) => {
    const body = b64encodeStd(der).replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
    return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
  });
  return ascii(blocks.join(""));
}

/** The chain a bundle carries: read, but its tokens cannot be verified by this SDK yet. */
export function carriedTrust(pem: Uint8Array): TsaTrust {
  pemCertificates(pem);
  return {
    verify: () => Promise.reject(new Error("this verifier does not check RFC 3161 tokens yet: open the bundle with `daybook bundle verify`")),
  };
}
