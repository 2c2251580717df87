"""Every query on advocate notes, filtered by the case's advocate or victim."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AdvocateNote, Assignment, NoteKeyGrant


async def by_id(db: AsyncSession, note_id: uuid.UUID) -> AdvocateNote | None:
    """Any case's note: only for telling a fresh id from a used one."""
    return await db.get(AdvocateNote, note_id)


async def of_case(db: AsyncSession, case_id: uuid.UUID) -> Sequence[AdvocateNote]:
    query = (
        select(AdvocateNote)
        .where(AdvocateNote.assignment_id == case_id)
        .order_by(AdvocateNote.created_at, AdvocateNote.id)
    )
    return (await db.scalars(query)).all()


async def of_victim(
    db: AsyncSession, victim_id: uuid.UUID
) -> Sequence[tuple[AdvocateNote, Assignment]]:
    """Every note on every case the victim has had, oldest first."""
    query = (
        select(AdvocateNote, Assignment)
        .join(Assignment, Assignment.id == AdvocateNote.assignment_id)
        .where(Assignment.victim_id == victim_id)
        .order_by(AdvocateNote.created_at, AdvocateNote.id)
    )
    return [(row[0], row[1]) for row in await db.execute(query)]


async def handed_notes(
    db: AsyncSession, victim_id: uuid.UUID, reader_id: uuid.UUID
) -> Sequence[tuple[AdvocateNote, Assignment, NoteKeyGrant]]:
    """The victim's notes of earlier cases whose key she re-wrapped to the reader."""
    query = (
        select(AdvocateNote, Assignment, NoteKeyGrant)
        .join(Assignment, Assignment.id == AdvocateNote.assignment_id)
        .join(NoteKeyGrant, NoteKeyGrant.note_id == AdvocateNote.id)
        .where(Assignment.victim_id == victim_id, NoteKeyGrant.reader_id == reader_id)
        .order_by(AdvocateNote.created_at, AdvocateNote.id)
    )
    return [(row[0], row[1], row[2]) for row in await db.execute(query)]
