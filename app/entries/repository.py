"""Every query on entries, filtered by owner or by the caller's key grant."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, bindparam, delete, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import READ_BEFORE_TRANSACTION, padded, table, utcnow
from app.models import Account, Entry, EntryKeyGrant, EntryVersion

# The tables themselves, for the batch's Core statements: no unit of work,
# one executemany per table.
ENTRIES = table(Entry)
GRANTS = table(EntryKeyGrant)
VERSIONS = table(EntryVersion)
ACCOUNTS = table(Account)
_TAKE_SEQ = (
    update(ACCOUNTS)
    .where(ACCOUNTS.c.id == bindparam("owner_id"))
    .values(diary_seq=ACCOUNTS.c.diary_seq + bindparam("count"))
    .returning(ACCOUNTS.c.diary_seq)
)


async def next_diary_seq(db: AsyncSession, owner_id: uuid.UUID, count: int = 1) -> int:
    """Takes the owner's next `count` change numbers and returns the first.
    The row lock this UPDATE holds until commit orders concurrent writes to
    one diary, so sync never sees a lower number commit after a higher one."""
    seq = await db.scalar(_TAKE_SEQ, {"owner_id": owner_id, "count": count})
    assert seq is not None
    return int(seq) - count + 1


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


# Built once: an empty incremental sync is this one statement, and building
# it and its cache key each time cost about as much as running it.
_CHANGED_SINCE = (
    select(Entry)
    .where(Entry.owner_id == bindparam("owner_id"), Entry.change_seq > bindparam("since"))
    .order_by(Entry.change_seq)
    .limit(bindparam("limit"))
    # An incremental sync with nothing new then costs PostgreSQL no BEGIN or COMMIT.
    .execution_options(**{READ_BEFORE_TRANSACTION: True})
)


async def changed_since(
    db: AsyncSession, owner_id: uuid.UUID, since: int, limit: int
) -> Sequence[Entry]:
    found = await db.scalars(_CHANGED_SINCE, {"owner_id": owner_id, "since": since, "limit": limit})
    return found.all()


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


@dataclass(frozen=True)
class EntryState:
    """Where an entry stands, without its content."""

    owner_id: uuid.UUID
    deleted: bool
    current_version: int


async def states(db: AsyncSession, entry_ids: list[uuid.UUID]) -> dict[uuid.UUID, EntryState]:
    """Any owner's entries among `entry_ids`: only for telling fresh ids from
    used ones, and the caller's own from others'."""
    query = select(
        ENTRIES.c.id, ENTRIES.c.owner_id, ENTRIES.c.deleted_at, ENTRIES.c.current_version
    ).where(ENTRIES.c.id.in_(padded(entry_ids)))
    return {
        row.id: EntryState(row.owner_id, row.deleted_at is not None, row.current_version)
        for row in await db.execute(query)
    }


_HEAD = (
    select(
        ENTRIES.c.owner_id,
        ENTRIES.c.deleted_at,
        ENTRIES.c.current_version,
        VERSIONS.c.commitment_sha256,
    )
    .outerjoin(
        VERSIONS,
        (VERSIONS.c.entry_id == ENTRIES.c.id) & (VERSIONS.c.version == ENTRIES.c.current_version),
    )
    .where(ENTRIES.c.id == bindparam("entry_id"))
)


async def head(db: AsyncSession, entry_id: uuid.UUID) -> tuple[EntryState, bytes | None] | None:
    """Any owner's entry's state and its current version's commitment hash,
    in one statement: what an edit checks and chains to."""
    row = (await db.execute(_HEAD, {"entry_id": entry_id})).one_or_none()
    if row is None:
        return None
    state = EntryState(row.owner_id, row.deleted_at is not None, row.current_version)
    return state, row.commitment_sha256


async def granted(
    db: AsyncSession, entry_ids: list[uuid.UUID], reader_id: uuid.UUID
) -> set[uuid.UUID]:
    """Those of `entry_ids` the reader holds a live grant for."""
    query = select(GRANTS.c.entry_id).where(
        GRANTS.c.entry_id.in_(padded(entry_ids)),
        GRANTS.c.reader_id == reader_id,
        or_(GRANTS.c.expires_at.is_(None), GRANTS.c.expires_at > utcnow()),
    )
    return set(await db.scalars(query))


async def commitment_hashes(
    db: AsyncSession, wanted: Collection[tuple[uuid.UUID, int]]
) -> dict[tuple[uuid.UUID, int], bytes]:
    """The commitment hash of each wanted (entry, version) that exists."""
    if not wanted:
        return {}
    ids = sorted({entry_id for entry_id, _ in wanted})
    numbers = sorted({number for _, number in wanted})
    query = select(VERSIONS.c.entry_id, VERSIONS.c.version, VERSIONS.c.commitment_sha256).where(
        VERSIONS.c.entry_id.in_(padded(ids)), VERSIONS.c.version.in_(padded(numbers))
    )
    found = {(row.entry_id, row.version): row.commitment_sha256 for row in await db.execute(query)}
    return {key: digest for key, digest in found.items() if key in wanted}


async def stored_versions(
    db: AsyncSession, wanted: Collection[tuple[uuid.UUID, int]]
) -> dict[tuple[uuid.UUID, int], EntryVersion]:
    if not wanted:
        return {}
    ids = sorted({entry_id for entry_id, _ in wanted})
    query = select(EntryVersion).where(
        EntryVersion.entry_id.in_(ids),
        EntryVersion.version.in_(sorted({number for _, number in wanted})),
    )
    found = {(v.entry_id, v.version): v for v in await db.scalars(query)}
    return {key: version for key, version in found.items() if key in wanted}


async def of_ids(db: AsyncSession, entry_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Entry]:
    if not entry_ids:
        return {}
    return {e.id: e for e in await db.scalars(select(Entry).where(Entry.id.in_(entry_ids)))}


def row_of(model: Entry | EntryKeyGrant | EntryVersion) -> dict[str, Any]:
    """A transient row's column values, for a Core INSERT."""
    return {column.key: getattr(model, column.key) for column in model.__table__.columns}


# One INSERT per table, built once: a new statement object would compute
# its cache key again at every execution.
_INSERTS = {target: insert(target) for target in (ENTRIES, GRANTS, VERSIONS)}


async def insert_rows(db: AsyncSession, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """One INSERT of many rows (an executemany, or one multi-row statement)."""
    if rows:
        await db.execute(_INSERTS[table], list(rows))


_MOVE = (
    update(ENTRIES)
    .where(ENTRIES.c.id == bindparam("moved_id"))
    .values(
        current_version=bindparam("to_version"),
        change_seq=bindparam("to_seq"),
        updated_at=bindparam("at"),
    )
)


async def move_entries(db: AsyncSession, rows: Sequence[Mapping[str, Any]]) -> None:
    """Each entry's new current version, change number and time (`to_version`,
    `to_seq`, `at`), in one executemany UPDATE by id (`moved_id`)."""
    if rows:
        await db.execute(_MOVE, list(rows))
