"""Request ids, JSON logs with no secrets in them, and Prometheus metrics
behind their own token."""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from app.client.attachments import PendingUpload, upload
from app.config import Settings
from app.main import create_app
from app.observability.logs import JsonFormatter
from tests.attachments.conftest import random_file
from tests.conftest import BASE_URL, MakeApi
from tests.writers import PASSPHRASE, Writer, incident, sign_up

METRICS_TOKEN = "scraper-" + "x" * 32


@pytest.fixture
async def metered(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    application = create_app(
        settings.model_copy(update={"metrics_token": SecretStr(METRICS_TOKEN)})
    )
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url=BASE_URL)
    yield client
    await client.aclose()
    await application.state.daybook.engine.dispose()


async def scrape(http: httpx.AsyncClient) -> str:
    response = await http.get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    return response.text


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample, 0 if it is not there yet."""
    wanted = ",".join(f'{k}="{v}"' for k, v in labels.items())
    pattern = re.escape(f"{name}{{{wanted}}}" if labels else name) + r" ([0-9.e+]+)"
    found = re.search(pattern, text)
    return float(found.group(1)) if found else 0.0


async def test_metrics_are_off_without_a_token(http: httpx.AsyncClient) -> None:
    response = await http.get("/metrics")
    assert response.status_code == 404
    assert response.json()["code"] == "not-found"


async def test_metrics_need_their_own_token(metered: httpx.AsyncClient, victim: Writer) -> None:
    assert victim.api.tokens is not None
    for credential in ("", "Bearer wrong", f"Bearer {victim.api.tokens.access_token}"):
        response = await metered.get("/metrics", headers={"Authorization": credential})
        assert response.status_code == 401, credential
        assert response.json()["code"] == "unauthenticated"


async def test_requests_uploads_and_the_log_are_counted(
    metered: httpx.AsyncClient, make_api: MakeApi, tmp_path: Path
) -> None:
    before = await scrape(metered)
    route = {"method": "GET", "route": "/v1/entries/{entry_id}", "status": "401"}
    for _ in range(3):
        await metered.get(f"/v1/entries/{os.urandom(16).hex()}")
    robin = await sign_up(make_api, "robin")
    await robin.diary.add(incident("He was at the gate."))
    await upload(robin.api, PendingUpload.plan(random_file(tmp_path / "a.jpg", 5000)))

    after = await scrape(metered)
    # The route's template, never the path with its id.
    assert (
        sample(after, "daybook_requests_total", **route)
        == sample(before, "daybook_requests_total", **route) + 3
    )
    assert "/v1/entries/" + "0" not in after
    assert (
        sample(
            after,
            "daybook_request_duration_seconds_count",
            method="GET",
            route="/v1/entries/{entry_id}",
        )
        >= 3
    )
    assert (
        sample(after, "daybook_upload_bytes_total") - sample(before, "daybook_upload_bytes_total")
        == 5016
    )
    log_size = int(sample(after, "daybook_log_size"))
    assert log_size == (await robin.api.log_leaf(log_size - 1))["leaf_index"] + 1


async def test_every_answer_carries_a_request_id(http: httpx.AsyncClient) -> None:
    made = (await http.get("/healthz")).headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)
    kept = await http.get("/healthz", headers={"X-Request-ID": "proxy-42.a_b"})
    assert kept.headers["x-request-id"] == "proxy-42.a_b"
    odd = await http.get("/healthz", headers={"X-Request-ID": "no spaces " * 10})
    assert re.fullmatch(r"[0-9a-f]{32}", odd.headers["x-request-id"])
    refused = await http.get("/v1/sync")
    assert refused.status_code == 401 and "x-request-id" in refused.headers


async def test_log_lines_are_json_and_hold_no_secrets(
    application: FastAPI, make_api: MakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="daybook")
    robin = await sign_up(make_api, "robin")
    written = await robin.diary.add(incident("He followed me to the chemist."))
    await robin.diary.history(written.entry_id)
    assert robin.api.tokens is not None

    lines = [json.loads(JsonFormatter().format(r)) for r in caplog.records]
    requests = [line for line in lines if line["message"] == "request"]
    assert {"method": "PUT", "route": "/v1/entries/{entry_id}", "status": 201} in [
        {k: line[k] for k in ("method", "route", "status")} for line in requests
    ]
    for line in requests:
        assert re.fullmatch(r"[0-9a-f]{32}", line["request_id"])
        assert isinstance(line["duration_ms"], float)
    text = "\n".join(JsonFormatter().format(r) for r in caplog.records)
    for secret in (
        robin.api.tokens.access_token,
        robin.api.tokens.refresh_token,
        PASSPHRASE,
        "robin",
        str(written.entry_id),
        "chemist",
        "127.0.0.1",
    ):
        assert secret not in text


def test_an_empty_metrics_token_leaves_metrics_off(settings: Settings) -> None:
    # As compose.yaml passes an unset variable on.
    assert (
        settings.model_validate({**settings.model_dump(), "metrics_token": ""}).metrics_token
        is None
    )
