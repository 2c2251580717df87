"""aiosqlite with at most one hand-off to its thread per statement.

aiosqlite runs every call on a connection in that connection's own thread,
and each call is a hand-off there and back through the event loop. Through
SQLAlchemy's adapter a statement made four (open a cursor, execute, fetch the
rows, close the cursor) and a transaction two more (the commit, and the
pool's rollback when the connection goes back), even when it wrote nothing.
Here a statement is one hand-off: its cursor is opened, run, read and closed
in the thread, and the cursor SQLAlchemy holds only keeps what came back. A
commit or rollback with no transaction open is skipped, as sqlite3 itself
would do nothing with it. Inside a write transaction, which already holds the
write lock, a single statement runs on the event loop's thread without a
hand-off unless it carries many values (`Connection.run_statement`): a
single write is three hand-offs (the session lookup, its first write, the
commit) however many statements it has.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, cast

import aiosqlite
from sqlalchemy import URL, make_url

# A statement with more values than this (the batch route's many-row
# INSERTs) goes to the thread even inside a transaction, where its work
# overlaps the event loop's: on the loop's thread it cost a batch about 4 %
# more CPU in-process.
INLINE_MAX_VALUES = 64


@dataclass(frozen=True)
class _Outcome:
    description: Any
    rowcount: int
    lastrowid: int | None
    rows: list[Any]


def _run(connection: sqlite3.Connection, sql: str, parameters: Any, many: bool) -> _Outcome:
    """In the connection's thread: the whole statement, rows and all."""
    cursor = connection.cursor()
    try:
        if many:
            cursor.executemany(sql, parameters)
        else:
            cursor.execute(sql, parameters)
        rows = cursor.fetchall() if cursor.description else []
        return _Outcome(cursor.description, cursor.rowcount, cursor.lastrowid, rows)
    finally:
        cursor.close()


class Cursor:
    """What SQLAlchemy's adapter asks of an aiosqlite cursor, answered from
    the statement's outcome; nothing here reaches the thread but `execute`."""

    arraysize = 1

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._outcome = _Outcome(None, -1, None, [])

    async def __aenter__(self) -> Cursor:
        return self

    @property
    def description(self) -> Any:
        return self._outcome.description

    @property
    def rowcount(self) -> int:
        return self._outcome.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._outcome.lastrowid

    async def execute(self, sql: str, parameters: Any = ()) -> Cursor:
        statement = partial(_run, sql=sql, parameters=parameters, many=False)
        small = len(parameters) <= INLINE_MAX_VALUES
        self._outcome = await self._connection.run_statement(statement, small)
        return self

    async def executemany(self, sql: str, parameters: Sequence[Any]) -> Cursor:
        self._outcome = await self._connection.run(
            partial(_run, sql=sql, parameters=parameters, many=True)
        )
        return self

    async def fetchall(self) -> list[Any]:
        rows = self._outcome.rows
        self._outcome = replace(self._outcome, rows=[])
        return rows

    async def close(self) -> None:
        """The sqlite3 cursor was closed in the thread already."""


class Connection(aiosqlite.Connection):
    def cursor(self) -> Cursor:  # type: ignore[override]
        return Cursor(self)

    async def run(self, function: Callable[[sqlite3.Connection], _Outcome]) -> _Outcome:
        """`function` on the sqlite3 connection, in its thread: one hand-off."""
        return cast(_Outcome, await self._execute(function, self._conn))  # type: ignore[no-untyped-call]

    async def run_statement(
        self, function: Callable[[sqlite3.Connection], _Outcome], small: bool
    ) -> _Outcome:
        """One statement: in the connection's thread, or right here if it is
        `small` and the connection is inside a write transaction. sqlite3 opens a transaction
        only with the first write, which takes SQLite's one write lock (WAL),
        and that write runs in the thread, where waiting for the lock blocks
        nothing else. The transaction's later statements wait for no lock:
        they run in tens of microseconds, while a hand-off costs two thread
        wake-ups, more than the statement on this machine (20-180 µs of CPU,
        the longer the thread slept). The commit, with its fsync, and the
        rollback still go to the thread."""
        if small and self.in_transaction:
            return function(self._conn)
        return await self.run(function)

    async def commit(self) -> None:
        # Read on the event loop's thread while the connection's thread is
        # idle: SQLAlchemy never runs two calls on one connection at once.
        if self.in_transaction:
            await super().commit()

    async def rollback(self) -> None:
        if self.in_transaction:
            await super().rollback()


def connector(url: str | URL, timeout: float) -> Callable[[], Awaitable[Connection]]:
    """The `async_creator` for SQLAlchemy: connections to the file `url` names,
    with the arguments SQLAlchemy's own aiosqlite dialect would pass."""
    parsed = make_url(url)
    args, kwargs = parsed.get_dialect()().create_connect_args(parsed)
    kwargs = {**kwargs, "timeout": timeout}

    async def connect() -> Connection:
        connection = Connection(partial(sqlite3.connect, *args, **kwargs), iter_chunk_size=64)
        # As SQLAlchemy does for aiosqlite's own: a worker left running must
        # not keep the interpreter from exiting.
        connection._thread.daemon = True
        await connection
        return connection

    return connect
