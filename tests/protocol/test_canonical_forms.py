"""One encoding per value: the parsers refuse the alternatives a lenient reader
would accept, so a signature or digest can never cover two meanings."""

from __future__ import annotations

import math
import os
import uuid

import pytest
from cryptography.exceptions import InvalidTag

from app.protocol import commitment, entries, padding, stream


def test_nan_cannot_be_disclosed() -> None:
    with pytest.raises(ValueError):
        commitment.make_disclosure("cost", math.nan)
    with pytest.raises(ValueError):
        commitment.canonical_json({"x": math.inf})


def test_padding_to_a_larger_bucket_than_needed_is_refused() -> None:
    oversized = b"short" + b"\x80" + bytes(2048 - 6)
    with pytest.raises(ValueError, match="larger bucket"):
        padding.unpad(oversized)
    assert padding.unpad(padding.pad(b"short")) == b"short"


def test_duplicate_digests_are_refused() -> None:
    digest = commitment.sha256(b"x")
    signed = commitment.Commitment(
        entry_id=uuid.uuid4(),
        owner_id=uuid.uuid4(),
        version=1,
        previous=None,
        ciphertext_sha256=digest,
        digests=(digest,) * commitment.DIGEST_SLOTS,
    )
    with pytest.raises(ValueError, match="twice"):
        commitment.parse_commitment(signed.to_bytes())


def test_an_empty_last_chunk_after_full_ones_is_refused() -> None:
    key = stream.StreamKey.generate(uuid.uuid4())
    with pytest.raises(ValueError):
        key.seal_chunk(1, b"", last=True)
    sealed = key.seal_chunk(0, b"", last=True)
    with pytest.raises(ValueError):
        key.open_chunk(1, sealed, last=True)
    assert key.open_chunk(0, sealed, last=True) == b""
    into = bytearray(stream.CHUNK_BYTES)
    with pytest.raises(ValueError):
        key.open_chunk_into(1, sealed, True, into)
    assert len(key.open_chunk_into(0, sealed, True, into)) == 0


def test_opening_into_a_buffer_checks_what_opening_checks() -> None:
    key = stream.StreamKey.generate(uuid.uuid4())
    plaintext = os.urandom(stream.CHUNK_BYTES)
    sealed = key.seal_chunk(3, plaintext, last=False)
    into = bytearray(stream.CHUNK_BYTES)
    assert key.open_chunk_into(3, memoryview(sealed), False, into) == plaintext
    for index, last, chunk in [(4, False, sealed), (3, True, sealed), (3, False, sealed[:-1])]:
        with pytest.raises((InvalidTag, ValueError)):
            key.open_chunk_into(index, chunk, last, into)


def test_a_short_chunk_in_the_middle_is_refused() -> None:
    key = stream.StreamKey.generate(uuid.uuid4())
    with pytest.raises(ValueError):
        key.seal_chunk(0, b"short", last=False)
    with pytest.raises(ValueError):
        key.seal_chunk_into(0, b"short", False, memoryview(bytearray(100)))


@pytest.mark.parametrize(("size", "last"), [(stream.CHUNK_BYTES, False), (1000, True), (0, True)])
def test_sealing_into_a_buffer_gives_the_chunk_sealing_gives(size: int, last: bool) -> None:
    key = stream.StreamKey.generate(uuid.uuid4())
    plaintext = os.urandom(size)
    into = memoryview(bytearray(stream.CIPHERTEXT_CHUNK_BYTES + 5))
    assert key.seal_chunk_into(0, plaintext, last, into) == key.seal_chunk(0, plaintext, last)


@pytest.mark.parametrize(
    ("nonce", "version"), [(bytes(range(16)), 1), (bytes(range(12)), 0), (bytes(range(12)), 2**32)]
)
def test_entry_encryption_refuses_bad_nonces_and_versions(nonce: bytes, version: int) -> None:
    with pytest.raises(ValueError):
        entries.encrypt_version(
            b"{}", os.urandom(32), uuid.uuid4(), version, uuid.uuid4(), nonce=nonce
        )
