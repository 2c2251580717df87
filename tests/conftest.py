"""Fixtures: every app test runs once on SQLite and once on PostgreSQL.

PostgreSQL comes from DAYBOOK_TEST_POSTGRES_URL (default: the local server,
database `test`); each run works in a database of its own, created and dropped
here. Without a reachable server the PostgreSQL half is skipped, loudly,
unless DAYBOOK_REQUIRE_POSTGRES is set (as in CI), which makes it an error.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy import make_url

from app.client import i18n
from app.client.api import DaybookApi
from app.config import Environment, Settings
from app.db import Base, create_engine
from app.main import create_app
from app.protocol.encoding import b64encode
from tests.skip_banner import hand_over, record_skip, take_over, write_banners

pytest_plugins = [
    "tests.writers",
    "tests.evidence.tsa",
    "tests.advocacy.people",
    "tests.blobs.s3_server",
    "tests.ratelimit.redis_server",
]

# The CLI's tables are as wide as the terminal, which rich reads once, when the
# CLI is first imported: one width for every test, whichever test imports it
# first (test order differs between parallel workers).
os.environ["COLUMNS"] = "200"

ADMIN_URL = os.environ.get(
    "DAYBOOK_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
BASE_URL = "http://daybook.test"
# A fast Argon2id cost for the suite; tests/accounts/test_production_cost.py
# runs the real flow at the production floor.
FAST_KDF_MEMORY_KIB = 1024


def _plain_dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _admin(url: str, statement: str) -> None:
    connection = await asyncpg.connect(_plain_dsn(url), timeout=5)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


class PostgresDatabases:
    """Creates throw-away databases on the test server and drops them at the end."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.created: list[str] = []

    def create(self) -> str:
        name = f"daybook_test_{secrets.token_hex(6)}"
        asyncio.run(_admin(self.admin_url, f'CREATE DATABASE "{name}"'))
        self.created.append(name)
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        for name in self.created:
            asyncio.run(_admin(self.admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresDatabases | None]:
    try:
        asyncio.run(_admin(ADMIN_URL, "SELECT 1"))
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        if os.environ.get("DAYBOOK_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required but unreachable at {ADMIN_URL}: {exc}")
        record_skip(
            "PostgreSQL HALF SKIPPED",
            "Every database test ran on SQLite only: PostgreSQL was unreachable at "
            f"{ADMIN_URL}: {exc}",
        )
        yield None
        return
    databases = PostgresDatabases(ADMIN_URL)
    yield databases
    databases.drop_all()


async def create_tables(url: str) -> None:
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    await engine.dispose()


@pytest.fixture(scope="session")
def postgres_app_url(postgres: PostgresDatabases | None) -> str | None:
    if postgres is None:
        return None
    url = postgres.create()
    asyncio.run(create_tables(url))
    return url


# Every sequence back to its start, as a fresh database has them.
_RESTART_SEQUENCES = """DO $$
DECLARE s record;
BEGIN
    FOR s IN SELECT sequence_schema, sequence_name FROM information_schema.sequences LOOP
        EXECUTE format('ALTER SEQUENCE %I.%I RESTART', s.sequence_schema, s.sequence_name);
    END LOOP;
END $$"""


async def _empty_tables(url: str) -> None:
    """Every row gone, dependants first, in one round trip: on tables this
    small DELETE takes a sixth of TRUNCATE's time (which makes new files for
    every table), and it runs after each of the suite's PostgreSQL tests."""
    tables = reversed(Base.metadata.sorted_tables)
    deletes = [f'DELETE FROM "{t.name}"' for t in tables]  # noqa: S608 - our own names
    await _admin(url, ";\n".join([*deletes, _RESTART_SEQUENCES]))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_app_url: str | None
) -> Iterator[str]:
    """A database with every table, empty: a new SQLite file, or the shared
    PostgreSQL test database, emptied after the test."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'daybook.sqlite3'}"
        asyncio.run(create_tables(url))
        yield url
        return
    if postgres_app_url is None:
        pytest.skip("PostgreSQL unreachable")
    yield postgres_app_url
    asyncio.run(_empty_tables(postgres_app_url))


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        environment=Environment.TEST,
        database_url=database_url,
        data_dir=tmp_path / "data",
        kdf_memory_kib=FAST_KDF_MEMORY_KIB,
        kdf_iterations=1,
        kdf_parallelism=1,
        # Fixed per test, so that several app instances act as workers of one server.
        server_secret=SecretStr(b64encode(os.urandom(32))),
        signing_key=SecretStr(b64encode(os.urandom(32))),
        # The local push endpoint of tests/push listens on loopback.
        push_allow_private_endpoints=True,
    )


@pytest.fixture
async def application(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    yield application
    await application.state.daybook.engine.dispose()


@pytest.fixture
async def rotated(application: FastAPI) -> AsyncIterator[FastAPI]:
    """The same server restarted with a new log signing key: same database,
    origin and settings otherwise (the key is not yet the log's: see
    tests.evidence.log.rotate)."""
    settings: Settings = application.state.daybook.settings
    # A new Settings, not model_copy: that would carry the cached resolved URL.
    values = {**settings.model_dump(), "signing_key": SecretStr(b64encode(os.urandom(32)))}
    restarted = create_app(Settings(**values))
    yield restarted
    await restarted.state.daybook.engine.dispose()


@pytest.fixture
async def http(application: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Raw HTTP for tests about the wire itself (bad input, status codes)."""
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=application), base_url=BASE_URL
    ) as client:
        yield client


MakeApi = Callable[[], Awaitable[DaybookApi]]


@pytest.fixture
async def make_api(application: FastAPI) -> AsyncIterator[MakeApi]:
    """A new reference-client connection: one per simulated device."""
    made: list[DaybookApi] = []

    async def make() -> DaybookApi:
        api = DaybookApi(BASE_URL, transport=httpx.ASGITransport(app=application))
        made.append(api)
        return api

    yield make
    for api in made:
        await api.aclose()


@pytest.fixture
def welsh() -> Iterator[None]:
    """The client's words in Welsh for one test, English again after it."""
    i18n.activate("cy")
    try:
        yield
    finally:
        i18n.activate(i18n.DEFAULT)


def pytest_sessionfinish(session: pytest.Session) -> None:
    hand_over(session.config)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    take_over(node)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    write_banners(terminalreporter)
