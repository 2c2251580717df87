/**
 * The evidence bundle's cryptography (docs/protocol §25, app/protocol/bundle.py): the bundle key,
 * the per-entry packages, the entry records and the statement the victim signs.
 *   x25519 private key = HKDF-SHA256(bundle key, "daybook/v1/bundle-key/x25519")
 *   statement MAC key  = HKDF-SHA256(bundle key, "daybook/v1/bundle-key/statement-mac")
 */

import { canonicalJson, parseDisclosure } from "./commitment.js";
import { DecryptionError, aesGcmDecrypt, aesGcmEncrypt, ed25519Sign, ed25519Verify, hkdf, hmacSha256, randomBytes, sha256, x25519Public } from "./crypto.js";
import { type Bytes, ascii, b64decode, b64encode, concat, equal, fromUtf8, parseJson, parseUuid, u8, uuidBytes } from "./encoding.js";
import { HpkeEnvelopeError, unwrap, wrap, wrapInfo } from "./hpke.js";
import { parseKey } from "./printable_key.js";

export const BUNDLE_FORMAT = "daybook/v1/bundle";
export const STATEMENT_TYPE = "daybook/v1/bundle-statement";
export const PACKAGE_FORMAT = "daybook/v1/bundle-entry";
export const X25519_INFO = ascii("daybook/v1/bundle-key/x25519");
export const STATEMENT_MAC_INFO = ascii("daybook/v1/bundle-key/statement-mac");
export const STATEMENT_SIGNATURE_LABEL = ascii("daybook/v1/bundle-statement-signature\x00");
export const PACKAGE_AAD_LABEL = ascii("daybook/v1/bundle-entry\x00");
export const ENTRY_KEY_PURPOSE = "bundle-entry-key";
/** The seal time, to the millisecond in UTC (§25.4). */
const STATEMENT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const STATEMENT_FIELDS = ["bundle_id", "created_at", "entries_sha256", "entry_count", "log_key", "owner_hpke_key", "owner_id", "owner_key", "recipient_key", "type"];

/** A bundle part is malformed, or does not open with the key given. */
export class BundleFormatError extends Error {}

/** The one secret the police receive, and what it derives. */
export class BundleKey {
  private constructor(
    readonly secret: Bytes,
    readonly privateKey: Bytes,
    readonly publicKey: Bytes,
    readonly macKey: Bytes,
  ) {}

  static async of(secret: Uint8Array): Promise<BundleKey> {
    const privateKey = await hkdf(secret, X25519_INFO);
    return new BundleKey(Uint8Array.from(secret), privateKey, x25519Public(privateKey), await hkdf(secret, STATEMENT_MAC_INFO));
  }

  /** As the officer types or scans it: base32 with a checksum, any case, dashes and spaces. */
  static async parse(text: string): Promise<BundleKey> {
    return BundleKey.of(await parseKey(text, "bundle key"));
  }
}

export function entryKeyInfo(entryId: string, bundleId: string): Bytes {
  return wrapInfo(ENTRY_KEY_PURPOSE, entryId, bundleId);
}

// --- per-entry packages -----------------------------------------------------

export interface PackageVersion {
  version: number;
  disclosures: string[];
  withheld: string[];
}

const packageAad = (bundleId: string, entryId: string): Bytes => concat(PACKAGE_AAD_LABEL, uuidBytes(bundleId), uuidBytes(entryId));

export function packageDocument(entryId: string, versions: readonly PackageVersion[]): Bytes {
  return canonicalJson({
    entry_id: entryId,
    format: PACKAGE_FORMAT,
    versions: versions.map((v) => ({ disclosures: v.disclosures, version: v.version, withheld: [...v.withheld].sort() })),
  });
}

/** 0x01 || nonce (12) || AES-256-GCM(export key, canonical JSON package). */
export async function sealPackage(exportKey: Uint8Array, bundleId: string, entryId: string, versions: readonly PackageVersion[], nonce: Uint8Array = randomBytes(12)): Promise<Bytes> {
  return concat(u8(1), nonce, await aesGcmEncrypt(exportKey, nonce, packageDocument(entryId, versions), packageAad(bundleId, entryId)));
}

/** What the victim's device adds to a package at export for the police pack (§25.2): no version signs it. */
export interface Casework {
  /** Each file's exhibit number in her whole diary, under the original file's attachment id. */
  exhibitNumbers: Map<string, number>;
  /** Each order the versions name, as her orders case document states it (checked against the schema by the opener). */
  orders: { document_id: string; order: Record<string, unknown> }[];
}

export interface Package {
  versions: PackageVersion[];
  casework: Casework;
}

