"""Moving STREAM chunks (§18, §21) over HTTP with the work overlapped: chunks
are read, sealed and hashed in a worker thread (AES-GCM and hashlib release
the GIL), a run at a time into reused buffers, while others travel and the
server stores others still; a download is read on one task while another
opens, hashes and writes what arrived."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import AsyncIterable, AsyncIterator, Callable
from dataclasses import dataclass
from io import BufferedIOBase
from typing import BinaryIO

import anyio
from anyio.abc import ObjectReceiveStream
from cryptography.exceptions import InvalidTag

from app.client.api import ApiError, DaybookApi
from app.protocol import stream

# Chunks sent in one request (a run, §21.2), and runs in flight at once.
# The server's cost of a request is mostly its fixed part (session, routing,
# statements), so a run of eight pays it once for 8 MiB; the server writes
# a run to disk before it takes the attachment's lock, so two runs in flight
# overlap their disk work while the next ones are sealed.
RUN_CHUNKS = 8
PARALLEL_RUNS = 2
# How a server older than runs refuses one: no such route (404, 405), or
# its body limit for other routes (413). The rest of the upload then goes
# chunk by chunk; a real 404 (no such upload) comes back from the first chunk.
RUNS_UNKNOWN = frozenset({404, 405, 413})
# A server holding as many run bodies as it may refuses a run before reading
# it; its chunks then go one by one, which it does not count (§21.2 step 3b).
UPLOADS_BUSY = "uploads-busy"
Progress = Callable[[int], None]


def first_error(error: BaseException) -> BaseException:
    """The first leaf of an exception group: callers expect the `ApiError` or
    `OSError` that stopped the transfer, not the task group's wrapper."""
    while isinstance(error, BaseExceptionGroup):
        error = error.exceptions[0]
    return error


@dataclass(frozen=True, slots=True)
class _Run:
    """Consecutive sealed chunks from `first`, laid end to end at the start
    of `buffer` (`size` bytes), and their SHA-256 for the Content-Digest."""

    first: int
    buffer: bytearray
    size: int
    digest: bytes
    plaintext_bytes: int

    @property
    def body(self) -> memoryview:
        return memoryview(self.buffer)[: self.size]


class _Buffers:
    """The buffers runs are sealed into: made when first needed (a small
    file needs one, and a short one) and reused, so a run's body is never
    allocated, joined or freed. One is being filled, one waits for a
    sender, and each run in flight holds one until its request is over."""

    def __init__(self, count: int, size: int) -> None:
        self.size = size
        self.free: list[bytearray] = []
        self.available = anyio.Semaphore(count)

    async def take(self) -> bytearray:
        await self.available.acquire()
        return self.free.pop() if self.free else bytearray(self.size)

    def give(self, buffer: bytearray) -> None:
        self.free.append(buffer)
        self.available.release()


class _Sealer:
    """Reads and seals chunks in order into run buffers, keeping the running
    SHA-256 of the plaintext and of the ciphertext; a chunk's plaintext is
    read into the one buffer. Its methods block: call them in a worker
    thread, one call at a time."""

    def __init__(
        self, key: stream.StreamKey, source: BufferedIOBase, count: int, missing: set[int]
    ) -> None:
        self.key, self.source, self.count, self.missing = key, source, count, missing
        self.index = 0
        self.plaintext, self.ciphertext = hashlib.sha256(), hashlib.sha256()
        self.read = bytearray(stream.CHUNK_BYTES)

    def fill(self, buffer: bytearray) -> tuple[_Run | None, int]:
        """Seal the next chunks: consecutive ones the server lacks into
        `buffer`, as many as it holds; one it has is sealed for the hashes
        and skipped, and ends the run. The run, if any, and the plaintext
        bytes skipped (a call skips no more than a run's worth, so progress
        is told as it goes)."""
        view, capacity = memoryview(buffer), len(buffer) // stream.CIPHERTEXT_CHUNK_BYTES
        first, chunks, size, plaintext_bytes, skipped, passed = self.index, 0, 0, 0, 0, 0
        while self.index < self.count and chunks < capacity:
            index, wanted = self.index, self.index in self.missing
            if not wanted and (chunks or passed == capacity):
                break
            # A chunk the server has comes only before a run: sealed at the buffer's start.
            sealed = self._seal_next(view[size:])
            if wanted:
                first = first if chunks else index
                chunks, size = chunks + 1, size + len(sealed)
                plaintext_bytes += len(sealed) - stream.TAG_BYTES
            else:
                passed, skipped = passed + 1, skipped + len(sealed) - stream.TAG_BYTES
        if not chunks:
            return None, skipped
        digest = hashlib.sha256(view[:size]).digest()
        return _Run(first, buffer, size, digest, plaintext_bytes), skipped

    def _seal_next(self, into: memoryview) -> memoryview:
        plaintext = memoryview(self.read)[: self.source.readinto(self.read)]
        self.plaintext.update(plaintext)
        last = self.index == self.count - 1
        sealed = self.key.seal_chunk_into(self.index, plaintext, last, into)
        self.ciphertext.update(sealed)
        self.index += 1
        return sealed


