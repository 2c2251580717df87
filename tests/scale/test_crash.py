"""Crash safety: the server process is killed with SIGKILL in the middle of
entry writes, chunk uploads, finalising and bundle assembly, then started
again on the same database and blob directory (SQLite and PostgreSQL).
Every acknowledged write is there and verifies, nothing half-written shows,
the evidence log stays consistent with what the client verified before the
crash, and an interrupted upload resumes."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.client import chunk_transfer, identity
from app.client.api import ApiError, DaybookApi, Tokens
from app.client.attachments import PendingUpload, download, upload
from app.client.bundle_export import Selection, create_bundle
from app.client.bundle_open import verify_bundle
from app.client.diary import Diary, Replica
from app.client.identity import Identity
from app.client.incident_fields import with_attachments
from bench.server import Deployment, LiveServer, deployment
from tests.attachments.conftest import random_file, sha256_of
from tests.conftest import ADMIN_URL, PostgresDatabases
from tests.held import held
from tests.writers import PASSPHRASE, incident

# Timing-sensitive: runs alone, after the parallel part of the suite (dev.py).
pytestmark = pytest.mark.serial

MIB = 1024 * 1024
# A transport error is how a client sees the process die under it.
DIED = (httpx.TransportError, ApiError)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database(
    request: pytest.FixtureRequest, postgres: PostgresDatabases | None
) -> Iterator[Deployment]:
    """One deployment (database, blob directory, keys) per database for the
    module's tests: each signs up a victim of its own and starts its own server."""
    if request.param == "postgresql" and postgres is None:
        pytest.skip("PostgreSQL unreachable")
    with held(deployment(ADMIN_URL if request.param == "postgresql" else None)) as (made, _loop):
        yield made


@pytest.fixture
def site(database: Deployment) -> Iterator[Deployment]:
    """The deployment, with the servers a test started stopped after it."""
    yield database
    while database.running:
        database.stop(database.running.pop())


@dataclass
class Victim:
    """A signed-in device whose tokens outlive any one server process."""

    me: Identity
    tokens: Tokens
    replica: Replica

    @contextlib.asynccontextmanager
    async def on(self, server: LiveServer) -> AsyncIterator[Diary]:
        async def keep(tokens: Tokens | None) -> None:
            if tokens is not None:
                self.tokens = tokens

        async with DaybookApi(server.base_url, tokens=self.tokens, on_tokens=keep) as api:
            yield Diary(api, self.me, replica=self.replica)


async def sign_up(server: LiveServer) -> Victim:
    async with DaybookApi(server.base_url) as api:
        # A name of her own: the module's tests share the database.
        me, _ = await identity.register(api, f"robin-{uuid.uuid4().hex[:8]}", PASSPHRASE, "phone")
        assert api.tokens is not None
        victim = Victim(me, api.tokens, Replica())
        await Diary(api, me).sync(victim.replica)  # pins the log and its checkpoint
        return victim


async def restarted(site: Deployment, server: LiveServer) -> LiveServer:
    site.kill(server)
    return await site.start()


async def test_acknowledged_entries_survive_a_kill_mid_write(site: Deployment) -> None:
    server = await site.start()
    victim = await sign_up(server)
    acknowledged: list[uuid.UUID] = []
    enough = asyncio.Event()

    async def keep_writing(diary: Diary, writer: int) -> None:
        for n in range(1000):
            written = await diary.add(incident(f"Writer {writer}, incident {n}"))
            acknowledged.append(written.entry_id)
            if len(acknowledged) >= 12:
                enough.set()

    async with victim.on(server) as diary:
        writers = [asyncio.create_task(keep_writing(diary, w)) for w in range(3)]
        await enough.wait()
        server = await restarted(site, server)
        outcomes = await asyncio.gather(*writers, return_exceptions=True)
    assert all(isinstance(o, DIED) for o in outcomes), outcomes

    async with victim.on(server) as diary:
        report = await diary.sync()  # verifies every entry, and the log against the pinned one
        assert set(acknowledged) <= {uuid.UUID(i) for i in victim.replica.entries}
        for entry_id in acknowledged:
            assert len(await diary.history(entry_id)) == 1
        # Every receipt handed out before the crash is in the log now.
        assert victim.replica.log.pending == {}
        assert report.log.proven >= len(acknowledged)
        again = await diary.add(incident("After the crash."))
        assert again.receipt is not None