export async function openPackage(pkg: Uint8Array, exportKey: Uint8Array, bundleId: string, entryId: string): Promise<Package> {
  if (pkg.length < 1 + 12 + 16 || pkg[0] !== 1) throw new BundleFormatError("the package is not a version-1 sealed package");
  let plaintext: Bytes;
  try {
    plaintext = await aesGcmDecrypt(exportKey, pkg.subarray(1, 13), pkg.subarray(13), packageAad(bundleId, entryId));
  } catch (error) {
    if (error instanceof DecryptionError) throw new BundleFormatError("the package does not decrypt (AES-GCM tag check)");
    throw error;
  }
  return parsePackage(plaintext, entryId);
}

function parsePackage(plaintext: Uint8Array, entryId: string): Package {
  const text = fromUtf8(plaintext);
  const document = parseJson(text) as Record<string, unknown>;
  if (typeof document !== "object" || document === null || document["format"] !== PACKAGE_FORMAT) {
    throw new BundleFormatError(`the package is not a ${PACKAGE_FORMAT} document`);
  }
  if (document["entry_id"] !== entryId) throw new BundleFormatError("the package is for another entry");
  const versions = ((document["versions"] ?? []) as unknown[]).map(packageVersion);
  if (versions.some((v, i) => v.version !== i + 1)) throw new BundleFormatError("the package must list versions 1, 2, ... in order");
  return { versions, casework: casework(document, parseJson(markFractions(text)) as Record<string, unknown>) };
}

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** As app.protocol.bundle._casework, refusal for refusal. `marked` is the document with every
 * number written with a fraction or exponent turned into a string: Python reads 3.0 as a float,
 * which is no exhibit number, where JSON.parse gives 3. */
function casework(document: Record<string, unknown>, marked: Record<string, unknown>): Casework {
  const numbers = "exhibit_numbers" in marked ? marked["exhibit_numbers"] : {};
  const orders = "orders" in document ? document["orders"] : [];
  if (!isObject(numbers) || !Object.values(numbers).every((n) => typeof n === "number" && Number.isInteger(n) && n >= 1)) {
    throw new BundleFormatError("exhibit_numbers maps attachment ids to numbers from 1");
  }
  if (!Object.keys(numbers).every((id) => CANONICAL_UUID.test(id))) throw new BundleFormatError("exhibit_numbers is keyed by attachment ids");
  const valid = (o: unknown): boolean => isObject(o) && Object.keys(o).sort().join() === "document_id,order" && typeof o["document_id"] === "string" && isObject(o["order"]);
  if (!Array.isArray(orders) || !orders.every(valid)) throw new BundleFormatError("each of orders is {document_id, order}");
  return { exhibitNumbers: new Map(Object.entries(numbers as Record<string, number>)), orders: orders as Casework["orders"] };
}

/** The JSON text with each number that has a fraction or an exponent written as a string instead. */
function markFractions(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g, (token) => (token.startsWith('"') || /^-?\d+$/.test(token) ? token : JSON.stringify(token)));
}

function packageVersion(value: unknown): PackageVersion {
  const v = value as Record<string, unknown>;
  if (typeof v !== "object" || v === null || Object.keys(v).sort().join() !== "disclosures,version,withheld") {
    throw new BundleFormatError("a package version has disclosures, version and withheld");
  }
  const { disclosures, withheld, version } = v as { disclosures: unknown[]; withheld: unknown[]; version: number };
  if (!disclosures.every((d) => typeof d === "string") || !withheld.every((w) => typeof w === "string")) {
    throw new BundleFormatError("disclosures and withheld field names are strings");
  }
  const revealed = new Set((disclosures as string[]).map((d) => parseDisclosure(d)[0]));
  if ((withheld as string[]).some((w) => revealed.has(w))) throw new BundleFormatError("a field is both disclosed and withheld");
  return { version, disclosures: disclosures as string[], withheld: withheld as string[] };
}

export function wrapExportKey(exportKey: Uint8Array, bundlePublic: Uint8Array, info: Uint8Array): Promise<Bytes> {
  return wrap(exportKey, bundlePublic, info);
}

export async function unwrapExportKey(wrapped: Uint8Array, key: BundleKey, info: Uint8Array): Promise<Bytes> {
  let exportKey: Bytes;
  try {
    exportKey = await unwrap(wrapped, key.privateKey, info);
  } catch (error) {
    if (error instanceof DecryptionError || error instanceof HpkeEnvelopeError) {
      throw new BundleFormatError(`the wrapped key does not open with this bundle key: ${error.message}`);
    }
    throw error;
  }
  if (exportKey.length !== 32) throw new BundleFormatError("an export key is 32 bytes");
  return exportKey;
}

// --- entry records and the statement --------------------------------------

