"""Slow clients: connections that send half a request and stall (a chunk,
a run of chunks or a large JSON body trickling in, headers never finished)
hold no worker up; everyone else is answered promptly, and what the stalled
ones sent is never stored. A run is refused before its body is read when its
token is unknown or the worker holds as many run bodies as it may (§21.2
step 3b); so is a large JSON body when its token is unknown (§2)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
import time
import uuid

import pytest

from app.attachments.schemas import MAX_RUN_BODY_BYTES
from app.bundles.schemas import MAX_ENTRIES_BODY_BYTES
from app.client import identity
from app.client.api import DaybookApi
from app.client.diary import Diary
from app.entries.schemas import MAX_BATCH_BODY_BYTES
from app.protocol.digest_header import format_sha256
from app.protocol.stream import CIPHERTEXT_CHUNK_BYTES
from bench.server import live_server
from tests.conftest import ADMIN_URL, PostgresDatabases
from tests.writers import PASSPHRASE, incident

# Timing-sensitive: runs alone, after the parallel part of the suite (dev.py).
pytestmark = pytest.mark.serial

STALLED = 72
RUN_BYTES = 2 * CIPHERTEXT_CHUNK_BYTES


async def _stall(host: str, port: int, request: bytes) -> asyncio.StreamWriter:
    _reader, writer = await asyncio.open_connection(host, port)
    writer.write(request)
    await writer.drain()
    return writer


@pytest.fixture(params=["sqlite", "postgresql"])
def server_url(request: pytest.FixtureRequest, postgres: PostgresDatabases | None) -> str | None:
    if request.param == "postgresql" and postgres is None:
        pytest.skip("PostgreSQL unreachable")
    return ADMIN_URL if request.param == "postgresql" else None


async def test_stalled_connections_hold_no_one_up(server_url: str | None) -> None:
    # More stalled uploads than the database pool has connections (5 + 10),
    # more stalled runs alone (16), and as many stalled JSON bodies (a batch,
    # a bundle's entries, a small entry): each was authenticated, then gave
    # its connection back before its body began to trickle in, or (a small
    # body) is read before its token is looked at.
    async with live_server(server_url) as server, DaybookApi(server.base_url) as api:
        me, _ = await identity.register(api, "robin", PASSPHRASE, "phone")
        assert api.tokens is not None
        attachment = uuid.uuid4()
        await api.start_upload(attachment, 2 * CIPHERTEXT_CHUNK_BYTES + 100)
        host, port = server.base_url.removeprefix("http://").split(":")

        def half(line: str, body: bytes, header: str) -> bytes:
            return (
                f"{line} HTTP/1.1\r\nHost: {host}\r\n"
                f"Authorization: Bearer {api.tokens.access_token if api.tokens else ''}\r\n"
                f"{header}\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode() + body[: len(body) // 2]

        def half_chunks(path: str, body: bytes) -> bytes:
            digest = f"Content-Digest: {format_sha256(hashlib.sha256(body).digest())}"
            return half(f"PUT /v1/attachments/{attachment}/{path}", body, digest)

        json_body = b"{" + b" " * (1024 * 1024)
        half_requests = [
            half_chunks("chunks/0", os.urandom(CIPHERTEXT_CHUNK_BYTES)),
            half_chunks("chunks/0/run", os.urandom(RUN_BYTES)),
            half_chunks("chunks/1/run", os.urandom(RUN_BYTES)),
            f"GET /healthz HTTP/1.1\r\nHost: {host}\r\nX-Trickle: ".encode(),
            half("POST /v1/entries/batch", json_body, JSON),
            half(f"PUT /v1/bundles/{uuid.uuid4()}/entries", json_body, JSON),
            # Small entries, more than the pool: read before their token
            # (§22.1), they hold nothing.
            *[half(f"PUT /v1/entries/{uuid.uuid4()}", b"{" + b" " * 4096, JSON)] * 3,
        ]
        stalled = [
            await _stall(host, int(port), half_requests[n % len(half_requests)])
            for n in range(STALLED)
        ]
        try:
            diary = Diary(api, me)
            started = time.perf_counter()
            for n in range(10):
                await diary.add(incident(f"Written while {STALLED} clients stall, {n}"))
                assert (await api.http.get("/healthz")).status_code == 200
            assert time.perf_counter() - started < 10
        finally:
            for writer in stalled:
                writer.close()
        await asyncio.sleep(0.2)
        status = await api.attachment(attachment)
        assert status["missing_chunks"] == [0, 1, 2]  # half a chunk or a run is no chunk
        assert (await api.http.get("/readyz")).status_code == 200


JSON = "Content-Type: application/json"


async def _answer_unread(host: str, port: int, request: bytes) -> tuple[bytes, object]:
    """The status line and problem code answered to `request` (a head
    announcing far more body than follows), which must come at once, whole.
    (The server then discards what follows, so a client sending it all still
    reads the answer, and closes the connection once it has been quiet for
    uvicorn's keep-alive timeout, 5 s: not waited for.)"""
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(request)
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=3)
    length = re.search(rb"\r\ncontent-length: (\d+)\r\n", head, re.IGNORECASE)
    assert length is not None, head
    answer = await asyncio.wait_for(reader.readexactly(int(length.group(1))), timeout=3)
    writer.close()
    return head.split(b"\r\n", 1)[0], json.loads(answer).get("code")


