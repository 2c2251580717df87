/**
 * Opening an evidence bundle: every check of docs/protocol §25.8, in its order,
 * with the item and check names of the Python verifier (app/client/bundle_open.py),
 * stopping at the first failure with a BundleInvalid. Nothing it returns comes
 * from an unchecked byte. Attachments are decrypted as streams; `onFile` receives
 * each decrypted piece (to keep it, or not).
 */

import * as bundle from "../protocol/bundle.js";
import * as commitment from "../protocol/commitment.js";
import type { CosignatureVerifier } from "../protocol/cosignature.js";
import { type Bytes, b64decode, b64encode, concat, equal, hex, parseUuid, uuidBytes } from "../protocol/encoding.js";
import { fingerprint } from "../protocol/keys.js";
import { encodeLeaf } from "../protocol/receipts.js";
import { Verifier } from "../protocol/signed_note.js";
import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";
import { createSHA256 } from "hash-wasm";
import { BundleZip } from "./bundle_zip.js";
import { type FileKey, decryptedPieces } from "./exhibit.js";
import { validateDisclosed } from "./incident.js";
import { BundleInvalid, checkCanonical, parseJson } from "./invalid.js";
import * as layout from "./layout.js";
import { LogChecks, type Receipt, type TimeSource } from "./log.js";
import { type Order, byStart, orderFromDocument, orderProblems } from "./orders.js";
import type { ByteSource } from "./source.js";
import { type TsaTrust, canonicalPem, carriedTrust } from "./timestamp.js";

export { BundleInvalid };
export type { Order };

export const SEAL_CLOCK_SKEW_MS = 10 * 60 * 1000;

export interface Version {
  version: number;
  fields: Record<string, commitment.Json>;
  withheld: string[];
  receivedAt: Date;
  leafIndex: bigint;
  commitmentSha256: string;
  timeSources: TimeSource[];
}

export interface Exhibit {
  reference: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  packPath: string | null;
  capturedAt: string | null;
  entryNumber: number;
  attachmentId: string;
  /** The id of the file the bundle carries for it: its own, or its stripped copy's (`onFile` uses it). */
  carriedId: string;
  /** What decrypts the carried file (exhibitFile reads it again to save it); null when none is carried. */
  fileKey: FileKey | null;
  metadata: { kind: "stripped" | "none" | "as recorded" | "unstripped"; originalSha256: string | null };
  /** The file's number in the victim's whole diary, as her device gave it at export (§25.2), or null. */
  number: number | null;
}

export interface Incident {
  number: number;
  entryId: string;
  versions: Version[];
  exhibits: Exhibit[];
}

export interface Check {
  item: string;
  check: string;
  result: string;
}

export interface PolicePack {
  bundleId: string;
  sealedAt: Date;
  createdAt: string;
  ownerId: string;
  ownerFingerprint: string;
  logOrigin: string;
  checkpointSize: bigint;
  checkpointRoot: string;
  openedAt: Date;
  incidents: Incident[];
  checks: Check[];
  /** The orders the incidents name, each once, by start date. */
  orders: Order[];
}

export interface VerifyOptions {
  /** TSA roots the officer trusts, instead of the chain the bundle carries. */
  tsaRoots?: TsaTrust;
  /** Witnesses whose cosignatures the officer names (`--witness`). */
  witnesses?: readonly CosignatureVerifier[];
  /** Each decrypted file, piece by piece, under its attachment id; `done` once it checked. */
  onFile?: (attachmentId: string, piece: Bytes | null) => void | Promise<void>;
  /** The verifying computer's clock (tests). */
  now?: () => Date;
}

interface Entry {
  entryId: string;
  versions: Version[];
  references: Map<string, any>;
  files: Set<string>;
  versionDocuments: unknown[];
  attachmentDocuments: { attachment_id: string; [k: string]: unknown }[];
  stripped: Set<string>;
  copies: Map<string, string>;
  carried: string[];
  casework: bundle.Casework;
}

