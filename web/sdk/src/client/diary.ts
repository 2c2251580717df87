/**
 * The victim's diary on the device (app/client/diary.py): write, edit, read, verify and sync.
 * Every version read back is verified: the owner's signature over the commitment, the
 * commitment against the envelope and its place in the history, the decryption, each
 * disclosure against its digest, the incident against its schema (docs/protocol §14.1), the
 * signed attachment list, and its evidence-log receipt.
 */

import { validateIncident } from "../bundle/incident.js";

import * as commitment from "../protocol/commitment.js";
import { sha256 } from "../protocol/crypto.js";
import { type Bytes, b64decode, b64encode, equal } from "../protocol/encoding.js";
import * as entries from "../protocol/entries.js";
import * as keyGrants from "../protocol/key_grants.js";
import * as receipts from "../protocol/receipts.js";
import type { DaybookApi, Schemas } from "./api.js";
import { type VerificationCheck, VerificationError } from "./errors.js";
import type { Identity } from "./identity.js";
import { newId } from "./identity.js";
import { type LogReport, LogView, type LogViewJson, advance } from "./log_check.js";

export type Incident = Record<string, commitment.Json>;

export interface LogReceipt {
  leafIndex: number;
  leafData: Bytes;
  leaf: receipts.ReceiptLeaf;
}

export interface VerifiedVersion {
  entryId: string;
  version: number;
  incident: Incident;
  disclosures: string[];
  commitment: commitment.Commitment;
  commitmentSha256: Bytes;
  receivedAt: string;
  receipt: LogReceipt | null;
}

export interface Current {
  entryId: string;
  contentKey: Bytes;
  latest: VerifiedVersion;
}

export class EntryDeleted extends Error {}

function fail(entryId: string, version: number | null, what: string, check: VerificationCheck): VerificationError {
  return new VerificationError(`entry ${entryId}${version === null ? "" : ` version ${version}`}: ${what}`, check);
}

function decodeReceipt(wire: Schemas["Receipt"], entryId: string, version: number | null): LogReceipt {
  let receipt: LogReceipt;
  try {
    const leafData = b64decode(wire.leaf_data);
    receipt = { leafIndex: wire.leaf_index, leafData, leaf: receipts.decodeLeaf(leafData) };
    if (receipt.leafIndex < 0 || !equal(b64decode(wire.leaf_hash), receipts.leafHash(leafData))) throw new Error("leaf hash");
  } catch (error) {
    throw fail(entryId, version, `bad receipt: ${(error as Error).message}`, "receipt");
  }
  return receipt;
}

/** The version's receipt must be an entry-version leaf naming this commitment hash. */
export function checkReceipt(wire: Schemas["Receipt"], entryId: string, version: number, commitmentHash: Uint8Array): LogReceipt {
  const receipt = decodeReceipt(wire, entryId, version);
  if (receipt.leaf.kind !== "entry-version" || !equal(receipt.leaf.objectSha256, commitmentHash)) {
    throw fail(entryId, version, "the receipt is not this version's", "receipt");
  }
  return receipt;
}

export async function checkDeletionReceipt(wire: Schemas["Receipt"], entryId: string): Promise<LogReceipt> {
  const receipt = decodeReceipt(wire, entryId, null);
  if (receipt.leaf.kind !== "tombstone" || !equal(receipt.leaf.objectSha256, await receipts.tombstoneObject(entryId))) {
    throw fail(entryId, null, "the deletion receipt is not this entry's tombstone", "receipt");
  }
  return receipt;
}

/** A share's receipt must be a key-grant leaf naming the message its granter signed. */
export async function checkKeyGrantReceipt(wire: Schemas["Receipt"], entryId: string, info: Uint8Array, envelope: Uint8Array): Promise<LogReceipt> {
  const receipt = decodeReceipt(wire, entryId, null);
  if (receipt.leaf.kind !== "key-grant" || !equal(receipt.leaf.objectSha256, await receipts.keyGrantObject(info, envelope))) {
    throw fail(entryId, null, "the share's receipt is not that of this key grant", "receipt");
  }
  return receipt;
}

