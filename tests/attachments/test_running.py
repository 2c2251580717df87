"""The running ciphertext hash: finalising reads only what it was not fed,
and never trusts what disagrees with the chunks stored."""

from __future__ import annotations

import hashlib
import os
import uuid
import zlib

from app.attachments import running


class Blobs:
    """Chunks by index, counting what is read back."""

    def __init__(self, count: int) -> None:
        self.chunks = [os.urandom(1000 + i) for i in range(count)]
        self.reads: list[int] = []

    async def read(self, index: int) -> bytes:
        self.reads.append(index)
        return self.chunks[index]

    def digests(self) -> list[bytes]:
        return [hashlib.sha256(chunk).digest() for chunk in self.chunks]

    def whole(self) -> tuple[bytes, int]:
        data = b"".join(self.chunks)
        return hashlib.sha256(data).digest(), zlib.crc32(data)


async def test_chunks_out_of_order_are_caught_up_and_finalising_reads_nothing() -> None:
    blobs, upload = Blobs(5), uuid.uuid4()
    for index in (0, 2, 1, 4, 3):
        await running.stored(
            upload, index, [(blobs.digests()[index], blobs.chunks[index])], blobs.read
        )
    assert blobs.reads == [2, 4]  # the two that arrived ahead of a gap, once each
    assert await running.digests(upload, blobs.digests(), blobs.read) == blobs.whole()
    assert blobs.reads == [2, 4]


async def test_finalising_reads_what_this_worker_never_saw() -> None:
    blobs, upload = Blobs(4), uuid.uuid4()
    await running.stored(upload, 0, [(blobs.digests()[0], blobs.chunks[0])], blobs.read)
    assert await running.digests(upload, blobs.digests(), blobs.read) == blobs.whole()
    assert blobs.reads == [1, 2, 3]
    blobs.reads.clear()
    # Consumed by finalising: a second finalisation reads everything.
    assert await running.digests(upload, blobs.digests(), blobs.read) == blobs.whole()
    assert blobs.reads == [0, 1, 2, 3]


async def test_a_fed_chunk_that_is_not_the_stored_one_is_not_trusted() -> None:
    blobs, upload = Blobs(3), uuid.uuid4()
    fed = os.urandom(1000)  # fed, then its commit failed and another chunk was stored
    await running.stored(upload, 0, [(hashlib.sha256(fed).digest(), fed)], blobs.read)
    assert await running.digests(upload, blobs.digests(), blobs.read) == blobs.whole()
    assert blobs.reads == [0, 1, 2]


async def test_a_chunk_replaced_before_it_is_caught_up_is_read_at_finalising() -> None:
    blobs, upload = Blobs(3), uuid.uuid4()
    await running.stored(upload, 1, [(hashlib.sha256(b"gone").digest(), b"gone")], blobs.read)
    await running.stored(upload, 0, [(blobs.digests()[0], blobs.chunks[0])], blobs.read)
    assert await running.digests(upload, blobs.digests(), blobs.read) == blobs.whole()
    assert blobs.reads == [1, 1, 2]


async def test_an_index_far_ahead_is_not_remembered() -> None:
    blobs, upload = Blobs(2), uuid.uuid4()
    far = running.AHEAD + 1
    await running.stored(upload, far, [(b"\0" * 32, b"")], blobs.read)
    await running.stored(upload, 1, [(blobs.digests()[1], blobs.chunks[1])], blobs.read)
    await running.stored(upload, 0, [(blobs.digests()[0], blobs.chunks[0])], blobs.read)
    assert blobs.reads == [1]  # caught up to 1 only; the far one was dropped
    assert await running.digests(upload, blobs.digests(), blobs.read) == blobs.whole()


async def test_runs_feed_what_is_next_and_skip_what_was_fed() -> None:
    blobs, upload = Blobs(6), uuid.uuid4()

    def run(first: int, last: int) -> list[tuple[bytes, bytes]]:
        return [(blobs.digests()[i], blobs.chunks[i]) for i in range(first, last + 1)]

    await running.stored(upload, 3, run(3, 5), blobs.read)  # ahead of a gap: remembered
    await running.stored(upload, 0, run(0, 1), blobs.read)
    await running.stored(upload, 1, run(1, 2), blobs.read)  # 1 was fed already; 2 fills the gap
    assert blobs.reads == [3, 4, 5]
    assert await running.digests(upload, blobs.digests(), blobs.read) == blobs.whole()
    assert blobs.reads == [3, 4, 5]


