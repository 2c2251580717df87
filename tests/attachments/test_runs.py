"""Runs of chunks (§21.2): several consecutive chunks in one request, each
stored as if sent alone, over HTTP with real crypto and raw bytes."""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from app.attachments import service
from app.client.attachments import PendingUpload, download, upload
from app.protocol import stream
from app.protocol.stream import CIPHERTEXT_CHUNK_BYTES, MAX_RUN_CHUNKS
from tests.attachments.conftest import MIB, random_file, sha256_of
from tests.attachments.test_upload_rules import auth, digest_header, put, started
from tests.writers import Writer

C = CIPHERTEXT_CHUNK_BYTES


async def put_run(
    http: httpx.AsyncClient,
    writer: Writer,
    attachment_id: uuid.UUID,
    first: int,
    body: bytes,
    digest_of: bytes | None = None,
) -> httpx.Response:
    headers = {**auth(writer), **digest_header(body if digest_of is None else digest_of)}
    return await http.put(
        f"/v1/attachments/{attachment_id}/chunks/{first}/run", content=body, headers=headers
    )


async def missing(writer: Writer, attachment_id: uuid.UUID) -> list[int]:
    return list((await writer.api.attachment(attachment_id))["missing_chunks"])


async def test_runs_mix_with_single_chunks_and_finalise_without_reading_back(
    victim: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = random_file(tmp_path / "video.bin", 5 * MIB + 300)  # 6 chunks
    pending = PendingUpload.plan(original)
    key = stream.StreamKey(pending.key, pending.nonce_prefix, pending.attachment_id)
    plaintext = original.read_bytes()
    sealed = [key.seal_chunk(i, plaintext[i * MIB : (i + 1) * MIB], last=i == 5) for i in range(6)]
    await victim.api.start_upload(pending.attachment_id, pending.ciphertext_size)
    await victim.api.put_chunk(pending.attachment_id, 0, sealed[0], _sha(sealed[0]))
    body = b"".join(sealed[1:4])
    answer = await victim.api.put_run(pending.attachment_id, 1, body, _sha(body))
    assert [(c["index"], c["size"], c["created"]) for c in answer["chunks"]] == [
        (1, C, True),
        (2, C, True),
        (3, C, True),
    ]
    assert [c["sha256"] for c in answer["chunks"]] == [
        (await victim.api.put_chunk(pending.attachment_id, i, sealed[i], _sha(sealed[i])))["sha256"]
        for i in (1, 2, 3)
    ]
    assert await missing(victim, pending.attachment_id) == [4, 5]

    reads: list[int] = []
    read_chunk = service.read_chunk

    async def counted(blobs: object, attachment_id: uuid.UUID, index: int) -> bytes:
        reads.append(index)
        return await read_chunk(blobs, attachment_id, index)  # type: ignore[arg-type]

    monkeypatch.setattr(service, "read_chunk", counted)
    reference = await upload(victim.api, pending)  # sends the run [4, 5], then finalises
    assert reads == []  # every chunk was fed in order: finalising read none back

    copy = tmp_path / "copy.bin"
    await download(victim.api, reference, copy)
    assert sha256_of(copy) == sha256_of(original)


def _sha(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


async def test_a_run_sent_again_is_200_and_a_changed_chunk_refuses_the_whole_run(
    http: httpx.AsyncClient, application: FastAPI, victim: Writer
) -> None:
    blobs = application.state.daybook.blobs
    attachment_id = await started(http, victim, 4 * C + 100)
    chunks = [os.urandom(C) for _ in range(4)] + [os.urandom(100)]
    first = await put_run(http, victim, attachment_id, 0, b"".join(chunks[:2]))
    assert first.status_code == 201, first.text
    again = await put_run(http, victim, attachment_id, 0, b"".join(chunks[:2]))
    assert again.status_code == 200
    assert [c["created"] for c in again.json()["chunks"]] == [False, False]
    assert [c["received_at"] for c in again.json()["chunks"]] == [
        c["received_at"] for c in first.json()["chunks"]
    ]

    # Overlapping the stored chunks 0 and 1 harmlessly: only 2 is new.
    overlap = await put_run(http, victim, attachment_id, 1, b"".join(chunks[1:3]))
    assert overlap.status_code == 201
    assert [(c["index"], c["created"]) for c in overlap.json()["chunks"]] == [
        (1, False),
        (2, True),
    ]
    # Chunk 2 changed: nothing of the run is stored, chunk 3 included.
    changed = await put_run(http, victim, attachment_id, 2, os.urandom(C) + b"".join(chunks[3:]))
    assert (changed.status_code, changed.json()["code"]) == (409, "conflict")
    assert "[2]" in changed.json()["detail"]
    assert await missing(victim, attachment_id) == [3, 4]
    assert await blobs.size(f"attachments/{attachment_id}/00000003") is None
    assert await blobs.size(f"attachments/{attachment_id}/00000004") is None

    last = await put_run(http, victim, attachment_id, 3, b"".join(chunks[3:]))
    assert [(c["index"], c["size"]) for c in last.json()["chunks"]] == [(3, C), (4, 100)]
    done = await victim.api.finalize_attachment(attachment_id, _sha(b"".join(chunks)))
    assert done["status"] == "complete"
    after = await put_run(http, victim, attachment_id, 3, b"".join(chunks[3:]))
    assert after.status_code == 200  # sent again after finalising: harmless


@pytest.mark.parametrize(
    ("first", "lengths", "status", "code"),
    [
        (0, [C, C - 1], 400, "bad-request"),  # chunk 1 is not the last: it must be whole
        (0, [C - 1], 400, "bad-request"),
        (3, [C, 3], 400, "bad-request"),  # the last chunk (4) must be 100 bytes
        (3, [C, C, 100], 400, "bad-request"),  # past the last chunk
        (4, [100, 100], 400, "bad-request"),  # past the last chunk
        (5, [100], 404, "not-found"),
        (0, [], 400, "bad-request"),
    ],
)
async def test_runs_of_the_wrong_shape_are_refused_and_store_nothing(
    http: httpx.AsyncClient,
    victim: Writer,
    first: int,
    lengths: list[int],
    status: int,
    code: str,
) -> None:
    attachment_id = await started(http, victim, 4 * C + 100)
    response = await put_run(
        http, victim, attachment_id, first, b"".join(os.urandom(n) for n in lengths)
    )
    assert (response.status_code, response.json()["code"]) == (status, code), response.text
    assert await missing(victim, attachment_id) == [0, 1, 2, 3, 4]


async def test_a_run_must_match_its_digest_and_stay_within_the_limit(
    http: httpx.AsyncClient, victim: Writer
) -> None:
    attachment_id = await started(http, victim, (MAX_RUN_CHUNKS + 1) * C)
    body = os.urandom(2 * C)
    wrong = await put_run(http, victim, attachment_id, 0, body, digest_of=b"other")
    assert (wrong.status_code, wrong.json()["code"]) == (400, "digest-mismatch")
    url = f"/v1/attachments/{attachment_id}/chunks/0/run"
    no_digest = await http.put(url, content=body, headers=auth(victim))
    assert no_digest.status_code == 422
    assert no_digest.json()["errors"][0]["loc"] == ["header", "content-digest"]
    not_sha256 = await http.put(
        url, content=body, headers={**auth(victim), "Content-Digest": "md5=:AAAA:"}
    )
    assert (not_sha256.status_code, not_sha256.json()["code"]) == (400, "bad-request")
    too_many = await put_run(http, victim, attachment_id, 0, os.urandom((MAX_RUN_CHUNKS + 1) * C))
    assert (too_many.status_code, too_many.json()["code"]) == (413, "payload-too-large")
    assert await missing(victim, attachment_id) == list(range(MAX_RUN_CHUNKS + 1))

    whole = await put_run(http, victim, attachment_id, 1, os.urandom(MAX_RUN_CHUNKS * C))
    assert whole.status_code == 201
    assert await missing(victim, attachment_id) == [0]
    single = await put(http, victim, attachment_id, 0, os.urandom(C))
    assert single.status_code == 201
