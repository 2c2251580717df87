"""The blob store interface: `BlobStore`, the open-range `BlobStream` it hands
out, `BlobInfo`, the errors, and the key grammar every backend enforces.

A blob is an opaque byte string (always ciphertext: the server never sees an
attachment's plaintext) named by a key such as ``attachments/3f2a/0007``. The
local-directory backend lives in `app.blobs.local`; an object-store backend
can sit behind the same protocol, so nothing here mentions files.

Reading is two-step on purpose: ``stream = await store.read(key, start, end)``
opens the blob and checks the range, raising `BlobNotFound` or `ValueError`
*before* a single byte is produced, so an HTTP handler can still answer 404 or
416 instead of a broken 200. Only then does the caller iterate the stream; it
must exhaust it or close it (``async with stream:`` or ``await stream.aclose()``).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import AsyncIterable, Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol, Self

from app.protocol.stream import CIPHERTEXT_CHUNK_BYTES

MAX_KEY_LENGTH = 512
# A file system's name limit (NAME_MAX), so any key works on any backend.
MAX_SEGMENT_LENGTH = 255
# The largest piece a stream yields: a whole attachment chunk with its tag,
# so a download costs one thread hop and one write to the socket per chunk
# (not a second one for the chunk's last 16 bytes), and serving many
# downloads at once still holds about 1 MiB each.
READ_PIECE_BYTES = CIPHERTEXT_CHUNK_BYTES

# A segment may not start with "." (which also rules out "." and ".."): dot
# names are reserved for a backend's own files, such as in-flight temp files.
_SEGMENT = rf"[a-z0-9_-][a-z0-9._-]{{0,{MAX_SEGMENT_LENGTH - 1}}}"
_KEY = re.compile(rf"{_SEGMENT}(?:/{_SEGMENT})*")


# Awaited by `BlobStore.put` once the data is stored durably out of sight and
# checked, just before it replaces anything under the key.
Admit = Callable[["BlobInfo"], Awaitable[None]]

# Awaited by `BlobStore.put_many` once every blob is stored durably out of
# sight: returns the positions of those that may land (the others are dropped).
AdmitMany = Callable[[Sequence["BlobInfo"]], Awaitable[Collection[int]]]

# Called by `BlobStore.put` with each piece of the data where it is hashed
# (blocking: in a worker thread if the backend hashes there).
Tee = Callable[["BlobData"], None]

# What `BlobStore.put_many` takes for one blob: its bytes, whole (a slice of
# a request body, say, so nothing is copied).
BlobData = bytes | bytearray | memoryview


class BlobNotFound(KeyError):
    """No blob is stored under this key."""


class BlobTooLarge(ValueError):
    """The data offered to `BlobStore.put` exceeded its `max_bytes`."""


class BlobDigestMismatch(ValueError):
    """The data offered to `BlobStore.put` did not hash to its `expected_sha256`."""


@dataclass(frozen=True, slots=True)
class BlobInfo:
    """What `BlobStore.put` stored: the byte count and SHA-256 of the data."""

    size: int
    sha256: bytes


def check_key(key: str) -> str:
    """Return `key` if it is a valid blob key, else raise `ValueError`.

    Keys are "/"-separated segments of ``[a-z0-9._-]``: no empty segment, no
    segment starting with "." (so no "." or ".."), no leading or trailing "/",
    at most 255 characters a segment and 512 in all. A backend that maps keys
    onto paths can therefore join them under its root without any chance of
    escaping it.
    """
    if len(key) > MAX_KEY_LENGTH or _KEY.fullmatch(key) is None:
        raise ValueError(f"invalid blob key: {key!r}")
    return key


def check_range(start: int, end: int | None) -> None:
    """Reject a range that is wrong whatever the blob's size."""
    if start < 0:
        raise ValueError(f"range start {start} is negative")
    if end is not None and end < start:
        raise ValueError(f"range end {end} is before its start {start}")


def clamp_range(start: int, end: int | None, size: int) -> int:
    """The range's end once the blob's `size` is known: an end past the blob
    is clamped to its size, but a start past it is an error (an HTTP layer
    turns that into 416). A start equal to the size gives an empty range."""
    if start > size:
        raise ValueError(f"range start {start} is past the blob's size {size}")
    return size if end is None else min(end, size)


