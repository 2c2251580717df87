"""Every query on the evidence log. The log is public, so none takes a caller."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    ScalarSelect,
    Select,
    and_,
    bindparam,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.db import insert_new, padded, table
from app.models import (
    LogCheckpoint,
    LogCosignature,
    LogHead,
    LogKey,
    LogLeaf,
    LogNode,
    LogTimestamp,
)
from app.protocol.merkle import NodeRef
from app.protocol.receipts import ReceiptLeaf

HEAD_ID = 1

# The append's statements, built once: Core on the tables (no ORM state, no
# statement built per request), so each costs its execution alone.
HEADS, LEAVES, NODES = table(LogHead), table(LogLeaf), table(LogNode)
_INCREMENT = (
    update(HEADS)
    .where(HEADS.c.id == HEAD_ID)
    .values(size=HEADS.c.size + bindparam("count"))
    .returning(HEADS.c.size)
)
_ADD_LEAVES, _ADD_NODES = insert(LEAVES), insert(NODES)


async def _increment(db: AsyncSession, count: int) -> int | None:
    size = await db.scalar(_INCREMENT, {"count": count})
    return None if size is None else int(size)


async def _create_head(db: AsyncSession) -> None:
    """The head row, if no migration made it (a test database made by create_all,
    or emptied)."""
    await insert_new(db, LogHead, {"id": HEAD_ID, "size": 0})


async def take_indexes(db: AsyncSession, count: int = 1) -> int:
    """The first of the next `count` leaf indexes. The row lock this UPDATE
    holds until commit orders every append of every worker (SQLite has one
    writer anyway), so the indexes commit in order with no gaps: a rolled-back
    append gives its indexes back."""
    size = await _increment(db, count)
    if size is None:
        await _create_head(db)
        size = await _increment(db, count)
    assert size is not None
    return size - count


async def lock_head(db: AsyncSession) -> None:
    """Lock the head as an append locks it: no leaf is added until this
    transaction ends."""
    touch = update(LogHead).where(LogHead.id == HEAD_ID).values(size=LogHead.size)
    if cast(CursorResult[Any], await db.execute(touch)).rowcount == 0:
        await _create_head(db)
        await db.execute(touch)


async def size(db: AsyncSession) -> int:
    """The committed tree size: every leaf and node below it is committed too."""
    found = await db.scalar(select(LogHead.size).where(LogHead.id == HEAD_ID))
    return 0 if found is None else int(found)


@functools.cache
def _nodes_query(levels: int) -> Select[int, int, bytes]:
    """One `level = ? AND index IN (...)` per level, ORed: both databases
    search the primary key for each (SQLite scans the whole table for a
    row-value IN). Built once per number of levels."""
    wanted = or_(
        *(
            and_(
                NODES.c.level == bindparam(f"level_{n}"),
                NODES.c.index.in_(bindparam(f"indexes_{n}", expanding=True)),
            )
            for n in range(levels)
        )
    )
    return select(NODES.c.level, NODES.c.index, NODES.c.hash).where(wanted)


async def nodes(db: AsyncSession, refs: Sequence[NodeRef]) -> dict[NodeRef, bytes]:
    """The stored hashes of these complete subtrees, in one primary-key lookup.
    The levels, and the indexes of each, are padded to a power of two (the
    last repeated), so few distinct statements are built, prepared or cached."""
    if not refs:
        return {}
    by_level: dict[int, list[int]] = defaultdict(list)
    for ref in refs:
        by_level[ref.level].append(ref.index)
    levels = padded(sorted(by_level))
    values: dict[str, object] = {}
    for n, level in enumerate(levels):
        values[f"level_{n}"], values[f"indexes_{n}"] = level, padded(by_level[level])
    rows = await db.execute(_nodes_query(len(levels)), values)
    return {NodeRef(level, index): digest for level, index, digest in rows}


async def leaf(db: AsyncSession, index: int) -> LogLeaf | None:
    return await db.get(LogLeaf, index)


async def add(
    db: AsyncSession,
    first: int,
    leaves: Sequence[ReceiptLeaf],
    completed: Sequence[tuple[NodeRef, bytes]],
) -> None:
    """The leaves (indexes `first`, `first` + 1, ...) and the subtrees they
    complete, written at once (not at the next flush), so rows that refer to
    the leaves can follow in any order. One executemany per table."""
    await db.execute(
        _ADD_LEAVES,
        [
            {
                "index": first + offset,
                "kind": int(leaf.kind),
                "object_sha256": leaf.object_sha256,
                "received_at": leaf.received_at,
                "leaf_hash": leaf.leaf_hash,
            }
            for offset, leaf in enumerate(leaves)
        ],
    )
    await db.execute(
        _ADD_NODES,
        [{"level": ref.level, "index": ref.index, "hash": digest} for ref, digest in completed],
    )


# Stored checkpoints and the independent time attached to them


async def latest_checkpoint(db: AsyncSession) -> LogCheckpoint | None:
    newest = select(LogCheckpoint).order_by(LogCheckpoint.tree_size.desc()).limit(1)
    return await db.scalar(newest)


async def checkpoint(db: AsyncSession, size: int) -> LogCheckpoint | None:
    return await db.get(LogCheckpoint, size)


async def add_checkpoint(
    db: AsyncSession, size: int, root_hash: bytes, note: str, created_at: dt.datetime
) -> bool:
    """Keep a signed checkpoint; False if one of that size is kept already."""
    values = {"tree_size": size, "root_hash": root_hash, "note": note, "created_at": created_at}
    return await insert_new(db, LogCheckpoint, values)


async def has_timestamp(db: AsyncSession, size: int, authority: str) -> bool:
    return await db.get(LogTimestamp, (size, authority)) is not None


async def add_timestamp(
    db: AsyncSession,
    size: int,
    authority: str,
    gen_time: dt.datetime,
    token: bytes,
    received_at: dt.datetime,
) -> bool:
    """Keep a verified token; False if that authority's is kept already."""
    values = {
        "tree_size": size,
        "authority": authority,
        "gen_time": gen_time,
        "token": token,
        "received_at": received_at,
    }
    return await insert_new(db, LogTimestamp, values)


