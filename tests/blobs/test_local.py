"""LocalBlobStore on a real directory: round trips, ranges, streaming, atomic
overwrite, failure clean-up, deletion, key validation, permissions, sweeping."""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import pytest

from app.blobs.local import TEMP_PREFIX, LocalBlobStore
from app.blobs.store import (
    READ_PIECE_BYTES,
    BlobDigestMismatch,
    BlobInfo,
    BlobNotFound,
    BlobStore,
    BlobStream,
    BlobTooLarge,
    check_key,
)

MIB = 1024 * 1024


@pytest.fixture
def store(tmp_path: Path) -> LocalBlobStore:
    return LocalBlobStore(tmp_path / "blobs")


async def _source(*pieces: bytes) -> AsyncIterator[bytes]:
    for piece in pieces:
        yield piece


def _split(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


async def _pieces(stream: BlobStream) -> list[bytes]:
    async with stream:
        return [piece async for piece in stream]


async def _read_all(store: BlobStore, key: str, start: int = 0, end: int | None = None) -> bytes:
    return b"".join(await _pieces(await store.read(key, start, end)))


def _debris(root: Path) -> list[Path]:
    return sorted(root.rglob(TEMP_PREFIX + "*"))


def _names(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _age(path: Path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


async def test_round_trip_reports_size_and_sha256(store: LocalBlobStore) -> None:
    data = os.urandom(700_000)
    # Ragged pieces, so batching and hashing see uneven boundaries.
    info = await store.put("attachments/a1/0", _source(*_split(data, 70_001)))

    assert info == BlobInfo(size=len(data), sha256=hashlib.sha256(data).digest())
    assert await _read_all(store, "attachments/a1/0") == data
    assert await store.size("attachments/a1/0") == len(data)


async def test_empty_blob(store: LocalBlobStore) -> None:
    info = await store.put("empty", _source())

    assert info == BlobInfo(size=0, sha256=hashlib.sha256(b"").digest())
    assert await _read_all(store, "empty") == b""
    assert await store.size("empty") == 0


async def test_satisfies_the_protocol(store: LocalBlobStore) -> None:
    backend: BlobStore = store  # mypy checks the structural match here
    await backend.put("k", _source(b"x"))
    assert await backend.size("k") == 1


@pytest.mark.parametrize(
    ("start", "end", "clamped_end"),
    [
        (0, None, 1000),
        (10, 20, 20),
        (10, None, 1000),
        (999, None, 1000),
        (1000, None, 1000),  # start at the end: empty
        (1000, 1005, 1000),
        (5, 5, 5),
        (5, 100_000, 1000),  # end past the size: clamped
    ],
)
async def test_ranged_reads(
    store: LocalBlobStore, start: int, end: int | None, clamped_end: int
) -> None:
    data = os.urandom(1000)
    await store.put("r", _source(data))

    stream = await store.read("r", start, end)
    assert (stream.size, stream.start, stream.end) == (1000, start, clamped_end)
    assert b"".join(await _pieces(stream)) == data[start:clamped_end]


@pytest.mark.parametrize(("start", "end"), [(1001, None), (-1, None), (10, 9), (2000, 3000)])
async def test_invalid_ranges_raise_before_streaming(
    store: LocalBlobStore, start: int, end: int | None
) -> None:
    await store.put("r", _source(bytes(1000)))

    with pytest.raises(ValueError, match="range"):
        await store.read("r", start, end)


async def test_missing_blob_is_reported_when_opened_not_when_iterated(
    store: LocalBlobStore,
) -> None:
    with pytest.raises(BlobNotFound):
        await store.read("nothing/here")
    with pytest.raises(KeyError):  # BlobNotFound is a KeyError
        await store.read("nothing")
    assert await store.size("nothing") is None


async def test_a_prefix_directory_is_not_a_blob(store: LocalBlobStore) -> None:
    await store.put("dir/blob", _source(b"x"))

    assert await store.size("dir") is None
    with pytest.raises(BlobNotFound):
        await store.read("dir")
    with pytest.raises(BlobNotFound):
        await store.read("dir/blob/deeper")
    await store.delete("dir")  # not a blob: nothing to do
    assert await store.size("dir/blob") == 1


async def test_streams_in_pieces_of_at_most_256_kib(store: LocalBlobStore) -> None:
    data = os.urandom(3 * MIB)
    await store.put("big", _source(*_split(data, MIB)))

    pieces = await _pieces(await store.read("big"))
    assert len(pieces) == 3 * MIB // READ_PIECE_BYTES
    assert all(len(piece) <= READ_PIECE_BYTES for piece in pieces)
    assert b"".join(pieces) == data

    ranged = await _pieces(await store.read("big", 1, 3 * MIB - 1))
    assert all(len(piece) <= READ_PIECE_BYTES for piece in ranged)
    assert b"".join(ranged) == data[1:-1]


async def test_an_open_stream_reads_the_blob_as_it_was_when_opened(
    store: LocalBlobStore,
) -> None:
    old = os.urandom(MIB)
    await store.put("k", _source(old))
    stream = await store.read("k")
    first = await anext(stream)

    await store.put("k", _source(b"new"))
    rest = await _pieces(stream)
    assert first + b"".join(rest) == old

    stream = await store.read("k")
    await store.delete("k")
    assert b"".join(await _pieces(stream)) == b"new"


async def test_aclose_ends_a_stream_early(store: LocalBlobStore) -> None:
    await store.put("k", _source(bytes(MIB)))
    stream = await store.read("k")
    await anext(stream)

    await stream.aclose()
    await stream.aclose()  # twice is harmless
    assert [piece async for piece in stream] == []


async def test_overwrite_replaces_the_blob(store: LocalBlobStore) -> None:
    await store.put("k", _source(b"old contents"))
    info = await store.put("k", _source(b"new"))

    assert info.size == 3
    assert await _read_all(store, "k") == b"new"
    assert _names(store.root) == ["k"]


async def test_a_failing_source_leaves_the_old_blob_and_no_temp_file(
    store: LocalBlobStore,
) -> None:
    await store.put("k", _source(b"old"))

    async def failing() -> AsyncIterator[bytes]:
        yield bytes(600_000)  # enough that a batch reaches the temp file
        raise RuntimeError("upload interrupted")

    with pytest.raises(RuntimeError, match="upload interrupted"):
        await store.put("k", failing())
    assert await _read_all(store, "k") == b"old"
    assert _debris(store.root) == []


async def test_a_cancelled_put_leaves_no_temp_file(store: LocalBlobStore) -> None:
    async def stalled() -> AsyncIterator[bytes]:
        yield bytes(600_000)
        await anyio.sleep_forever()
        yield b""  # pragma: no cover

    with anyio.move_on_after(0.1) as scope:
        await store.put("k", stalled())
    assert scope.cancelled_caught
    assert await store.size("k") is None
    assert _debris(store.root) == []


async def test_too_large_leaves_nothing(store: LocalBlobStore) -> None:
    with pytest.raises(BlobTooLarge):
        await store.put("k", _source(bytes(6), bytes(5)), max_bytes=10)
    assert isinstance(BlobTooLarge(), ValueError)
    assert await store.size("k") is None
    assert _debris(store.root) == []

    await store.put("k", _source(b"old"))
    with pytest.raises(BlobTooLarge):
        await store.put("k", _source(bytes(MIB)), max_bytes=MIB - 1)
    assert await _read_all(store, "k") == b"old"

    info = await store.put("k", _source(bytes(6), bytes(4)), max_bytes=10)  # exactly at the limit
    assert info.size == 10


async def test_expected_sha256_is_checked_before_the_blob_lands(store: LocalBlobStore) -> None:
    data = os.urandom(600_000)
    digest = hashlib.sha256(data).digest()
    await store.put("k", _source(b"old"))

    with pytest.raises(BlobDigestMismatch):
        await store.put("k", _source(data), expected_sha256=hashlib.sha256(b"other").digest())
    assert isinstance(BlobDigestMismatch(), ValueError)
    assert await _read_all(store, "k") == b"old"
    assert _debris(store.root) == []

    info = await store.put("k", _source(*_split(data, 4096)), expected_sha256=digest)
    assert info.sha256 == digest
    assert await _read_all(store, "k") == data

    with pytest.raises(ValueError, match="32-byte"):
        await store.put("k", _source(data), expected_sha256=digest[:16])


async def test_a_large_put_takes_few_thread_hops(
    store: LocalBlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    hops = 0
    run_sync = anyio.to_thread.run_sync

    async def counting(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        nonlocal hops
        hops += 1
        return await run_sync(function, *args, **kwargs)

    monkeypatch.setattr(anyio.to_thread, "run_sync", counting)
    data = os.urandom(MIB)
    info = await store.put("k", _source(*_split(data, 1024)))  # a thousand small pieces

    assert info.sha256 == hashlib.sha256(data).digest()
    assert hops <= 1 + MIB // (256 * 1024) + 1  # open, the batches, commit


async def test_put_fsyncs_the_data_before_the_rename_and_the_directory_after(
    store: LocalBlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await store.put("d/k", _source(b"first"))
    synced: list[str] = []
    fsync = os.fsync

    def recording(descriptor: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{descriptor}"))
        fsync(descriptor)

    monkeypatch.setattr(os, "fsync", recording)
    await store.put("d/k", _source(b"second"))

    directory = store.root / "d"
    assert len(synced) == 2
    assert Path(synced[0]).parent == directory
    assert Path(synced[0]).name.startswith(TEMP_PREFIX)
    assert Path(synced[1]) == directory


async def test_delete_is_idempotent(store: LocalBlobStore) -> None:
    await store.put("a/k", _source(b"x"))

    await store.delete("a/k")
    await store.delete("a/k")
    await store.delete("never/was")
    assert await store.size("a/k") is None
    with pytest.raises(BlobNotFound):
        await store.read("a/k")


async def test_delete_prefix_removes_the_tree_and_nothing_else(store: LocalBlobStore) -> None:
    for key in ("u1/a/x", "u1/b/y", "u1/z", "u1x/z", "u2/x", "solo"):
        await store.put(key, _source(key.encode()))

    await store.delete_prefix("u1")
    await store.delete_prefix("u1")
    await store.delete_prefix("never")
    await store.delete_prefix("solo")  # a blob, not a prefix: untouched

    for key in ("u1/a/x", "u1/b/y", "u1/z"):
        assert await store.size(key) is None
    for key in ("u1x/z", "u2/x", "solo"):
        assert await _read_all(store, key) == key.encode()
    assert _debris(store.root) == []


BAD_KEYS = [
    "../x",
    "a/../../b",
    "/abs",
    "a//b",
    "A/B",
    "a/./b",
    ".",
    "..",
    "",
    "a/",
    "a\\b",
    "a b",
    "é",
    "a/b\n",
    ".tmp-1234",  # dot names are the store's own
    "a/.hidden",
    "x" * 256,  # longer than a file name may be
    "x" * 255 + "/" + "y" * 255 + "/z",  # 513 characters
]


@pytest.mark.parametrize("key", BAD_KEYS)
async def test_bad_keys_are_rejected_everywhere(
    store: LocalBlobStore, tmp_path: Path, key: str
) -> None:
    with pytest.raises(ValueError, match="invalid blob key"):
        check_key(key)
    calls: list[Callable[[], Awaitable[object]]] = [
        lambda: store.put(key, _source(b"x")),
        lambda: store.read(key),
        lambda: store.size(key),
        lambda: store.delete(key),
        lambda: store.delete_prefix(key),
    ]
    for call in calls:
        with pytest.raises(ValueError, match="invalid blob key"):
            await call()
    assert _names(tmp_path) == ["blobs"]
    assert _names(store.root) == []


@pytest.mark.parametrize(
    "key", ["a", "a/b.c/d_e-f", "0/1/2", "a..b", "x" * 255, "x" * 255 + "/" + "y" * 254 + "/z"]
)
async def test_good_keys_are_accepted(store: LocalBlobStore, key: str) -> None:
    assert check_key(key) == key
    await store.put(key, _source(b"x"))
    assert await store.size(key) == 1


async def test_root_and_directories_are_0700_and_files_0600(tmp_path: Path) -> None:
    root = tmp_path / "fresh" / "blobs"
    store = LocalBlobStore(root)
    await store.put("a/b/c", _source(b"x"))

    assert _mode(root) == 0o700
    assert _mode(root / "a") == 0o700
    assert _mode(root / "a" / "b") == 0o700
    assert _mode(root / "a" / "b" / "c") == 0o600


def _leave_debris(root: Path) -> Path:
    """What crashes leave: an old temp file, an old half-deleted prefix, and
    (as if from an upload still running) a fresh temp file, which is returned.
    The blob beside them is aged too: only the name marks debris."""
    directory = root / "a"
    old_file = directory / f"{TEMP_PREFIX}old"
    fresh_file = directory / f"{TEMP_PREFIX}fresh"
    old_trash = root / f"{TEMP_PREFIX}trash"
    (old_trash / "inner").mkdir(parents=True)
    (old_trash / "inner" / "blob").write_bytes(b"x")
    old_file.write_bytes(b"partial")
    fresh_file.write_bytes(b"in progress")
    for path in (old_file, old_trash, directory / "k"):
        _age(path, 3600)
    return fresh_file


async def test_sweep_removes_old_debris_and_keeps_fresh(store: LocalBlobStore) -> None:
    await store.put("a/k", _source(b"keep"))
    fresh_file = _leave_debris(store.root)

    assert await store.sweep_temporary(older_than_seconds=60) == 2

    assert _debris(store.root) == [fresh_file]
    assert await _read_all(store, "a/k") == b"keep"
    assert await store.sweep_temporary(older_than_seconds=60) == 0
