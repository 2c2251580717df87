/**
 * Case documents on the device (app/client/case_documents.py), for the victim and her advocate:
 * write a version (checked against its kind's schema, sealed, signed) and read a document's whole
 * history, each version verified against its author's key, chained to the one before and matched
 * with its evidence-log receipt (docs/protocol §28.4).
 */

import * as docs from "../protocol/case_documents.js";
import { sha256 } from "../protocol/crypto.js";
import { type Bytes, b64decode, b64encode, equal } from "../protocol/encoding.js";
import { newContentKey } from "../protocol/entries.js";
import * as keyGrants from "../protocol/key_grants.js";
import * as receipts from "../protocol/receipts.js";
import type { DaybookApi, Schemas } from "./api.js";
import { caseProgress, orders, riskReview, safetyPlan } from "./case_document_schema_validate.js";
import { VerificationError } from "./errors.js";
import type { Identity } from "./identity.js";
import { newId } from "./identity.js";

const ROOT = "/v1/case-documents";

type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; keyword: string }[] | null };
const VALIDATORS: Record<docs.Kind, Validator> = {
  "safety-plan": safetyPlan as Validator,
  "risk-review": riskReview as Validator,
  orders: orders as Validator,
  "case-progress": caseProgress as Validator,
};

/** The content breaks its kind's schema; `problems` lists each, without values. */
export class ContentInvalid extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid case document:\n${problems.join("\n")}`);
  }
}

/** What a schema cannot say: in each list an item's `id` (and a risk review's `question`) appears once. */
function repeated(value: unknown, path: string): string[] {
  const found: string[] = [];
  if (Array.isArray(value)) {
    for (const key of ["id", "question"]) {
      const seen = value.filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null && key in item).map((item) => String(item[key]));
      if (seen.length !== new Set(seen).size) found.push(`${path}: an item's ${key} is used twice`);
    }
    value.forEach((inner, index) => found.push(...repeated(inner, `${path}[${index}]`)));
  } else if (typeof value === "object" && value !== null) {
    for (const [name, inner] of Object.entries(value)) found.push(...repeated(inner, `${path}.${name}`));
  }
  return found;
}

export function validate(kind: docs.Kind, content: docs.Content): void {
  const check = VALIDATORS[kind];
  const schema = check(content) ? [] : (check.errors ?? []).map((e) => `$${e.instancePath.replace(/\//g, ".")}: ${e.message ?? e.keyword}`);
  const found = [...schema, ...repeated(content, "$")];
  if (found.length > 0) throw new ContentInvalid(found.sort());
}

export interface DocumentVersion {
  documentId: string;
  victimId: string;
  kind: docs.Kind;
  version: number;
  authorId: string;
  content: docs.Content;
  receivedAt: string;
  receipt: Schemas["Receipt"];
  /** False when the author's key came from the server and was never confirmed on this device. */
  authorConfirmed: boolean;
}

/** Someone the document key is wrapped to: the victim or her advocate, as this device confirmed them. */
export interface Reader {
  accountId: string;
  hpkePublic: Uint8Array;
}

/**
 * `known` holds the signing keys this device confirmed, by account id: for the victim, her
 * advocate's (compared by fingerprint); for the advocate, the victim's (pinned for the case).
 */
export class CaseDocuments {
  constructor(
    readonly api: DaybookApi,
    readonly identity: Identity,
    readonly known: Map<string, Uint8Array> = new Map(),
  ) {}

  async documents(): Promise<Schemas["DocumentSummary"][]> {
    return (await this.api.call<Schemas["DocumentList"]>(ROOT)).documents;
  }

  /** A new document; `readers` are the victim and her advocate (the server refuses any other set). */
  async create(victimId: string, kind: docs.Kind, content: docs.Content, readers: readonly Reader[]): Promise<DocumentVersion> {
    validate(kind, content);
    const [documentId, key] = [newId(), newContentKey()];
    const signed = { documentId, victimId, authorId: this.identity.accountId, kind, version: 1, previous: null, ciphertextSha256: new Uint8Array(32) };
    const body: Schemas["DocumentCreate"] = {
      victim_id: victimId,
      kind,
      grants: await Promise.all(readers.map((r) => this.grant(documentId, key, r))),
      version: await this.seal(content, key, signed),
    };
    const wire = await this.api.call<Schemas["DocumentOut"]>(`${ROOT}/${documentId}`, { method: "PUT", body });
    const [created] = await this.verified([wire.latest], wire, key, null);
    if (created === undefined) throw new VerificationError(`case document ${documentId}: the server answered without the version`);
    return created;
  }