def forecast_of(blobs: Blobs, upload: uuid.UUID, index: int) -> running.Forecast:
    """A forecast for chunk `index`, updated with its data in two pieces."""
    forecast = running.forecast(upload, index)
    assert forecast is not None
    chunk = blobs.chunks[index]
    forecast.update(chunk[:100])
    forecast.update(memoryview(chunk)[100:])
    return forecast


async def stored_alone(blobs: Blobs, upload: uuid.UUID, index: int) -> None:
    """Chunk `index` stored as a chunk sent alone is: through a forecast if
    there is one and it still applies, else as any chunk."""
    forecast = running.forecast(upload, index)
    if forecast is not None:
        forecast.update(blobs.chunks[index])
        if await running.kept(forecast, blobs.digests()[index], blobs.read):
            return
    await running.stored(upload, index, [(blobs.digests()[index], blobs.chunks[index])], blobs.read)


async def test_chunks_sent_alone_in_order_are_fed_through_forecasts() -> None:
    blobs, upload = Blobs(3), uuid.uuid4()
    for index in range(3):
        forecast = forecast_of(blobs, upload, index)
        assert await running.kept(forecast, blobs.digests()[index], blobs.read)
    assert await running.digests(upload, blobs.digests(), blobs.read) == blobs.whole()
    assert blobs.reads == []


async def test_chunks_alone_out_of_order_are_caught_up() -> None:
    blobs, upload = Blobs(5), uuid.uuid4()
    for index in (1, 0, 3, 4, 2):
        await stored_alone(blobs, upload, index)
    assert blobs.reads == [1, 3, 4]
    assert await running.digests(upload, blobs.digests(), blobs.read) == blobs.whole()
    assert blobs.reads == [1, 3, 4]


async def test_a_refused_chunk_leaves_the_running_hash_as_it_was() -> None:
    blobs, upload = Blobs(2), uuid.uuid4()
    await stored_alone(blobs, upload, 0)
    refused = running.forecast(upload, 1)
    assert refused is not None
    refused.update(b"refused by the admission: never stored, never kept")
    await stored_alone(blobs, upload, 1)
    assert await running.digests(upload, blobs.digests(), blobs.read) == blobs.whole()
    assert blobs.reads == []


async def test_a_forecast_overtaken_by_another_feed_is_dropped() -> None:
    blobs, upload = Blobs(3), uuid.uuid4()
    await stored_alone(blobs, upload, 0)
    stale = forecast_of(blobs, upload, 1)
    # The same chunk sent twice at once: the other request fed it first.
    await stored_alone(blobs, upload, 1)
    assert not await running.kept(stale, blobs.digests()[1], blobs.read)
    await stored_alone(blobs, upload, 2)
    assert await running.digests(upload, blobs.digests(), blobs.read) == blobs.whole()
    assert blobs.reads == []


async def test_no_forecast_for_a_chunk_that_is_not_next_or_while_one_is_fed() -> None:
    blobs, upload = Blobs(3), uuid.uuid4()
    assert running.forecast(upload, 1) is None  # ahead of a gap
    await stored_alone(blobs, upload, 0)
    assert running.forecast(upload, 0) is None  # fed already
    assert running.forecast(upload, 2) is None
    async with running._uploads[upload].lock:  # another request feeding this upload
        assert running.forecast(upload, 1) is None
    assert running.forecast(upload, 1) is not None


async def test_a_forecast_for_an_upload_finalised_meanwhile_is_dropped() -> None:
    blobs, upload = Blobs(2), uuid.uuid4()
    await stored_alone(blobs, upload, 0)
    stale = forecast_of(blobs, upload, 1)
    await running.digests(upload, blobs.digests()[:1], blobs.read)  # consumed the state
    assert not await running.kept(stale, blobs.digests()[1], blobs.read)
    assert blobs.reads == []
