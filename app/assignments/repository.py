"""Every query on assignment codes and assignments (cases), each filtered by
the victim or the advocate it belongs to."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.entries.repository import grant_live
from app.models import Account, Assignment, AssignmentCode, Entry, EntryKeyGrant


async def live_code(db: AsyncSession, code_mac: bytes, now: dt.datetime) -> AssignmentCode | None:
    query = select(AssignmentCode).where(
        AssignmentCode.code_mac == code_mac,
        AssignmentCode.used_at.is_(None),
        AssignmentCode.expires_at > now,
    )
    return await db.scalar(query)


async def take_code(db: AsyncSession, code_mac: bytes, now: dt.datetime) -> uuid.UUID | None:
    """Marks the code used in the statement that finds it, so it works once
    even when two victims redeem it at the same moment; returns its advocate."""
    return await db.scalar(
        update(AssignmentCode)
        .where(
            AssignmentCode.code_mac == code_mac,
            AssignmentCode.used_at.is_(None),
            AssignmentCode.expires_at > now,
        )
        .values(used_at=now)
        .returning(AssignmentCode.advocate_id)
    )


async def active_for_victim(db: AsyncSession, victim_id: uuid.UUID) -> Assignment | None:
    query = select(Assignment).where(
        Assignment.victim_id == victim_id, Assignment.ended_at.is_(None)
    )
    return await db.scalar(query)


async def active_between(
    db: AsyncSession, victim_id: uuid.UUID, advocate_id: uuid.UUID
) -> Assignment | None:
    query = select(Assignment).where(
        Assignment.victim_id == victim_id,
        Assignment.advocate_id == advocate_id,
        Assignment.ended_at.is_(None),
    )
    return await db.scalar(query)


async def active_for_advocate(
    db: AsyncSession, advocate_id: uuid.UUID
) -> Sequence[tuple[Assignment, int]]:
    """The advocate's cases, oldest first, each with how many entries it shares now."""
    shared = (
        select(Entry.owner_id, func.count().label("entries"))
        .join(EntryKeyGrant, EntryKeyGrant.entry_id == Entry.id)
        .where(EntryKeyGrant.reader_id == advocate_id, Entry.deleted_at.is_(None), grant_live())
        .group_by(Entry.owner_id)
        .subquery()
    )
    query = (
        select(Assignment, func.coalesce(shared.c.entries, 0))
        .outerjoin(shared, shared.c.owner_id == Assignment.victim_id)
        .where(Assignment.advocate_id == advocate_id, Assignment.ended_at.is_(None))
        .order_by(Assignment.started_at, Assignment.id)
    )
    return [(row[0], int(row[1])) for row in await db.execute(query)]


async def active_case(
    db: AsyncSession, advocate_id: uuid.UUID, case_id: uuid.UUID
) -> tuple[Assignment, Account] | None:
    """The advocate's case with that id and its victim; an ended case, or
    another advocate's, finds nothing."""
    row = (
        await db.execute(
            select(Assignment, Account)
            .join(Account, Account.id == Assignment.victim_id)
            .where(
                Assignment.id == case_id,
                Assignment.advocate_id == advocate_id,
                Assignment.ended_at.is_(None),
            )
        )
    ).one_or_none()
    return None if row is None else (row[0], row[1])


async def of_victim(db: AsyncSession, victim_id: uuid.UUID) -> Sequence[Assignment]:
    """Every case the victim has had, ended ones too."""
    query = select(Assignment).where(Assignment.victim_id == victim_id)
    return (await db.scalars(query)).all()
