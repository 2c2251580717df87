"""What the running app holds: settings, database, server keys, the hasher."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, cast

from cryptography.hazmat.primitives.asymmetric import ec
from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.accounts.hashing import AuthKeyHasher
from app.attachments.run_buffers import RunBuffers
from app.blobs.local import LocalBlobStore
from app.blobs.store import BlobStore
from app.config import Settings
from app.db import create_engine, create_sessionmaker, transaction
from app.push import vapid
from app.server_keys import ServerKeys, load_server_keys

if TYPE_CHECKING:
    from app.evidence.tsa import TimestampAuthority
    from app.ratelimit.redis_store import RedisThrottle


@dataclass(frozen=True)
class AppState:
    settings: Settings
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    keys: ServerKeys
    hasher: AuthKeyHasher
    blobs: BlobStore
    # The time-stamp authority, if one is configured.
    tsa: TimestampAuthority | None
    # Redis for the failed-attempt limits, if configured; else the database.
    rate_limits: RedisThrottle | None
    # Signs for Web Push notifications (VAPID, RFC 8292).
    vapid_key: ec.EllipticCurvePrivateKey
    # The run bodies this process holds at once (app/attachments/run_buffers.py).
    run_buffers: RunBuffers

    @classmethod
    def create(cls, settings: Settings) -> AppState:
        engine = create_engine(settings.resolved_database_url)
        return cls(
            settings=settings,
            engine=engine,
            sessionmaker=create_sessionmaker(engine),
            keys=load_server_keys(settings),
            hasher=AuthKeyHasher(settings),
            blobs=blob_store(settings),
            tsa=timestamp_authority(settings),
            rate_limits=redis_throttle(settings),
            vapid_key=vapid.load(settings),
            run_buffers=RunBuffers(settings.run_buffer_bytes),
        )


def timestamp_authority(settings: Settings) -> TimestampAuthority | None:
    if settings.tsa_url is None:
        return None
    # httpx and the RFC 3161 library load only for a configured TSA.
    from app.evidence.tsa import TimestampAuthority

    return TimestampAuthority.from_settings(settings)


def redis_throttle(settings: Settings) -> RedisThrottle | None:
    if settings.redis_url is None:
        return None
    # Imported only when configured: a server keeping its limits in the
    # database pays no memory or start-up time for the Redis library.
    from app.ratelimit.redis_store import RedisThrottle

    return RedisThrottle.from_url(settings.redis_url.get_secret_value())


def blob_store(settings: Settings) -> BlobStore:
    """The store the settings name: a local directory, or an S3 bucket."""
    if settings.blob_backend == "local":
        return LocalBlobStore(settings.resolved_blob_dir)
    assert settings.s3_bucket is not None, "checked with the settings"
    # boto3 and botocore cost a worker some 15 MiB: loaded only for an S3 store.
    from app.blobs.s3 import S3BlobStore, s3_client

    secret = settings.s3_secret_access_key
    client = s3_client(
        settings.s3_endpoint_url,
        settings.s3_region,
        settings.s3_access_key_id,
        None if secret is None else secret.get_secret_value(),
        path_style=settings.s3_path_style,
    )
    return S3BlobStore(client, settings.s3_bucket, settings.s3_prefix)


async def get_state(request: Request) -> AppState:
    return cast(AppState, request.app.state.daybook)


State = Annotated[AppState, Depends(get_state)]


async def get_blobs(state: State) -> BlobStore:
    return state.blobs


Blobs = Annotated[BlobStore, Depends(get_blobs)]


async def _db_session(state: State) -> AsyncIterator[AsyncSession]:
    async with transaction(state.sessionmaker) as session:
        yield session


# scope="function": the commit happens before the response is sent, so a
# failed commit reaches the client as an error and never as a success.
DbSession = Annotated[AsyncSession, Depends(_db_session, scope="function")]
