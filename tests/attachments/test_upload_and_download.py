"""Attachments through the reference client over HTTP: resumable upload,
bit-identical download, and a client that catches a server's tampering."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from app.client.api import DaybookApi
from app.client.attachments import AttachmentCorrupt, PendingUpload, download, upload
from app.protocol.stream import CIPHERTEXT_CHUNK_BYTES
from tests.attachments.conftest import MIB, random_file, run_indexes, sha256_of
from tests.conftest import BASE_URL
from tests.writers import Writer, incident


class Interrupted(Exception):
    pass


def interrupt_after(limit: int) -> Callable[[int], None]:
    sent = 0

    def progress(size: int) -> None:
        nonlocal sent
        sent += size
        if sent >= limit:
            raise Interrupted

    return progress


async def test_a_200_mib_upload_interrupted_midway_resumes_and_downloads_identical(
    victim: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = random_file(tmp_path / "video.mp4", 200 * MIB + 12345)
    pending = PendingUpload.plan(original)
    with pytest.raises(Interrupted):
        await upload(victim.api, pending, interrupt_after(100 * MIB))
    status = await victim.api.attachment(pending.attachment_id)
    assert status["status"] == "uploading"
    assert 0 < len(status["missing_chunks"]) < status["chunk_count"] == 201

    sent: list[int] = []
    put_run = DaybookApi.put_run

    async def counting(
        self: DaybookApi, attachment_id: uuid.UUID, first: int, body: bytes, digest: bytes
    ) -> object:
        sent.extend(run_indexes(first, body))
        return await put_run(self, attachment_id, first, body, digest)

    monkeypatch.setattr(DaybookApi, "put_run", counting)
    reference = await upload(victim.api, pending)
    assert sent == status["missing_chunks"]

    written = await victim.diary.add(incident("Filmed him at the gate.", attachments=[reference]))
    [recorded] = written.incident["attachments"]
    assert recorded["sha256"] == sha256_of(original)
    copy = tmp_path / "copy.mp4"
    await download(victim.api, recorded, copy)
    assert sha256_of(copy) == sha256_of(original)


Tamper = Callable[[bytes], bytes]
C = CIPHERTEXT_CHUNK_BYTES
TAMPERING: dict[str, Tamper] = {
    "altered": lambda body: body[: C + 7] + bytes([body[C + 7] ^ 1]) + body[C + 8 :],
    "dropped": lambda body: body[:C] + body[2 * C :],
    "reordered": lambda body: body[C : 2 * C] + body[:C] + body[2 * C :],
    "truncated": lambda body: body[: 2 * C],
    "cut-mid-chunk": lambda body: body[: 2 * C + 100],
    "extended": lambda body: body + body[-100:],
}


class TamperingServer(httpx.AsyncBaseTransport):
    """The app behind a dishonest server that rewrites attachment downloads."""

    def __init__(self, application: FastAPI, tamper: Tamper) -> None:
        self.inner = httpx.ASGITransport(app=application)
        self.tamper = tamper

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if not request.url.path.endswith("/content"):
            return response
        body = self.tamper(await response.aread())
        headers = {k: v for k, v in response.headers.items() if k != "content-length"}
        return httpx.Response(response.status_code, headers=headers, content=body)


@pytest.mark.parametrize("how", sorted(TAMPERING))
async def test_the_client_detects_a_tampered_download(
    victim: Writer, application: FastAPI, tmp_path: Path, how: str
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    original = random_file(files / "photo.heic", 3 * MIB + 500)
    reference = await upload(victim.api, PendingUpload.plan(original))
    dishonest = DaybookApi(
        BASE_URL, tokens=victim.api.tokens, transport=TamperingServer(application, TAMPERING[how])
    )
    destination = files / "out.heic"
    with pytest.raises(AttachmentCorrupt):
        await download(dishonest, reference, destination)
    await dishonest.aclose()
    assert sorted(files.iterdir()) == [original]
    # The honest server's copy is intact.
    await download(victim.api, reference, destination)
    assert sha256_of(destination) == sha256_of(original)


@pytest.mark.parametrize("size", [0, 1, MIB, MIB + 1])
async def test_edge_sizes_round_trip(victim: Writer, tmp_path: Path, size: int) -> None:
    original = random_file(tmp_path / "note.txt", size)
    reference = await upload(victim.api, PendingUpload.plan(original))
    assert reference["size"] == size
    copy = tmp_path / "copy.txt"
    await download(victim.api, reference, copy)
    assert copy.read_bytes() == original.read_bytes()


async def test_a_file_changed_before_resuming_is_never_sealed_again(
    victim: Writer, tmp_path: Path
) -> None:
    original = random_file(tmp_path / "screenshot.png", MIB + 10)
    pending = PendingUpload.plan(original)
    with pytest.raises(Interrupted):
        await upload(victim.api, pending, interrupt_after(1))
    before = await victim.api.attachment(pending.attachment_id)
    random_file(original, MIB + 10)  # edited in another app meanwhile
    with pytest.raises(ValueError, match="changed since the upload began"):
        await upload(victim.api, pending)
    assert await victim.api.attachment(pending.attachment_id) == before
