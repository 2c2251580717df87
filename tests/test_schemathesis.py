"""Hostile input from the live OpenAPI document: schemathesis generates
requests for every operation of a running server (uvicorn over loopback, on
SQLite and PostgreSQL), signed in as a real victim, and no answer may be a
server error or break the schema the document declares for it.

Bounded and repeatable: a fixed number of examples per operation, derandomised
(the same requests on every run), so CI time stays predictable."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error, response_schema_conformance
from schemathesis.core.result import Ok
from schemathesis.generation.case import Case
from schemathesis.schemas import APIOperation

from app.client import identity
from app.client.api import DaybookApi
from bench.server import live_server
from tests.conftest import ADMIN_URL, PostgresDatabases
from tests.writers import PASSPHRASE

EXAMPLES_PER_OPERATION = 12
# They would end the session every later request is signed in with.
SIGNS_OUT = ("/v1/auth/logout", "/v1/sessions", "/v1/account/deletion")


@dataclass(frozen=True)
class Live:
    base_url: str
    token: str


async def _signed_in(base_url: str) -> str:
    async with DaybookApi(base_url) as api:
        await identity.register(api, "fuzzer", PASSPHRASE, "fuzzing rig")
        assert api.tokens is not None
        return api.tokens.access_token


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def live(request: pytest.FixtureRequest, postgres: PostgresDatabases | None) -> Iterator[Live]:
    if request.param == "postgresql" and postgres is None:
        pytest.skip("PostgreSQL unreachable")
    with contextlib.ExitStack() as stack:
        loop = asyncio.new_event_loop()
        stack.callback(loop.close)
        running = live_server(ADMIN_URL if request.param == "postgresql" else None)
        server = loop.run_until_complete(running.__aenter__())
        stack.callback(lambda: loop.run_until_complete(running.__aexit__(None, None, None)))
        yield Live(server.base_url, loop.run_until_complete(_signed_in(server.base_url)))


Operation = APIOperation[Any, Any, Any, Any]


def _operations(live: Live) -> list[Operation]:
    loaded = schemathesis.openapi.from_url(f"{live.base_url}/openapi.json")
    kept = loaded.exclude(path=list(SIGNS_OUT), method=["POST", "DELETE"])
    found = []
    for result in kept.get_all_operations():
        assert isinstance(result, Ok), f"the OpenAPI document does not load: {result}"
        found.append(result.ok())
    return found


def _fuzz(operation: Operation, live: Live) -> None:
    headers = {"Authorization": f"Bearer {live.token}"}

    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Case[Any]) -> None:
        response = case.call(base_url=live.base_url, headers=headers, timeout=30)
        case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])

    run()


def test_no_server_error_and_every_answer_matches_its_schema(live: Live) -> None:
    operations = _operations(live)
    assert len(operations) > 60
    failed: dict[str, str] = {}
    for operation in operations:
        try:
            _fuzz(operation, live)
        except Exception as exc:  # every operation is tried; all failures are reported
            failed[operation.label] = str(exc)[:1500]
    assert not failed, "\n\n".join(f"{label}: {why}" for label, why in failed.items())
