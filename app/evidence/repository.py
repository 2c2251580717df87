"""Every query on the evidence log. The log is public, so none takes a caller."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import and_, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import LogHead, LogLeaf, LogNode
from app.protocol.merkle import NodeRef
from app.protocol.receipts import ReceiptLeaf

HEAD_ID = 1


async def _increment(db: AsyncSession) -> int | None:
    size = await db.scalar(
        update(LogHead)
        .where(LogHead.id == HEAD_ID)
        .values(size=LogHead.size + 1)
        .returning(LogHead.size)
    )
    return None if size is None else int(size)


async def _create_head(db: AsyncSession) -> None:
    """The head row, if no migration made it (a test database made by create_all,
    or emptied). ON CONFLICT makes racing creators agree on one row."""
    dialect = db.get_bind().dialect.name
    insert_head = postgresql.insert if dialect == "postgresql" else sqlite.insert
    await db.execute(insert_head(LogHead).values(id=HEAD_ID, size=0).on_conflict_do_nothing())


async def take_index(db: AsyncSession) -> int:
    """The next leaf index. The row lock this UPDATE holds until commit orders
    every append of every worker (SQLite has one writer anyway), so the indexes
    commit in order with no gaps: a rolled-back append gives its index back."""
    size = await _increment(db)
    if size is None:
        await _create_head(db)
        size = await _increment(db)
    assert size is not None
    return size - 1


async def size(db: AsyncSession) -> int:
    """The committed tree size: every leaf and node below it is committed too."""
    found = await db.scalar(select(LogHead.size).where(LogHead.id == HEAD_ID))
    return 0 if found is None else int(found)


async def nodes(db: AsyncSession, refs: Sequence[NodeRef]) -> dict[NodeRef, bytes]:
    """The stored hashes of these complete subtrees, in one primary-key lookup."""
    if not refs:
        return {}
    by_level: dict[int, list[int]] = defaultdict(list)
    for ref in refs:
        by_level[ref.level].append(ref.index)
    # One `level = ? AND index IN (...)` per level, ORed: both databases search
    # the primary key for each (SQLite scans the whole table for a row-value IN).
    wanted = or_(
        *(
            and_(LogNode.level == level, LogNode.index.in_(indexes))
            for level, indexes in by_level.items()
        )
    )
    rows = await db.execute(select(LogNode.level, LogNode.index, LogNode.hash).where(wanted))
    return {NodeRef(level, index): digest for level, index, digest in rows}


async def leaf(db: AsyncSession, index: int) -> LogLeaf | None:
    return await db.get(LogLeaf, index)


async def add(
    db: AsyncSession, index: int, leaf: ReceiptLeaf, completed: Sequence[tuple[NodeRef, bytes]]
) -> None:
    """The leaf and the subtrees it completes, written at once (not at the next
    flush), so rows that refer to the leaf can follow in any order."""
    await db.execute(
        insert(LogLeaf).values(
            index=index,
            kind=int(leaf.kind),
            object_sha256=leaf.object_sha256,
            received_at=leaf.received_at,
            leaf_hash=leaf.leaf_hash,
        )
    )
    await db.execute(
        insert(LogNode),
        [{"level": ref.level, "index": ref.index, "hash": digest} for ref, digest in completed],
    )
