"""The rules of advocate notes: written by the case's advocate, on the case
or on an entry it shares, signed by them; read by them and by the victim."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy.ext.asyncio import AsyncSession

from app.assignments import service as assignments
from app.errors import BadRequest, Conflict, NotFound
from app.evidence.service import received_now
from app.models import AdvocateNote, Assignment, NoteKeyGrant
from app.notes import repository
from app.notes.schemas import NoteIn
from app.protocol import hpke, notes
from app.sessions.caller import AccountRef
from app.shares import repository as shares


class InvalidNote(BadRequest):
    code = "invalid-note"
    title = "Note does not verify"


class NoteIdTaken(Conflict):
    code = "note-id-taken"
    title = "Note id already used"


def binding(note: AdvocateNote, assignment: Assignment) -> notes.NoteBinding:
    return notes.NoteBinding(
        note_id=note.id,
        case_id=assignment.id,
        victim_id=assignment.victim_id,
        advocate_id=assignment.advocate_id,
        entry_id=note.entry_id,
    )


def _check(note: AdvocateNote, assignment: Assignment, advocate: AccountRef) -> None:
    sealed = notes.SealedNote(
        note.ciphertext, note.victim_envelope, note.advocate_envelope, note.signature
    )
    try:
        notes.check_layout(note.ciphertext)
        hpke.parse_envelope(note.victim_envelope)
        hpke.parse_envelope(note.advocate_envelope)
    except ValueError as exc:
        raise InvalidNote(f"{exc}.") from exc
    key = Ed25519PublicKey.from_public_bytes(advocate.signing_public_key)
    if not notes.signature_ok(binding(note, assignment), sealed, key):
        raise InvalidNote(
            "The signature does not verify with the advocate's signing key over the note "
            "message for this note id, case and entry (docs/protocol, advocate notes)."
        )


async def add(
    db: AsyncSession, advocate: AccountRef, case_id: uuid.UUID, note_id: uuid.UUID, body: NoteIn
) -> tuple[AdvocateNote, Assignment, bool]:
    """Returns the note, its case and whether this call added it."""
    assignment, _victim = await assignments.case(db, advocate, case_id)
    note = AdvocateNote(
        id=note_id,
        assignment_id=assignment.id,
        entry_id=body.entry_id,
        ciphertext=body.ciphertext,
        victim_envelope=body.victim_envelope,
        advocate_envelope=body.advocate_envelope,
        signature=body.signature,
    )
    existing = await repository.by_id(db, note_id)
    if existing is not None:
        if existing.assignment_id == case_id and existing.signature == body.signature:
            return existing, assignment, False
        raise NoteIdTaken("That note id is already used; generate a new random UUID.")
    if body.entry_id is not None and not await shares.is_shared(
        db, assignment.victim_id, advocate.id, body.entry_id
    ):
        raise NotFound("That entry is not shared with you in this case.")
    _check(note, assignment, advocate)
    note.created_at = received_now()
    db.add(note)
    await db.flush()
    return note, assignment, True


async def of_case(
    db: AsyncSession, advocate: AccountRef, case_id: uuid.UUID
) -> tuple[
    Sequence[tuple[AdvocateNote, Assignment, NoteKeyGrant]], Sequence[AdvocateNote], Assignment
]:
    """The notes of earlier cases of the victim handed to this advocate, and
    the case's own, each oldest first."""
    assignment, _victim = await assignments.case(db, advocate, case_id)
    handed = await repository.handed_notes(db, assignment.victim_id, advocate.id)
    return handed, await repository.of_case(db, assignment.id), assignment


async def of_victim(
    db: AsyncSession, victim: AccountRef
) -> Sequence[tuple[AdvocateNote, Assignment]]:
    return await repository.of_victim(db, victim.id)
