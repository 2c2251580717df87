"""A throw-away ASGI app that loads the library modules a Daybook server loads,
group by group, and nothing of Daybook's own: what bench/server_floor.py
starts under the image's uvicorn command to say what a fresh server's memory
is made of.

`$DAYBOOK_DATA_DIR/floor.json` names the modules (`modules`) and the last
group to load (`stage`, an index into GROUPS). From the SQLAlchemy group on,
it opens an engine on DAYBOOK_DATABASE_URL and runs a query at start and on
each `/readyz`, as Daybook's background tasks and readiness check do.
"""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    Receive = Callable[[], Awaitable[dict[str, Any]]]
    Send = Callable[[dict[str, Any]], Awaitable[None]]
    App = Callable[[dict[str, Any], Receive, Send], Awaitable[None]]

PLAN = "floor.json"

# Each group: what it is, and the module names (with their submodules) in it.
# A module belongs to the group of its longest matching name; the last group
# takes what no other names.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Python, uvicorn, asyncio with ssl: an ASGI app of one route", ()),
    (
        "pydantic, FastAPI, Starlette, AnyIO, the OpenTelemetry API",
        (
            *("pydantic", "pydantic_core", "typing_inspection", "annotated_types"),
            *("fastapi", "starlette", "anyio", "annotated_doc", "opentelemetry"),
        ),
    ),
    ("pydantic.v1, which FastAPI imports to refuse v1 models", ("pydantic.v1",)),
    (
        "SQLAlchemy, its ORM and asyncio, aiosqlite; an engine and a query",
        ("sqlalchemy", "_cython_3_3_1", "greenlet", "aiosqlite", "sqlite3", "_sqlite3"),
    ),
    (
        "SQLAlchemy's PostgreSQL dialect (the models' `postgresql_where`)",
        ("sqlalchemy.dialects.postgresql",),
    ),
    ("cryptography", ("cryptography", "_cffi_backend", "_openssl")),
    ("the rest: pydantic-settings, prometheus-client, argon2-cffi, the standard library", ()),
)
SQL_GROUP = 3


def group_of(module: str) -> int:
    found, longest = len(GROUPS) - 1, 0
    for index, (_, names) in enumerate(GROUPS):
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > longest:
                found, longest = index, len(name)
    return found


def create_app() -> App:
    plan = json.loads((Path(os.environ["DAYBOOK_DATA_DIR"]) / PLAN).read_text())
    stage: int = plan["stage"]
    for module in plan["modules"]:
        if group_of(module) <= stage:
            _load(module)
    query = _query(os.environ["DAYBOOK_DATABASE_URL"]) if stage >= SQL_GROUP else None

    async def app(scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await receive()  # lifespan.startup
            if query is not None:
                await query()
            await send({"type": "lifespan.startup.complete"})
            await receive()  # lifespan.shutdown
            await send({"type": "lifespan.shutdown.complete"})
            return
        if query is not None and scope["path"] == "/readyz":
            await query()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    return app


def _load(module: str) -> None:
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as error:
        # What an extension registers under a name of its own (_openssl.lib,
        # cython_runtime) is not found by name; the extension loaded it.
        if error.name is None or not f"{module}.".startswith(f"{error.name}."):
            raise


def _query(url: str) -> Callable[[], Awaitable[None]]:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url)

    async def query() -> None:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))

    return query
