"""Slow clients: connections that send half a request and stall (a chunk
or a run of chunks trickling in, headers never finished) hold no worker up; everyone
else is answered promptly, and what the stalled ones sent is never stored."""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
import uuid

import pytest

from app.client import identity
from app.client.api import DaybookApi
from app.client.diary import Diary
from app.protocol.digest_header import format_sha256
from app.protocol.stream import CIPHERTEXT_CHUNK_BYTES
from bench.server import live_server
from tests.conftest import ADMIN_URL, PostgresDatabases
from tests.writers import PASSPHRASE, incident

# Timing-sensitive: runs alone, after the parallel part of the suite (dev.py).
pytestmark = pytest.mark.serial

STALLED = 30


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
    # More stalled uploads than the database pool has connections (5 + 10).
    async with live_server(server_url) as server, DaybookApi(server.base_url) as api:
        me, _ = await identity.register(api, "robin", PASSPHRASE, "phone")
        assert api.tokens is not None
        attachment = uuid.uuid4()
        await api.start_upload(attachment, 2 * CIPHERTEXT_CHUNK_BYTES + 100)
        host, port = server.base_url.removeprefix("http://").split(":")

        def half(path: str, body: bytes) -> bytes:
            return (
                f"PUT /v1/attachments/{attachment}/{path} HTTP/1.1\r\nHost: {host}\r\n"
                f"Authorization: Bearer {api.tokens.access_token if api.tokens else ''}\r\n"
                f"Content-Digest: {format_sha256(hashlib.sha256(body).digest())}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode() + body[: len(body) // 2]

        half_requests = [
            half("chunks/0", os.urandom(CIPHERTEXT_CHUNK_BYTES)),
            half("chunks/0/run", os.urandom(2 * CIPHERTEXT_CHUNK_BYTES)),
            f"GET /healthz HTTP/1.1\r\nHost: {host}\r\nX-Trickle: ".encode(),
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