class BlobStream(Protocol):
    """An opened blob, positioned on the range `[start, end)` that was asked for.

    Iterating yields that range in pieces of at most `READ_PIECE_BYTES`. The
    bytes come from the blob as it was when opened, even if it is overwritten
    or deleted meanwhile. Exhausting the stream, an error while reading, or
    `aclose` releases what it holds; closing twice is harmless.
    """

    @property
    def size(self) -> int:
        """The whole blob's size, for a Content-Range header."""

    @property
    def start(self) -> int:
        """Where the range begins."""

    @property
    def end(self) -> int:
        """The range's end, already clamped to `size`."""

    def __aiter__(self) -> Self:
        """The stream is its own iterator."""

    async def __anext__(self) -> bytes:
        """The next piece, at most `READ_PIECE_BYTES`; StopAsyncIteration at the end."""

    async def aclose(self) -> None:
        """Release the blob; harmless when already closed."""

    async def __aenter__(self) -> Self:
        """The stream itself, closed on leaving the block."""

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the stream."""


class RangeStream(ABC):
    """What every backend's `BlobStream` shares: the range it is on, being its
    own iterator, and closing on leaving an ``async with`` block. A backend
    adds `__anext__` and `aclose`."""

    def __init__(self, size: int, start: int, end: int) -> None:
        self._size, self._start, self._end = size, start, end

    @property
    def size(self) -> int:
        return self._size

    @property
    def start(self) -> int:
        return self._start

    @property
    def end(self) -> int:
        return self._end

    def __aiter__(self) -> Self:
        return self

    @abstractmethod
    async def __anext__(self) -> bytes:
        """The next piece of the range, at most `READ_PIECE_BYTES`."""

    @abstractmethod
    async def aclose(self) -> None:
        """Release the backend's handle on the blob; harmless when closed."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


class BlobStore(Protocol):
    """Where attachment ciphertext is kept. Every method validates its key
    with `check_key` (raising `ValueError`) before touching storage."""

    async def put(
        self,
        key: str,
        data: AsyncIterable[bytes],
        *,
        max_bytes: int | None = None,
        expected_sha256: bytes | None = None,
        admit: Admit | None = None,
        tee: Tee | None = None,
    ) -> BlobInfo:
        """Store `data` under `key`, replacing any blob there, atomically.

        The blob is durable once this returns. If anything fails (the source
        raising, `BlobTooLarge` as soon as `data` runs past `max_bytes`,
        `BlobDigestMismatch` when the data's SHA-256 is not `expected_sha256`,
        or `admit` raising), nothing of the new data remains and the previous
        blob is untouched.

        `admit`, if given, is awaited with the data's size and SHA-256 once
        the data is complete and checked, before it replaces anything: the
        caller decides there, under its own lock, whether the blob may land.
        The slow part of the write (the bytes and their flush to disk) is
        over by then, so that lock is held only for the short rest.

        `tee`, if given, is called with every piece of the data, in order,
        where the backend hashes it (a worker thread, for the local
        directory), before `admit`: a caller hashes the data a second way
        without a thread hop of its own. It sees the data of a put that may
        still fail, so what it computed is the blob's only once this returns.
        """

    async def put_many(
        self, items: Sequence[tuple[str, BlobData]], *, admit: AdmitMany
    ) -> list[BlobInfo]:
        """Store several blobs, each under its key, already whole in memory;
        their `BlobInfo`, in order.

        Every blob is first made durable out of sight (in as few worker-thread
        hops as the backend can: one for the local directory), then `admit`
        is awaited with their infos and answers which of them may land; only
        those replace what their keys held, and they are durable when this
        returns. If anything fails (`admit` raising included), nothing of the
        new data remains and every key keeps its previous blob, except that a
        failure while the admitted blobs land may leave some landed.
        """

    async def read(self, key: str, start: int = 0, end: int | None = None) -> BlobStream:
        """Open bytes `[start, end)` of the blob (to its end when `end` is None).

        Raises `BlobNotFound` if there is no such blob, and `ValueError` for a
        negative start, an end before the start, or a start past the blob's
        size; an end past the size is clamped. Both happen before any byte
        is read.
        """

    async def size(self, key: str) -> int | None:
        """The blob's size in bytes, or None when there is no such blob."""

    async def delete(self, key: str) -> None:
        """Remove the blob; removing a missing blob is not an error."""

    async def delete_prefix(self, prefix: str) -> None:
        """Remove every blob whose key starts with ``prefix + "/"``; a prefix
        with nothing under it is not an error. A blob named exactly `prefix`
        is not touched."""

    async def children(self, prefix: str) -> list[str]:
        """The distinct next segments of the keys under ``prefix + "/"``,
        sorted: for ``attachments``, every attachment id that has blobs."""

    async def check(self) -> None:
        """Raise (`OSError`, or the backend's own error) unless the store can be
        read and written now: what a readiness probe asks."""

    async def sweep_temporary(self, older_than_seconds: float) -> int:
        """Remove what interrupted writes left behind (temporary files, or an
        object store's unfinished uploads) untouched for `older_than_seconds`;
        return how many were removed."""
