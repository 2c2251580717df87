/** Advocate notes on the device (app/client/notes.py): sealed by the advocate, opened and checked by either reader. */

import { b64decode, b64encode } from "../protocol/encoding.js";
import * as keyGrants from "../protocol/key_grants.js";
import * as notes from "../protocol/notes.js";
import type { Schemas } from "./api.js";
import { VerificationError } from "./errors.js";
import type { Identity } from "./identity.js";

export interface VerifiedNote extends notes.NoteContent {
  noteId: string;
  caseId: string;
  advocateId: string;
  entryId: string | null;
  receivedAt: string;
  /** False for a note of an earlier advocate whose key came from the server, never confirmed here. */
  authorConfirmed: boolean;
}

export function bindingOf(wire: Schemas["NoteOut"]): notes.NoteBinding {
  return { noteId: wire.id, caseId: wire.case_id, victimId: wire.victim_id, advocateId: wire.advocate_id, entryId: wire.entry_id ?? null };
}

/** The request body of PUT /v1/cases/{case_id}/notes/{note_id}. */
export async function sealNote(content: notes.NoteContent, binding: notes.NoteBinding, author: Identity, victimHpkePublic: Uint8Array): Promise<Schemas["NoteIn"]> {
  const sealed = await notes.seal(content, binding, victimHpkePublic, author.keys.hpkePublic, author.keys.signingSeed);
  return {
    entry_id: binding.entryId,
    ciphertext: b64encode(sealed.envelope),
    victim_envelope: b64encode(sealed.victimWrap),
    advocate_envelope: b64encode(sealed.advocateWrap),
    signature: b64encode(sealed.signature),
  };
}

function sealedOf(wire: Schemas["NoteOut"]): notes.SealedNote {
  return {
    envelope: b64decode(wire.ciphertext),
    victimWrap: b64decode(wire.victim_envelope),
    advocateWrap: b64decode(wire.advocate_envelope),
    signature: b64decode(wire.signature),
  };
}

async function verified(wire: Schemas["NoteOut"], open: () => Promise<notes.NoteContent>, authorConfirmed: boolean): Promise<VerifiedNote> {
  const binding = bindingOf(wire);
  let content: notes.NoteContent;
  try {
    content = await open();
  } catch (error) {
    throw new VerificationError(`note ${binding.noteId}: does not verify (${(error as Error).message})`);
  }
  return { ...content, noteId: binding.noteId, caseId: binding.caseId, advocateId: binding.advocateId, entryId: binding.entryId, receivedAt: wire.created_at, authorConfirmed };
}

/** Check and decrypt a note as the server sent it; `advocateSigningPublic` is the author's key as this device confirmed it. */
export function openWire(wire: Schemas["NoteOut"], reader: Identity, advocateSigningPublic: Uint8Array): Promise<VerifiedNote> {
  return verified(wire, () => notes.openNote(sealedOf(wire), bindingOf(wire), reader.accountId, reader.keys.hpkePrivate, advocateSigningPublic), true);
}

/**
 * A note of an earlier case that the victim handed to this advocate (§29.1): the key comes from
 * her grant, checked against `victimSigningPublic`; the note is still checked against its author.
 */
export function openHanded(wire: Schemas["NoteOut"], reader: Identity, authorSigningPublic: Uint8Array, authorConfirmed: boolean, victimSigningPublic: Uint8Array): Promise<VerifiedNote> {
  return verified(
    wire,
    async () => {
      const grant = wire.handed_over;
      if (!grant) throw new Error("no handover grant for this reader");
      const info = notes.noteWrapInfo(bindingOf(wire), reader.accountId);
      const key = await keyGrants.openGrant(b64decode(grant.envelope), b64decode(grant.signature), info, reader.keys.hpkePrivate, victimSigningPublic);
      return notes.openWithKey(sealedOf(wire), bindingOf(wire), key, authorSigningPublic);
    },
    authorConfirmed,
  );
}
