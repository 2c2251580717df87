"""The servers the browser tests run against: SQLite, then PostgreSQL where it answers."""

from __future__ import annotations

import pytest

from tests.conftest import ADMIN_URL, PostgresDatabases


@pytest.fixture(params=["sqlite", "postgresql"])
def server_url(request: pytest.FixtureRequest, postgres: PostgresDatabases | None) -> str | None:
    if request.param == "postgresql" and postgres is None:
        pytest.skip("PostgreSQL unreachable")
    return ADMIN_URL if request.param == "postgresql" else None
