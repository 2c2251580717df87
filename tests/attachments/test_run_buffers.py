"""The client seals runs into a few reused buffers (§21.2): a buffer is not
written again while its run is being sent, and the upload holds no more of
them than the runs in flight, one queued and one being filled, whatever
the file's size."""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from pathlib import Path

import pytest

from app.client import chunk_transfer
from app.client.api import Body, DaybookApi
from app.client.attachments import PendingUpload, download, upload
from app.protocol import stream
from app.protocol.encoding import b64decode
from tests.attachments.conftest import MIB, random_file, sha256_of
from tests.writers import Writer


async def test_a_run_s_buffer_is_not_reused_until_its_request_is_over(
    victim: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chunk_transfer, "RUN_CHUNKS", 2)
    original = random_file(tmp_path / "video.bin", 21 * MIB + 5)  # 22 chunks, 11 runs
    put_run = DaybookApi.put_run
    buffers: set[int] = set()

    async def slow(
        api: DaybookApi, attachment_id: uuid.UUID, first: int, body: Body, digest: bytes
    ) -> object:
        assert isinstance(body, memoryview)
        buffers.add(id(body.obj))
        before = hashlib.sha256(body).digest()
        await asyncio.sleep(0.05)  # the sealer runs ahead meanwhile, as far as it may
        answer = await put_run(api, attachment_id, first, body, digest)
        assert hashlib.sha256(body).digest() == before == digest
        return answer

    monkeypatch.setattr(DaybookApi, "put_run", slow)
    pending = PendingUpload.plan(original)
    reference = await upload(victim.api, pending)

    assert len(buffers) <= chunk_transfer.PARALLEL_RUNS + 2
    # The very ciphertext chunk-by-chunk sealing gives, which the server
    # checked against the chunks it stored before finalising.
    key = stream.StreamKey(pending.key, pending.nonce_prefix, pending.attachment_id)
    chunks = stream.plaintext_chunks([original.read_bytes()])
    sealed = hashlib.sha256(b"".join(key.seal_chunk(*chunk) for chunk in chunks)).digest()
    assert b64decode(reference["ciphertext_sha256"]) == sealed
    copy = tmp_path / "copy.bin"
    await download(victim.api, reference, copy)
    assert sha256_of(copy) == sha256_of(original)