/** Check one version from the server against everything it claims. */
export async function verifyVersion(
  wire: Schemas["VersionOut"],
  contentKey: Uint8Array,
  ownerId: string,
  ownerSigningPublic: Uint8Array,
  previous: Uint8Array | null,
): Promise<VerifiedVersion> {
  const [entryId, number] = [wire.entry_id, wire.version];
  const envelope = b64decode(wire.ciphertext);
  const signed = b64decode(wire.commitment);
  if (!commitment.verify(signed, b64decode(wire.signature), ownerSigningPublic)) {
    throw fail(entryId, number, "the owner's signature does not verify", "signature");
  }
  let parsed: commitment.Commitment;
  try {
    parsed = commitment.parseCommitment(signed);
  } catch (error) {
    throw fail(entryId, number, `bad commitment: ${(error as Error).message}`, "commitment");
  }
  const samePrevious = previous === null ? parsed.previous === null : parsed.previous !== null && equal(parsed.previous, previous);
  if (parsed.entryId !== entryId || parsed.ownerId !== ownerId || parsed.version !== number || !samePrevious) {
    throw fail(entryId, number, "the commitment belongs to another place in the history", "commitment");
  }
  if (!equal(parsed.ciphertextSha256, await sha256(envelope))) {
    throw fail(entryId, number, "the ciphertext is not the one the owner signed", "ciphertext");
  }
  let disclosures: string[];
  let incident: Incident;
  try {
    const plaintext = await entries.decryptVersion(envelope, contentKey, entryId, number, ownerId);
    disclosures = commitment.decodePlaintext(plaintext);
    incident = commitment.undisclose(disclosures);
  } catch (error) {
    throw fail(entryId, number, `does not decrypt to a valid entry (${(error as Error).message})`, "content");
  }
  try {
    await commitment.checkDisclosures(parsed, disclosures);
  } catch (error) {
    throw fail(entryId, number, (error as Error).message, "content");
  }
  try {
    validateIncident(incident);
  } catch (error) {
    // As the Python client, the whole version is refused: a reader never shows an incident its schema refuses.
    throw fail(entryId, number, (error as Error).message, "content");
  }
  const [referenced, signedIds] = [new Set(fileIds(incident)), new Set(parsed.attachments)];
  if (referenced.size !== signedIds.size || ![...referenced].every((id) => signedIds.has(id))) {
    throw fail(entryId, number, "the signed attachment list does not match the entry", "content");
  }
  const commitmentSha256 = await commitment.commitmentHash(signed);
  return {
    entryId,
    version: number,
    incident,
    disclosures,
    commitment: parsed,
    commitmentSha256,
    receivedAt: wire.received_at,
    receipt: wire.receipt ? checkReceipt(wire.receipt, entryId, number, commitmentSha256) : null,
  };
}

/** As file_ids: each original's id and that of each stripped copy that is a file of its own, which
 * the commitment lists. Only for a validated incident (its attachments are a list of references). */
function fileIds(incident: Incident): string[] {
  const references = (incident["attachments"] ?? []) as Record<string, commitment.Json>[];
  return references.flatMap((reference) => {
    const stripped = (reference["stripped"] ?? {}) as Record<string, commitment.Json>;
    return [String(reference["attachment_id"]), ...("attachment_id" in stripped ? [String(stripped["attachment_id"])] : [])];
  });
}

/** Disclose, pad, encrypt and sign one version: the version part of a write. IncidentInvalid for an incident its schema refuses. */
export async function versionBody(
  identity: Identity,
  entryId: string,
  version: number,
  previous: Uint8Array | null,
  incident: Incident,
  contentKey: Uint8Array,
): Promise<Schemas["VersionIn"]> {
  validateIncident(incident);
  const disclosures = commitment.disclose(incident);
  const envelope = await entries.encryptVersion(commitment.encodePlaintext(disclosures), contentKey, entryId, version, identity.accountId);
  const signed = commitment.commitmentBytes({
    entryId,
    ownerId: identity.accountId,
    version,
    previous: previous === null ? null : Uint8Array.from(previous),
    ciphertextSha256: await sha256(envelope),
    digests: await commitment.digestSlots(disclosures),
    attachments: fileIds(incident),
  });
  return {
    ciphertext: b64encode(envelope),
    commitment: b64encode(signed),
    signature: b64encode(commitment.sign(signed, identity.keys.signingSeed)),
  };
}

