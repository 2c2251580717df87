"""Hostile input from the live OpenAPI document: schemathesis generates
requests for every operation of a running server (uvicorn over loopback, on
SQLite and PostgreSQL), valid ones and invalid ones, signed in as a real
victim and not signed in, and no answer may be a server error, carry a status
the document does not list for the operation, or break the schema and media
type it declares for that status (errors included: problem+json with the
listed `code` values).

Bounded and repeatable: a fixed number of examples per operation, derandomised
(the same requests on every run), so CI time stays predictable. Each request
is generated once and sent to both servers, SQLite's and PostgreSQL's: the
generating, not the serving, is most of the cost."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests
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
from tests.held import held
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
    database: str
    base_url: str
    token: str
    # Kept-alive connections: a new one per request costs more than the request.
    session: requests.Session


async def _signed_in(base_url: str) -> str:
    async with DaybookApi(base_url) as api:
        await identity.register(api, "fuzzer", PASSPHRASE, "fuzzing rig")
        assert api.tokens is not None
        return api.tokens.access_token


@pytest.fixture(scope="module")
def live(postgres: PostgresDatabases | None) -> Iterator[list[Live]]:
    """A server on SQLite and one on PostgreSQL (SQLite only when PostgreSQL
    is unreachable: the `postgres` fixture reports that loudly)."""
    databases = {"sqlite": None} | ({} if postgres is None else {"postgresql": ADMIN_URL})
    with contextlib.ExitStack() as stack:
        servers = []
        for database, url in databases.items():
            server, loop = stack.enter_context(held(live_server(url)))
            token = loop.run_until_complete(_signed_in(server.base_url))
            session = stack.enter_context(requests.Session())
            servers.append(Live(database, server.base_url, token, session))
        yield servers


Operation = APIOperation[Any, Any, Any, Any]


def _operations(live: Live) -> list[Operation]:
    loaded = schemathesis.openapi.from_url(f"{live.base_url}/openapi.json")
    kept = loaded.exclude(path=list(SIGNS_OUT), method=["POST", "DELETE"])
    found = []
    for result in kept.get_all_operations():
        assert isinstance(result, Ok), f"the OpenAPI document does not load: {result}"
        found.append(result.ok())
    return found


def _send(case: Case[Any], live: Live, auth: bool) -> None:
    headers = {"Authorization": f"Bearer {live.token}"} if auth else {}
    try:
        response = case.call(
            base_url=live.base_url, session=live.session, headers=headers, timeout=30
        )
        case.validate_response(response, checks=list(CHECKS))
    except (Exception, FailureGroup) as exc:
        exc.add_note(f"(on {live.database})")
        raise


def _fuzz(
    operation: Operation, servers: list[Live], mode: GenerationMode, examples: int, auth: bool
) -> None:
    @given(case=operation.as_strategy(mode))
    @settings(
        max_examples=examples,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Case[Any]) -> None:
        for live in servers:
            _send(case, live, auth)

    try:
        run()
    except Unsatisfiable:
        if mode is not GenerationMode.NEGATIVE:
            raise
        # No parameter and no body: nothing in the request can be made invalid.


def test_no_server_error_and_every_answer_matches_its_schema(live: list[Live]) -> None:
    operations = _operations(live[0])
    assert len(operations) > 60
    failed: dict[str, str] = {}
    for operation in operations:
        for mode, examples, auth in PASSES:
            try:
                _fuzz(operation, live, mode, examples, auth)
            # Every operation is tried and all failures are reported: schemathesis's
            # FailureGroup is a BaseExceptionGroup, which `except Exception` misses.
            except (Exception, FailureGroup) as exc:
                notes = " ".join(getattr(exc, "__notes__", []))
                failed[f"{operation.label} ({mode.value}, signed in: {auth})"] = (
                    f"{notes} {str(exc)[:1500]}"
                )
    assert not failed, "\n\n".join(f"{label}: {why}" for label, why in failed.items())
