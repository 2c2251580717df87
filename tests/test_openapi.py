"""schemas/openapi.json is exactly what the app serves: phone teams generate
their clients from it. Regenerate with `.venv/bin/daybook openapi > schemas/openapi.json`."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from fastapi import FastAPI

from tests.conftest import BASE_URL

COMMITTED = Path(__file__).resolve().parent.parent / "schemas" / "openapi.json"


async def test_committed_openapi_document_is_what_the_app_serves(application: FastAPI) -> None:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=application), base_url=BASE_URL
    ) as client:
        served = (await client.get("/openapi.json")).json()
    assert json.loads(COMMITTED.read_text()) == served, (
        "schemas/openapi.json is stale: run `.venv/bin/daybook openapi > schemas/openapi.json`"
    )
