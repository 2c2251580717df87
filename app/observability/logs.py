"""Structured logs: one JSON object per line, each with the request id.

What goes in is chosen, never dumped: the method, the route's template (not
the path, so no object id), the status and the duration. Never a client
address, a token, a header, a query string or a body."""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import sys
from typing import Any

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "daybook_request_id", default=None
)
# The fields a record may carry besides its message (`extra={...}`).
FIELDS = ("method", "route", "status", "duration_ms", "error_type")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        # Set on the record by whoever logs it, else that of the request running.
        current = getattr(record, "request_id", None) or request_id.get()
        if current is not None:
            line["request_id"] = current
        line.update({name: getattr(record, name) for name in FIELDS if hasattr(record, name)})
        if record.exc_info is not None:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


# Database drivers that write each statement with its values at DEBUG (aiosqlite
# does), or an error's text at INFO; SQLAlchemy's echo too.
DRIVER_LOGGERS = ("aiosqlite", "asyncpg", "sqlalchemy")


def quiet_drivers() -> None:
    """Whatever level the process logs at, these say only warnings and worse:
    their lines hold hashes, usernames and ids."""
    for name in DRIVER_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def configure(level: str = "INFO") -> None:
    """Every `daybook` logger, and uvicorn's own, write JSON lines to stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    for name in ("daybook", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers = [handler]
        logger.setLevel(level)
        logger.propagate = False
    # uvicorn's access log would write client addresses and query strings.
    logging.getLogger("uvicorn.access").disabled = True
