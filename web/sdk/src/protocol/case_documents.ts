/**
 * Case documents: a victim's safety plan, risk reviews, orders and case progress, kept with her
 * advocate (docs/protocol §28, app/protocol/case_documents.py). Built from the entries' blocks:
 *   grant to R = key grant (§13) of the document key, info = wrap_info("case-document-key", document_id, R)
 *   aad        = "daybook/v1/case-document" 0x00 || document_id || u32(version) || victim_id || author_id || kind (1)
 *   envelope   = 0x01 || nonce || AES-256-GCM(document_key, pad(plaintext), aad)
 *   commitment = canonical JSON {author_id, ciphertext_sha256, document_id, kind, previous, type, version, victim_id}
 *   signature  = Ed25519(author, "daybook/v1/case-document-signature" 0x00 || commitment)
 */

import { canonicalJson, type Json } from "./commitment.js";
import { aesGcmDecrypt, aesGcmEncrypt, ed25519Sign, ed25519Verify, randomBytes, sha256 } from "./crypto.js";
import { type Bytes, ascii, b64decode, b64encode, concat, equal, fromUtf8, parseHash32, parseJson, parseUuid, u8, u32, uuidBytes } from "./encoding.js";
import { checkEnvelopeLayout, ENVELOPE_VERSION, NONCE_BYTES } from "./entries.js";
import { wrapInfo } from "./hpke.js";
import { pad, unpad } from "./padding.js";

export const KINDS = { "safety-plan": 1, "risk-review": 2, orders: 3, "case-progress": 4 } as const;
export type Kind = keyof typeof KINDS;
export const KEY_PURPOSE = "case-document-key";
export const AAD_LABEL = ascii("daybook/v1/case-document\x00");
export const DOCUMENT_TYPE = "daybook/v1/case-document-version";
export const PLAINTEXT_FORMAT = "daybook/v1/case-document";
export const SIGNATURE_LABEL = ascii("daybook/v1/case-document-signature\x00");
const FIELDS = ["author_id", "ciphertext_sha256", "document_id", "kind", "previous", "type", "version", "victim_id"];

export type Content = { [key: string]: Json };

export class CaseDocumentError extends Error {}

export interface DocumentCommitment {
  documentId: string;
  victimId: string;
  authorId: string;
  kind: Kind;
  version: number;
  previous: Uint8Array | null;
  ciphertextSha256: Uint8Array;
}

export interface SealedVersion {
  ciphertext: Bytes;
  commitment: Bytes;
  signature: Bytes;
}

export function isKind(kind: unknown): kind is Kind {
  return typeof kind === "string" && Object.hasOwn(KINDS, kind);
}

export function kindCode(kind: string): number {
  if (!isKind(kind)) throw new CaseDocumentError(`a case document's kind is one of ${Object.keys(KINDS).join(", ")}`);
  return KINDS[kind];
}

/** The `info` of a document key's wrap to one reader (a key grant, §28.1). */
export function keyInfo(documentId: string, readerId: string): Bytes {
  return wrapInfo(KEY_PURPOSE, documentId, readerId);
}

export function associatedData(documentId: string, version: number, victimId: string, authorId: string, kind: string): Bytes {
  if (!Number.isInteger(version) || version < 1 || version >= 2 ** 32) throw new CaseDocumentError("version numbers run from 1 to 2**32 - 1");
  return concat(AAD_LABEL, uuidBytes(documentId), u32(version), uuidBytes(victimId), uuidBytes(authorId), u8(kindCode(kind)));
}

export function commitmentBytes(c: DocumentCommitment): Bytes {
  return canonicalJson({
    author_id: c.authorId,
    ciphertext_sha256: b64encode(c.ciphertextSha256),
    document_id: c.documentId,
    kind: c.kind,
    previous: c.previous === null ? null : b64encode(c.previous),
    type: DOCUMENT_TYPE,
    version: c.version,
    victim_id: c.victimId,
  });
}

function hash32(value: unknown, name: string): Bytes {
  return parseHash32(value, name, CaseDocumentError);
}

function uuidField(value: unknown, name: string): string {
  return parseUuid(value, name, CaseDocumentError);
}

