/** Advocate notes on the device (app/client/notes.py): sealed by the advocate, opened and checked by either reader. */

import { b64decode, b64encode } from "../protocol/encoding.js";
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

/** Check and decrypt a note as the server sent it; `advocateSigningPublic` is the author's key as this device confirmed it. */
export async function openWire(wire: Schemas["NoteOut"], reader: Identity, advocateSigningPublic: Uint8Array): Promise<VerifiedNote> {
  const binding = bindingOf(wire);
  const sealed = {
    envelope: b64decode(wire.ciphertext),
    victimWrap: b64decode(wire.victim_envelope),
    advocateWrap: b64decode(wire.advocate_envelope),
    signature: b64decode(wire.signature),
  };
  let content: notes.NoteContent;
  try {
    content = await notes.openNote(sealed, binding, reader.accountId, reader.keys.hpkePrivate, advocateSigningPublic);
  } catch (error) {
    throw new VerificationError(`note ${binding.noteId}: does not verify (${(error as Error).message})`);
  }
  return { ...content, noteId: binding.noteId, caseId: binding.caseId, advocateId: binding.advocateId, entryId: binding.entryId, receivedAt: wire.created_at };
}
