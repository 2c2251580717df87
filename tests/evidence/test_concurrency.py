"""Several API workers on one database append to one log: every receipt gets
its own index, the indexes run 0..n-1 with no gap, and the tree is sound.

Each worker is an app instance of its own (its own engine and connection
pool), as uvicorn workers are; on PostgreSQL the log head's row lock orders
them, on SQLite the single writer does."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from app.client.api import DaybookApi
from app.client.diary import Diary
from app.config import Settings
from app.main import create_app
from app.protocol import merkle
from app.protocol.checkpoint import open_checkpoint
from tests.conftest import BASE_URL, MakeApi
from tests.evidence.log import PublishedLog, append_leaves
from tests.writers import Writer, incident, sign_up

WRITERS = 3
ENTRIES_PER_WORKER = 4
DIRECT_APPENDS = 8


@pytest.fixture
async def second_worker(settings: Settings) -> AsyncIterator[FastAPI]:
    worker = create_app(settings)
    yield worker
    await worker.state.daybook.engine.dispose()


def on_worker(writer: Writer, worker: FastAPI) -> Writer:
    """The same signed-in device, sending its requests to another worker."""
    api = DaybookApi(BASE_URL, tokens=writer.api.tokens, transport=httpx.ASGITransport(app=worker))
    return Writer(api, writer.me, Diary(api, writer.me))


async def direct_appends(worker: FastAPI) -> list[int]:
    """Appends outside any request, one transaction each, to add contention."""
    found = []
    for _ in range(DIRECT_APPENDS):
        [receipt] = await append_leaves(worker, 1)
        found.append(receipt.leaf_index)
    return found


async def test_two_workers_append_gapless_and_consistent(
    make_api: MakeApi,
    application: FastAPI,
    second_worker: FastAPI,
    http: httpx.AsyncClient,
) -> None:
    writers = [await sign_up(make_api, f"writer{n}") for n in range(WRITERS)]
    elsewhere = [on_worker(writer, second_worker) for writer in writers]

    async def write(writer: Writer, label: str) -> list[int]:
        indexes = []
        for n in range(ENTRIES_PER_WORKER):
            version = await writer.diary.add(incident(f"{label} {n}", day=n + 1))
            assert version.receipt is not None
            indexes.append(version.receipt.leaf_index)
        return indexes

    jobs: list[Any] = [write(w, f"{w.me.username} on worker 1") for w in writers]
    jobs += [write(w, f"{w.me.username} on worker 2") for w in elsewhere]
    jobs += [direct_appends(application), direct_appends(second_worker)]
    try:
        results = await asyncio.gather(*jobs)
    finally:
        for writer in elsewhere:
            await writer.api.aclose()

    indexes = sorted(index for result in results for index in result)
    total = 2 * WRITERS * ENTRIES_PER_WORKER + 2 * DIRECT_APPENDS
    assert indexes == list(range(total))

    log = await PublishedLog.fetch(http)
    head = await log.checkpoint()
    assert head.size == total
    # The tree the stored subtrees give is the RFC 9162 tree of the leaves in order.
    hashes = await log.leaf_hashes(total)
    assert merkle.root(hashes) == head.root_hash
    # Both workers sign the same tree head with the same key.
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=second_worker), base_url=BASE_URL
    ) as other_worker:
        note = (await other_worker.get("/v1/log/checkpoint")).text
    assert open_checkpoint(note, log.origin, [log.verifier]) == head
    for index in (0, total // 2, total - 1):
        leaf = (await http.get(f"/v1/log/leaves/{index}")).json()
        await log.assert_included(leaf, head)