class _Failure:
    """The first error of the runs in flight. A failed run does not cancel
    the others: they finish (and count as sent) and no new one starts, so no
    request is cut off halfway through its transaction. `runs_unknown`: the
    server refused a run as a server without runs does."""

    def __init__(self) -> None:
        self.first: Exception | None = None
        self.runs_unknown = False


def _split(body: memoryview) -> list[tuple[memoryview, bytes]]:
    """A run's chunks and their SHA-256s. Blocking: call in a worker thread."""
    size = stream.CIPHERTEXT_CHUNK_BYTES
    chunks = [body[start : start + size] for start in range(0, len(body), size)]
    return [(chunk, hashlib.sha256(chunk).digest()) for chunk in chunks]


async def _put(api: DaybookApi, attachment_id: uuid.UUID, run: _Run, failure: _Failure) -> None:
    """The run in one request, or its chunks one by one if the server does
    not take runs (for the rest of the upload) or has no room for this one."""
    if not failure.runs_unknown:
        try:
            await api.put_run(attachment_id, run.first, run.body, run.digest)
            return
        except ApiError as error:
            if error.status in RUNS_UNKNOWN:
                failure.runs_unknown = True
            elif error.code != UPLOADS_BUSY:
                raise
    chunks = await anyio.to_thread.run_sync(_split, run.body)
    for index, (chunk, digest) in enumerate(chunks, start=run.first):
        await api.put_chunk(attachment_id, index, chunk, digest)


async def send_chunks(
    api: DaybookApi,
    key: stream.StreamKey,
    size: int,
    missing: set[int],
    source: BufferedIOBase,
    progress: Progress | None,
) -> tuple[bytes, str]:
    """Read `size` bytes from `source`, seal every chunk and PUT those in
    `missing`, in runs of consecutive chunks, several runs at a time; the
    ciphertext's SHA-256 and the plaintext's (hex), for the caller to check
    against its plan before finalising. Raises the first run's error."""
    count = stream.chunk_count(size)
    sealer = _Sealer(key, source, count, missing)
    run_bytes = min(RUN_CHUNKS, stream.MAX_RUN_CHUNKS, count) * stream.CIPHERTEXT_CHUNK_BYTES
    buffers, failure = _Buffers(PARALLEL_RUNS + 2, run_bytes), _Failure()
    send, receive = anyio.create_memory_object_stream[_Run](1)
    async with anyio.create_task_group() as tasks:
        for _ in range(PARALLEL_RUNS):
            queue = receive.clone()
            tasks.start_soon(_put_runs, api, key.attachment_id, queue, buffers, progress, failure)
        receive.close()
        async with send:
            while sealer.index < count and failure.first is None:
                buffer = await buffers.take()
                run, skipped = await anyio.to_thread.run_sync(sealer.fill, buffer)
                if skipped and progress is not None:
                    progress(skipped)
                if run is None:
                    buffers.give(buffer)
                else:
                    await send.send(run)
    if failure.first is not None:
        raise failure.first
    return sealer.ciphertext.digest(), sealer.plaintext.hexdigest()


async def _put_runs(
    api: DaybookApi,
    attachment_id: uuid.UUID,
    runs: ObjectReceiveStream[_Run],
    buffers: _Buffers,
    progress: Progress | None,
    failure: _Failure,
) -> None:
    async with runs:
        async for run in runs:
            try:
                if failure.first is None:  # else drain what was queued, sending nothing more
                    await _put(api, attachment_id, run, failure)
                    if progress is not None:
                        progress(run.plaintext_bytes)
            except Exception as error:
                failure.first = failure.first or error
            finally:
                buffers.give(run.buffer)


