"""Every query on handovers, filtered by the victim or the organisation."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import (
    AdvocateNote,
    Assignment,
    Entry,
    EntryKeyGrant,
    Handover,
    OrganisationMember,
)


async def open_for_victim(db: AsyncSession, victim_id: uuid.UUID) -> Handover | None:
    query = select(Handover).where(Handover.victim_id == victim_id, Handover.decided_at.is_(None))
    return await db.scalar(query)


async def case_of_organisation(
    db: AsyncSession, organisation_id: uuid.UUID, case_id: uuid.UUID
) -> Assignment | None:
    """A case of one of the organisation's advocates, open or ended."""
    query = (
        select(Assignment)
        .join(OrganisationMember, OrganisationMember.account_id == Assignment.advocate_id)
        .where(Assignment.id == case_id, OrganisationMember.organisation_id == organisation_id)
    )
    return await db.scalar(query)


async def open_of_organisation(
    db: AsyncSession, organisation_id: uuid.UUID
) -> Sequence[tuple[Handover, Assignment]]:
    """Open handovers of cases whose advocate is the organisation's, oldest first."""
    query = (
        select(Handover, Assignment)
        .join(Assignment, Assignment.id == Handover.from_assignment_id)
        .join(OrganisationMember, OrganisationMember.account_id == Handover.from_advocate_id)
        .where(
            OrganisationMember.organisation_id == organisation_id,
            Handover.decided_at.is_(None),
        )
        .order_by(Handover.created_at, Handover.id)
    )
    return [(row[0], row[1]) for row in await db.execute(query)]


async def granted_entry_ids(
    db: AsyncSession, victim_id: uuid.UUID, advocate_id: uuid.UUID
) -> list[uuid.UUID]:
    query = (
        select(Entry.id)
        .join(EntryKeyGrant, EntryKeyGrant.entry_id == Entry.id)
        .where(
            Entry.owner_id == victim_id,
            Entry.deleted_at.is_(None),
            EntryKeyGrant.reader_id == advocate_id,
        )
        .order_by(EntryKeyGrant.granted_at, Entry.id)
    )
    return list((await db.scalars(query)).all())


async def note_ids_of_victim(db: AsyncSession, victim_id: uuid.UUID) -> list[uuid.UUID]:
    query = (
        select(AdvocateNote.id)
        .join(Assignment, Assignment.id == AdvocateNote.assignment_id)
        .where(Assignment.victim_id == victim_id)
        .order_by(AdvocateNote.created_at, AdvocateNote.id)
    )
    return list((await db.scalars(query)).all())
