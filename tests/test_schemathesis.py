"""Hostile input from the live OpenAPI document: schemathesis generates
requests for every operation of a running server (uvicorn over loopback, on
SQLite and PostgreSQL), valid ones and invalid ones, signed in as a real
victim and not signed in, and no answer may be a server error, carry a status
the document does not list for the operation, or break the schema and media
type it declares for that status (errors included: problem+json with the
listed `code` values).

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
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.core.result import Ok
from schemathesis.generation import GenerationMode
from schemathesis.generation.case import Case
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app.client import identity
from app.client.api import DaybookApi
from bench.server import live_server
from tests.conftest import ADMIN_URL, PostgresDatabases
from tests.writers import PASSPHRASE

# (generation mode, examples per operation, signed in)
PASSES = (
    (GenerationMode.POSITIVE, 12, True),
    (GenerationMode.NEGATIVE, 6, True),
    (GenerationMode.POSITIVE, 2, False),
)
CHECKS = (
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
)
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


def _fuzz(
    operation: Operation, live: Live, mode: GenerationMode, examples: int, auth: bool
) -> None:
    headers = {"Authorization": f"Bearer {live.token}"} if auth else {}

    @given(case=operation.as_strategy(mode))
    @settings(
        max_examples=examples,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Case[Any]) -> None:
        response = case.call(base_url=live.base_url, headers=headers, timeout=30)
        case.validate_response(response, checks=list(CHECKS))

    try:
        run()
    except Unsatisfiable:
        if mode is not GenerationMode.NEGATIVE:
            raise
        # No parameter and no body: nothing in the request can be made invalid.


def test_no_server_error_and_every_answer_matches_its_schema(live: Live) -> None:
    operations = _operations(live)
    assert len(operations) > 60
    failed: dict[str, str] = {}
    for operation in operations:
        for mode, examples, auth in PASSES:
            try:
                _fuzz(operation, live, mode, examples, auth)
            # Every operation is tried and all failures are reported: schemathesis's
            # FailureGroup is a BaseExceptionGroup, which `except Exception` misses.
            except (Exception, FailureGroup) as exc:
                failed[f"{operation.label} ({mode.value}, signed in: {auth})"] = str(exc)[:1500]
    assert not failed, "\n\n".join(f"{label}: {why}" for label, why in failed.items())
