"""The blob store contract, on every backend: a local directory and an S3
bucket on a real S3 server (tests/blobs/s3_server.py). Round trips, ranges,
streaming, atomic overwrite, refused and failed writes leaving nothing,
deletion, listing and key validation. What only the local directory does
(fsync, modes, temp files) is in test_local.py."""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path

import anyio
import pytest

from app.blobs.local import TEMP_PREFIX, LocalBlobStore
from app.blobs.s3 import S3BlobStore
from app.blobs.store import (
    READ_PIECE_BYTES,
    BlobDigestMismatch,
    BlobInfo,
    BlobNotFound,
    BlobStore,
    BlobTooLarge,
    check_key,
)
from bench.s3 import S3Bucket
from tests.blobs.streams import pieces_of, read_all, source, split

MIB = 1024 * 1024


@pytest.fixture(params=["local", "s3"])
def store(request: pytest.FixtureRequest, tmp_path: Path, s3_bucket: S3Bucket | None) -> BlobStore:
    if request.param == "local":
        return LocalBlobStore(tmp_path / "blobs")
    if s3_bucket is None:
        pytest.skip("no S3 server")
    # A prefix of its own per test: the bucket is shared by the session.
    return S3BlobStore(s3_bucket.client(), s3_bucket.name, f"t-{secrets.token_hex(6)}")


async def leftovers(store: BlobStore) -> list[str]:
    """What an interrupted or refused write left behind: temp files, or
    unfinished multipart uploads."""
    if isinstance(store, LocalBlobStore):
        return sorted(str(p) for p in store.root.rglob(TEMP_PREFIX + "*"))
    assert isinstance(store, S3BlobStore)
    found = await anyio.to_thread.run_sync(
        lambda: store.client.list_multipart_uploads(Bucket=store.bucket, Prefix=store.prefix)
    )
    return [u["Key"] for u in found.get("Uploads", [])]


async def test_round_trip_reports_size_and_sha256(store: BlobStore) -> None:
    data = os.urandom(700_000)
    # Ragged pieces, so batching and hashing see uneven boundaries.
    info = await store.put("attachments/a1/0", source(*split(data, 70_001)))

    assert info == BlobInfo(size=len(data), sha256=hashlib.sha256(data).digest())
    assert await read_all(store, "attachments/a1/0") == data
    assert await store.size("attachments/a1/0") == len(data)


async def test_empty_blob(store: BlobStore) -> None:
    info = await store.put("empty", source())

    assert info == BlobInfo(size=0, sha256=hashlib.sha256(b"").digest())
    assert await read_all(store, "empty") == b""
    assert await store.size("empty") == 0


async def test_satisfies_the_protocol(store: BlobStore) -> None:
    backend: BlobStore = store  # mypy checks the structural match here
    await backend.put("k", source(b"x"))
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
    store: BlobStore, start: int, end: int | None, clamped_end: int
) -> None:
    data = os.urandom(1000)
    await store.put("r", source(data))

    stream = await store.read("r", start, end)
    assert (stream.size, stream.start, stream.end) == (1000, start, clamped_end)
    assert b"".join(await pieces_of(stream)) == data[start:clamped_end]


@pytest.mark.parametrize(("start", "end"), [(1001, None), (-1, None), (10, 9), (2000, 3000)])
async def test_invalid_ranges_raise_before_streaming(
    store: BlobStore, start: int, end: int | None
) -> None:
    await store.put("r", source(bytes(1000)))

    with pytest.raises(ValueError, match="range"):
        await store.read("r", start, end)


async def test_missing_blob_is_reported_when_opened_not_when_iterated(
    store: BlobStore,
) -> None:
    with pytest.raises(BlobNotFound):
        await store.read("nothing/here")
    with pytest.raises(KeyError):  # BlobNotFound is a KeyError
        await store.read("nothing")
    assert await store.size("nothing") is None


async def test_a_prefix_directory_is_not_a_blob(store: BlobStore) -> None:
    await store.put("dir/blob", source(b"x"))

    assert await store.size("dir") is None
    with pytest.raises(BlobNotFound):
        await store.read("dir")
    with pytest.raises(BlobNotFound):
        await store.read("dir/blob/deeper")
    await store.delete("dir")  # not a blob: nothing to do
    assert await store.size("dir/blob") == 1


