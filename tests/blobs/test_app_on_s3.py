"""The whole server with its attachments in an S3 bucket: resumable chunked
uploads, ranged and streamed downloads, a bundle streamed from it, the
readiness probe, and erasing an account's objects (SQLite and PostgreSQL)."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from app.blobs.s3 import S3BlobStore
from app.client import identity
from app.client.api import DaybookApi
from app.client.attachments import PendingUpload, download, upload
from app.client.bundle_export import Selection, create_bundle
from app.client.bundle_open import verify_bundle
from app.client.diary import Diary, Replica
from app.client.incident_fields import with_attachments
from app.config import Settings
from app.main import create_app
from bench.s3 import S3Bucket
from tests.attachments.conftest import random_file, sha256_of
from tests.conftest import BASE_URL
from tests.writers import PASSPHRASE, incident

MIB = 1024 * 1024


@pytest.fixture
async def on_s3(settings: Settings, s3_bucket: S3Bucket | None) -> AsyncIterator[FastAPI]:
    if s3_bucket is None:
        pytest.skip("no S3 server")
    application = create_app(
        settings.model_copy(
            update={
                "blob_backend": "s3",
                "s3_bucket": s3_bucket.name,
                "s3_prefix": f"app-{secrets.token_hex(6)}",
                "s3_endpoint_url": s3_bucket.endpoint,
                "s3_access_key_id": s3_bucket.access_key,
                "s3_secret_access_key": SecretStr(s3_bucket.secret_key),
                "s3_path_style": True,
            }
        )
    )
    yield application
    await application.state.daybook.engine.dispose()


async def objects(application: FastAPI) -> list[str]:
    store = application.state.daybook.blobs
    assert isinstance(store, S3BlobStore)
    return await store.children("attachments")


async def test_attachments_and_bundles_live_in_the_bucket(on_s3: FastAPI, tmp_path: Path) -> None:
    transport = httpx.ASGITransport(app=on_s3)
    async with (
        DaybookApi(BASE_URL, transport=transport) as api,
        httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http,
    ):
        assert (await http.get("/readyz")).json()["checks"]["blob_store"] == "ok"
        me, _ = await identity.register(api, "robin", PASSPHRASE, "phone")
        diary = Diary(api, me)
        video = random_file(tmp_path / "video.mp4", 5 * MIB + 123)
        pending = PendingUpload.plan(video)
        reference = await upload(api, pending)
        assert await objects(on_s3) == [str(pending.attachment_id)]
        await diary.add(with_attachments(incident("On the bus."), [reference]))

        await download(api, reference, tmp_path / "back.mp4")
        assert sha256_of(tmp_path / "back.mp4") == sha256_of(video)
        assert api.tokens is not None
        ranged = await http.get(
            f"/v1/attachments/{pending.attachment_id}/content",
            headers={
                "Authorization": f"Bearer {api.tokens.access_token}",
                "Range": "bytes=1048570-1048590",
            },
        )
        assert ranged.status_code == 206 and len(ranged.content) == 21

        created = await create_bundle(diary, Replica(), Selection())
        target = tmp_path / "bundle.zip"
        async with api.stream(f"/v1/bundles/{created.bundle_id}/zip") as response:
            with target.open("wb") as out:
                async for piece in response.aiter_bytes():
                    out.write(piece)
        assert len(verify_bundle(target, created.key).pack.incidents) == 1

        await identity.delete_account(api, PASSPHRASE)
        assert await objects(on_s3) == []