/** What the statement fixes about one exported entry. */
export interface EntryRecord {
  entryId: string;
  commitments: Bytes[];
  attachments: string[];
  wrappedKey: Uint8Array;
  package: Uint8Array;
}

export async function recordDocument(r: EntryRecord): Promise<Bytes> {
  return canonicalJson({
    attachments: [...r.attachments].sort(),
    commitments: r.commitments.map(b64encode),
    entry_id: r.entryId,
    package_sha256: b64encode(await sha256(r.package)),
    wrapped_key_sha256: b64encode(await sha256(r.wrappedKey)),
  });
}

export async function recordDigest(r: EntryRecord): Promise<Bytes> {
  return sha256(await recordDocument(r));
}

const byId = (a: string, b: string): number => {
  const [x, y] = [uuidBytes(a), uuidBytes(b)];
  for (let i = 0; i < 16; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** (count, SHA-256 over each record's digest), the records in ascending entry id order, each once. */
export async function recordsDigest(records: readonly EntryRecord[]): Promise<{ count: number; digest: Bytes }> {
  const sorted = [...records].sort((a, b) => byId(a.entryId, b.entryId));
  if (sorted.some((r, i) => i > 0 && byId((sorted[i - 1] as EntryRecord).entryId, r.entryId) === 0)) {
    throw new BundleFormatError("entry records must come in ascending entry id order, each once");
  }
  const digests = await Promise.all(sorted.map(recordDigest));
  return { count: sorted.length, digest: await sha256(concat(...digests)) };
}

export interface Statement {
  bundleId: string;
  ownerId: string;
  ownerKey: Bytes;
  ownerHpkeKey: Bytes;
  recipientKey: Bytes;
  logKey: string;
  createdAt: string;
  entryCount: number;
  entriesSha256: Bytes;
}

export function statementBytes(s: Statement): Bytes {
  return canonicalJson({
    bundle_id: s.bundleId,
    created_at: s.createdAt,
    entries_sha256: b64encode(s.entriesSha256),
    entry_count: s.entryCount,
    log_key: s.logKey,
    owner_id: s.ownerId,
    owner_hpke_key: b64encode(s.ownerHpkeKey),
    owner_key: b64encode(s.ownerKey),
    recipient_key: b64encode(s.recipientKey),
    type: STATEMENT_TYPE,
  });
}

/** Strict: exactly the known fields, in canonical form. */
export function parseStatement(data: Uint8Array): Statement {
  let statement: Statement;
  try {
    const d = parseJson(fromUtf8(data)) as Record<string, unknown>;
    if (typeof d !== "object" || d === null || Object.keys(d).sort().join() !== STATEMENT_FIELDS.join()) {
      throw new Error(`a statement has exactly the fields ${STATEMENT_FIELDS.join(", ")}`);
    }
    if (d["type"] !== STATEMENT_TYPE) throw new Error(`statement type must be '${STATEMENT_TYPE}'`);
    const count = d["entry_count"];
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1) throw new Error("entry_count must be a positive integer");
    statement = {
      bundleId: parseUuid(d["bundle_id"], "bundle_id"),
      ownerId: parseUuid(d["owner_id"], "owner_id"),
      ownerKey: b64decode(String(d["owner_key"])),
      ownerHpkeKey: b64decode(String(d["owner_hpke_key"])),
      recipientKey: b64decode(String(d["recipient_key"])),
      logKey: String(d["log_key"]),
      createdAt: String(d["created_at"]),
      entryCount: count,
      entriesSha256: b64decode(String(d["entries_sha256"])),
    };
    if (!STATEMENT_TIME.test(statement.createdAt) || Number.isNaN(Date.parse(statement.createdAt))) {
      throw new Error("created_at must be YYYY-MM-DDTHH:MM:SS.mmmZ");
    }
  } catch (error) {
    throw new BundleFormatError(`the statement is malformed: ${(error as Error).message}`);
  }
  if (!equal(statementBytes(statement), data)) throw new BundleFormatError("the statement is not in canonical form");
  return statement;
}

export function signStatement(statement: Uint8Array, ownerSeed: Uint8Array): Bytes {
  return ed25519Sign(ownerSeed, concat(STATEMENT_SIGNATURE_LABEL, statement));
}

export function statementSignatureOk(statement: Uint8Array, signature: Uint8Array, ownerPublic: Uint8Array): boolean {
  return ed25519Verify(ownerPublic, concat(STATEMENT_SIGNATURE_LABEL, statement), signature);
}

export function statementMac(statement: Uint8Array, key: BundleKey): Promise<Bytes> {
  return hmacSha256(key.macKey, statement);
}

export async function statementMacOk(statement: Uint8Array, mac: Uint8Array, key: BundleKey): Promise<boolean> {
  return equal(await statementMac(statement, key), mac);
}
