"""Every query on share grants: an entry's content key granted by its owner
to the owner's active advocate (rows of entry_key_grants whose reader is not
the owner)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.entries.repository import grant_live
from app.models import Entry, EntryKeyGrant


async def shared(
    db: AsyncSession, victim_id: uuid.UUID, advocate_id: uuid.UUID, *, expired: bool = False
) -> Sequence[tuple[EntryKeyGrant, Entry]]:
    """The victim's entries the advocate may read (and, with `expired`, those
    whose share has lapsed), oldest grant first, then in the order written."""
    query = (
        select(EntryKeyGrant, Entry)
        .join(Entry, Entry.id == EntryKeyGrant.entry_id)
        .where(
            Entry.owner_id == victim_id,
            Entry.deleted_at.is_(None),
            EntryKeyGrant.reader_id == advocate_id,
        )
        .order_by(EntryKeyGrant.granted_at, Entry.created_at, Entry.id)
    )
    if not expired:
        query = query.where(grant_live())
    return [(row[0], row[1]) for row in await db.execute(query)]


async def grants(
    db: AsyncSession, advocate_id: uuid.UUID, entry_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, EntryKeyGrant]:
    query = select(EntryKeyGrant).where(
        EntryKeyGrant.reader_id == advocate_id, EntryKeyGrant.entry_id.in_(entry_ids)
    )
    return {g.entry_id: g for g in await db.scalars(query)}


async def revoke(
    db: AsyncSession,
    victim_id: uuid.UUID,
    advocate_id: uuid.UUID,
    entry_ids: Sequence[uuid.UUID] | None = None,
) -> int:
    """Removes the advocate's grants on the victim's entries (only `entry_ids`,
    if given); returns how many went."""
    query = delete(EntryKeyGrant).where(
        EntryKeyGrant.reader_id == advocate_id,
        EntryKeyGrant.entry_id.in_(select(Entry.id).where(Entry.owner_id == victim_id)),
    )
    if entry_ids is not None:
        query = query.where(EntryKeyGrant.entry_id.in_(entry_ids))
    result = await db.execute(query)
    return int(result.rowcount)  # type: ignore[attr-defined]


async def is_shared(
    db: AsyncSession, victim_id: uuid.UUID, advocate_id: uuid.UUID, entry_id: uuid.UUID
) -> bool:
    """Whether the advocate may read this entry of this victim's now."""
    query = (
        select(EntryKeyGrant.entry_id)
        .join(Entry, Entry.id == EntryKeyGrant.entry_id)
        .where(
            EntryKeyGrant.entry_id == entry_id,
            EntryKeyGrant.reader_id == advocate_id,
            Entry.owner_id == victim_id,
            Entry.deleted_at.is_(None),
            grant_live(),
        )
    )
    return await db.scalar(query) is not None
