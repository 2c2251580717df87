"""Which answer each real driver error gets (app.faults.classify): raised by
the real SQLite and PostgreSQL drivers, not built by hand."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from app.faults import (
    CONCURRENT_REQUEST,
    DATABASE_UNAVAILABLE,
    INTERNAL_ERROR,
    STORAGE_FULL,
    Fault,
    classify,
)
from tests.conftest import PostgresDatabases
from tests.operations.test_faults import small_disk


async def run(url: str, *statements: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        for statement in statements:
            await connection.execute(text(statement))
    await engine.dispose()


async def fault_of(url: str, *statements: str) -> Fault:
    """Run `statements` in one transaction; the answer to what the last raised."""
    engine = create_async_engine(url, connect_args={"timeout": 0} if "sqlite" in url else {})
    try:
        async with engine.begin() as connection:
            for statement in statements:
                await connection.execute(text(statement))
    except Exception as error:
        return classify(error)
    finally:
        await engine.dispose()
    raise AssertionError("nothing failed")


async def test_sqlite_errors(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'db.sqlite3'}"
    await run(url, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
    twice = ["INSERT INTO t VALUES (1, 'a')", "INSERT INTO t VALUES (2, 'a')"]
    assert await fault_of(url, *twice) is CONCURRENT_REQUEST
    assert (
        await fault_of(url, "INSERT INTO t VALUES (1, NULL)") is INTERNAL_ERROR
    )  # a bug, not a race
    holder = sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert await fault_of(url, "SELECT 1 FROM t") is DATABASE_UNAVAILABLE  # locked
    finally:
        holder.execute("ROLLBACK")
        holder.close()


async def test_sqlite_on_a_full_disk(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 1) as disk:
        url = f"sqlite+aiosqlite:///{disk / 'db.sqlite3'}"
        await run(url, "CREATE TABLE t (data BLOB)")
        four_mib = (
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
            "INSERT INTO t SELECT randomblob(4096) FROM n"
        )
        assert await fault_of(url, four_mib) is STORAGE_FULL


@pytest.fixture
def scratch_postgres(postgres: PostgresDatabases | None) -> str:
    """An empty database of its own, dropped at the end of the session."""
    if postgres is None:
        pytest.skip("PostgreSQL unreachable")
    return postgres.create()


async def test_postgresql_errors(scratch_postgres: str) -> None:
    url = scratch_postgres
    await run(url, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
    twice = ["INSERT INTO t VALUES (1, 'a')", "INSERT INTO t VALUES (2, 'a')"]
    assert await fault_of(url, *twice) is CONCURRENT_REQUEST
    assert await fault_of(url, "INSERT INTO t VALUES (1, NULL)") is INTERNAL_ERROR
    terminate = "SELECT pg_terminate_backend(pg_backend_pid())"
    assert await fault_of(url, terminate) is DATABASE_UNAVAILABLE
    refused = url.replace("127.0.0.1:5432", "127.0.0.1:1")
    assert await fault_of(refused, "SELECT 1") is DATABASE_UNAVAILABLE
