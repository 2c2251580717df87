"""Feeding a blob store and reading it back, for the blob store tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

from app.blobs.store import BlobStore, BlobStream


async def source(*pieces: bytes) -> AsyncIterator[bytes]:
    for piece in pieces:
        yield piece


def split(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


async def pieces_of(stream: BlobStream) -> list[bytes]:
    async with stream:
        return [piece async for piece in stream]


async def read_all(store: BlobStore, key: str, start: int = 0, end: int | None = None) -> bytes:
    return b"".join(await pieces_of(await store.read(key, start, end)))