  /** A new version on top of the current one, whose whole history is verified first. */
  async update(documentId: string, content: docs.Content): Promise<DocumentVersion> {
    const wire = await this.document(documentId);
    const key = await this.key(wire);
    const current = (await this.history(wire, key)).at(-1);
    if (current === undefined) throw new VerificationError(`case document ${documentId}: no version to build on`);
    validate(current.kind, content);
    const signed = {
      documentId,
      victimId: current.victimId,
      authorId: this.identity.accountId,
      kind: current.kind,
      version: current.version + 1,
      previous: await sha256(b64decode(wire.latest.commitment)),
      ciphertextSha256: new Uint8Array(32),
    };
    const body: Schemas["DocumentVersionAppend"] = { base_version: current.version, ...(await this.seal(content, key, signed)) };
    const added = await this.api.call<Schemas["DocumentVersionOut"]>(`${ROOT}/${documentId}/versions`, { method: "POST", body });
    const [appended] = await this.verified([added], wire, key, wire.latest);
    if (appended === undefined) throw new VerificationError(`case document ${documentId}: the server answered without the version`);
    return appended;
  }

  /** Every version, oldest first, each decrypted and verified. Throws VerificationError when any fails. */
  async read(documentId: string): Promise<DocumentVersion[]> {
    const wire = await this.document(documentId);
    return this.history(wire, await this.key(wire));
  }

  /** The victim wraps a document's key to her advocate, whom this device confirmed (§28.5). */
  async give(documentId: string, advocate: Reader): Promise<Schemas["DocumentGrantAdded"]> {
    const wire = await this.document(documentId);
    const grant = await this.grant(documentId, await this.key(wire), advocate);
    const added = await this.api.call<Schemas["DocumentGrantAdded"]>(`${ROOT}/${documentId}/grants`, { method: "POST", body: grant });
    const info = docs.keyInfo(documentId, advocate.accountId);
    checkReceipt(added.receipt, "key-grant", await receipts.keyGrantObject(info, b64decode(grant.envelope)), `case document ${documentId}: the grant's receipt is not its own`);
    return added;
  }

  private document(documentId: string): Promise<Schemas["DocumentOut"]> {
    return this.api.call<Schemas["DocumentOut"]>(`${ROOT}/${documentId}`);
  }

  private async history(wire: Schemas["DocumentOut"], key: Uint8Array): Promise<DocumentVersion[]> {
    const versions: Schemas["DocumentVersionOut"][] = [];
    for (let after: number | null = 0; after !== null; ) {
      const page: Schemas["DocumentVersionPage"] = await this.api.call(`${ROOT}/${wire.id}/versions`, { query: { after, limit: 100 } });
      versions.push(...page.versions);
      after = page.next_after ?? null;
    }
    if (versions.length !== wire.current_version) throw new VerificationError(`case document ${wire.id}: the history is incomplete`, "history");
    return this.verified(versions, wire, key, null);
  }

  private async seal(content: docs.Content, key: Uint8Array, signed: docs.DocumentCommitment): Promise<Schemas["VersionIn"]> {
    const sealed = await docs.sealVersion(content, key, signed, this.identity.keys.signingSeed);
    return { ciphertext: b64encode(sealed.ciphertext), commitment: b64encode(sealed.commitment), signature: b64encode(sealed.signature) };
  }

  private async grant(documentId: string, key: Uint8Array, reader: Reader): Promise<Schemas["DocumentGrantIn"]> {
    const info = docs.keyInfo(documentId, reader.accountId);
    const { envelope, signature } = await keyGrants.grant(key, reader.hpkePublic, info, this.identity.keys.signingSeed);
    return { reader_id: reader.accountId, envelope: b64encode(envelope), signature: b64encode(signature) };
  }