/** The whole create request: a fresh content key, granted to the owner. */
export async function createBody(identity: Identity, entryId: string, incident: Incident, contentKey = entries.newContentKey()): Promise<Schemas["EntryCreate"]> {
  const info = keyGrants.entryKeyInfo(entryId, identity.accountId);
  const { envelope, signature } = await keyGrants.grant(contentKey, identity.keys.hpkePublic, info, identity.keys.signingSeed);
  return {
    key_grant: { envelope: b64encode(envelope), signature: b64encode(signature) },
    version: await versionBody(identity, entryId, 1, null, incident, contentKey),
  };
}

/** The content key from the reader's grant on `entry`, which `granterPublic` (the owner) must have signed. */
export async function openEntryGrant(entry: Schemas["EntryOut"], reader: Identity, granterPublic: Uint8Array): Promise<Bytes> {
  if (entry.deleted) throw new EntryDeleted(`entry ${entry.id} was deleted`);
  const grant = entry.key_grant;
  if (!grant) throw fail(entry.id, null, "no key grant for this account", "key");
  try {
    const info = keyGrants.entryKeyInfo(entry.id, reader.accountId);
    return await keyGrants.openGrant(b64decode(grant.envelope), b64decode(grant.signature), info, reader.keys.hpkePrivate, granterPublic);
  } catch (error) {
    throw fail(entry.id, null, `the key grant does not open (${(error as Error).message})`, "key");
  }
}

/** Every version of an entry, oldest first, each verified and chained to the one before; none missing. */
export async function verifiedHistory(
  api: DaybookApi,
  entry: Schemas["EntryOut"],
  contentKey: Uint8Array,
  ownerId: string,
  ownerSigningPublic: Uint8Array,
): Promise<VerifiedVersion[]> {
  const verified: VerifiedVersion[] = [];
  for (let after: number | null = 0; after !== null; ) {
    const page: Schemas["VersionPage"] = await api.versions(entry.id, after);
    for (const wire of page.versions) {
      verified.push(await verifyVersion(wire, contentKey, ownerId, ownerSigningPublic, verified.at(-1)?.commitmentSha256 ?? null));
    }
    after = page.next_after ?? null;
  }
  if (verified.map((v) => v.version).join() !== Array.from({ length: entry.current_version }, (_, i) => i + 1).join()) {
    throw fail(entry.id, null, "the history has gaps or extra versions", "history");
  }
  return verified;
}

/** A device's copy of its diary: the sync cursor, each entry as the server sent it (ciphertext), and the log state. */
export class Replica {
  cursor: string | null = null;
  entries = new Map<string, Schemas["EntryOut"]>();
  log = new LogView();

  /** Ciphertext and public data only: safe to keep on the device; every entry is verified again when read. */
  toJSON(): ReplicaJson {
    return { cursor: this.cursor, entries: Object.fromEntries(this.entries), log: this.log.toJSON() };
  }

  static fromJSON(data: ReplicaJson): Replica {
    const replica = new Replica();
    replica.cursor = data.cursor;
    replica.entries = new Map(Object.entries(data.entries));
    replica.log = LogView.fromJSON(data.log);
    return replica;
  }
}

export interface ReplicaJson {
  cursor: string | null;
  entries: Record<string, Schemas["EntryOut"]>;
  log: LogViewJson;
}

export interface SyncReport {
  changed: number;
  deleted: number;
  log: LogReport;
}

function previousHash(entry: Schemas["EntryOut"]): Bytes | null {
  try {
    return commitment.parseCommitment(b64decode(entry.latest?.commitment ?? "")).previous;
  } catch (error) {
    throw fail(entry.id, null, `bad commitment: ${(error as Error).message}`, "commitment");
  }
}

/** A server may not serve an older version than this device has seen. */
function checkNotRolledBack(known: Schemas["EntryOut"] | undefined, incoming: Schemas["EntryOut"]): void {
  if (known === undefined) return;
  const older = incoming.current_version < known.current_version;
  const swapped = incoming.current_version === known.current_version && incoming.latest?.commitment !== known.latest?.commitment;
  if (older || swapped) throw fail(incoming.id, incoming.current_version, "the server rolled the entry back", "history");
}