const byUuid = (a: string, b: string): number => {
  const [x, y] = [uuidBytes(a), uuidBytes(b)];
  for (let i = 0; i < 16; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return 0;
};

function proofsDocument(wire: any): Record<string, unknown> {
  const evidence = new Map<number, unknown>();
  for (const e of wire.time_evidence as any[]) evidence.set(Number(e.tree_size), [...e.inclusion_proof]);
  return {
    inclusion_proof: [...wire.inclusion_proof],
    time_evidence: [...evidence.keys()].sort((a, b) => a - b).map((size) => ({ inclusion_proof: evidence.get(size), tree_size: size })),
  };
}

const receiptDocument = (r: Receipt): unknown => ({ leaf_data: b64encode(encodeLeaf(r.leaf)), leaf_index: Number(r.leafIndex) });

class Opener {
  readonly checks: Check[] = [];
  private chainLast: Bytes | null = null;
  private readonly recordDigests: Bytes[] = [];

  constructor(
    readonly archive: BundleZip,
    readonly key: bundle.BundleKey,
    readonly statement: bundle.Statement,
    readonly log: LogChecks,
    readonly onFile: VerifyOptions["onFile"],
  ) {}

  async entries(): Promise<Entry[]> {
    const found: Entry[] = [];
    for (const name of this.archive.names) {
      if (!name.startsWith("entries/")) continue;
      const data = await this.archive.read(name);
      const [entry, record] = await this.entry(name, parseJson(data), data);
      await this.add(record, name);
      found.push(entry);
    }
    const digest = nobleSha256(concat(...this.recordDigests));
    if (this.recordDigests.length !== this.statement.entryCount || !equal(digest, this.statement.entriesSha256)) {
      throw new BundleInvalid(layout.STATEMENT, "entry list", "the bundle's entries, versions or files are not those the victim exported");
    }
    return found;
  }

  private async add(record: bundle.EntryRecord, name: string): Promise<void> {
    const id = uuidBytes(record.entryId);
    if (this.chainLast !== null && byUuid(hexUuid(this.chainLast), record.entryId) >= 0) {
      throw new BundleInvalid(name, "entry order", "entry records must come in ascending entry id order, each once");
    }
    this.chainLast = id;
    this.recordDigests.push(await bundle.recordDigest(record));
  }

  private async entry(name: string, document: any, data: Bytes): Promise<[Entry, bundle.EntryRecord]> {
    const entryId = parseUuid(document.entry_id, "entry_id");
    if (name !== layout.entryMember(entryId)) throw new BundleInvalid(name, "member name", "it does not name the entry it holds");
    const [wrapped, pkg] = [b64decode(document.wrapped_key), b64decode(document.package)];
    let opened: bundle.Package;
    try {
      const info = bundle.entryKeyInfo(entryId, this.statement.bundleId);
      const exportKey = await bundle.unwrapExportKey(wrapped, this.key, info);
      opened = await bundle.openPackage(pkg, exportKey, this.statement.bundleId, entryId);
    } catch (error) {
      throw new BundleInvalid(name, "decryption", (error as Error).message);
    }
    const entry: Entry = { entryId, versions: [], references: new Map(), files: new Set(), versionDocuments: [], attachmentDocuments: [], stripped: new Set(), copies: new Map(), carried: [], casework: opened.casework };
    const hashes = await this.versions(name, entry, document.versions, opened.versions);
    const attached: string[] = [];
    for (const wire of document.attachments as any[]) attached.push(await this.attachment(name, entry, wire));
    const rebuilt = {
      attachments: [...entry.attachmentDocuments].sort((a, b) => byUuid(a.attachment_id, b.attachment_id)),
      entry_id: entryId,
      package: b64encode(pkg),
      versions: entry.versionDocuments,
      wrapped_key: b64encode(wrapped),
    };
    checkCanonical(name, data, rebuilt);
    this.checks.push({ item: name, check: `${hashes.length} version(s), ${attached.length} file(s): all checks`, result: "passed" });
    return [entry, { entryId, commitments: hashes, attachments: attached, wrappedKey: wrapped, package: pkg }];
  }

  private async versions(name: string, entry: Entry, wires: any[], revealed: bundle.PackageVersion[]): Promise<Bytes[]> {
    if (wires.length !== revealed.length || wires.length === 0) throw new BundleInvalid(name, "version list", "versions and disclosures do not pair up");
    let previous: Bytes | null = null;
    const hashes: Bytes[] = [];
    for (const [i, wire] of wires.entries()) {
      const pkg = revealed[i] as bundle.PackageVersion;
      const item = `${name} version ${pkg.version}`;
      const [signed, version] = await this.version(item, entry.entryId, wire, pkg, previous);
      entry.versions.push(version);
      entry.versionDocuments.push({
        commitment: b64encode(signed),
        receipt: { leaf_data: wire.receipt.leaf_data, leaf_index: Number(version.leafIndex) },
        signature: wire.signature,
        version: pkg.version,
        ...proofsDocument(wire),
      });
      references(entry, version.fields);
      previous = await commitment.commitmentHash(signed);
      hashes.push(previous);
    }
    return hashes;
  }

  private async version(item: string, entryId: string, wire: any, pkg: bundle.PackageVersion, previous: Bytes | null): Promise<[Bytes, Version]> {
    const signed = b64decode(wire.commitment);
    if (!commitment.verify(signed, b64decode(wire.signature), this.statement.ownerKey)) throw new BundleInvalid(item, "victim's signature", "it does not verify");
    let parsed: commitment.Commitment;
    try {
      parsed = commitment.parseCommitment(signed);
    } catch (error) {
      throw new BundleInvalid(item, "commitment", (error as Error).message);
    }
    const samePrevious = parsed.previous === null || previous === null ? parsed.previous === previous : equal(parsed.previous, previous);
    if (parsed.entryId !== entryId || parsed.ownerId !== this.statement.ownerId || parsed.version !== pkg.version || !samePrevious) {
      throw new BundleInvalid(item, "version chain", "it belongs elsewhere in the history");
    }
    const fields = await this.disclosed(item, parsed, pkg);
    const digest = await commitment.commitmentHash(signed);
    const receipt = this.log.receipt(item, wire.receipt, "entry-version", digest);
    const timeSources = await this.log.included(item, receipt, wire);
    const version: Version = {
      version: pkg.version,
      fields,
      withheld: pkg.withheld,
      receivedAt: new Date(Number(receipt.leaf.receivedAtMs)),
      leafIndex: receipt.leafIndex,
      commitmentSha256: hex(digest),
      timeSources,
    };
    return [signed, version];
  }

  private async disclosed(item: string, parsed: commitment.Commitment, pkg: bundle.PackageVersion): Promise<Record<string, commitment.Json>> {
    let fields: Record<string, commitment.Json>;
    try {
      await commitment.checkDisclosures(parsed, pkg.disclosures);
      fields = commitment.undisclose(pkg.disclosures);
      validateDisclosed(fields, pkg.withheld);
    } catch (error) {
      throw new BundleInvalid(item, "disclosed fields", (error as Error).message);
    }
    if (pkg.disclosures.length + pkg.withheld.length > commitment.DIGEST_SLOTS) throw new BundleInvalid(item, "disclosed fields", "more fields than digest slots");
    if ("attachments" in fields) {
      const listed = new Set(fileIds(fields));
      const signed = new Set(parsed.attachments);
      if (listed.size !== signed.size || [...listed].some((id) => !signed.has(id))) throw new BundleInvalid(item, "attachments", "they differ from the signed list");
    }
    return fields;
  }

  private async attachment(name: string, entry: Entry, wire: any): Promise<string> {
    const attachmentId = parseUuid(wire.attachment_id, "attachment_id");
    const member = layout.attachmentMember(attachmentId);
    const reference = fileReference(entry, attachmentId);
    if (reference === undefined || wire.member !== member) throw new BundleInvalid(member, "reference", `no disclosed version of ${name} lists it`);
    const ciphertextSha256 = await this.decrypt(member, attachmentId, reference, entry);
    const receipt = this.log.receipt(member, wire.receipt, "attachment", ciphertextSha256);
    await this.log.included(member, receipt, wire);
    entry.attachmentDocuments.push({
      attachment_id: attachmentId,
      member,
      receipt: receiptDocument(receipt),
      size: this.archive.listing.get(member)?.size,
      ...proofsDocument(wire),
    });
    entry.carried.push(attachmentId);
    if (entry.copies.has(attachmentId)) this.checks.push({ item: member, check: "metadata-stripped copy: its SHA-256 is the one the victim's device signed", result: "passed" });
    return attachmentId;
  }

  private async decrypt(member: string, attachmentId: string, reference: any, entry: Entry): Promise<Bytes> {
    const plaintext = await createSHA256();
    plaintext.init();
    for await (const piece of decryptedPieces(this.archive, attachmentId, fileKeyOf(reference))) {
      plaintext.update(piece);
      await this.onFile?.(attachmentId, piece);
    }
    const ciphertextSha256 = (this.archive.listing.get(member) as { sha256: Bytes }).sha256;
    if (!equal(ciphertextSha256, b64decode(reference.ciphertext_sha256))) throw new BundleInvalid(member, "ciphertext SHA-256", "not the file the entry recorded");
    if (plaintext.digest("hex") !== reference.sha256) {
      const recorded = entry.copies.has(attachmentId) ? "stripped form" : "original";
      throw new BundleInvalid(member, "file SHA-256", `the decrypted file is not the ${recorded}`);
    }
    const original = entry.copies.get(attachmentId) ?? attachmentId;
    if (entry.files.has(original)) throw new BundleInvalid(member, "stripped copy", "the bundle carries both a file and its stripped copy");
    entry.files.add(original);
    if (original !== attachmentId) entry.stripped.add(original);
    await this.onFile?.(attachmentId, null);
    return ciphertextSha256;
  }
}

function hexUuid(bytes: Uint8Array): string {
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Every file an incident's references point to: each original, and each stripped copy with a file of its own. */
export function fileIds(fields: Record<string, any>): string[] {
  const found: string[] = [];
  for (const reference of fields.attachments ?? []) {
    found.push(parseUuid(reference.attachment_id, "attachment_id"));
    const copy = reference.stripped?.attachment_id;
    if (copy !== undefined) found.push(parseUuid(copy, "attachment_id"));
  }
  return found;
}

function references(entry: Entry, fields: Record<string, any>): void {
  for (const reference of fields.attachments ?? []) {
    const id = parseUuid(reference.attachment_id, "attachment_id");
    // As a Python dict: a later version's reference replaces it, in its first place.
    entry.references.set(id, reference);
    const copy = reference.stripped?.attachment_id;
    if (copy !== undefined) entry.copies.set(parseUuid(copy, "attachment_id"), id);
  }
}

const fileKeyOf = (reference: any): FileKey => ({ key: b64decode(reference.key), noncePrefix: b64decode(reference.nonce_prefix) });

function fileReference(entry: Entry, attachmentId: string): any {
  const original = entry.copies.get(attachmentId);
  if (original !== undefined) return entry.references.get(original).stripped;
  return entry.references.get(attachmentId);
}

async function readStatement(archive: BundleZip, key: bundle.BundleKey): Promise<bundle.Statement> {
  const member = await archive.read(layout.STATEMENT);
  const document = parseJson(member);
  const data = b64decode(document.statement);
  const wrapper = { mac: b64encode(b64decode(document.mac)), signature: b64encode(b64decode(document.signature)), statement: b64encode(data) };
  checkCanonical(layout.STATEMENT, member, wrapper);
  let statement: bundle.Statement;
  try {
    statement = bundle.parseStatement(data);
  } catch (error) {
    throw new BundleInvalid(layout.STATEMENT, "format", (error as Error).message);
  }
  if (!equal(statement.recipientKey, key.publicKey)) throw new BundleInvalid(layout.STATEMENT, "bundle key", "this key is not the key of this bundle (it belongs to another bundle)");
  if (!(await bundle.statementMacOk(data, b64decode(document.mac), key))) throw new BundleInvalid(layout.STATEMENT, "bundle key MAC", "the statement was altered");
  if (!bundle.statementSignatureOk(data, b64decode(document.signature), statement.ownerKey)) throw new BundleInvalid(layout.STATEMENT, "victim's signature", "it does not verify");
  if (statement.bundleId !== archive.manifest.bundle_id) throw new BundleInvalid(layout.MANIFEST, "bundle id", "it is not the statement's");
  return statement;
}

function checkManifest(archive: BundleZip, statement: bundle.Statement, readme: Bytes): void {
  if (!equal(readme, layout.readme(statement.bundleId))) throw new BundleInvalid(layout.README, "content", "it is not the text every bundle carries");
  const m = archive.manifest;
  if (m.owner_id !== statement.ownerId || m.log_key !== statement.logKey) throw new BundleInvalid(layout.MANIFEST, "owner and log key", "they are not the statement's");
}

async function trustOf(archive: BundleZip, given: TsaTrust | undefined): Promise<TsaTrust | null> {
  if (!archive.has(layout.TSA_CERTIFICATES)) return given ?? null;
  const carried = await archive.read(layout.TSA_CERTIFICATES);
  let canonical: Bytes;
  try {
    canonical = canonicalPem(carried);
  } catch (error) {
    throw new BundleInvalid(layout.TSA_CERTIFICATES, "certificates", (error as Error).message);
  }
  if (!equal(canonical, carried)) throw new BundleInvalid(layout.TSA_CERTIFICATES, "canonical form", "it is not the certificates' PEM encoding alone (other text, or another layout)");
  if (given !== undefined) return given;
  try {
    return await carriedTrust(carried);
  } catch (error) {
    throw new BundleInvalid(layout.TSA_CERTIFICATES, "certificates", (error as Error).message);
  }
}

function checkOrder(archive: BundleZip, found: Entry[], log: LogChecks): void {
  const expected = [layout.README, layout.STATEMENT, layout.CHECKPOINT];
  for (const name of [layout.TSA_CERTIFICATES, layout.LOG_KEYS]) if (archive.has(name)) expected.push(name);
  for (const entry of found) {
    expected.push(layout.entryMember(entry.entryId));
    for (const id of [...entry.carried].sort(byUuid)) expected.push(layout.attachmentMember(id));
  }
  for (const size of log.keptSizes) expected.push(layout.keptCheckpointMember(size));
  expected.push(layout.MANIFEST);
  const names = archive.names;
  if (names.length !== expected.length || names.some((n, i) => n !== expected[i])) {
    throw new BundleInvalid(archive.source.name, "member order", "the members are not in the order of §25.7");
  }
}

function checkSealTime(statement: bundle.Statement, log: LogChecks, now: Date): void {
  let later = now;
  let laterIs = "this computer's clock now";
  for (const source of log.afterSeal) {
    if (source.time < later) {
      later = source.time;
      laterIs = `the time given by ${source.name} to a checkpoint kept after the seal`;
    }
  }
  const sealed = Date.parse(statement.createdAt);
  const newest = Number(log.newestReceiptMs ?? 0n);
  let problem: string | null = null;
  if (sealed < newest) problem = `it is before ${new Date(newest).toISOString()}, when the server received the newest version or file it seals`;
  else if (sealed > later.getTime() + SEAL_CLOCK_SKEW_MS) problem = `it is more than 10 minutes after ${later.toISOString()}, ${laterIs}`;
  if (problem !== null) {
    throw new BundleInvalid(layout.STATEMENT, "seal time", `created_at ${statement.createdAt} (the victim's device clock) cannot be when the bundle was sealed: ${problem}`);
  }
}

/** Check the bundle read from `source` with `key`; throws BundleInvalid at the first failed check. */
export async function verifyBundle(source: ByteSource, key: bundle.BundleKey, options: VerifyOptions = {}): Promise<PolicePack> {
  const archive = await BundleZip.open(source);
  try {
    const readme = await archive.read(layout.README);
    const statement = await readStatement(archive, key);
    checkManifest(archive, statement, readme);
    const verifier = Verifier.fromVkey(statement.logKey);
    const keys = archive.has(layout.LOG_KEYS) ? await archive.read(layout.LOG_KEYS) : null;
    const trust = await trustOf(archive, options.tsaRoots);
    const log = await LogChecks.open(verifier, (name) => archive.read(name), trust, options.witnesses ?? [], keys);
    if (BigInt(archive.manifest.checkpoint_size) !== log.head.size) throw new BundleInvalid(layout.MANIFEST, "checkpoint size", "it is not the checkpoint's");
    const opener = new Opener(archive, key, statement, log, options.onFile);
    const found = await opener.entries();
    const openedAt = options.now?.() ?? new Date();
    checkSealTime(statement, log, openedAt);
    archive.checkAllUsed();
    checkOrder(archive, found, log);
    await archive.checkContainer();
    return describe(archive, statement, log, opener.checks, found, openedAt);
  } catch (error) {
    if (error instanceof BundleInvalid) throw error;
    // Only a bundle crafted to pass every hash can get here.
    throw new BundleInvalid(source.name, "format", String(error));
  }
}

// --- the report's content (app/client/bundle_open.py _describe) -----------------

async function describe(archive: BundleZip, statement: bundle.Statement, log: LogChecks, checks: Check[], found: Entry[], openedAt: Date): Promise<PolicePack> {
  const when = (entry: Entry): [number, number, string] => {
    const start = occurred((entry.versions.at(-1) as Version).fields);
    return [start === null ? 1 : 0, start ?? 0, hex(uuidBytes(entry.entryId))];
  };
  const sorted = [...found].sort((a, b) => {
    const [x, y] = [when(a), when(b)];
    return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
  });
  const incidents = sorted.map((entry, i) => ({ number: i + 1, entryId: entry.entryId, versions: entry.versions, exhibits: exhibits(i + 1, entry) }));
  const summary: Check[] = [
    { item: archive.source.name, check: "every member listed with size and SHA-256, in its order, each JSON member in canonical form; canonical ZIP", result: "passed" },
    { item: layout.STATEMENT, check: "made for this bundle key (MAC); signed by the victim's key", result: "passed" },
    { item: layout.STATEMENT, check: "seal time (the victim's device clock): after every receipt, not after the log's later times", result: "passed" },
    { item: layout.CHECKPOINT, check: `signed by the log key ${log.headKey.vkey()}`, result: "passed" },
    ...log.chain.handovers.map((h) => ({
      item: layout.LOG_KEYS,
      check: `the log's key ${h.old.vkey()} handed it to ${h.new.vkey()} at tree size ${h.size}, by a note both signed`,
      result: "passed",
    })),
  ];
  return {
    bundleId: statement.bundleId,
    sealedAt: new Date(Date.parse(statement.createdAt)),
    createdAt: statement.createdAt,
    ownerId: statement.ownerId,
    ownerFingerprint: await fingerprint(statement.ownerKey, statement.ownerHpkeKey),
    logOrigin: log.verifier.name,
    checkpointSize: log.head.size,
    checkpointRoot: hex(log.head.rootHash),
    openedAt,
    incidents,
    checks: [...summary, ...checks],
    orders: carriedOrders(found),
  };
}

/** Each order the packages carry, once, checked against the orders schema (bundle_open._orders). */
function carriedOrders(found: Entry[]): Order[] {
  const orders = new Map<string, Order>();
  for (const entry of found) {
    const member = layout.entryMember(entry.entryId);
    for (const carried of entry.casework.orders) {
      const documentId = parseUuid(carried.document_id, "document_id");
      const problems = orderProblems(carried.order);
      if (problems.length > 0) throw new BundleInvalid(member, "orders", problems.join("; "));
      const order = orderFromDocument(documentId, carried.order);
      const key = `${documentId} ${order.orderId}`;
      if (!orders.has(key)) orders.set(key, order);
    }
  }
  return [...orders.values()].sort(byStart);
}

function occurred(fields: Record<string, any>): number | null {
  const start = fields.occurred?.start;
  if (typeof start !== "string") return null;
  const ms = Date.parse(start);
  return Number.isNaN(ms) ? null : ms;
}

function exhibits(number: number, entry: Entry): Exhibit[] {
  const placeWithheld = (entry.versions.at(-1) as Version).withheld.includes("location");
  return [...entry.references.entries()].map(([attachmentId, reference], k) => {
    const name = `EX${String(number).padStart(3, "0")}-${k + 1}`;
    const stripped = entry.stripped.has(attachmentId);
    const carried = stripped ? reference.stripped : reference;
    return {
      reference: name,
      fileName: String(reference.file_name),
      mediaType: String(reference.media_type),
      size: Number(carried.size),
      sha256: String(carried.sha256),
      packPath: entry.files.has(attachmentId) ? exhibitPath(name, String(reference.file_name)) : null,
      capturedAt: reference.captured_at ?? null,
      entryNumber: number,
      attachmentId,
      carriedId: stripped ? String(reference.stripped.attachment_id) : attachmentId,
      fileKey: entry.files.has(attachmentId) ? fileKeyOf(carried) : null,
      metadata: metadata(reference, stripped, placeWithheld),
      number: entry.casework.exhibitNumbers.get(attachmentId) ?? null,
    };
  });
}

function metadata(reference: any, stripped: boolean, placeWithheld: boolean): Exhibit["metadata"] {
  const form = reference.stripped;
  if (stripped) return { kind: "stripped", originalSha256: String(reference.sha256) };
  if (form !== undefined && form.sha256 === reference.sha256) return { kind: "none", originalSha256: null };
  return { kind: form === undefined && placeWithheld ? "unstripped" : "as recorded", originalSha256: null };
}

/** exhibits/<reference> <name>, the name cut down to safe characters. */
export function exhibitPath(reference: string, fileName: string): string {
  let safe = Array.from(fileName, (c) => (/^[A-Za-z0-9._\- ]$/.test(c) ? c : "_")).join("");
  safe = safe.replace(/^[ .]+|[ .]+$/g, "").slice(0, 100) || "file";
  return `exhibits/${reference} ${safe}`;
}
