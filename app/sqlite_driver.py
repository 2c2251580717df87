"""SQLAlchemy's aiosqlite adapter, with one hand-off to the driver's thread per
statement.

aiosqlite runs every call on its own thread, and SQLAlchemy's adapter makes
three or four such calls per statement (open a cursor, execute, fetch the
rows, close): each is a queue put, a thread wake-up and a callback on the
event loop, and together they cost about half of a statement's CPU. This
cursor does the four in one function on that thread and keeps the rows and
the cursor's attributes, as the adapter already does with the rows.
Server-side (streaming) cursors are left as they are.
"""

from __future__ import annotations

import collections
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import aiosqlite
from sqlalchemy.connectors.asyncio import AsyncAdapt_dbapi_connection
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import EMPTY_DICT, await_

T = TypeVar("T")

# What a cursor knows once its statement ran: description, rowcount, lastrowid.
Outcome = tuple[Any, int, int | None]


def _outcome(cursor: sqlite3.Cursor) -> Outcome:
    return cursor.description, cursor.rowcount, cursor.lastrowid


class OneHopCursor(AsyncAdapt_aiosqlite_cursor):
    __slots__ = ("_arraysize", "_outcome")
    # Nothing is left open on the driver's side to close asynchronously.
    _awaitable_cursor_close = False

    def __init__(self, adapt_connection: AsyncAdapt_dbapi_connection) -> None:
        # No driver cursor is opened here (a hand-off of its own): each
        # statement opens and closes one on the driver's thread.
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._cursor = None  # type: ignore[assignment]
        self._soft_closed_memoized = EMPTY_DICT
        self._rows = collections.deque()
        self._outcome: Outcome = (None, -1, None)
        self._arraysize = 1  # sqlite3's default, for fetchmany() without a size

    @property
    def description(self) -> Any:
        return self._outcome[0]

    @property
    def rowcount(self) -> int:
        return self._outcome[1]

    @property
    def lastrowid(self) -> Any:
        return self._outcome[2]

    @property
    def arraysize(self) -> int:
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._arraysize = value

    def _on_thread(self, work: Callable[[sqlite3.Cursor], T]) -> T:
        """`work` on a fresh driver cursor, on the driver's thread, in one hand-off."""
        raw: sqlite3.Connection = self._connection._conn

        def run() -> T:
            cursor = raw.cursor()
            try:
                return work(cursor)
            finally:
                cursor.close()

        try:
            done: T = await_(self._connection._execute(run))
        except Exception as error:
            self._adapt_connection._handle_exception(error)
            raise  # _handle_exception always raises
        return done

    def execute(self, operation: Any, parameters: Any = None) -> None:
        def work(cursor: sqlite3.Cursor) -> tuple[list[Any], Outcome]:
            cursor.execute(operation, () if parameters is None else parameters)
            return (cursor.fetchall() if cursor.description else []), _outcome(cursor)

        rows, self._outcome = self._on_thread(work)
        self._rows = collections.deque(rows)

    def executemany(self, operation: Any, seq_of_parameters: Sequence[Any]) -> None:
        def work(cursor: sqlite3.Cursor) -> Outcome:
            cursor.executemany(operation, seq_of_parameters)
            return _outcome(cursor)

        self._outcome = self._on_thread(work)


class OneHopConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ()
    _cursor_cls = OneHopCursor


class OneHopDbapi(AsyncAdapt_aiosqlite_dbapi):
    """The DBAPI module SQLAlchemy's aiosqlite dialect uses, making connections
    whose cursors hand each statement over once."""

    def __init__(self) -> None:
        super().__init__(aiosqlite, sqlite3)

    def connect(self, *arg: Any, **kw: Any) -> OneHopConnection:
        adapted = super().connect(*arg, **kw)
        return OneHopConnection(self, adapted._connection)
