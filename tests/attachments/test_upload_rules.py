"""What the server enforces on uploads and downloads, over raw HTTP."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from app.attachments.cleanup import sweep
from app.client.api import ApiError, DaybookApi
from app.client.attachments import PendingUpload, upload
from app.config import Settings
from app.main import create_app
from app.models import Attachment
from app.protocol.digest_header import format_sha256, parse_sha256
from app.protocol.stream import CIPHERTEXT_CHUNK_BYTES, ciphertext_size
from tests.attachments.conftest import MIB, random_file
from tests.conftest import BASE_URL
from tests.writers import Writer, incident, sign_up


def auth(writer: Writer) -> dict[str, str]:
    assert writer.api.tokens is not None
    return {"Authorization": f"Bearer {writer.api.tokens.access_token}"}


def digest_header(data: bytes) -> dict[str, str]:
    return {"Content-Digest": format_sha256(hashlib.sha256(data).digest())}


async def started(http: httpx.AsyncClient, writer: Writer, size: int) -> uuid.UUID:
    attachment_id = uuid.uuid4()
    response = await http.put(
        f"/v1/attachments/{attachment_id}", json={"ciphertext_size": size}, headers=auth(writer)
    )
    assert response.status_code == 201, response.text
    return attachment_id


async def put(
    http: httpx.AsyncClient,
    writer: Writer,
    attachment_id: uuid.UUID,
    index: int,
    data: bytes,
    digest_of: bytes | None = None,
) -> httpx.Response:
    headers = {**auth(writer), **digest_header(data if digest_of is None else digest_of)}
    return await http.put(
        f"/v1/attachments/{attachment_id}/chunks/{index}", content=data, headers=headers
    )


async def test_chunks_are_checked_and_idempotent(http: httpx.AsyncClient, victim: Writer) -> None:
    size = CIPHERTEXT_CHUNK_BYTES + 100
    attachment_id = await started(http, victim, size)
    first, last = os.urandom(CIPHERTEXT_CHUNK_BYTES), os.urandom(100)

    wrong_hash = await put(http, victim, attachment_id, 0, first, digest_of=b"other")
    assert (wrong_hash.status_code, wrong_hash.json()["code"]) == (400, "digest-mismatch")
    no_digest = await http.put(
        f"/v1/attachments/{attachment_id}/chunks/0", content=first, headers=auth(victim)
    )
    assert no_digest.status_code == 422
    assert no_digest.json()["errors"][0]["loc"] == ["header", "content-digest"]
    not_sha256 = await http.put(
        f"/v1/attachments/{attachment_id}/chunks/0",
        content=first,
        headers={**auth(victim), "Content-Digest": "md5=:AAAA:"},
    )
    assert not_sha256.status_code == 400 and "Content-Digest" in not_sha256.json()["detail"]
    short = await put(http, victim, attachment_id, 0, first[:-1])
    assert short.status_code == 400 and "exactly" in short.json()["detail"]
    beyond = await put(http, victim, attachment_id, 2, last)
    assert beyond.status_code == 404
    status = await victim.api.attachment(attachment_id)
    assert status["missing_chunks"] == [0, 1]

    assert (await put(http, victim, attachment_id, 0, first)).status_code == 201
    assert (await put(http, victim, attachment_id, 0, first)).status_code == 200
    changed = await put(http, victim, attachment_id, 0, os.urandom(CIPHERTEXT_CHUNK_BYTES))
    assert changed.status_code == 409

    with pytest.raises(ApiError) as missing:
        await victim.api.finalize_attachment(attachment_id, hashlib.sha256(first + last).digest())
    assert (missing.value.code, missing.value.problem["missing_chunks"]) == ("chunks-missing", [1])
    assert (await put(http, victim, attachment_id, 1, last)).status_code == 201
    with pytest.raises(ApiError) as mismatch:
        await victim.api.finalize_attachment(attachment_id, hashlib.sha256(last).digest())
    assert mismatch.value.code == "digest-mismatch"
    done = await victim.api.finalize_attachment(
        attachment_id, hashlib.sha256(first + last).digest()
    )
    assert (done["status"], done["missing_chunks"]) == ("complete", [])


async def test_oversized_chunks_are_refused_before_they_are_read(
    http: httpx.AsyncClient, victim: Writer
) -> None:
    attachment_id = await started(http, victim, 3 * CIPHERTEXT_CHUNK_BYTES)
    response = await put(http, victim, attachment_id, 0, os.urandom(CIPHERTEXT_CHUNK_BYTES + 1))
    assert (response.status_code, response.json()["code"]) == (413, "payload-too-large")


@pytest.mark.parametrize("size", [0, 15, CIPHERTEXT_CHUNK_BYTES + 1, CIPHERTEXT_CHUNK_BYTES + 16])
async def test_impossible_ciphertext_sizes_are_refused(
    http: httpx.AsyncClient, victim: Writer, size: int
) -> None:
    response = await http.put(
        f"/v1/attachments/{uuid.uuid4()}", json={"ciphertext_size": size}, headers=auth(victim)
    )
    assert response.status_code in (400, 422), response.text


async def test_ranges(victim: Writer, http: httpx.AsyncClient, tmp_path: Path) -> None:
    original = random_file(tmp_path / "clip.m4a", 2 * MIB + 10)
    reference = await upload(victim.api, PendingUpload.plan(original))
    url = f"/v1/attachments/{reference['attachment_id']}/content"
    whole = await http.get(url, headers=auth(victim))
    size = ciphertext_size(2 * MIB + 10)
    assert (whole.status_code, len(whole.content)) == (200, size)
    assert whole.headers["accept-ranges"] == "bytes"
    assert whole.headers["etag"] == f'"{reference["ciphertext_sha256"]}"'
    assert parse_sha256(whole.headers["repr-digest"]) == hashlib.sha256(whole.content).digest()
    spans = {
        "bytes=10-99": (10, 100),
        f"bytes={CIPHERTEXT_CHUNK_BYTES - 5}-{CIPHERTEXT_CHUNK_BYTES + 5}": (
            CIPHERTEXT_CHUNK_BYTES - 5,
            CIPHERTEXT_CHUNK_BYTES + 6,
        ),
        "bytes=-16": (size - 16, size),
        f"bytes={size - 3}-": (size - 3, size),
        f"bytes=5-{size + 1000}": (5, size),
    }
    for header, (start, end) in spans.items():
        part = await http.get(url, headers={**auth(victim), "Range": header})
        assert part.status_code == 206, header
        assert part.content == whole.content[start:end], header
        assert part.headers["content-range"] == f"bytes {start}-{end - 1}/{size}"
    past = await http.get(url, headers={**auth(victim), "Range": f"bytes={size}-"})
    assert (past.status_code, past.headers["content-range"]) == (416, f"bytes */{size}")
    assert past.json()["code"] == "range-not-satisfiable"
    for ignored in ("bytes=0-1,5-6", "pages=1-2", "bytes=9-3"):
        response = await http.get(url, headers={**auth(victim), "Range": ignored})
        assert (response.status_code, len(response.content)) == (200, size), ignored


async def test_quota_and_size_limit(settings: Settings, tmp_path: Path) -> None:
    small = settings.model_copy(
        update={"attachment_quota_bytes": 3 * MIB, "attachment_max_bytes": 2 * MIB}
    )
    application = create_app(small)
    transport = httpx.ASGITransport(app=application)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:

        async def make() -> DaybookApi:
            return DaybookApi(BASE_URL, transport=transport)

        writer = await sign_up(make, "quinn")
        too_big = await http.put(
            f"/v1/attachments/{uuid.uuid4()}",
            json={"ciphertext_size": ciphertext_size(2 * MIB + 1)},
            headers=auth(writer),
        )
        assert (too_big.status_code, too_big.json()["code"]) == (413, "payload-too-large")
        await started(http, writer, ciphertext_size(2 * MIB))
        over = await http.put(
            f"/v1/attachments/{uuid.uuid4()}",
            json={"ciphertext_size": ciphertext_size(MIB)},
            headers=auth(writer),
        )
        assert (over.status_code, over.json()["code"]) == (403, "quota-exceeded")
        assert over.json()["quota_bytes"] == 3 * MIB
        await writer.api.aclose()
    await application.state.daybook.engine.dispose()


async def test_abandoned_uploads_are_cleaned_up(
    http: httpx.AsyncClient, application: FastAPI, victim: Writer
) -> None:
    state = application.state.daybook
    stale = await started(http, victim, CIPHERTEXT_CHUNK_BYTES + 100)
    fresh = await started(http, victim, CIPHERTEXT_CHUNK_BYTES + 100)
    for attachment_id in (stale, fresh):
        assert (await put(http, victim, attachment_id, 1, os.urandom(100))).status_code == 201
    async with state.sessionmaker() as db:
        long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
        await db.execute(
            update(Attachment).where(Attachment.id == stale).values(last_activity_at=long_ago)
        )
        await db.commit()
    assert await sweep(state) == 1
    with pytest.raises(ApiError) as gone:
        await victim.api.attachment(stale)
    assert gone.value.status == 404
    assert await state.blobs.size(f"attachments/{stale}/00000001") is None
    assert (await victim.api.attachment(fresh))["missing_chunks"] == [0]


async def test_attachments_are_bound_to_one_entry_and_go_with_it(
    victim: Writer, other: Writer, application: FastAPI, tmp_path: Path
) -> None:
    blobs = application.state.daybook.blobs
    photo = random_file(tmp_path / "car.jpg", 5000)
    reference = await upload(victim.api, PendingUpload.plan(photo))
    attachment_id = uuid.UUID(reference["attachment_id"])

    unfinished = PendingUpload.plan(photo)
    await victim.api.start_upload(unfinished.attachment_id, unfinished.ciphertext_size)
    with pytest.raises(ApiError) as refused:
        await victim.diary.add(
            incident(
                "two photos",
                attachments=[
                    reference,
                    {**reference, "attachment_id": str(unfinished.attachment_id)},
                ],
            )
        )
    assert (refused.value.status, refused.value.code) == (409, "attachment-unavailable")
    assert refused.value.problem["attachment_ids"] == [str(unfinished.attachment_id)]
    with pytest.raises(ApiError) as not_theirs:
        await other.diary.add(incident("someone else's photo", attachments=[reference]))
    assert not_theirs.value.code == "attachment-unavailable"

    written = await victim.diary.add(incident("his car outside", attachments=[reference]))
    with pytest.raises(ApiError) as second_entry:
        await victim.diary.add(incident("the same photo again", attachments=[reference]))
    assert second_entry.value.code == "attachment-unavailable"
    with pytest.raises(ApiError) as in_use:
        await victim.api.delete_attachment(attachment_id)
    assert in_use.value.status == 409
    assert await blobs.size(f"attachments/{attachment_id}/00000000") is not None

    await victim.diary.delete(written.entry_id)
    assert await blobs.size(f"attachments/{attachment_id}/00000000") is None
    with pytest.raises(ApiError) as gone:
        await victim.api.attachment(attachment_id)
    assert gone.value.status == 404


async def test_blobs_left_by_a_crash_after_erasing_rows_are_swept(
    http: httpx.AsyncClient, application: FastAPI, victim: Writer
) -> None:
    state = application.state.daybook
    kept = await started(http, victim, CIPHERTEXT_CHUNK_BYTES + 100)
    assert (await put(http, victim, kept, 1, os.urandom(100))).status_code == 201
    orphan = uuid.uuid4()

    async def one_piece() -> AsyncIterator[bytes]:
        yield b"ciphertext whose row is gone"

    await state.blobs.put(f"attachments/{orphan}/00000000", one_piece())
    assert await sweep(state) == 0
    assert await state.blobs.children("attachments") == [str(kept)]
