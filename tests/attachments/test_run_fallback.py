"""The reference client against a server that does not take a run (§21.2
step 3b): one older than runs (404, 405, or 413 from its body limit) gets the
rest of the upload chunk by chunk; one with no room for a run just now
(503 `uploads-busy`) gets that run's chunks one by one, and runs again after."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from app.client.api import DaybookApi
from app.client.attachments import PendingUpload, download, upload
from tests.attachments.conftest import MIB, random_file, sha256_of
from tests.conftest import BASE_URL
from tests.writers import Writer

# 11 chunks: the client's runs are chunks 0-7 and 8-10.
SIZE = 10 * MIB + 300


class RunRefusingServer(httpx.AsyncBaseTransport):
    """The app behind a front that answers the first `times` runs (every one
    if None) with `status` and problem `code`, and remembers what was sent."""

    def __init__(self, application: FastAPI, status: int, code: str, times: int | None) -> None:
        self.inner = httpx.ASGITransport(app=application)
        self.status, self.code, self.times = status, code, times
        self.runs: list[int] = []
        self.chunks: list[int] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        parts = request.url.path.split("/")
        if request.method == "PUT" and parts[-1] == "run":
            self.runs.append(int(parts[-2]))
            if self.times is None or len(self.runs) <= self.times:
                problem = {"status": self.status, "code": self.code, "detail": "refused"}
                return httpx.Response(self.status, json=problem)
        elif request.method == "PUT" and parts[-2] == "chunks":
            self.chunks.append(int(parts[-1]))
        return await self.inner.handle_async_request(request)


async def _round_trip(api: DaybookApi, tmp_path: Path) -> None:
    original = random_file(tmp_path / "video.bin", SIZE)
    reference = await upload(api, PendingUpload.plan(original))
    copy = tmp_path / "copy.bin"
    await download(api, reference, copy)
    assert sha256_of(copy) == sha256_of(original)


@pytest.mark.parametrize(
    ("status", "code"),
    [(404, "not-found"), (405, "method-not-allowed"), (413, "payload-too-large")],
)
async def test_a_server_older_than_runs_gets_single_chunks(
    victim: Writer, application: FastAPI, tmp_path: Path, status: int, code: str
) -> None:
    older = RunRefusingServer(application, status, code, times=None)
    async with DaybookApi(BASE_URL, tokens=victim.api.tokens, transport=older) as api:
        await _round_trip(api, tmp_path)
    # The first refusal (or the two runs in flight) and no run after it.
    assert older.runs in ([0], [0, 8])
    assert sorted(older.chunks) == list(range(11))


async def test_a_run_refused_as_busy_goes_chunk_by_chunk_and_runs_resume(
    victim: Writer, application: FastAPI, tmp_path: Path
) -> None:
    busy = RunRefusingServer(application, 503, "uploads-busy", times=1)
    async with DaybookApi(BASE_URL, tokens=victim.api.tokens, transport=busy) as api:
        await _round_trip(api, tmp_path)
    assert busy.runs == [0, 8]
    assert sorted(busy.chunks) == list(range(8))  # the busy run's, and only those
