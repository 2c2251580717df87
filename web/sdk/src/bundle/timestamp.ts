/**
 * RFC 3161 time-stamp tokens over kept checkpoints (app/protocol/timestamp.py):
 * the CMS SignedData of RFC 3161 §2.4.2 is parsed and checked with PKI.js on
 * WebCrypto, in the Python verifier's order and with its wording (its checks
 * are rfc3161-client's `Verifier.verify`): the SHA-256 message imprint, then the
 * signature and the signer's chain to the trusted certificates at genTime, one
 * SignerInfo, its certificate carried, pinned when the chain names one, and the
 * critical timeStamping extended key usage.
 *
 * One known difference: rfc3161-client reads DER strictly and refuses a token
 * whose embedded certificates are not in DER SET OF order (`openssl ts -reply
 * -chain` writes them in chain order); PKI.js reads BER and accepts it. The
 * server checks each answer with rfc3161-client when it asks for a token, and
 * keeps none it refuses, so a bundle it made carries no such token.
 */

import * as pkijs from "pkijs";

import { type Bytes, ascii, equal } from "../protocol/encoding.js";
import { b64decodeStd, b64encodeStd } from "../protocol/signed_note.js";
import { sha256 } from "@noble/hashes/sha2.js";

export interface Timestamp {
  genTime: Date;
  serialNumber: string;
}

export interface TsaTrust {
  verify(token: Bytes, message: Bytes): Promise<Timestamp>;
}

const SHA256_OID = "2.16.840.1.101.3.4.2.1";
const SIGNED_DATA_OID = "1.2.840.113549.1.7.2";
const TST_INFO_OID = "1.2.840.113549.1.9.16.1.4";
const EXT_KEY_USAGE_OID = "2.5.29.37";
const TIME_STAMPING_OID = "1.3.6.1.5.5.7.3.8";

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

function certificate(der: Bytes): pkijs.Certificate {
  try {
    return pkijs.Certificate.fromBER(der);
  } catch (error) {
    throw new Error(`not a PEM certificate chain: ${(error as Error).message}`);
  }
}

const derOf = (c: pkijs.Certificate): Bytes => new Uint8Array(c.toSchema().toBER());
const sameCertificate = (a: pkijs.Certificate, b: pkijs.Certificate): boolean => equal(derOf(a), derOf(b));

async function isSelfSigned(c: pkijs.Certificate): Promise<boolean> {
  if (!c.issuer.isEqual(c.subject)) return false;
  try {
    return await c.verify();
  } catch {
    return false;
  }
}

function extendedKeyUsage(c: pkijs.Certificate): pkijs.Extension | undefined {
  return c.extensions?.find((e) => e.extnID === EXT_KEY_USAGE_OID);
}

function purposes(extension: pkijs.Extension): string[] {
  const parsed = extension.parsedValue;
  return parsed instanceof pkijs.ExtKeyUsage ? parsed.keyPurposes : [];
}

const isTsa = (c: pkijs.Certificate): boolean => {
  const usage = extendedKeyUsage(c);
  return usage !== undefined && purposes(usage).includes(TIME_STAMPING_OID);
};

class VerificationError extends Error {}

interface Decoded {
  signedData: pkijs.SignedData;
  info: pkijs.TSTInfo;
}

function decode(token: Bytes): Decoded {
  try {
    const content = pkijs.ContentInfo.fromBER(token);
    if (content.contentType !== SIGNED_DATA_OID) throw new Error("the token is not a CMS SignedData");
    const signedData = new pkijs.SignedData({ schema: content.content });
    const encapsulated = signedData.encapContentInfo;
    if (encapsulated.eContentType !== TST_INFO_OID || encapsulated.eContent === undefined) throw new Error("the SignedData holds no TSTInfo");
    return { signedData, info: pkijs.TSTInfo.fromBER(encapsulated.eContent.getValue()) };
  } catch (error) {
    throw new Error(`not a DER time-stamp response: ${(error as Error).message}`);
  }
}

function serialNumber(info: pkijs.TSTInfo): string {
  const hex = Array.from(info.serialNumber.valueBlock.valueHexView, (b) => b.toString(16).padStart(2, "0")).join("");
  return BigInt(`0x${hex || "0"}`).toString();
}

