"""Engine, session factory, declarative base and the per-request transaction."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, DateTime, MetaData, Table, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


T = TypeVar("T")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC on every backend (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


@functools.cache
def _insert_ignoring(dialect: str, target: Table) -> postgresql.Insert | sqlite.Insert:
    """Built once per table: a Core statement, its values bound at execution."""
    if dialect == "postgresql":
        return postgresql.insert(target).on_conflict_do_nothing()
    return sqlite.insert(target).on_conflict_do_nothing()


async def insert_new(db: AsyncSession, model: type[Base], values: Mapping[str, Any]) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING: racing inserters of one key agree on one
    row, the first. Whether this one added it."""
    statement = _insert_ignoring(db.get_bind().dialect.name, table(model))
    result = cast(CursorResult[Any], await db.execute(statement, dict(values)))
    return result.rowcount == 1


def table(model: type[Base]) -> Table:
    """The model's table, for Core statements that skip the unit of work."""
    return cast(Table, model.__table__)


def padded(values: list[T]) -> list[T]:
    """The list repeated up to a power-of-two length, for an IN list: its
    length is part of the SQL text, and few distinct texts keep each
    connection's prepared-statement cache from filling with one-off statements."""
    length = 1 << (len(values) - 1).bit_length()
    return values + [values[-1]] * (length - len(values))


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# Idle PostgreSQL connections older than this are replaced at checkout.
POOL_RECYCLE_SECONDS = 300


def create_engine(url: str) -> AsyncEngine:
    # hide_parameters: an error's text never carries a statement's values
    # (hashes, usernames, ids), wherever it ends up.
    if url.startswith("sqlite"):
        # aiosqlite and sqlite3 load only for a SQLite database.
        from app import sqlite_connection

        engine = create_async_engine(
            url, async_creator=sqlite_connection.connector(url, timeout=30), hide_parameters=True
        )
        event.listen(engine.sync_engine, "connect", _configure_sqlite)
        event.listen(engine.sync_engine, "before_cursor_execute", _lock_for_update)
        return engine
    # No pre-ping: it costs every request a round trip (a BEGIN/ROLLBACK on
    # asyncpg). A connection found dead by a request fails that request with
    # 503 database-unavailable (app/faults.py), nothing saved, and SQLAlchemy
    # then discards every pooled connection older than the failure, so the
    # retry connects afresh. Recycling bounds how stale an idle one can get.
    engine = create_async_engine(url, pool_recycle=POOL_RECYCLE_SECONDS, hide_parameters=True)
    event.listen(engine.sync_engine, "before_cursor_execute", _begin_lazily)
    return engine


# The execution option of a plain read that may run before its transaction opens.
READ_BEFORE_TRANSACTION = "daybook_read_before_transaction"


def _begin_lazily(
    connection: Any,
    _cursor: Any,
    _statement: str,
    _parameters: Any,
    context: Any,
    _executemany: bool,
) -> None:
    """SQLAlchemy's asyncpg adapter opens a transaction with a BEGIN round trip
    of its own before a connection's first statement, and the transaction then
    needs a COMMIT: three round trips for a request that only reads its
    session. A read marked READ_BEFORE_TRANSACTION runs on its own while no
    transaction is open (asyncpg's autocommit), and the first unmarked
    statement opens the transaction as before; inside an open one the mark
    changes nothing. At READ COMMITTED (PostgreSQL's default, never changed
    here) a statement sees what was committed when it started, in a
    transaction or not, so the read finds the same rows."""
    marked = bool(context.execution_options.get(READ_BEFORE_TRANSACTION, False))
    connection.connection.dbapi_connection.autocommit = marked


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers and the writer proceed together; synchronous=FULL makes
    # an acknowledged commit survive a killed process or a power cut.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    # A deleted entry's ciphertext is overwritten with zeros, not left in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _lock_for_update(
    connection: Any,
    cursor: Any,
    _statement: str,
    _parameters: Any,
    context: Any,
    _executemany: bool,
) -> None:
    """SQLite has no SELECT ... FOR UPDATE, and its driver starts a transaction
    only at the first write: two requests could both read a row as it was and
    both write it. A locking read therefore starts the transaction with the
    write lock (BEGIN IMMEDIATE), so the second waits and reads the first's
    result, as on PostgreSQL."""
    compiled = getattr(context, "compiled", None)
    if getattr(getattr(compiled, "statement", None), "_for_update_arg", None) is None:
        return
    # The driver's own connection (aiosqlite's, under SQLAlchemy's adapter).
    if not connection.connection.dbapi_connection.driver_connection.in_transaction:
        cursor.execute("BEGIN IMMEDIATE")


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


@asynccontextmanager
async def transaction(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> AsyncIterator[AsyncSession]:
    """One transaction: committed on success, rolled back on any exception."""
    session = sessionmaker()
    try:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise
        try:
            await session.commit()
        except BaseException:
            # After a failed COMMIT the driver's connection can still be inside
            # the transaction, and the pool then skips its rollback: the next
            # request on that connection would see, and commit, these writes.
            # Closing the connection discards them.
            await session.invalidate()
            raise
    finally:
        # Not `async with sessionmaker()`: AsyncSession's exit runs the close
        # in a task of its own under asyncio.shield, a task for every request.
        # After the commit or rollback above the close only hands the
        # connection back to the pool, whose reset finds no transaction left
        # on it and so never waits on the driver: there is nothing to cancel.
        await session.close()
