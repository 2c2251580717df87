"""The whole ciphertext's SHA-256 and CRC-32, kept up as chunks arrive, so
finalising does not read the file again (§21.2 step 5).

SHA-256 cannot be composed from the chunks' own digests, so this worker keeps
one running hash per upload and feeds it each chunk in index order: the body
of a chunk that arrives in order, straight from memory; a chunk that arrived
ahead of a gap, read back from the blob store (from the page cache, checked
against its digest) once the gap is filled. What was fed is recorded as the
chunks' digests, and finalising trusts the result only if those equal the
digests of the chunks stored, in order; otherwise (chunks stored by another
worker, a restart, an evicted upload, a commit that failed after the hash
moved on) it hashes the chunks it lacks from the blob store, as before.

A chunk sent alone that is next is hashed into a copy of the running state
(a `Forecast`) in the blob store's own worker-thread hop, beside its SHA-256,
and the copy replaces the state once the chunk is stored: one thread hop a
chunk fewer. A refused chunk, or one fed by another request meanwhile,
leaves the state as it was.
"""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

import anyio.to_thread
from isal import isal_zlib

from app.blobs.store import BlobData

# Uploads tracked at once by one worker; the oldest is forgotten first (its
# finalisation then reads the chunks). Each costs about 100 bytes plus 32 per
# chunk, so this bounds the memory whatever the clients do.
CAPACITY = 64

# How far ahead of the next chunk one is remembered (a client keeps a few in
# flight); an index further on, which no honest client sends, is forgotten,
# so what is remembered stays bounded whatever the requests.
AHEAD = 64

ReadChunk = Callable[[int], Awaitable[bytes]]


@dataclass
class _Running:
    sha256: hashlib._Hash = field(default_factory=hashlib.sha256)
    crc32: int = 0
    digests: list[bytes] = field(default_factory=list)
    ahead: dict[int, bytes] = field(default_factory=dict)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def feed(self, data: BlobData, digest: bytes) -> None:
        """Blocking (hashing a chunk): call in a worker thread."""
        self.sha256.update(data)
        # ISA-L's CRC-32 (the same checksum as zlib's) takes about 0.05 ms a
        # MiB against zlib's 0.4 (a chunk's SHA-256 takes about 0.6).
        self.crc32 = isal_zlib.crc32(data, self.crc32)
        # Remembered ahead by an earlier request, and fed here instead.
        self.ahead.pop(len(self.digests), None)
        self.digests.append(digest)

    def feed_all(self, chunks: Sequence[tuple[bytes, BlobData]]) -> None:
        """`feed` each (digest, data) in order (blocking: call in a worker thread)."""
        for digest, data in chunks:
            self.feed(data, digest)

    def feed_if(self, data: BlobData, digest: bytes) -> bool:
        """`feed` if `data` is still the chunk whose digest is `digest`
        (blocking: call in a worker thread)."""
        if hashlib.sha256(data).digest() != digest:
            return False
        self.feed(data, digest)
        return True


_uploads: OrderedDict[uuid.UUID, _Running] = OrderedDict()


@dataclass
class Forecast:
    """The running state of an upload as it will be once chunk `index` is
    fed: a copy of the state when the chunk arrived (`base`, None for an
    upload not tracked yet), updated with the chunk's pieces as the blob
    store writes them."""

    attachment_id: uuid.UUID
    index: int
    base: _Running | None
    sha256: hashlib._Hash
    crc32: int

    def update(self, piece: BlobData) -> None:
        """Blocking (hashing a piece): the blob store calls it in its worker thread."""
        self.sha256.update(piece)
        self.crc32 = isal_zlib.crc32(piece, self.crc32)


def forecast(attachment_id: uuid.UUID, index: int) -> Forecast | None:
    """A `Forecast` for chunk `index`, if it is the next to feed and no
    request is feeding this upload now; None otherwise (`stored` then feeds
    it as any chunk). Nothing is tracked by asking."""
    base = _uploads.get(attachment_id)
    if base is None:
        return Forecast(attachment_id, 0, None, hashlib.sha256(), 0) if index == 0 else None
    if base.lock.locked() or len(base.digests) != index:
        return None
    return Forecast(attachment_id, index, base, base.sha256.copy(), base.crc32)


def _landed(forecast: Forecast, digest: bytes) -> _Running | None:
    """The upload's running state with the forecast chunk fed, if the state
    is still the one the forecast started from; else None, nothing changed.
    No await between the check and the change: nothing can feed in between."""
    current = _uploads.get(forecast.attachment_id)
    fed = 0 if current is None else len(current.digests)
    if current is not forecast.base or fed != forecast.index:
        return None
    if current is not None and current.lock.locked():
        return None
    running = _running(forecast.attachment_id)
    running.sha256, running.crc32 = forecast.sha256, forecast.crc32
    running.ahead.pop(forecast.index, None)
    running.digests.append(digest)
    return running


def _running(attachment_id: uuid.UUID) -> _Running:
    running = _uploads.pop(attachment_id, None) or _Running()
    _uploads[attachment_id] = running
    while len(_uploads) > CAPACITY:
        _uploads.popitem(last=False)
    return running


async def stored(
    attachment_id: uuid.UUID,
    first: int,
    chunks: Sequence[tuple[bytes, BlobData]],
    read: ReadChunk,
) -> None:
    """Chunks `first`, `first` + 1, ... (digest, data) are stored: feed those
    that are next, in one worker-thread hop, then any stored ahead of them
    that are now next, read back through `read`. Chunks ahead of the next are
    only remembered, and chunks already fed are skipped."""
    running = _running(attachment_id)
    async with running.lock:
        fed = len(running.digests)
        if first > fed:
            for index, (digest, _) in enumerate(chunks, start=first):
                if index <= fed + AHEAD:
                    running.ahead[index] = digest
            return
        fresh = chunks[fed - first :]
        if not fresh:
            return
        await anyio.to_thread.run_sync(running.feed_all, fresh)
        await _catch_up(running, read)


async def kept(forecast: Forecast, digest: bytes, read: ReadChunk) -> bool:
    """The forecast chunk, updated with all its data, is stored with `digest`:
    keep the forecast if it still applies, then catch up as `stored` does.
    False if it no longer applies (nothing changed: call `stored`)."""
    running = _landed(forecast, digest)
    if running is None:
        return False
    if len(running.digests) in running.ahead:
        async with running.lock:
            await _catch_up(running, read)
    return True


async def _catch_up(running: _Running, read: ReadChunk) -> None:
    while (digest := running.ahead.pop(len(running.digests), None)) is not None:
        data = await read(len(running.digests))
        if not await anyio.to_thread.run_sync(running.feed_if, data, digest):
            return  # replaced since: finalising will read from here


async def digests(
    attachment_id: uuid.UUID, chunk_digests: Sequence[bytes], read: ReadChunk
) -> tuple[bytes, int]:
    """The SHA-256 and CRC-32 of the chunks whose digests are `chunk_digests`
    (every chunk, in order): from what was fed as far as it agrees with
    them, the rest read through `read`."""
    running = _uploads.pop(attachment_id, None) or _Running()
    async with running.lock:
        fed = running.digests
        if fed != list(chunk_digests[: len(fed)]):
            running = _Running()
        for index in range(len(running.digests), len(chunk_digests)):
            data = await read(index)
            await anyio.to_thread.run_sync(running.feed, data, chunk_digests[index])
        return running.sha256.digest(), running.crc32
