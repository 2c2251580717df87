"""The download's re-cutting of the network's pieces into STREAM chunks: any
piece boundary gives the same file and hashes, and a stream cut, extended or
reordered at any boundary still fails to open."""

from __future__ import annotations

import hashlib
import io
import os
import uuid
from collections.abc import AsyncIterator, Callable

import pytest

from app.client.chunk_transfer import ChunkUnopenable, receive_chunks
from app.protocol import stream

C = stream.CIPHERTEXT_CHUNK_BYTES
# Three chunks, the last holding 100 bytes: shorter than most pieces below.
SIZE = 2 * stream.CHUNK_BYTES + 100


def sealed(size: int) -> tuple[stream.StreamKey, bytes, bytes]:
    key = stream.StreamKey.generate(uuid.uuid4())
    plaintext = os.urandom(size)
    chunks = stream.plaintext_chunks([plaintext])
    return key, plaintext, b"".join(key.seal_chunk(i, c, last) for i, c, last in chunks)


async def in_pieces(data: bytes, sizes: list[int]) -> AsyncIterator[bytes]:
    """`data` in pieces of the given sizes, the last size repeated."""
    offset = 0
    while offset < len(data):
        size = sizes[0] if len(sizes) == 1 else sizes.pop(0)
        yield data[offset : offset + size]
        offset += size


PIECES = {
    "one piece": [3 * C],
    "64 KiB": [64 * 1024],
    "odd": [7, 65537, 3, 1_000_003],
    "ends one short of a chunk": [C - 1, 2, C - 1, 1],
    "spans two chunk boundaries": [5, 2 * C + 10, 11],
    "empty pieces": [0, C, 0, 0, 1],
}


@pytest.mark.parametrize("sizes", PIECES.values(), ids=PIECES.keys())
async def test_any_piece_boundaries_give_the_file_and_both_hashes(sizes: list[int]) -> None:
    key, plaintext, ciphertext = sealed(SIZE)
    out = io.BytesIO()
    written: list[int] = []
    digest, sha256 = await receive_chunks(
        key, in_pieces(ciphertext, list(sizes)), out, written.append
    )
    assert out.getvalue() == plaintext
    assert (digest, sha256) == (
        hashlib.sha256(ciphertext).digest(),
        hashlib.sha256(plaintext).hexdigest(),
    )
    assert sum(written) == SIZE


DAMAGE: dict[str, tuple[Callable[[bytes], bytes], int]] = {
    "cut at a chunk boundary": (lambda data: data[: 2 * C], 1),
    "cut one byte into a chunk": (lambda data: data[: 2 * C + 1], 2),
    "cut inside the tag of the last chunk": (lambda data: data[:-1], 2),
    "extended by a byte": (lambda data: data + b"\0", 2),
    "extended by a chunk": (lambda data: data + data[:C], 2),
    "last two chunks swapped": (lambda data: data[:C] + data[2 * C :] + data[C : 2 * C], 1),
    "nothing": (lambda data: b"", 0),
}


@pytest.mark.parametrize(("damage", "index"), DAMAGE.values(), ids=DAMAGE.keys())
@pytest.mark.parametrize("piece", [64 * 1024, 65537])
async def test_a_damaged_stream_does_not_open(
    damage: Callable[[bytes], bytes], index: int, piece: int
) -> None:
    key, _plaintext, ciphertext = sealed(SIZE)
    with pytest.raises(ChunkUnopenable) as raised:
        await receive_chunks(key, in_pieces(damage(ciphertext), [piece]), io.BytesIO(), None)
    assert raised.value.index == index
