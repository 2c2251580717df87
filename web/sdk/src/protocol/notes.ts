/**
 * Advocate notes, encrypted to the victim and the advocate and signed by the advocate (app/protocol/notes.py).
 *   binding   = note_id || case_id || victim_id || advocate_id || entry_id (16 zero bytes for a case note)
 *   envelope  = 0x01 || nonce || AES-256-GCM(note_key, pad(plaintext), aad = "daybook/v1/note" 0x00 || binding)
 *   wraps     = HPKE(note_key) to each reader, info = wrap_info("note-key", note_id, reader id)
 *   signature = Ed25519 by the advocate over label || binding || SHA-256 of envelope and both wraps
 */

import { canonicalJson } from "./commitment.js";
import { aesGcmDecrypt, aesGcmEncrypt, ed25519Sign, ed25519Verify, randomBytes, sha256 } from "./crypto.js";
import { type Bytes, ascii, concat, fromUtf8, parseJson, u8, uuidBytes } from "./encoding.js";
import { unwrap, wrap, wrapInfo } from "./hpke.js";
import { BUCKETS, pad, unpad } from "./padding.js";

export const AAD_LABEL = ascii("daybook/v1/note\x00");
export const SIGNATURE_LABEL = ascii("daybook/v1/note-signature\x00");
export const KEY_PURPOSE = "note-key";
export const NO_ENTRY = "00000000-0000-0000-0000-000000000000";
export const NOTE_MAX_BUCKET = 16 * 1024;
export const NOTE_BUCKETS = BUCKETS.filter((b) => b <= NOTE_MAX_BUCKET);
export const ENVELOPE_SIZES: ReadonlySet<number> = new Set(NOTE_BUCKETS.map((b) => 1 + 12 + b + 16));
export const KINDS = ["note", "safety-plan"] as const;

export class NoteError extends Error {}

export interface NoteBinding {
  noteId: string;
  caseId: string;
  victimId: string;
  advocateId: string;
  entryId: string | null;
}

export interface NoteContent {
  kind: (typeof KINDS)[number];
  text: string;
  /** RFC 3339 in UTC to the second, "+00:00" (Python's isoformat). */
  writtenAt: string;
}

export interface SealedNote {
  envelope: Bytes;
  victimWrap: Bytes;
  advocateWrap: Bytes;
  signature: Bytes;
}

export function bindingBytes(b: NoteBinding): Bytes {
  return concat(...[b.noteId, b.caseId, b.victimId, b.advocateId, b.entryId ?? NO_ENTRY].map(uuidBytes));
}

export function noteWrapInfo(b: NoteBinding, recipientId: string): Bytes {
  return wrapInfo(KEY_PURPOSE, b.noteId, recipientId);
}

/** A time as notes write it: UTC, to the second, "+00:00". */
export function noteTime(moment: Date): string {
  return `${moment.toISOString().slice(0, 19)}+00:00`;
}

export function contentBytes(c: NoteContent): Bytes {
  return canonicalJson({ kind: c.kind, text: c.text, written_at: c.writtenAt });
}

/** Strict: exactly these three fields, of these types, canonically encoded. */
export function parseContent(data: Uint8Array): NoteContent {
  let value: Record<string, unknown>;
  try {
    value = parseJson(fromUtf8(data)) as Record<string, unknown>;
  } catch (error) {
    throw new NoteError(`a note's plaintext is not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Object.keys(value).sort().join() !== "kind,text,written_at") {
    throw new NoteError("a note holds exactly kind, text and written_at");
  }
  const { kind, text, written_at: writtenAt } = value;
  if (!KINDS.includes(kind as NoteContent["kind"]) || typeof text !== "string" || typeof writtenAt !== "string") {
    throw new NoteError(`a note's kind is one of ${KINDS.join(", ")}, its text a string`);
  }
  const note = { kind: kind as NoteContent["kind"], text, writtenAt };
  const when = new Date(writtenAt);
  if (Number.isNaN(when.getTime()) || noteTime(when) !== writtenAt || canonicalJson({ kind, text, written_at: writtenAt }).join() !== Array.from(data).join()) {
    throw new NoteError("a note's plaintext is not in its canonical form");
  }
  return note;
}

export async function signedMessage(b: NoteBinding, envelope: Uint8Array, victimWrap: Uint8Array, advocateWrap: Uint8Array): Promise<Bytes> {
  return concat(SIGNATURE_LABEL, bindingBytes(b), await sha256(envelope), await sha256(victimWrap), await sha256(advocateWrap));
}

/** Encrypt under a fresh note key, wrap it to both readers, sign it all (as the advocate). */
export async function seal(
  content: NoteContent,
  b: NoteBinding,
  victimHpkePublic: Uint8Array,
  advocateHpkePublic: Uint8Array,
  advocateSigningSeed: Uint8Array,
  noteKey: Uint8Array = randomBytes(32),
  nonce: Uint8Array = randomBytes(12),
): Promise<SealedNote> {
  const padded = pad(contentBytes(content));
  if (padded.length > NOTE_MAX_BUCKET) throw new NoteError(`a note is limited to ${NOTE_MAX_BUCKET - 1} bytes of JSON`);
  const envelope = concat(u8(1), nonce, await aesGcmEncrypt(noteKey, nonce, padded, concat(AAD_LABEL, bindingBytes(b))));
  const victimWrap = await wrap(noteKey, victimHpkePublic, noteWrapInfo(b, b.victimId));
  const advocateWrap = await wrap(noteKey, advocateHpkePublic, noteWrapInfo(b, b.advocateId));
  const signature = ed25519Sign(advocateSigningSeed, await signedMessage(b, envelope, victimWrap, advocateWrap));
  return { envelope, victimWrap, advocateWrap, signature };
}

export function checkLayout(envelope: Uint8Array): void {
  if (!ENVELOPE_SIZES.has(envelope.length)) throw new NoteError(`a note envelope is not a bucket size: ${envelope.length} bytes`);
  if (envelope[0] !== 1) throw new NoteError(`unknown note envelope version ${envelope[0]}`);
}

/** Check the advocate's signature, unwrap the reader's copy of the key and decrypt. */
export async function openNote(
  sealed: SealedNote,
  b: NoteBinding,
  readerId: string,
  readerHpkePrivate: Uint8Array,
  advocateSigningPublic: Uint8Array,
): Promise<NoteContent> {
  if (readerId !== b.victimId && readerId !== b.advocateId) throw new NoteError("the note is for its victim and its advocate only");
  const noteKey = await unwrap(readerId === b.victimId ? sealed.victimWrap : sealed.advocateWrap, readerHpkePrivate, noteWrapInfo(b, readerId));
  return openWithKey(sealed, b, noteKey, advocateSigningPublic);
}

/** A note whose key came another way (a handover's grant, §29.1): the author's signature is still checked. */
export async function openWithKey(sealed: SealedNote, b: NoteBinding, noteKey: Uint8Array, advocateSigningPublic: Uint8Array): Promise<NoteContent> {
  const message = await signedMessage(b, sealed.envelope, sealed.victimWrap, sealed.advocateWrap);
  if (!ed25519Verify(advocateSigningPublic, message, sealed.signature)) throw new NoteError("the note is not signed by its advocate");
  checkLayout(sealed.envelope);
  const padded = await aesGcmDecrypt(noteKey, sealed.envelope.subarray(1, 13), sealed.envelope.subarray(13), concat(AAD_LABEL, bindingBytes(b)));
  return parseContent(unpad(padded));
}