@pytest.mark.parametrize("token", ["", "Authorization: Bearer unknown\r\n"])
async def test_a_large_json_body_is_not_read_for_an_unknown_caller(token: str) -> None:
    # The routes' whole limit announced, 3 bytes sent: the token is looked at
    # first (app/sessions/bodies.py), so no worker waits for the rest.
    async with live_server() as server:
        host, port = server.base_url.removeprefix("http://").split(":")
        for line, limit in [
            ("POST /v1/entries/batch", MAX_BATCH_BODY_BYTES),
            (f"PUT /v1/bundles/{uuid.uuid4()}/entries", MAX_ENTRIES_BODY_BYTES),
        ]:
            head = f"{line} HTTP/1.1\r\nHost: {host}\r\n{token}{JSON}\r\n"
            request = f'{head}Content-Length: {limit}\r\n\r\n{{"i'.encode()
            status, code = await _answer_unread(host, int(port), request)
            assert (status, code) == (b"HTTP/1.1 401 Unauthorized", "unauthenticated")


def _run_head(host: str, attachment: uuid.UUID, token: str, length: int) -> bytes:
    return (
        f"PUT /v1/attachments/{attachment}/chunks/0/run HTTP/1.1\r\nHost: {host}\r\n"
        f"Authorization: Bearer {token}\r\n"
        f"Content-Digest: {format_sha256(bytes(32))}\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()


async def test_a_run_is_refused_before_its_body_is_read(server_url: str | None) -> None:
    # A budget of one full run: while one trickles in, no other run is read.
    budget = {"DAYBOOK_RUN_BUFFER_BYTES": str(MAX_RUN_BODY_BYTES)}
    async with (
        live_server(server_url, budget) as server,
        DaybookApi(server.base_url) as api,
    ):
        await identity.register(api, "robin", PASSPHRASE, "phone")
        assert api.tokens is not None
        token = api.tokens.access_token
        attachment = uuid.uuid4()
        await api.start_upload(attachment, 20 * CIPHERTEXT_CHUNK_BYTES)
        host, port = server.base_url.removeprefix("http://").split(":")

        # An unknown token: 401 at once, with 16 MiB announced and 3 bytes sent.
        head = _run_head(host, attachment, "unknown", MAX_RUN_BODY_BYTES)
        status, code = await _answer_unread(host, int(port), head + b"abc")
        assert (status, code) == (b"HTTP/1.1 401 Unauthorized", "unauthenticated")

        # A signed-in run trickling in holds the whole budget...
        stalled = await _stall(
            host, int(port), _run_head(host, attachment, token, MAX_RUN_BODY_BYTES)
        )
        await asyncio.sleep(0.5)
        body = os.urandom(RUN_BYTES)
        headers = {
            "Authorization": f"Bearer {token}",
            "Content-Digest": format_sha256(hashlib.sha256(body).digest()),
        }
        path = f"/v1/attachments/{attachment}/chunks/4/run"
        busy = await api.http.put(path, content=body, headers=headers)
        assert busy.status_code == 503
        assert busy.json()["code"] == "uploads-busy"
        assert busy.headers["Retry-After"] == "2"
        assert (await api.attachment(attachment))["missing_chunks"] == list(range(20))

        # ...until its client goes away: then the same run is read and stored.
        stalled.close()
        for _ in range(50):
            stored = await api.http.put(path, content=body, headers=headers)
            if stored.status_code != 503:
                break
            await asyncio.sleep(0.1)
        assert stored.status_code == 201
        assert (await api.attachment(attachment))["missing_chunks"][4:6] == [6, 7]
