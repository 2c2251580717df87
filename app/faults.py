"""What no request handler catches: faults of the machine, and identical
requests racing, answered as problems instead of a bare 500.

- the database unreachable, restarting or locked: 503 `database-unavailable`
  with Retry-After (nothing was saved; the same request can be sent again);
- a full disk, the blob store's or the database's: 507 `storage-full`;
- a request that lost a race to create the same row as a concurrent one:
  409 `concurrent-request` (sent again, it gets the winner's answer);
- anything else: 500 `internal-error`.

Every 5xx answer closes its connection (`Connection: close`), so a client
never reuses a connection of a server in trouble. The log line names the
exception's type and the request, never its text: a driver's message can
hold SQL parameters, a username or an object id.
"""

from __future__ import annotations

import errno
import logging
from dataclasses import dataclass, field

from sqlalchemy import exc as sa
from starlette.datastructures import MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import problem_response
from app.language import DEFAULT, of_scope

logger = logging.getLogger("daybook.errors")

RETRY_AFTER_SECONDS = 5
_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
# PostgreSQL SQLSTATEs (Appendix A). Unique and foreign-key violations are what
# two concurrent creations of one thing raise, as are serialization failures
# and deadlocks; the others mean the server is stopping, starting or out of
# connections (class 08, connection exceptions, too).
_RACE_SQLSTATES = {"23505", "23503", "40001", "40P01"}
_UNAVAILABLE_SQLSTATES = {"57P01", "57P02", "57P03", "53300"}
_DISK_FULL_SQLSTATES = {"53100"}
# SQLite's extended result codes, as Python's sqlite3 names them.
_RACE_SQLITE = {
    "SQLITE_CONSTRAINT_UNIQUE",
    "SQLITE_CONSTRAINT_PRIMARYKEY",
    "SQLITE_CONSTRAINT_FOREIGNKEY",
}
_UNAVAILABLE_SQLITE_PREFIXES = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_IOERR", "SQLITE_CANTOPEN")
_DISK_FULL_SQLITE = {"SQLITE_FULL"}


@dataclass(frozen=True)
class Fault:
    status: int
    code: str
    title: str
    detail: str
    headers: dict[str, str] = field(default_factory=dict)

    def response(self, language: str = DEFAULT) -> Response:
        return problem_response(
            self.status, self.code, self.title, self.detail, headers=self.headers, language=language
        )


DATABASE_UNAVAILABLE = Fault(
    503,
    "database-unavailable",
    "Database unavailable",
    "The database cannot be reached just now; nothing was saved. Try again shortly.",
    {"Retry-After": str(RETRY_AFTER_SECONDS)},
)
STORAGE_FULL = Fault(
    507,
    "storage-full",
    "Storage full",
    "The server's storage is full; nothing was saved. Try again later.",
)
CONCURRENT_REQUEST = Fault(
    409,
    "concurrent-request",
    "Concurrent request",
    "Another request created the same thing at the same moment; nothing was saved. "
    "Send this request again to get the stored answer.",
)
INTERNAL_ERROR = Fault(
    500, "internal-error", "Internal error", "The server failed; nothing was saved."
)


def is_disk_full(error: BaseException) -> bool:
    return isinstance(error, OSError) and error.errno in _DISK_FULL_ERRNOS


def classify(error: BaseException) -> Fault:
    """The answer to an exception no handler caught."""
    if is_disk_full(error):
        return STORAGE_FULL
    if isinstance(error, ConnectionError | TimeoutError | sa.TimeoutError):
        # Refused or reset connecting to the database, or no pooled connection free.
        return DATABASE_UNAVAILABLE
    if isinstance(error, sa.DBAPIError):
        return _database_fault(error)
    return INTERNAL_ERROR


def _database_fault(error: sa.DBAPIError) -> Fault:
    sqlstate = getattr(error.orig, "sqlstate", None) or ""
    sqlite = getattr(error.orig, "sqlite_errorname", None) or ""
    if sqlstate in _DISK_FULL_SQLSTATES or sqlite in _DISK_FULL_SQLITE:
        return STORAGE_FULL
    if sqlstate in _RACE_SQLSTATES or sqlite in _RACE_SQLITE:
        return CONCURRENT_REQUEST
    if (
        error.connection_invalidated
        or isinstance(error, sa.InterfaceError)
        or sqlstate.startswith("08")  # connection exception
        or sqlstate in _UNAVAILABLE_SQLSTATES
        or sqlite.startswith(_UNAVAILABLE_SQLITE_PREFIXES)
    ):
        return DATABASE_UNAVAILABLE
    return INTERNAL_ERROR


class FaultBarrier:
    """ASGI middleware: an exception that escapes the application becomes its
    problem answer here, logged by type only, and is not raised further (the
    server would log its text). Every 5xx answer, whoever made it, closes the
    connection."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                if message["status"] >= 500:
                    MutableHeaders(scope=message)["Connection"] = "close"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as error:
            fault = classify(error)
            # A lost race is the client's business, not the operator's.
            logger.log(
                logging.ERROR if fault.status >= 500 else logging.INFO,
                "request failed",
                extra={"error_type": type(error).__name__, "status": fault.status},
            )
            if started:
                # Part of the answer is out: returning without finishing it
                # makes the server close the connection, so the client sees
                # a truncated answer, never a complete one.
                return
            await fault.response(of_scope(scope))(scope, receive, sending)