class ChunkUnopenable(Exception):
    """A chunk did not open: the stream was altered, dropped, reordered,
    repeated, truncated or extended (or the server sent nothing)."""

    def __init__(self, index: int) -> None:
        super().__init__(f"chunk {index} does not decrypt")
        self.index = index


# One ciphertext chunk as it arrived: the network's pieces, the first and
# last possibly views of pieces it shares with the chunks beside it.
Pieces = list[bytes | memoryview]


class _Opener:
    """Opens chunks in order, one chunk behind (only the last is flagged),
    hashing both sides and writing the plaintext. A chunk is copied once,
    into the one ciphertext buffer, and opened into the one plaintext buffer,
    so memory stays at two chunks whatever the file's size. Its methods
    block: call them in a worker thread, one call at a time."""

    def __init__(self, key: stream.StreamKey, out: BinaryIO) -> None:
        self.key, self.out, self.index = key, out, 0
        self.plaintext, self.ciphertext = hashlib.sha256(), hashlib.sha256()
        self.sealed = memoryview(bytearray(stream.CIPHERTEXT_CHUNK_BYTES))
        self.opened = bytearray(stream.CHUNK_BYTES)
        self.held: memoryview | None = None

    def take(self, pieces: Pieces) -> int:
        """Open the chunk held back, now known not to be the last, then hold
        this one in its buffer; the plaintext bytes written."""
        written = 0 if self.held is None else self._open(self.held, last=False)
        filled = 0
        for piece in pieces:
            self.sealed[filled : filled + len(piece)] = piece
            filled += len(piece)
        self.held = self.sealed[:filled]
        # One call for the whole chunk: each call gives up the GIL and must
        # win it back from the event loop, so fewer calls wait less.
        self.ciphertext.update(self.held)
        return written

    def finish(self) -> int:
        if self.held is None:
            raise ChunkUnopenable(self.index)
        return self._open(self.held, last=True)

    def _open(self, chunk: memoryview, last: bool) -> int:
        try:
            plaintext = self.key.open_chunk_into(self.index, chunk, last, self.opened)
        except (InvalidTag, ValueError) as error:
            raise ChunkUnopenable(self.index) from error
        self.index += 1
        self.plaintext.update(plaintext)
        self.out.write(plaintext)
        return len(plaintext)


async def receive_chunks(
    key: stream.StreamKey,
    pieces: AsyncIterable[bytes],
    out: BinaryIO,
    progress: Progress | None,
) -> tuple[bytes, str]:
    """Open the ciphertext arriving as `pieces` into `out`; the ciphertext's
    SHA-256 and the plaintext's (hex). Raises `ChunkUnopenable` for a damaged
    stream, and what reading or writing raises."""
    opener = _Opener(key, out)
    send, receive = anyio.create_memory_object_stream[Pieces](2)

    async def open_all() -> None:
        async with receive:
            async for chunk in receive:
                written = await anyio.to_thread.run_sync(opener.take, chunk)
                if progress is not None and written:
                    progress(written)

    try:
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(open_all)
            async with send:
                async for chunk in _cut(pieces):
                    await send.send(chunk)
    except BaseExceptionGroup as group:
        raise first_error(group) from None
    written = await anyio.to_thread.run_sync(opener.finish)
    if progress is not None:
        progress(written)
    return opener.ciphertext.digest(), opener.plaintext.hexdigest()


async def _cut(pieces: AsyncIterable[bytes]) -> AsyncIterator[Pieces]:
    """Group a byte stream into STREAM ciphertext chunks without copying a
    byte on the event loop (the worker thread copies each chunk together): a
    piece that straddles two chunks is shared between them as views."""
    size = stream.CIPHERTEXT_CHUNK_BYTES
    chunk: Pieces = []
    filled = 0
    async for piece in pieces:
        view = memoryview(piece)
        while filled + len(view) >= size:
            taken = size - filled
            chunk.append(view[:taken])
            yield chunk
            chunk, filled, view = [], 0, view[taken:]
        if view:
            chunk.append(view)
            filled += len(view)
    if chunk:
        yield chunk
