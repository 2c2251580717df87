/**
 * Advocacy on the device (app/client/advocacy.py and cases.py). The victim looks an advocate's
 * code up, compares the fingerprint computed here with the advocate's, accepts, and shares
 * entries: each content key is wrapped to the advocate's key the victim confirmed and signed,
 * so a server that swaps in its own key gets nothing. The advocate reads a case's entries,
 * each version checked against the victim's signature.
 */

import { b64decode, b64encode, equal } from "../protocol/encoding.js";
import * as keyGrants from "../protocol/key_grants.js";
import { fingerprint } from "../protocol/keys.js";
import * as receipts from "../protocol/receipts.js";
import type { DaybookApi, Schemas } from "./api.js";
import { type LogReceipt, type Replica, type VerifiedVersion, checkKeyGrantReceipt, openEntryGrant, verifiedHistory } from "./diary.js";
import { VerificationError } from "./errors.js";
import type { Identity } from "./identity.js";
import { newId } from "./identity.js";
import { type VerifiedNote, openHanded, openWire, sealNote } from "./notes.js";
import { noteTime, type NoteContent } from "../protocol/notes.js";

/** An advocate as the server describes them, with the fingerprint computed here (never the server's). */
export interface AdvocateCard {
  accountId: string;
  displayName: string;
  organisationName: string;
  signingPublic: Uint8Array;
  hpkePublic: Uint8Array;
  fingerprint: string;
}

export async function advocateCard(wire: Schemas["AdvocateOut"]): Promise<AdvocateCard> {
  const [signingPublic, hpkePublic] = [b64decode(wire.signing_public_key), b64decode(wire.hpke_public_key)];
  return {
    accountId: wire.account_id,
    displayName: wire.display_name,
    organisationName: wire.organisation_name,
    signingPublic,
    hpkePublic,
    fingerprint: await fingerprint(signingPublic, hpkePublic),
  };
}

const sameKeys = (a: AdvocateCard, b: AdvocateCard): boolean =>
  a.accountId === b.accountId && equal(a.signingPublic, b.signingPublic) && equal(a.hpkePublic, b.hpkePublic);

/** One entry's content key, opened from the owner's own grant, wrapped and signed for the advocate. */
export async function shareGrant(identity: Identity, entry: Schemas["EntryOut"], advocate: AdvocateCard): Promise<Schemas["ShareRequest"]["grants"][number]> {
  const contentKey = await openEntryGrant(entry, identity, identity.keys.signingPublic);
  const info = keyGrants.entryKeyInfo(entry.id, advocate.accountId);
  const { envelope, signature } = await keyGrants.grant(contentKey, advocate.hpkePublic, info, identity.keys.signingSeed);
  return { entry_id: entry.id, envelope: b64encode(envelope), signature: b64encode(signature) };
}

/** The victim's side. `confirmed` is the advocate the victim compared fingerprints with; keep it on the device. */
export class VictimAdvocacy {
  constructor(
    readonly api: DaybookApi,
    readonly identity: Identity,
    public confirmed: AdvocateCard | null = null,
    readonly replica?: Replica,
  ) {}

  /** Who the code names: show the name, organisation and `fingerprint` to compare with the advocate's. */
  async lookUp(code: string): Promise<AdvocateCard> {
    return advocateCard(await this.api.previewAssignmentCode(code));
  }

  /** Accept the advocate the victim confirmed; the server must answer with that very key. */
  async accept(code: string, card: AdvocateCard, label: string): Promise<Schemas["AssignmentOut"]> {
    const assignment = await this.api.acceptAssignment(code, card.accountId, label);
    if (!sameKeys(await advocateCard(assignment.advocate), card)) {
      throw new VerificationError(`the server made this account's advocate someone with another key than the one confirmed (${card.fingerprint}): end the assignment`);
    }
    this.confirmed = card;
    return assignment;
  }

  /** Share entries (every version and attachment) with the confirmed advocate; each receipt must be its grant's. */
  async share(entryIds: readonly string[]): Promise<LogReceipt[]> {
    const advocate = this.confirmed;
    if (advocate === null) throw new VerificationError("no confirmed advocate on this device: accept or confirm one first");
    const grants = await Promise.all(entryIds.map(async (id) => shareGrant(this.identity, await this.api.entry(id), advocate)));
    const answer = await this.api.share(advocate.accountId, grants);
    const found = await Promise.all(
      grants.map(async (grant) => {
        const item = answer.shares.find((s) => s.entry_id === grant.entry_id);
        if (!item?.receipt) throw new VerificationError(`entry ${grant.entry_id}: the share came back without its receipt`);
        const info = keyGrants.entryKeyInfo(grant.entry_id, advocate.accountId);
        return checkKeyGrantReceipt(item.receipt, grant.entry_id, info, b64decode(grant.envelope));
      }),
    );
    for (const r of found) this.replica?.log.expect(r.leafIndex, receipts.leafHash(r.leafData));
    return found;
  }

