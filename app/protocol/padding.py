"""Padding an entry's plaintext to a size bucket before encryption.

ISO/IEC 7816-4 padding (one 0x80 byte, then zero bytes) up to the smallest
power of two from 1 KiB to 256 KiB that holds the plaintext plus the 0x80
byte, so the ciphertext length says only which bucket an entry falls in.
"""

from __future__ import annotations

MIN_BUCKET_BYTES = 1 << 10
MAX_BUCKET_BYTES = 1 << 18
BUCKETS = tuple(1 << k for k in range(10, 19))
_MARKER = b"\x80"


def bucket_for(plaintext_bytes: int) -> int:
    for bucket in BUCKETS:
        if plaintext_bytes + 1 <= bucket:
            return bucket
    raise ValueError(
        f"an entry's plaintext is limited to {MAX_BUCKET_BYTES - 1} bytes, got {plaintext_bytes}"
    )


def pad(plaintext: bytes) -> bytes:
    bucket = bucket_for(len(plaintext))
    return plaintext + _MARKER + bytes(bucket - len(plaintext) - 1)


def unpad(padded: bytes) -> bytes:
    if len(padded) not in BUCKETS:
        raise ValueError(f"padded plaintext of {len(padded)} bytes is not a bucket size")
    body = padded.rstrip(b"\x00")
    if not body.endswith(_MARKER):
        raise ValueError("padding does not end in 0x80 followed by zero bytes")
    if bucket_for(len(body) - 1) != len(padded):
        raise ValueError("padded to a larger bucket than the plaintext needs")
    return body[:-1]