/** What a token must chain to (app/protocol/timestamp.py TsaTrust): roots, intermediates, and perhaps the TSA's own certificate. */
export class PemTsaTrust implements TsaTrust {
  private constructor(
    readonly roots: pkijs.Certificate[],
    readonly intermediates: pkijs.Certificate[],
    readonly signer: pkijs.Certificate | null,
  ) {}

  /** From a PEM file of the TSA's chain: its self-signed root (required), any intermediates, and perhaps the TSA certificate, which then pins the signer. */
  static async fromPem(data: Uint8Array): Promise<PemTsaTrust> {
    const certificates = pemCertificates(data).map(certificate);
    const roots: pkijs.Certificate[] = [];
    for (const c of certificates) if (await isSelfSigned(c)) roots.push(c);
    if (roots.length === 0) throw new Error("the TSA certificate chain must include its self-signed root");
    const signers = certificates.filter((c) => isTsa(c) && !roots.includes(c));
    if (signers.length > 1) throw new Error("the TSA certificate chain holds several TSA certificates");
    const rest = certificates.filter((c) => !roots.includes(c) && !signers.includes(c));
    return new PemTsaTrust(roots, rest, signers[0] ?? null);
  }

  /** Check a kept token over `message` offline; throws with the Python verifier's wording. */
  async verify(token: Bytes, message: Bytes): Promise<Timestamp> {
    const { signedData, info } = decode(token);
    if (info.messageImprint.hashAlgorithm.algorithmId !== SHA256_OID) throw new Error("the token's message imprint is not SHA-256");
    if (!equal(new Uint8Array(info.messageImprint.hashedMessage.valueBlock.valueHexView), sha256(message))) throw new Error("the token is for another message");
    try {
      await this.chains(signedData, message);
      this.leaf(signedData);
    } catch (error) {
      if (error instanceof VerificationError) throw new Error(`the token does not verify: ${error.message}`);
      throw error;
    }
    return { genTime: info.genTime, serialNumber: serialNumber(info) };
  }

  /** rfc3161-client's _verify_tsr_with_chains: the CMS signature, by a certificate chaining to the trusted ones at genTime. */
  private async chains(signedData: pkijs.SignedData, message: Bytes): Promise<void> {
    if (signedData.signerInfos.length === 0) throw new VerificationError("The signed data has 0 signer infos.");
    const trusted = [...(this.signer === null ? [] : [this.signer]), ...this.roots, ...this.intermediates];
    let problem: string | null = null;
    try {
      const result = await signedData.verify({ signer: 0, data: message.slice().buffer, trustedCerts: trusted, checkChain: true, extendedMode: true });
      if (!result.signatureVerified) problem = "the signature does not verify";
    } catch (error) {
      problem = error instanceof pkijs.SignedDataVerifyError ? error.message : String(error);
    }
    if (problem !== null) throw new VerificationError(`Error while verifying certificates: ${problem}`);
  }

  /** rfc3161-client's _verify_leaf_certs: the signer's certificate, pinned if given, with the critical timeStamping usage. */
  private leaf(signedData: pkijs.SignedData): void {
    const carried = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
    if (this.signer === null && carried.length === 0) throw new VerificationError("Certificates neither found in the answer or in the Verification Options.");
    let leaf = this.signer as pkijs.Certificate;
    if (carried.length > 0) {
      if (signedData.signerInfos.length !== 1) throw new VerificationError(`Expected exactly one SignerInfo, got ${signedData.signerInfos.length}.`);
      const sid = (signedData.signerInfos[0] as pkijs.SignerInfo).sid;
      const found = sid instanceof pkijs.IssuerAndSerialNumber ? carried.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) : undefined;
      if (found === undefined) throw new VerificationError("No leaf certificate found matching the SignerInfo.");
      if (this.signer !== null && !sameCertificate(this.signer, found)) throw new VerificationError("Embedded certificate does not match the one in the Verification Options.");
      leaf = found;
    }
    const usage = extendedKeyUsage(leaf);
    if (usage === undefined) throw new VerificationError("The certificate does not contain the critical EKU extension.");
    if (!usage.critical) throw new VerificationError("The EKU extension is not critical.");
    if (!purposes(usage).includes(TIME_STAMPING_OID)) throw new VerificationError("The EKU extension does not have KeyPurposeID id-kp-timeStamping.");
  }
}

/** The chain a bundle carries, as the trust its tokens are checked against when the officer gives none. */
export function carriedTrust(pem: Uint8Array): Promise<TsaTrust> {
  return PemTsaTrust.fromPem(pem);
}
