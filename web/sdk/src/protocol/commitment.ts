/**
 * The signed commitment document of an entry version, with SD-JWT-style disclosures
 * (app/protocol/commitment.py). Each top-level incident field travels inside the
 * ciphertext as base64url(UTF-8 JSON [salt, name, value]); the commitment, sent in
 * clear and signed by the owner's device, holds the SHA-256 of each disclosure padded
 * with decoys to 16 and sorted, the ciphertext's SHA-256 and the previous version's hash.
 * The document is RFC 8785 JSON: for its ASCII strings, integers, null and lists,
 * that is "sorted keys, no whitespace".
 */

import { ed25519Sign, ed25519Verify, randomBytes, sha256 } from "./crypto.js";
import { type Bytes, ascii, b64decode, b64encode, concat, equal, fromUtf8, parseHash32, parseJson, parseUuid, utf8 } from "./encoding.js";

export const DOCUMENT_TYPE = "daybook/v1/entry-version";
export const PLAINTEXT_FORMAT = "daybook/v1/entry";
export const SIGNATURE_LABEL = ascii("daybook/v1/entry-version-signature\x00");
export const DIGEST_SLOTS = 16;
export const SALT_BYTES = 16;
export const MAX_ATTACHMENTS = 64;
const FIELDS = ["attachments", "ciphertext_sha256", "digests", "entry_id", "owner_id", "previous", "type", "version"];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export class CommitmentError extends Error {}

/**
 * Python's json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=True):
 * RFC 8785 for the documents Daybook signs (integers only, non-ASCII escaped).
 */
export function canonicalJson(value: unknown): Bytes {
  return ascii(canonicalText(value));
}

function canonicalText(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") {
    return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
  }
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new CommitmentError("canonical JSON holds integers only");
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${canonicalText(k)}:${canonicalText(v)}`).join(",")}}`;
  }
  throw new CommitmentError(`cannot encode ${typeof value} as JSON`);
}

// --- disclosures -----------------------------------------------------------

export function makeDisclosure(name: string, value: Json, salt: Uint8Array = randomBytes(SALT_BYTES)): string {
  return b64encode(utf8(JSON.stringify([b64encode(salt), name, value])));
}

/** Returns [field name, value]; throws CommitmentError for anything else. */
export function parseDisclosure(disclosure: string): [string, Json] {
  let array: unknown;
  try {
    array = parseJson(fromUtf8(b64decode(disclosure)));
  } catch (error) {
    throw new CommitmentError(`disclosure is not base64url JSON: ${String(error)}`);
  }
  if (!Array.isArray(array) || array.length !== 3 || typeof array[1] !== "string") {
    throw new CommitmentError("a disclosure is a JSON array [salt, field name, value]");
  }
  if (typeof array[0] !== "string" || !isSalt(array[0])) {
    throw new CommitmentError(`a disclosure's salt is ${SALT_BYTES} bytes in base64url`);
  }
  return [array[1], array[2] as Json];
}

function isSalt(text: string): boolean {
  try {
    return b64decode(text).length === SALT_BYTES;
  } catch {
    return false;
  }
}

export function disclosureDigest(disclosure: string): Promise<Bytes> {
  return sha256(ascii(disclosure));
}

/** One freshly salted disclosure per top-level field. */
export function disclose(incident: Record<string, Json>): string[] {
  const fields = Object.entries(incident);
  if (fields.length > DIGEST_SLOTS) throw new CommitmentError(`an incident has at most ${DIGEST_SLOTS} top-level fields`);
  return fields.map(([name, value]) => makeDisclosure(name, value));
}

export function undisclose(disclosures: string[]): Record<string, Json> {
  const incident: Record<string, Json> = {};
  for (const disclosure of disclosures) {
    const [name, value] = parseDisclosure(disclosure);
    if (Object.hasOwn(incident, name)) throw new CommitmentError(`field '${name}' is disclosed twice`);
    incident[name] = value;
  }
  return incident;
}

export function encodePlaintext(disclosures: string[]): Bytes {
  return canonicalJson({ disclosures, format: PLAINTEXT_FORMAT });
}

export function decodePlaintext(plaintext: Uint8Array): string[] {
  const document = parseJson(fromUtf8(plaintext));
  if (typeof document !== "object" || document === null || (document as { format?: unknown }).format !== PLAINTEXT_FORMAT) {
    throw new CommitmentError(`entry plaintext is not a ${PLAINTEXT_FORMAT} document`);
  }
  const disclosures = (document as { disclosures?: unknown }).disclosures;
  if (!Array.isArray(disclosures) || !disclosures.every((d) => typeof d === "string")) {
    throw new CommitmentError("entry plaintext must hold a list of disclosures");
  }
  return disclosures as string[];
}

