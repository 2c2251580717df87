"""Every query on entries, filtered by owner or by the caller's key grant."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.models import Account, Entry, EntryKeyGrant, EntryVersion


async def next_diary_seq(db: AsyncSession, owner_id: uuid.UUID) -> int:
    """Takes the owner's next change number. The row lock this UPDATE holds
    until commit orders concurrent writes to one diary, so sync never sees a
    lower number commit after a higher one."""
    seq = await db.scalar(
        update(Account)
        .where(Account.id == owner_id)
        .values(diary_seq=Account.diary_seq + 1)
        .returning(Account.diary_seq)
    )
    assert seq is not None
    return int(seq)


def grant_live() -> ColumnElement[bool]:
    """A grant that has not expired: every query that lets a reader other
    than the owner in must use it, so an expired share is a revoked one."""
    return or_(EntryKeyGrant.expires_at.is_(None), EntryKeyGrant.expires_at > utcnow())


async def readable(
    db: AsyncSession, entry_id: uuid.UUID, reader_id: uuid.UUID
) -> tuple[Entry, EntryKeyGrant | None] | None:
    """The entry if the reader owns it or holds a grant for it."""
    row = (
        await db.execute(
            select(Entry, EntryKeyGrant)
            .outerjoin(
                EntryKeyGrant,
                (EntryKeyGrant.entry_id == Entry.id)
                & (EntryKeyGrant.reader_id == reader_id)
                & grant_live(),
            )
            .where(Entry.id == entry_id)
            .where((Entry.owner_id == reader_id) | (EntryKeyGrant.reader_id == reader_id))
        )
    ).one_or_none()
    return None if row is None else (row[0], row[1])


async def by_id(db: AsyncSession, entry_id: uuid.UUID) -> Entry | None:
    """Any owner's entry: only for telling a fresh id from a used one on create."""
    return await db.get(Entry, entry_id)


async def version(db: AsyncSession, entry_id: uuid.UUID, number: int) -> EntryVersion | None:
    return await db.get(EntryVersion, (entry_id, number))


async def versions(
    db: AsyncSession, entry_id: uuid.UUID, after: int, limit: int
) -> Sequence[EntryVersion]:
    query = (
        select(EntryVersion)
        .where(EntryVersion.entry_id == entry_id, EntryVersion.version > after)
        .order_by(EntryVersion.version)
        .limit(limit)
    )
    return (await db.scalars(query)).all()


async def latest_versions(
    db: AsyncSession, entry_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, EntryVersion]:
    if not entry_ids:
        return {}
    query = (
        select(EntryVersion)
        .join(
            Entry,
            (Entry.id == EntryVersion.entry_id) & (Entry.current_version == EntryVersion.version),
        )
        .where(Entry.id.in_(entry_ids))
    )
    return {v.entry_id: v for v in await db.scalars(query)}


async def grants_for(
    db: AsyncSession, entry_ids: Sequence[uuid.UUID], reader_id: uuid.UUID
) -> dict[uuid.UUID, EntryKeyGrant]:
    if not entry_ids:
        return {}
    query = select(EntryKeyGrant).where(
        EntryKeyGrant.entry_id.in_(entry_ids), EntryKeyGrant.reader_id == reader_id
    )
    return {g.entry_id: g for g in await db.scalars(query)}


async def changed_since(
    db: AsyncSession, owner_id: uuid.UUID, since: int, limit: int
) -> Sequence[Entry]:
    query = (
        select(Entry)
        .where(Entry.owner_id == owner_id, Entry.change_seq > since)
        .order_by(Entry.change_seq)
        .limit(limit)
    )
    return (await db.scalars(query)).all()


async def erase_content(db: AsyncSession, entry_id: uuid.UUID) -> None:
    await db.execute(delete(EntryVersion).where(EntryVersion.entry_id == entry_id))
    await db.execute(delete(EntryKeyGrant).where(EntryKeyGrant.entry_id == entry_id))


async def live_of_owner(
    db: AsyncSession, owner_id: uuid.UUID, entry_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Entry]:
    """Those of `entry_ids` that are the owner's and not deleted."""
    query = select(Entry).where(
        Entry.id.in_(entry_ids), Entry.owner_id == owner_id, Entry.deleted_at.is_(None)
    )
    return {e.id: e for e in await db.scalars(query)}