  /** Open this device's grant: wrapped for this document and for me, signed by its granter. */
  private async key(wire: Schemas["DocumentOut"]): Promise<Bytes> {
    const grant = wire.key_grant;
    if (grant.reader_id !== this.identity.accountId) throw new VerificationError(`case document ${wire.id}: the key is not for me`, "key");
    const { key: granter } = await this.authorKey(grant.granter_id);
    try {
      const info = docs.keyInfo(wire.id, this.identity.accountId);
      return await keyGrants.openGrant(b64decode(grant.envelope), b64decode(grant.signature), info, this.identity.keys.hpkePrivate, granter);
    } catch (error) {
      throw new VerificationError(`case document ${wire.id}: the key grant does not open (${(error as Error).message})`, "key");
    }
  }

  /** The author's key as this device confirmed it; else the server's, marked unconfirmed. */
  private async authorKey(accountId: string): Promise<{ key: Uint8Array; confirmed: boolean }> {
    if (accountId === this.identity.accountId) return { key: this.identity.keys.signingPublic, confirmed: true };
    const known = this.known.get(accountId);
    if (known !== undefined) return { key: known, confirmed: true };
    const served = await this.api.publicKeys(accountId);
    if (served.account_id !== accountId) throw new VerificationError(`the server sent the keys of another account than ${accountId}`, "author");
    return { key: b64decode(served.signing_public_key), confirmed: false };
  }

  /** Each version signed by its author for this document, victim and kind, numbered in order and chained. */
  private async verified(
    versions: readonly Schemas["DocumentVersionOut"][],
    wire: Schemas["DocumentOut"],
    key: Uint8Array,
    before: Schemas["DocumentVersionOut"] | null,
  ): Promise<DocumentVersion[]> {
    let previous: Bytes | null = before === null ? null : await sha256(b64decode(before.commitment));
    let number = before === null ? 0 : before.version;
    const out: DocumentVersion[] = [];
    for (const version of versions) {
      number += 1;
      const where = `case document ${wire.id} version ${number}`;
      const author = await this.authorKey(version.author_id);
      const sealed = { ciphertext: b64decode(version.ciphertext), commitment: b64decode(version.commitment), signature: b64decode(version.signature) };
      let opened: { signed: docs.DocumentCommitment; content: docs.Content };
      try {
        opened = await docs.openVersion(sealed, key, author.key);
      } catch (error) {
        throw new VerificationError(`${where}: ${(error as Error).message}`, "content");
      }
      const commitmentHash = await sha256(sealed.commitment);
      checkReceipt(version.receipt, "case-document", commitmentHash, `${where}: the receipt is not this version's`);
      const s = opened.signed;
      const samePrevious = previous === null ? s.previous === null : s.previous !== null && equal(s.previous, previous);
      const expected = [wire.id, wire.victim_id, version.author_id, wire.kind, number].join();
      if ([s.documentId, s.victimId, s.authorId, s.kind, s.version].join() !== expected || !samePrevious || version.version !== number) {
        throw new VerificationError(`${where}: not the one signed (moved, reordered or relabelled)`, "commitment");
      }
      previous = commitmentHash;
      out.push({
        documentId: wire.id,
        victimId: wire.victim_id,
        kind: s.kind,
        version: number,
        authorId: version.author_id,
        content: opened.content,
        receivedAt: version.received_at,
        receipt: version.receipt,
        authorConfirmed: author.confirmed,
      });
    }
    return out;
  }
}

/** A receipt must be the log's leaf of this very object, of this kind. */
function checkReceipt(wire: Schemas["Receipt"], kind: receipts.ReceiptKind, objectSha256: Uint8Array, failure: string): void {
  let leaf: receipts.ReceiptLeaf;
  try {
    const data = b64decode(wire.leaf_data);
    leaf = receipts.decodeLeaf(data);
    if (!equal(b64decode(wire.leaf_hash), receipts.leafHash(data))) throw new Error("leaf hash");
  } catch (error) {
    throw new VerificationError(`${failure} (${(error as Error).message})`, "receipt");
  }
  if (leaf.kind !== kind || !equal(leaf.objectSha256, objectSha256)) throw new VerificationError(failure, "receipt");
}