/** The disclosures' digests plus random decoys, DIGEST_SLOTS in all, sorted by their base64url. */
export async function digestSlots(disclosures: string[]): Promise<Bytes[]> {
  if (disclosures.length > DIGEST_SLOTS) throw new CommitmentError(`at most ${DIGEST_SLOTS} disclosures per version`);
  const real = await Promise.all(disclosures.map(disclosureDigest));
  const decoys = await Promise.all(
    Array.from({ length: DIGEST_SLOTS - real.length }, () => sha256(randomBytes(SALT_BYTES))),
  );
  return sortByText([...real, ...decoys]);
}

function sortByText(digests: Bytes[]): Bytes[] {
  return digests
    .map((d) => [b64encode(d), d] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, d]) => d);
}

// --- the commitment document -----------------------------------------------

export interface Commitment {
  entryId: string;
  ownerId: string;
  version: number;
  previous: Bytes | null;
  ciphertextSha256: Bytes;
  digests: Bytes[];
  attachments: string[];
}

export function commitmentDocument(c: Commitment): Record<string, Json> {
  return {
    attachments: [...c.attachments].sort(),
    ciphertext_sha256: b64encode(c.ciphertextSha256),
    digests: c.digests.map(b64encode).sort(),
    entry_id: c.entryId,
    owner_id: c.ownerId,
    previous: c.previous === null ? null : b64encode(c.previous),
    type: DOCUMENT_TYPE,
    version: c.version,
  };
}

export function commitmentBytes(c: Commitment): Bytes {
  return canonicalJson(commitmentDocument(c));
}

export function commitmentHash(bytes: Uint8Array): Promise<Bytes> {
  return sha256(bytes);
}

function hash32(value: unknown, name: string): Bytes {
  return parseHash32(value, name, CommitmentError);
}

function uuidField(value: unknown, name: string): string {
  return parseUuid(value, name, CommitmentError);
}

/** Strict parse: exactly the known fields, right types, canonical bytes. */
export function parseCommitment(data: Uint8Array): Commitment {
  let document: Record<string, unknown>;
  try {
    document = parseJson(fromUtf8(data)) as Record<string, unknown>;
  } catch (error) {
    throw new CommitmentError(`commitment is not JSON: ${String(error)}`);
  }
  if (typeof document !== "object" || document === null || Object.keys(document).sort().join() !== FIELDS.join()) {
    throw new CommitmentError(`a commitment document has exactly the fields ${FIELDS.join(", ")}`);
  }
  if (document["type"] !== DOCUMENT_TYPE) throw new CommitmentError(`commitment type must be '${DOCUMENT_TYPE}'`);
  const version = document["version"];
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1 || version >= 2 ** 32) {
    throw new CommitmentError("version must be an integer from 1");
  }
  const { digests, attachments, previous } = document;
  if (!Array.isArray(digests) || digests.length !== DIGEST_SLOTS) {
    throw new CommitmentError(`digests must list exactly ${DIGEST_SLOTS} digests`);
  }
  if (!Array.isArray(attachments) || attachments.length > MAX_ATTACHMENTS) {
    throw new CommitmentError(`attachments must list at most ${MAX_ATTACHMENTS} ids`);
  }
  const commitment: Commitment = {
    entryId: uuidField(document["entry_id"], "entry_id"),
    ownerId: uuidField(document["owner_id"], "owner_id"),
    version,
    previous: previous === null ? null : hash32(previous, "previous"),
    ciphertextSha256: hash32(document["ciphertext_sha256"], "ciphertext_sha256"),
    digests: digests.map((d) => hash32(d, "digest")),
    attachments: attachments.map((a) => uuidField(a, "attachment id")),
  };
  if (new Set(commitment.attachments).size !== commitment.attachments.length) {
    throw new CommitmentError("an attachment is listed twice");
  }
  if (new Set(commitment.digests.map(b64encode)).size !== commitment.digests.length) {
    throw new CommitmentError("a digest is listed twice");
  }
  if ((version === 1) !== (previous === null)) {
    throw new CommitmentError("previous is null for version 1 and a hash for every later version");
  }
  if (!equal(commitmentBytes(commitment), data)) {
    throw new CommitmentError("commitment is not in canonical form (RFC 8785, lists sorted)");
  }
  return commitment;
}

/** Every disclosure must be one of the signed digests. */
export async function checkDisclosures(signed: Commitment, disclosures: string[]): Promise<void> {
  const digests = new Set(signed.digests.map(b64encode));
  for (const disclosure of disclosures) {
    if (!digests.has(b64encode(await disclosureDigest(disclosure)))) {
      const [name] = parseDisclosure(disclosure);
      throw new CommitmentError(`field '${name}' does not match any signed digest`);
    }
  }
}

export function sign(bytes: Uint8Array, signingSeed: Uint8Array): Bytes {
  return ed25519Sign(signingSeed, concat(SIGNATURE_LABEL, bytes));
}

export function verify(bytes: Uint8Array, signature: Uint8Array, signingPublic: Uint8Array): boolean {
  return ed25519Verify(signingPublic, concat(SIGNATURE_LABEL, bytes), signature);
}