/** One unlocked account's own diary over the API. `logKey` pins the log's verifier key (else trust on first use). */
export class Diary {
  constructor(
    readonly api: DaybookApi,
    readonly identity: Identity,
    readonly replica: Replica = new Replica(),
    readonly logKey?: string,
  ) {}

  openKeyGrant(entry: Schemas["EntryOut"]): Promise<Bytes> {
    return openEntryGrant(entry, this.identity, this.identity.keys.signingPublic);
  }

  async verifyLatest(entry: Schemas["EntryOut"], previous: Uint8Array | null): Promise<VerifiedVersion> {
    if (!entry.latest) throw new EntryDeleted(`entry ${entry.id} was deleted`);
    return verifyVersion(entry.latest, await this.openKeyGrant(entry), this.identity.accountId, this.identity.keys.signingPublic, previous);
  }

  async add(incident: Incident, entryId = newId()): Promise<VerifiedVersion> {
    const entry = await this.api.createEntry(entryId, await createBody(this.identity, entryId, incident));
    return this.written(await this.verifyLatest(entry, null));
  }

  async current(entryId: string): Promise<Current> {
    const entry = await this.api.entry(entryId);
    const contentKey = await this.openKeyGrant(entry);
    const history = await verifiedHistory(this.api, entry, contentKey, this.identity.accountId, this.identity.keys.signingPublic);
    return { entryId, contentKey, latest: history.at(-1) as VerifiedVersion };
  }

  /** Append as the version after `base`: ApiError 409 `stale-version` if another device wrote first. */
  async append(base: Current, incident: Incident): Promise<VerifiedVersion> {
    const [previous, number] = [base.latest.commitmentSha256, base.latest.version + 1];
    const body = await versionBody(this.identity, base.entryId, number, previous, incident, base.contentKey);
    const wire = await this.api.appendVersion(base.entryId, { ...body, base_version: base.latest.version });
    return this.written(await verifyVersion(wire, base.contentKey, this.identity.accountId, this.identity.keys.signingPublic, previous));
  }

  async edit(entryId: string, incident: Incident): Promise<VerifiedVersion> {
    return this.append(await this.current(entryId), incident);
  }

  async history(entryId: string): Promise<VerifiedVersion[]> {
    const entry = await this.api.entry(entryId);
    return verifiedHistory(this.api, entry, await this.openKeyGrant(entry), this.identity.accountId, this.identity.keys.signingPublic);
  }

  private written(version: VerifiedVersion): VerifiedVersion {
    if (version.receipt) this.replica.log.expect(version.receipt.leafIndex, receipts.leafHash(version.receipt.leafData));
    return version;
  }

  /**
   * Bring the replica up to date, verifying the latest version of each change; then hold the server
   * to its evidence log: its checkpoint must extend the last one verified and include every receipt.
   */
  async sync(): Promise<SyncReport> {
    const replica = this.replica;
    let [changed, deleted, more] = [0, 0, true];
    while (more) {
      const page = await this.api.sync(replica.cursor);
      for (const entry of page.changes) {
        if (entry.deleted) {
          if (entry.deletion_receipt) {
            const receipt = await checkDeletionReceipt(entry.deletion_receipt, entry.id);
            replica.log.expect(receipt.leafIndex, receipts.leafHash(receipt.leafData));
          }
          replica.entries.delete(entry.id);
          deleted++;
          continue;
        }
        checkNotRolledBack(replica.entries.get(entry.id), entry);
        const version = await this.verifyLatest(entry, previousHash(entry));
        if (version.receipt) replica.log.expect(version.receipt.leafIndex, receipts.leafHash(version.receipt.leafData));
        replica.entries.set(entry.id, entry);
        changed++;
      }
      [replica.cursor, more] = [page.cursor, page.more];
    }
    const log = await advance(this.api, replica.log, this.logKey);
    return { changed, deleted, log };
  }

  /** The replica's entries, decrypted and verified. */
  async readReplica(): Promise<VerifiedVersion[]> {
    return Promise.all([...this.replica.entries.values()].map((e) => this.verifyLatest(e, previousHash(e))));
  }
}
