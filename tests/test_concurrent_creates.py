"""Identical requests sent at once, as a client retrying on a bad network does:
every create route answers each copy with its success or a 409, never a 5xx,
and no log line holds what the requests carried.

Every request the reference client makes on a create route is sent eight
times at once by the transport below (`Stutter`); the client goes on with a
successful answer. The flow walks every idempotent create route, and the
test checks it covered each, and that every PUT route of the API is listed."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import re
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from app.client import identity
from app.client.api import DaybookApi
from app.client.attachments import PendingUpload, upload
from app.client.case_documents import CaseDocuments
from app.client.diary import Diary
from app.client.incident_fields import with_attachments
from app.client.known_keys import KnownKeys
from app.observability.logs import JsonFormatter
from app.protocol import stream
from bench.server import Deployment, deployment
from tests.advocacy.people import Member, advocacy, assign
from tests.advocacy.test_case_documents import PLAN, readers
from tests.attachments.conftest import random_file
from tests.bundles.flow import bundle_of
from tests.conftest import ADMIN_URL, BASE_URL, MakeApi, PostgresDatabases
from tests.writers import PASSPHRASE, incident, sign_up

COPIES = 8
# A one-time code redeemed by one copy is used up for the others.
# A used one-time code is a wrong guess: the copies that lose the race count
# as failed attempts, and past the free ones the throttle answers 429.
CODE_USED = {("POST", "/v1/assignment"): {404, 429}}
# The routes that create something a client names (or a code it redeems):
# a retry must find what the first attempt made.
CREATE_ROUTES = {
    ("POST", "/v1/accounts"),
    ("POST", "/v1/assignment"),
    ("PUT", "/v1/entries/{entry_id}"),
    ("POST", "/v1/entries/{entry_id}/versions"),
    ("POST", "/v1/entries/batch"),
    ("PUT", "/v1/attachments/{attachment_id}"),
    ("PUT", "/v1/attachments/{attachment_id}/chunks/{index}"),
    ("PUT", "/v1/attachments/{attachment_id}/chunks/{first}/run"),
    ("POST", "/v1/attachments/{attachment_id}/finalize"),
    ("PUT", "/v1/bundles/{bundle_id}"),
    ("PUT", "/v1/bundles/{bundle_id}/entries"),
    ("POST", "/v1/bundles/{bundle_id}/seal"),
    ("POST", "/v1/shares"),
    ("PUT", "/v1/cases/{case_id}/notes/{note_id}"),
    ("PUT", "/v1/case-documents/{document_id}"),
}
# The test's own HTTP client logs the URLs it asks for; the server is under test.
CLIENT_LOGGERS = {"httpx", "httpcore"}
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _pattern(template: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)))


RUN = ("PUT", "/v1/attachments/{attachment_id}/chunks/{first}/run")
ROUTE_PATTERNS = [(method, template, _pattern(template)) for method, template in CREATE_ROUTES]


@dataclass
class Stutter(httpx.AsyncBaseTransport):
    """Sends every request on a create route `COPIES` times at once and keeps
    what came back; the client gets a successful copy's answer."""

    inner: httpx.AsyncBaseTransport
    answers: dict[tuple[str, str], list[list[tuple[int, bytes]]]]
    # Everything the requests carried, to look for in the logs.
    sent: list[str] = field(default_factory=list)
    # Off while the organisation is set up: copies of a registration with an
    # invitation code count as failed guesses of the code from this address.
    on: bool = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        route = next(
            (
                (method, template)
                for method, template, pattern in ROUTE_PATTERNS
                if request.method == method and pattern.fullmatch(request.url.path)
            ),
            None,
        )
        if route is None or not self.on:
            return await self.inner.handle_async_request(request)
        self.sent.append(request.url.path + body.decode("utf-8", "replace"))
        copies = [
            httpx.Request(request.method, request.url, headers=request.headers, content=body)
            for _ in range(COPIES)
        ]
        responses = await asyncio.gather(*(self._send(copy) for copy in copies))
        self.answers.setdefault(route, []).append([(r.status_code, r.content) for r in responses])
        self.sent.extend(r.content.decode("utf-8", "replace") for r in responses)
        return next((r for r in responses if r.is_success), responses[0])

    async def _send(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        content = await response.aread()
        return httpx.Response(response.status_code, headers=response.headers, content=content)


def _same(route: tuple[str, str], body: bytes) -> bytes:
    """A batch answers 201 for the items its copy wrote and 200 for those
    another copy wrote first, and a run of chunks says which chunks its copy
    stored: the same answer but for that."""
    if route == RUN:
        chunks = json.loads(body)["chunks"]
        return json.dumps([{**c, "created": None} for c in chunks]).encode()
    if route != ("POST", "/v1/entries/batch"):
        return body
    results = json.loads(body)["results"]
    return json.dumps(
        [{**r, "status": 200 if r["status"] == 201 else r["status"]} for r in results]
    ).encode()


async def _one_chunk_alone(api: DaybookApi) -> None:
    """The reference client sends runs: a chunk on its own, as older clients do."""
    key = stream.StreamKey.generate(uuid.uuid4())
    sealed = key.seal_chunk(0, os.urandom(3000), last=True)
    await api.start_upload(key.attachment_id, len(sealed))
    await api.put_chunk(key.attachment_id, 0, sealed, hashlib.sha256(sealed).digest())


@pytest.fixture
def stutter(application: FastAPI) -> Stutter:
    return Stutter(httpx.ASGITransport(app=application), {})


@pytest.fixture
async def make_api(stutter: Stutter) -> AsyncIterator[MakeApi]:
    """Every device of this module talks through the stuttering transport."""
    made: list[DaybookApi] = []

    async def make() -> DaybookApi:
        api = DaybookApi(BASE_URL, transport=stutter)
        made.append(api)
        return api

    yield make
    for api in made:
        await api.aclose()


async def test_identical_concurrent_creates_never_fail(
    application: FastAPI,
    stutter: Stutter,
    make_api: MakeApi,
    advocate: Member,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    stutter.on = True
    victim = await sign_up(make_api, "robin")
    reference = await upload(victim.api, PendingUpload.plan(random_file(tmp_path / "a.jpg", 3000)))
    await _one_chunk_alone(victim.api)
    written = await victim.diary.add(with_attachments(incident("He was at the gate."), [reference]))
    await victim.diary.edit(written.entry_id, incident("He was at the gate, again."))
    await victim.diary.add_many([incident("A call at 3 am."), incident("A call at 4 am.")])
    await bundle_of(victim)
    known = KnownKeys()
    _case, view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([written.entry_id])
    await advocate.cases.add_note(view, "First call: safety plan started.")
    plan = CaseDocuments(victim.api, victim.me, known)
    await plan.create(victim.me.account_id, "safety-plan", PLAN, readers(victim, advocate))

    put_routes = {
        ("PUT", path)
        for path, operations in application.openapi()["paths"].items()
        if "put" in operations
    }
    assert put_routes <= CREATE_ROUTES, "a new PUT route: list it in CREATE_ROUTES"
    assert set(stutter.answers) == CREATE_ROUTES, "the flow missed a create route"
    for route, rounds in stutter.answers.items():
        for answers in rounds:
            statuses = [status for status, _ in answers]
            assert all(status < 500 for status in statuses), (route, answers)
            successes = {_same(route, body) for status, body in answers if 200 <= status < 300}
            assert len(successes) == 1, ("one answer, the same to every success", route, answers)
            allowed = {200, 201, 409, *CODE_USED.get(route, set())}
            assert set(statuses) <= allowed, (route, answers)

    # Every copy but one raced to create the same rows: the database refused
    # them, and what it said stays out of the logs.
    logged = "\n".join(
        JsonFormatter().format(record)
        for record in caplog.records
        if record.name.split(".")[0] not in CLIENT_LOGGERS
    )
    assert "concurrent-request" in "".join(stutter.sent) or "409" in logged
    assert victim.api.tokens is not None and advocate.api.tokens is not None
    secrets = {
        PASSPHRASE,
        victim.me.username,
        advocate.me.username,
        victim.api.tokens.access_token,
        victim.api.tokens.refresh_token,
        advocate.api.tokens.access_token,
        "$argon2",
        *(found for sent in stutter.sent for found in _UUID.findall(sent)),
    }
    leaked = sorted(secret for secret in secrets if secret in logged)
    assert not leaked, [line for line in logged.splitlines() if any(s in line for s in leaked)][:5]
    assert not _UUID.search(logged)


@pytest.fixture(params=["sqlite", "postgresql"])
async def logging_site(
    request: pytest.FixtureRequest, postgres: PostgresDatabases | None
) -> AsyncIterator[Deployment]:
    """A live server that logs as in production, at DEBUG, with the real
    Argon2id cost (the floor outside the test environment)."""
    if request.param == "postgresql" and postgres is None:
        pytest.skip("PostgreSQL unreachable")
    settings = {
        "DAYBOOK_ENVIRONMENT": "development",
        "DAYBOOK_LOG_LEVEL": "DEBUG",
        "DAYBOOK_KDF_MEMORY_KIB": "65536",
        "DAYBOOK_KDF_ITERATIONS": "3",
        "DAYBOOK_HASH_CONCURRENCY": "2",
    }
    database = ADMIN_URL if request.param == "postgresql" else None
    async with deployment(database, settings=settings) as site:
        yield site


async def test_a_live_servers_log_holds_no_secret(logging_site: Deployment, tmp_path: Path) -> None:
    server = await logging_site.start()
    stutter = Stutter(httpx.AsyncHTTPTransport(), {}, on=True)
    async with DaybookApi(server.base_url, transport=stutter) as api:
        me, recovery_key = await identity.register(api, "robin", PASSPHRASE, "phone")
        diary = Diary(api, me)
        path = random_file(tmp_path / "a.jpg", 3000)
        reference = await upload(api, PendingUpload.plan(path))
        await diary.add(with_attachments(incident("He was at the gate."), [reference]))
        assert api.tokens is not None
        tokens = (api.tokens.access_token, api.tokens.refresh_token)
    raced = [a for rounds in stutter.answers.values() for answers in rounds for a in answers]
    assert any(status == 409 for status, _ in raced), "no copy lost a race"
    assert all(status < 500 for status, _ in raced), raced

    logged = logging_site.log_file.read_text(errors="replace")
    assert '"message": "request failed"' in logged  # the races were logged, by type
    secrets = {PASSPHRASE, recovery_key, "robin", "$argon2", *tokens}
    secrets |= {found for sent in stutter.sent for found in _UUID.findall(sent)}
    assert not sorted(secret for secret in secrets if secret in logged)
    assert not _UUID.search(logged)
    assert "INSERT" not in logged and "Traceback" not in logged
