"""Upgrading an empty database to head gives exactly the models; every
revision goes down again (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from app.db import Base, create_engine
from tests.conftest import PostgresDatabases

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(
    request: pytest.FixtureRequest, tmp_path: Path, postgres: PostgresDatabases | None
) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'migrations.sqlite3'}"
    if postgres is None:
        pytest.skip("PostgreSQL unreachable")
    return postgres.create()


def _config(url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.attributes["url"] = url
    config.attributes["configure_logging"] = False
    return config


def _inspect(url: str, check: Any) -> Any:
    async def run() -> Any:
        engine = create_engine(url)
        try:
            async with engine.connect() as connection:
                return await connection.run_sync(check)
        finally:
            await engine.dispose()

    return asyncio.run(run())


def _differences(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names()) - {"alembic_version"}


def test_head_matches_the_models_and_downgrades_to_nothing(empty_database: str) -> None:
    config = _config(empty_database)
    command.upgrade(config, "head")
    assert _inspect(empty_database, _differences) == []
    assert _inspect(empty_database, _tables) == set(Base.metadata.tables)

    command.downgrade(config, "base")
    assert _inspect(empty_database, _tables) == set()


def test_every_revision_goes_up_and_down(empty_database: str) -> None:
    config = _config(empty_database)
    revisions = list(reversed(list(ScriptDirectory.from_config(config).walk_revisions())))
    for revision in revisions:
        command.upgrade(config, revision.revision)
        below = revision.down_revision
        assert below is None or isinstance(below, str), "no merge revisions yet"
        command.downgrade(config, below or "base")
        command.upgrade(config, revision.revision)
    assert _inspect(empty_database, _differences) == []
