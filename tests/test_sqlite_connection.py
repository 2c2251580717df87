"""SQLite through at most one hand-off to aiosqlite's thread per statement,
and none inside a write transaction (app/sqlite_connection.py): the same
answers, fewer trips."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import aiosqlite
import pytest
from sqlalchemy import exc, text
from sqlalchemy.ext.asyncio import AsyncEngine

from app.db import create_engine, create_sessionmaker, transaction


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'hops.sqlite3'}")
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)"))
    yield engine
    await engine.dispose()


@pytest.fixture
def hops(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every function sent to a connection's thread."""
    sent: list[str] = []
    original = aiosqlite.Connection._execute

    async def counted(self: aiosqlite.Connection, function: Callable[..., Any], *args: Any) -> Any:
        sent.append(getattr(function, "__name__", type(function).__name__))
        return await original(self, function, *args)  # type: ignore[no-untyped-call]

    monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)
    return sent


async def test_a_read_is_one_hand_off_and_its_transaction_none(
    engine: AsyncEngine, hops: list[str]
) -> None:
    sessionmaker = create_sessionmaker(engine)
    async with transaction(sessionmaker) as db:  # the pool's first connection
        await db.execute(text("SELECT 1"))
    hops.clear()
    async with transaction(sessionmaker) as db:
        assert (await db.execute(text("SELECT v FROM t"))).all() == []
    # No commit and no rollback reach the thread: nothing was written.
    assert len(hops) == 1


async def test_a_write_commits_and_answers_as_sqlite3_does(
    engine: AsyncEngine, hops: list[str]
) -> None:
    sessionmaker = create_sessionmaker(engine)
    async with transaction(sessionmaker) as db:
        inserted = await db.execute(text("INSERT INTO t (v) VALUES ('a') RETURNING id"))
        assert inserted.scalar_one() == 1
        many = await db.execute(text("INSERT INTO t (v) VALUES (:v)"), [{"v": "b"}, {"v": "c"}])
        assert many.rowcount == 2  # type: ignore[attr-defined]
    # Two statements (the second with two rows), one commit.
    assert len(hops) == 2 + 1
    async with transaction(sessionmaker) as db:
        rows = (await db.execute(text("SELECT v FROM t ORDER BY id"))).scalars().all()
    assert rows == ["a", "b", "c"]


async def test_an_error_reaches_the_caller_and_rolls_back(
    engine: AsyncEngine,
) -> None:
    sessionmaker = create_sessionmaker(engine)
    with pytest.raises(exc.IntegrityError):
        async with transaction(sessionmaker) as db:
            await db.execute(text("INSERT INTO t (v) VALUES ('x')"))
            await db.execute(text("INSERT INTO t (v) VALUES ('x')"))
    async with transaction(sessionmaker) as db:
        assert (await db.execute(text("SELECT count(*) FROM t"))).scalar_one() == 0


async def test_a_write_transaction_hands_off_its_first_write_and_its_commit(
    engine: AsyncEngine, hops: list[str]
) -> None:
    sessionmaker = create_sessionmaker(engine)
    async with transaction(sessionmaker) as db:
        await db.execute(text("INSERT INTO t (v) VALUES ('a')"))
        await db.execute(text("INSERT INTO t (v) VALUES ('b')"))
        moved = await db.execute(text("UPDATE t SET v = 'c' WHERE v = 'b' RETURNING id"))
        assert moved.scalar_one() == 2
        assert (await db.execute(text("SELECT v FROM t ORDER BY id"))).scalars().all() == [
            "a",
            "c",
        ]
    # The first INSERT takes the write lock in the thread; the rest run on
    # the event loop's thread; the commit (and its fsync) in the thread.
    assert len(hops) == 1 + 1


async def test_a_second_writer_waits_for_the_lock_without_stopping_the_first(
    engine: AsyncEngine,
) -> None:
    sessionmaker = create_sessionmaker(engine)
    first_holds_the_lock = asyncio.Event()

    async def first() -> None:
        async with transaction(sessionmaker) as db:
            await db.execute(text("INSERT INTO t (v) VALUES ('first')"))
            first_holds_the_lock.set()
            await asyncio.sleep(0.2)  # the second writer is waiting meanwhile
            await db.execute(text("UPDATE t SET v = 'first, then more' WHERE v = 'first'"))

    async def second() -> None:
        await first_holds_the_lock.wait()
        async with transaction(sessionmaker) as db:
            await db.execute(text("INSERT INTO t (v) VALUES ('second')"))

    await asyncio.wait_for(asyncio.gather(first(), second()), timeout=10)
    async with transaction(sessionmaker) as db:
        rows = (await db.execute(text("SELECT v FROM t ORDER BY id"))).scalars().all()
    assert rows == ["first, then more", "second"]