async def add_cosignature(
    db: AsyncSession,
    size: int,
    witness: str,
    line: str,
    signed_at: dt.datetime,
    received_at: dt.datetime,
) -> bool:
    """Keep a verified cosignature; False if the witness's first one is kept already."""
    values = {
        "tree_size": size,
        "witness": witness,
        "line": line,
        "signed_at": signed_at,
        "received_at": received_at,
    }
    return await insert_new(db, LogCosignature, values)


@dataclass(frozen=True)
class Covering:
    """The smallest stored checkpoints that include a leaf: any, the first with a
    time-stamp token, and the first each witness cosigned (None: there is none)."""

    first: int | None
    timestamped: int | None
    by_witness: dict[str, int | None]


async def covering(db: AsyncSession, index: int, witnesses: Sequence[str]) -> Covering:
    """One statement of 2 + len(witnesses) index seeks, however many checkpoints
    are kept: each is the first key above `index` in a primary key or index."""

    def first_above(
        column: InstrumentedAttribute[int], *where: ColumnElement[bool]
    ) -> ScalarSelect[int]:
        return (
            select(column).where(column > index, *where).order_by(column).limit(1)
        ).scalar_subquery()

    row = (
        await db.execute(
            select(
                first_above(LogCheckpoint.tree_size),
                first_above(LogTimestamp.tree_size),
                *(
                    first_above(LogCosignature.tree_size, LogCosignature.witness == name)
                    for name in witnesses
                ),
            )
        )
    ).one()
    first, timestamped, *by_witness = row
    return Covering(first, timestamped, dict(zip(witnesses, by_witness, strict=True)))


async def _kept_around(
    db: AsyncSession, column: InstrumentedAttribute[int], low: int, high: int, *where: Any
) -> list[int]:
    """The kept sizes above `low` up to the first above `high`: enough to find
    the first above any leaf between them."""
    upper = select(column).where(column > high, *where).order_by(column).limit(1)
    query = (
        select(column)
        .where(column > low, *where)
        .where(or_(column <= high, column == upper.scalar_subquery()))
        .distinct()
        .order_by(column)
    )
    return list(await db.scalars(query))


async def independent_times(
    db: AsyncSession, leaves: Sequence[int], witnesses: Sequence[str]
) -> dict[int, list[int]]:
    """For each leaf, the smallest kept checkpoint with a time-stamp token and
    the smallest each witness cosigned that include it (as `covering`, for many
    leaves in 1 + len(witnesses) statements), as sorted distinct sizes."""
    if not leaves:
        return {}
    low, high = min(leaves), max(leaves)
    series = [await _kept_around(db, LogTimestamp.tree_size, low, high)]
    for name in witnesses:
        column = LogCosignature.tree_size
        series.append(await _kept_around(db, column, low, high, LogCosignature.witness == name))
    found: dict[int, list[int]] = {}
    for leaf in leaves:
        firsts = {
            sizes[i] for sizes in series if (i := bisect.bisect_right(sizes, leaf)) < len(sizes)
        }
        found[leaf] = sorted(firsts)
    return found


async def checkpoints(db: AsyncSession, sizes: Collection[int]) -> list[LogCheckpoint]:
    found = select(LogCheckpoint).where(LogCheckpoint.tree_size.in_(sizes))
    return list(await db.scalars(found.order_by(LogCheckpoint.tree_size)))


async def timestamps(db: AsyncSession, sizes: Collection[int]) -> list[LogTimestamp]:
    found = select(LogTimestamp).where(LogTimestamp.tree_size.in_(sizes))
    return list(await db.scalars(found.order_by(LogTimestamp.gen_time, LogTimestamp.authority)))


async def cosignatures(db: AsyncSession, sizes: Collection[int]) -> list[LogCosignature]:
    found = select(LogCosignature).where(LogCosignature.tree_size.in_(sizes))
    return list(await db.scalars(found.order_by(LogCosignature.witness)))


# The keys that have signed the log


async def current_key(db: AsyncSession) -> LogKey | None:
    return await db.scalar(select(LogKey).order_by(LogKey.position.desc()).limit(1))


async def keys(db: AsyncSession) -> list[LogKey]:
    return list(await db.scalars(select(LogKey).order_by(LogKey.position)))


async def add_key(db: AsyncSession, key: LogKey) -> bool:
    """Record a key at its position; False if that position, or that key, is
    taken already (a racing worker recorded the same first key, or another
    rotation came first)."""
    values = {column.key: getattr(key, column.key) for column in LogKey.__table__.columns}
    return await insert_new(db, LogKey, values)