async def test_an_upload_killed_mid_chunk_resumes(
    site: Deployment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = await site.start()
    victim = await sign_up(server)
    video = random_file(tmp_path / "video.mp4", 12 * MIB)
    pending = PendingUpload.plan(video)
    monkeypatch.setattr(chunk_transfer, "RUN_CHUNKS", 2)  # six runs, so it dies midway
    sent = 0

    def kill_after_four_chunks(size: int) -> None:
        nonlocal sent
        sent += size
        if sent == 4 * MIB:
            site.kill(server)

    async with victim.on(server) as diary:
        with pytest.raises(DIED):
            await upload(diary.api, pending, kill_after_four_chunks)
    server = await site.start()
    async with victim.on(server) as diary:
        status = await diary.api.attachment(pending.attachment_id)
        assert status["status"] == "uploading"
        assert 0 < len(status["missing_chunks"]) < status["chunk_count"]
        reference = await upload(diary.api, pending)
        await diary.add(with_attachments(incident("The video."), [reference]))
        await download(diary.api, reference, tmp_path / "back.mp4")
    assert sha256_of(tmp_path / "back.mp4") == sha256_of(video)


class DyingFinalise(DaybookApi):
    """A client whose server is killed while it finalises an upload."""

    def __init__(self, base_url: str, site: Deployment, server: LiveServer, **kw: Any) -> None:
        super().__init__(base_url, **kw)
        self.site, self.server = site, server

    async def finalize_attachment(
        self, attachment_id: uuid.UUID, ciphertext_sha256: bytes
    ) -> dict[str, Any]:
        finishing = asyncio.create_task(
            super().finalize_attachment(attachment_id, ciphertext_sha256)
        )
        await asyncio.sleep(0.01)  # the server is re-hashing 64 MiB now
        self.site.kill(self.server)
        return await finishing


async def test_finalising_killed_midway_is_all_or_nothing(site: Deployment, tmp_path: Path) -> None:
    server = await site.start()
    victim = await sign_up(server)
    pending = PendingUpload.plan(random_file(tmp_path / "photo.jpg", 64 * MIB))
    async with DyingFinalise(server.base_url, site, server, tokens=victim.tokens) as api:
        # On a fast machine the finalising may still beat the kill: either way
        # what the restarted server shows must be all of it or none.
        with contextlib.suppress(*DIED):
            await upload(api, pending)
    server = await site.start()
    async with victim.on(server) as diary:
        status = await diary.api.attachment(pending.attachment_id)
        # Either the whole finalisation committed, receipt and all, or none of it.
        assert (status["status"], status["receipt"] is None) in {
            ("uploading", True),
            ("complete", False),
        }
        reference = await upload(diary.api, pending)
        done = await diary.api.attachment(pending.attachment_id)
        assert done["status"] == "complete" and done["receipt"] is not None
        if status["receipt"] is not None:
            assert done["receipt"] == status["receipt"]  # logged once
        await diary.add(with_attachments(incident("The photo."), [reference]))
        await diary.sync()
        assert victim.replica.log.pending == {}


async def test_a_bundle_download_killed_midway_downloads_whole_after(
    site: Deployment, tmp_path: Path
) -> None:
    server = await site.start()
    victim = await sign_up(server)
    async with victim.on(server) as diary:
        photo = random_file(tmp_path / "photo.jpg", 40 * MIB)
        reference = await upload(diary.api, PendingUpload.plan(photo))
        written = await diary.add(with_attachments(incident("He was at the door."), [reference]))
        created_entry = written.entry_id
        created = await create_bundle(diary, Replica(), Selection())
        path = f"/v1/bundles/{created.bundle_id}/zip"
        # Loopback buffers could hold a small bundle whole: this one is larger.
        with pytest.raises(DIED):
            async with diary.api.stream(path) as response:
                async for _piece in response.aiter_bytes():
                    site.kill(server)
    server = await site.start()
    target = tmp_path / "bundle.zip"
    async with victim.on(server) as diary, diary.api.stream(path) as response:
        with target.open("wb") as out:
            async for piece in response.aiter_bytes():
                out.write(piece)
    opened = verify_bundle(target, created.key)
    assert opened.pack.bundle_id == created.bundle_id
    assert [i.entry_id for i in opened.pack.incidents] == [created_entry]