  async accessLog(): Promise<Schemas["AccessLogPage"]["records"]> {
    return (await this.api.accessLog()).records;
  }

  /** The advocate's notes, each checked against the confirmed advocate's key. */
  async notes(): Promise<VerifiedNote[]> {
    const advocate = this.confirmed;
    if (advocate === null) throw new VerificationError("no confirmed advocate on this device: accept or confirm one first");
    const wires = (await this.api.notes()).notes;
    return Promise.all(
      wires.map((wire) => {
        if (wire.advocate_id !== advocate.accountId) throw new VerificationError(`note ${wire.id} is by another advocate than the one confirmed`);
        return openWire(wire, this.identity, advocate.signingPublic);
      }),
    );
  }
}

/** The advocate's side: cases and the entries shared in them, verified against the victim's key. */
export class AdvocateCases {
  constructor(
    readonly api: DaybookApi,
    readonly identity: Identity,
  ) {}

  issueCode(): Promise<Schemas["AssignmentCodeOut"]> {
    return this.api.issueAssignmentCode();
  }

  async cases(): Promise<Schemas["CaseList"]["cases"]> {
    return (await this.api.cases()).cases;
  }

  /** The case with the victim's keys, which must be the victim's own. */
  async case(caseId: string): Promise<{ caseId: string; victimId: string; victimSigningPublic: Uint8Array; victimHpkePublic: Uint8Array; fingerprint: string }> {
    const wire = await this.api.case(caseId);
    if (wire.victim_keys.account_id !== wire.victim_id) throw new VerificationError(`case ${caseId}: the keys are not the victim's`, "author");
    const [victimSigningPublic, victimHpkePublic] = [b64decode(wire.victim_keys.signing_public_key), b64decode(wire.victim_keys.hpke_public_key)];
    return { caseId, victimId: wire.victim_id, victimSigningPublic, victimHpkePublic, fingerprint: await fingerprint(victimSigningPublic, victimHpkePublic) };
  }

  /** A note (or a safety-plan action) on the case or one of its entries, sealed to the victim and this advocate. */
  async addNote(c: { caseId: string; victimId: string; victimHpkePublic: Uint8Array }, text: string, kind: NoteContent["kind"] = "note", entryId: string | null = null): Promise<VerifiedNote> {
    const binding = { noteId: newId(), caseId: c.caseId, victimId: c.victimId, advocateId: this.identity.accountId, entryId };
    const content = { kind, text, writtenAt: noteTime(new Date()) };
    const wire = await this.api.addNote(c.caseId, binding.noteId, await sealNote(content, binding, this.identity, c.victimHpkePublic));
    return openWire(wire, this.identity, this.identity.keys.signingPublic);
  }

  /** The case's notes: this advocate's, and those of earlier advocates the victim handed over (their keys from the server, `authorConfirmed` false). */
  async notes(c: { caseId: string; victimSigningPublic: Uint8Array }): Promise<VerifiedNote[]> {
    const wires = (await this.api.caseNotes(c.caseId)).notes;
    return Promise.all(
      wires.map(async (wire) => {
        if (wire.advocate_id === this.identity.accountId) return openWire(wire, this.identity, this.identity.keys.signingPublic);
        const served = await this.api.publicKeys(wire.advocate_id);
        if (served.account_id !== wire.advocate_id) throw new VerificationError(`note ${wire.id}: the server sent another account's keys for its author`, "author");
        return openHanded(wire, this.identity, b64decode(served.signing_public_key), false, c.victimSigningPublic);
      }),
    );
  }

  async sharedEntries(caseId: string): Promise<Schemas["SharedEntryList"]["entries"]> {
    return (await this.api.caseEntries(caseId)).entries;
  }

  /** The entry's whole history, each version checked against the victim's signature; the victim sees this read. */
  async read(c: { victimId: string; victimSigningPublic: Uint8Array }, entryId: string): Promise<VerifiedVersion[]> {
    const entry = await this.api.entry(entryId);
    if (entry.owner_id !== c.victimId) throw new VerificationError(`entry ${entryId} is not this case's victim's`, "author");
    const contentKey = await openEntryGrant(entry, this.identity, c.victimSigningPublic);
    return verifiedHistory(this.api, entry, contentKey, c.victimId, c.victimSigningPublic);
  }
}
