"""/healthz says the process answers; /readyz that the database and the blob
store do too, and names the one that does not. (A retired log key making a
process not ready is in tests/evidence/test_key_rotation.py.)"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from app.config import Settings
from app.main import create_app
from tests.conftest import BASE_URL
from tests.test_errors import assert_problem


async def test_a_running_server_is_healthy_and_ready(http: httpx.AsyncClient) -> None:
    assert (await http.get("/healthz")).json() == {"status": "ok"}
    ready = await http.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {
        "status": "ready",
        "checks": {"database": "ok", "blob_store": "ok", "log_key": "ok"},
    }


async def test_a_missing_blob_directory_is_not_ready(
    application: FastAPI, http: httpx.AsyncClient
) -> None:
    shutil.rmtree(application.state.daybook.settings.resolved_blob_dir)
    problem = assert_problem(await http.get("/readyz"), 503, "not-ready")
    assert problem["checks"] == {"database": "ok", "blob_store": "unreachable", "log_key": "ok"}
    assert "blob_store" in problem["detail"]
    assert (await http.get("/healthz")).status_code == 200


@pytest.fixture
async def unreachable_database(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    url = "postgresql+asyncpg://daybook@127.0.0.1:1/nowhere"
    broken = create_app(Settings(**{**settings.model_dump(), "database_url": url}))
    transport = httpx.ASGITransport(app=broken)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        yield client
    await broken.state.daybook.engine.dispose()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_an_unreachable_database_is_not_ready(
    unreachable_database: httpx.AsyncClient,
) -> None:
    problem = assert_problem(await unreachable_database.get("/readyz"), 503, "not-ready")
    assert problem["checks"] == {
        "database": "unreachable",
        "blob_store": "ok",
        "log_key": "unreachable",
    }