async def test_streams_in_pieces_of_at_most_read_piece_bytes(store: BlobStore) -> None:
    data = os.urandom(3 * MIB)
    await store.put("big", source(*split(data, MIB)))

    pieces = await pieces_of(await store.read("big"))
    assert len(pieces) == -(-3 * MIB // READ_PIECE_BYTES)
    assert all(len(piece) <= READ_PIECE_BYTES for piece in pieces)
    assert b"".join(pieces) == data

    ranged = await pieces_of(await store.read("big", 1, 3 * MIB - 1))
    assert all(len(piece) <= READ_PIECE_BYTES for piece in ranged)
    assert b"".join(ranged) == data[1:-1]


async def test_an_open_stream_reads_the_blob_as_it_was_when_opened(
    store: BlobStore,
) -> None:
    old = os.urandom(MIB)
    await store.put("k", source(old))
    stream = await store.read("k")
    first = await anext(stream)

    await store.put("k", source(b"new"))
    rest = await pieces_of(stream)
    assert first + b"".join(rest) == old

    stream = await store.read("k")
    await store.delete("k")
    assert b"".join(await pieces_of(stream)) == b"new"


async def test_aclose_ends_a_stream_early(store: BlobStore) -> None:
    await store.put("k", source(bytes(MIB)))
    stream = await store.read("k")
    await anext(stream)

    await stream.aclose()
    await stream.aclose()  # twice is harmless
    assert [piece async for piece in stream] == []


async def test_overwrite_replaces_the_blob(store: BlobStore) -> None:
    await store.put("k", source(b"old contents"))
    info = await store.put("k", source(b"new"))

    assert info.size == 3
    assert await read_all(store, "k") == b"new"


async def test_a_failing_source_leaves_the_old_blob_and_no_temp_file(
    store: BlobStore,
) -> None:
    await store.put("k", source(b"old"))

    async def failing() -> AsyncIterator[bytes]:
        yield bytes(600_000)  # enough that a batch reaches the temp file
        raise RuntimeError("upload interrupted")

    with pytest.raises(RuntimeError, match="upload interrupted"):
        await store.put("k", failing())
    assert await read_all(store, "k") == b"old"
    assert await leftovers(store) == []


async def test_a_cancelled_put_leaves_no_temp_file(store: BlobStore) -> None:
    async def stalled() -> AsyncIterator[bytes]:
        yield bytes(600_000)
        await anyio.sleep_forever()
        yield b""  # pragma: no cover

    with anyio.move_on_after(0.1) as scope:
        await store.put("k", stalled())
    assert scope.cancelled_caught
    assert await store.size("k") is None
    assert await leftovers(store) == []


async def test_too_large_leaves_nothing(store: BlobStore) -> None:
    with pytest.raises(BlobTooLarge):
        await store.put("k", source(bytes(6), bytes(5)), max_bytes=10)
    assert isinstance(BlobTooLarge(), ValueError)
    assert await store.size("k") is None
    assert await leftovers(store) == []

    await store.put("k", source(b"old"))
    with pytest.raises(BlobTooLarge):
        await store.put("k", source(bytes(MIB)), max_bytes=MIB - 1)
    assert await read_all(store, "k") == b"old"

    info = await store.put("k", source(bytes(6), bytes(4)), max_bytes=10)  # exactly at the limit
    assert info.size == 10


async def test_expected_sha256_is_checked_before_the_blob_lands(store: BlobStore) -> None:
    data = os.urandom(600_000)
    digest = hashlib.sha256(data).digest()
    await store.put("k", source(b"old"))

    with pytest.raises(BlobDigestMismatch):
        await store.put("k", source(data), expected_sha256=hashlib.sha256(b"other").digest())
    assert isinstance(BlobDigestMismatch(), ValueError)
    assert await read_all(store, "k") == b"old"
    assert await leftovers(store) == []

    info = await store.put("k", source(*split(data, 4096)), expected_sha256=digest)
    assert info.sha256 == digest
    assert await read_all(store, "k") == data

    with pytest.raises(ValueError, match="32-byte"):
        await store.put("k", source(data), expected_sha256=digest[:16])


async def test_put_tees_every_piece_in_order_before_admit(store: BlobStore) -> None:
    data = os.urandom(300_000)
    teed = bytearray()

    async def admit(info: BlobInfo) -> None:
        assert bytes(teed) == data  # the whole data, before the blob may land
        assert info == BlobInfo(len(data), hashlib.sha256(data).digest())

    await store.put("k", source(*split(data, 70_000)), admit=admit, tee=teed.extend)
    assert bytes(teed) == data
    assert await read_all(store, "k") == data


async def test_put_many_lands_only_what_admit_keeps(store: BlobStore) -> None:
    body = bytearray(os.urandom(300_000))
    view = memoryview(body)
    items = [("run/a", view[:100_000]), ("run/b", view[100_000:200_000]), ("run/c", view[200_000:])]
    await store.put("run/b", source(b"old"))
    offered: list[BlobInfo] = []

    async def admit(infos: Sequence[BlobInfo]) -> set[int]:
        offered.extend(infos)
        assert await store.size("run/a") is None  # nothing lands before admit answers
        return {0, 2}

    infos = await store.put_many(items, admit=admit)
    expected = [BlobInfo(len(d), hashlib.sha256(d).digest()) for _, d in items]
    assert infos == offered == expected
    assert await read_all(store, "run/a") == bytes(body[:100_000])
    assert await read_all(store, "run/b") == b"old"
    assert await read_all(store, "run/c") == bytes(body[200_000:])
    assert await leftovers(store) == []


async def test_put_many_refused_by_admit_leaves_nothing(store: BlobStore) -> None:
    await store.put("run/a", source(b"old"))

    async def refuse(_infos: Sequence[BlobInfo]) -> set[int]:
        raise PermissionError("no")

    with pytest.raises(PermissionError):
        await store.put_many([("run/a", b"new"), ("run/b", b"new")], admit=refuse)
    assert await read_all(store, "run/a") == b"old"
    assert await store.size("run/b") is None
    assert await leftovers(store) == []


async def test_delete_is_idempotent(store: BlobStore) -> None:
    await store.put("a/k", source(b"x"))

    await store.delete("a/k")
    await store.delete("a/k")
    await store.delete("never/was")
    assert await store.size("a/k") is None
    with pytest.raises(BlobNotFound):
        await store.read("a/k")


async def test_delete_prefix_removes_the_tree_and_nothing_else(store: BlobStore) -> None:
    for key in ("u1/a/x", "u1/b/y", "u1/z", "u1x/z", "u2/x", "solo"):
        await store.put(key, source(key.encode()))

    await store.delete_prefix("u1")
    await store.delete_prefix("u1")
    await store.delete_prefix("never")
    await store.delete_prefix("solo")  # a blob, not a prefix: untouched

    for key in ("u1/a/x", "u1/b/y", "u1/z"):
        assert await store.size(key) is None
    for key in ("u1x/z", "u2/x", "solo"):
        assert await read_all(store, key) == key.encode()
    assert await leftovers(store) == []


@pytest.mark.parametrize(
    "key", ["a", "a/b.c/d_e-f", "0/1/2", "a..b", "x" * 255, "x" * 255 + "/" + "y" * 254 + "/z"]
)
async def test_good_keys_are_accepted(store: BlobStore, key: str) -> None:
    assert check_key(key) == key
    await store.put(key, source(b"x"))
    assert await store.size(key) == 1


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
async def test_bad_keys_are_rejected_everywhere(store: BlobStore, key: str) -> None:
    with pytest.raises(ValueError, match="invalid blob key"):
        check_key(key)
    calls: list[Callable[[], Awaitable[object]]] = [
        lambda: store.put(key, source(b"x")),
        lambda: store.read(key),
        lambda: store.size(key),
        lambda: store.delete(key),
        lambda: store.delete_prefix(key),
    ]
    for call in calls:
        with pytest.raises(ValueError, match="invalid blob key"):
            await call()
    assert await leftovers(store) == []


async def test_children_are_the_next_segments(store: BlobStore) -> None:
    for key in ("attachments/a1/0", "attachments/a1/1", "attachments/b2/0", "other/c3/0"):
        await store.put(key, source(b"x"))

    assert await store.children("attachments") == ["a1", "b2"]
    assert await store.children("attachments/a1") == ["0", "1"]
    assert await store.children("nothing") == []


async def test_check_passes_on_a_usable_store(store: BlobStore) -> None:
    await store.check()
    assert await leftovers(store) == []
