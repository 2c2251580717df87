"""Streaming encryption of attachments: the STREAM construction over AES-256-GCM.

The file is cut into chunks of CHUNK_BYTES (the last one shorter, possibly
empty); chunk i is sealed with nonce = prefix (7) || i (u32 big-endian) ||
last flag (0x01 on the final chunk, else 0x00), and associated data binding
the attachment id. A dropped, reordered, repeated or truncated chunk fails to
open. The key and the nonce prefix are random per attachment and travel
inside the encrypted entry that references the attachment.
"""

from __future__ import annotations

import os
import struct
import uuid
from collections.abc import Iterable, Iterator

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

CHUNK_BYTES = 1 << 20
TAG_BYTES = 16
CIPHERTEXT_CHUNK_BYTES = CHUNK_BYTES + TAG_BYTES
KEY_BYTES = 32
NONCE_PREFIX_BYTES = 7
MAX_CHUNKS = 2**32
# The most chunks one upload request may carry laid end to end (a "run",
# docs/protocol §21.2): how chunks travel, not part of STREAM's layout.
MAX_RUN_CHUNKS = 16
AAD_LABEL = b"daybook/v1/attachment\x00"


def chunk_count(plaintext_size: int) -> int:
    """An empty file is one empty chunk; otherwise ceil(size / CHUNK_BYTES)."""
    return max(1, -(-plaintext_size // CHUNK_BYTES))


def ciphertext_size(plaintext_size: int) -> int:
    return plaintext_size + chunk_count(plaintext_size) * TAG_BYTES


def chunk_sizes(ciphertext_bytes: int) -> list[int] | None:
    """Ciphertext size of each chunk, or None if no plaintext size gives this total."""
    count = max(1, -(-ciphertext_bytes // CIPHERTEXT_CHUNK_BYTES))
    last = ciphertext_bytes - (count - 1) * CIPHERTEXT_CHUNK_BYTES
    # Every chunk holds at least its tag; only a one-chunk file may be empty.
    if last < TAG_BYTES or (count > 1 and last == TAG_BYTES):
        return None
    return [CIPHERTEXT_CHUNK_BYTES] * (count - 1) + [last]


def nonce(prefix: bytes, index: int, last: bool) -> bytes:
    if len(prefix) != NONCE_PREFIX_BYTES:
        raise ValueError(f"nonce prefix must be {NONCE_PREFIX_BYTES} bytes")
    if not 0 <= index < MAX_CHUNKS:
        raise ValueError("chunk index out of range")
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def associated_data(attachment_id: uuid.UUID) -> bytes:
    return AAD_LABEL + attachment_id.bytes


class StreamKey:
    """The per-attachment key and nonce prefix."""

    def __init__(self, key: bytes, prefix: bytes, attachment_id: uuid.UUID) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError(f"attachment key must be {KEY_BYTES} bytes")
        if len(prefix) != NONCE_PREFIX_BYTES:
            raise ValueError(f"nonce prefix must be {NONCE_PREFIX_BYTES} bytes")
        self.key, self.prefix, self.attachment_id = key, prefix, attachment_id
        self._aead = AESGCM(key)
        self._aad = associated_data(attachment_id)

    @classmethod
    def generate(cls, attachment_id: uuid.UUID) -> StreamKey:
        return cls(os.urandom(KEY_BYTES), os.urandom(NONCE_PREFIX_BYTES), attachment_id)

    def seal_chunk(self, index: int, plaintext: bytes, last: bool) -> bytes:
        _check_chunk_size(index, len(plaintext), last)
        return self._aead.encrypt(nonce(self.prefix, index, last), plaintext, self._aad)

    def seal_chunk_into(
        self, index: int, plaintext: bytes | bytearray | memoryview, last: bool, into: memoryview
    ) -> memoryview:
        """`seal_chunk` into the start of `into` (at least the plaintext's
        size and a tag long), without a new buffer; the ciphertext, a view
        of `into`."""
        _check_chunk_size(index, len(plaintext), last)
        sealed = into[: len(plaintext) + TAG_BYTES]
        self._aead.encrypt_into(nonce(self.prefix, index, last), plaintext, self._aad, sealed)
        return sealed

    def open_chunk(self, index: int, ciphertext: bytes | bytearray, last: bool) -> bytes:
        """Raises InvalidTag if the chunk was altered, moved, or its last flag is
        wrong, and ValueError if its size is impossible at that place."""
        _check_chunk_size(index, len(ciphertext) - TAG_BYTES, last)
        return self._aead.decrypt(nonce(self.prefix, index, last), ciphertext, self._aad)

    def open_chunk_into(
        self, index: int, ciphertext: bytes | bytearray | memoryview, last: bool, into: bytearray
    ) -> memoryview:
        """`open_chunk` into the start of `into` (CHUNK_BYTES long), without a
        new buffer; the plaintext, a view of `into`. When it raises, `into`
        may hold unauthenticated bytes: they must not be used."""
        size = len(ciphertext) - TAG_BYTES
        _check_chunk_size(index, size, last)
        plaintext = memoryview(into)[:size]
        self._aead.decrypt_into(nonce(self.prefix, index, last), ciphertext, self._aad, plaintext)
        return plaintext


def _check_chunk_size(index: int, plaintext_bytes: int, last: bool) -> None:
    """One encoding per file: full chunks, then a last one that is shorter or
    full, and empty only when it is the only chunk."""
    if not last and plaintext_bytes != CHUNK_BYTES:
        raise ValueError(f"every chunk but the last holds exactly {CHUNK_BYTES} bytes")
    if last and not (0 < plaintext_bytes <= CHUNK_BYTES or (index == 0 and plaintext_bytes == 0)):
        raise ValueError("the last chunk holds 1 to CHUNK_BYTES bytes (0 only for an empty file)")


def plaintext_chunks(data: Iterable[bytes]) -> Iterator[tuple[int, bytes, bool]]:
    """Re-cut any byte stream into (index, chunk, last) of CHUNK_BYTES."""
    buffer = bytearray()
    index = 0
    for piece in data:
        buffer += piece
        while len(buffer) > CHUNK_BYTES:
            yield index, bytes(buffer[:CHUNK_BYTES]), False
            del buffer[:CHUNK_BYTES]
            index += 1
    yield index, bytes(buffer), True


def decrypt_stream(key: StreamKey, chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Open ciphertext chunks in order; the stream must end on a last-flagged chunk.

    Reads one chunk ahead, since only the final chunk carries the last flag.
    """
    iterator = iter(chunks)
    current = next(iterator, None)
    if current is None:
        raise ValueError("attachment ciphertext is empty")
    index = 0
    for following in iterator:
        yield key.open_chunk(index, current, last=False)
        current, index = following, index + 1
    yield key.open_chunk(index, current, last=True)