/** Strict: exactly the known fields, of the right types, canonically encoded. */
export function parseCommitment(data: Uint8Array): DocumentCommitment {
  let document: Record<string, unknown>;
  try {
    document = parseJson(fromUtf8(data)) as Record<string, unknown>;
  } catch (error) {
    throw new CaseDocumentError(`commitment is not JSON: ${(error as Error).message}`);
  }
  if (typeof document !== "object" || document === null || Array.isArray(document) || Object.keys(document).sort().join() !== FIELDS.join()) {
    throw new CaseDocumentError(`a case document commitment has exactly the fields ${FIELDS.join(", ")}`);
  }
  if (document["type"] !== DOCUMENT_TYPE) throw new CaseDocumentError(`commitment type must be '${DOCUMENT_TYPE}'`);
  const { version, previous, kind } = document;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1 || version >= 2 ** 32) {
    throw new CaseDocumentError("version must be an integer from 1");
  }
  if (!isKind(kind)) throw new CaseDocumentError(`a case document's kind is one of ${Object.keys(KINDS).join(", ")}`);
  if ((version === 1) !== (previous === null)) throw new CaseDocumentError("previous is null for version 1 and a hash for every later version");
  const commitment: DocumentCommitment = {
    documentId: uuidField(document["document_id"], "document_id"),
    victimId: uuidField(document["victim_id"], "victim_id"),
    authorId: uuidField(document["author_id"], "author_id"),
    kind,
    version,
    previous: previous === null ? null : hash32(previous, "previous"),
    ciphertextSha256: hash32(document["ciphertext_sha256"], "ciphertext_sha256"),
  };
  if (!equal(commitmentBytes(commitment), data)) throw new CaseDocumentError("commitment is not in canonical form (sorted keys, no whitespace)");
  return commitment;
}

export function sign(commitment: Uint8Array, signingSeed: Uint8Array): Bytes {
  return ed25519Sign(signingSeed, concat(SIGNATURE_LABEL, commitment));
}

export function verify(commitment: Uint8Array, signature: Uint8Array, signingPublic: Uint8Array): boolean {
  return ed25519Verify(signingPublic, concat(SIGNATURE_LABEL, commitment), signature);
}

export function encodePlaintext(kind: Kind, content: Content): Bytes {
  kindCode(kind);
  return canonicalJson({ content, format: PLAINTEXT_FORMAT, kind });
}

/** Strict: the format, the signed kind, an object of content, canonical bytes. */
export function decodePlaintext(plaintext: Uint8Array, kind: Kind): Content {
  let value: unknown;
  try {
    if (plaintext.some((b) => b > 0x7f)) throw new Error("not ASCII");
    value = parseJson(fromUtf8(plaintext));
  } catch (error) {
    throw new CaseDocumentError(`a case document's plaintext is not ASCII JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || Object.keys(value).sort().join() !== "content,format,kind") {
    throw new CaseDocumentError("a case document holds exactly content, format and kind");
  }
  const { content, format, kind: named } = value as Record<string, unknown>;
  if (format !== PLAINTEXT_FORMAT || named !== kind) throw new CaseDocumentError(`not a ${PLAINTEXT_FORMAT} document of kind ${kind}`);
  if (typeof content !== "object" || content === null || Array.isArray(content)) throw new CaseDocumentError("a case document's content is an object");
  let canonical: Bytes;
  try {
    canonical = encodePlaintext(kind, content as Content);
  } catch (error) {
    throw new CaseDocumentError(`a case document's content cannot be canonical: ${(error as Error).message}`);
  }
  if (!equal(canonical, plaintext)) throw new CaseDocumentError("a case document's plaintext is not in its canonical form");
  return content as Content;
}

/** Encrypt, fill in the ciphertext's hash and sign; `commitment.ciphertextSha256` is ignored. */
export async function sealVersion(
  content: Content,
  documentKey: Uint8Array,
  commitment: DocumentCommitment,
  authorSeed: Uint8Array,
  nonce: Uint8Array = randomBytes(NONCE_BYTES),
): Promise<SealedVersion> {
  const c = commitment;
  const aad = associatedData(c.documentId, c.version, c.victimId, c.authorId, c.kind);
  const ciphertext = concat(u8(ENVELOPE_VERSION), nonce, await aesGcmEncrypt(documentKey, nonce, pad(encodePlaintext(c.kind, content)), aad));
  const signed = commitmentBytes({ ...c, ciphertextSha256: await sha256(ciphertext) });
  return { ciphertext, commitment: signed, signature: sign(signed, authorSeed) };
}

/** Check the author's signature and the ciphertext's hash, then decrypt. The caller checks ids, chain and author. */
export async function openVersion(sealed: SealedVersion, documentKey: Uint8Array, authorPublic: Uint8Array): Promise<{ signed: DocumentCommitment; content: Content }> {
  if (!verify(sealed.commitment, sealed.signature, authorPublic)) throw new CaseDocumentError("the version is not signed by its author");
  const signed = parseCommitment(sealed.commitment);
  if (!equal(await sha256(sealed.ciphertext), signed.ciphertextSha256)) throw new CaseDocumentError("the ciphertext is not the one the author signed");
  checkEnvelopeLayout(sealed.ciphertext);
  const aad = associatedData(signed.documentId, signed.version, signed.victimId, signed.authorId, signed.kind);
  const padded = await aesGcmDecrypt(documentKey, sealed.ciphertext.subarray(1, 1 + NONCE_BYTES), sealed.ciphertext.subarray(1 + NONCE_BYTES), aad);
  return { signed, content: decodePlaintext(unpad(padded), signed.kind) };
}
