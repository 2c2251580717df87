"""SQLite through one hand-off to aiosqlite's thread per statement
(app/sqlite_connection.py): the same answers, fewer trips."""

from __future__ import annotations

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


async def test_an_error_in_the_thread_reaches_the_caller_and_rolls_back(
    engine: AsyncEngine,
) -> None:
    sessionmaker = create_sessionmaker(engine)
    with pytest.raises(exc.IntegrityError):
        async with transaction(sessionmaker) as db:
            await db.execute(text("INSERT INTO t (v) VALUES ('x')"))
            await db.execute(text("INSERT INTO t (v) VALUES ('x')"))
    async with transaction(sessionmaker) as db:
        assert (await db.execute(text("SELECT count(*) FROM t"))).scalar_one() == 0
