"""Encrypting one version of an entry (AES-256-GCM under the entry's content key).

Envelope: version (0x01) || nonce (12) || ciphertext || tag (16), where the
ciphertext is of the padded plaintext, so its length is a bucket size.
Associated data binds the envelope to its entry, version number and owner.
"""

from __future__ import annotations

import os
import struct
import uuid

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.protocol.padding import BUCKETS, pad, unpad

ENVELOPE_VERSION = 0x01
CONTENT_KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
OVERHEAD_BYTES = 1 + NONCE_BYTES + TAG_BYTES
AAD_LABEL = b"daybook/v1/entry\x00"
ENVELOPE_SIZES = frozenset(bucket + OVERHEAD_BYTES for bucket in BUCKETS)
MAX_ENVELOPE_BYTES = max(ENVELOPE_SIZES)


def new_content_key() -> bytes:
    return os.urandom(CONTENT_KEY_BYTES)


def associated_data(entry_id: uuid.UUID, version: int, owner_id: uuid.UUID) -> bytes:
    return AAD_LABEL + entry_id.bytes + struct.pack(">I", version) + owner_id.bytes


def encrypt_version(
    plaintext: bytes,
    content_key: bytes,
    entry_id: uuid.UUID,
    version: int,
    owner_id: uuid.UUID,
    *,
    nonce: bytes | None = None,
) -> bytes:
    if not 1 <= version < 2**32:
        raise ValueError("version numbers run from 1 to 2**32 - 1")
    aad = associated_data(entry_id, version, owner_id)
    return seal_padded(plaintext, content_key, aad, nonce=nonce)


def decrypt_version(
    envelope: bytes, content_key: bytes, entry_id: uuid.UUID, version: int, owner_id: uuid.UUID
) -> bytes:
    """Raises InvalidTag for a wrong key, an altered envelope or a moved one."""
    return open_padded(envelope, content_key, associated_data(entry_id, version, owner_id))


def seal_padded(
    plaintext: bytes, content_key: bytes, aad: bytes, *, nonce: bytes | None = None
) -> bytes:
    """The envelope of entries and case documents: padded, AES-256-GCM under `aad`."""
    nonce = nonce if nonce is not None else os.urandom(NONCE_BYTES)
    if len(nonce) != NONCE_BYTES or len(content_key) != CONTENT_KEY_BYTES:
        raise ValueError(f"a {NONCE_BYTES}-byte nonce and a {CONTENT_KEY_BYTES}-byte key")
    return (
        bytes([ENVELOPE_VERSION]) + nonce + AESGCM(content_key).encrypt(nonce, pad(plaintext), aad)
    )


def open_padded(envelope: bytes, content_key: bytes, aad: bytes) -> bytes:
    check_envelope_layout(envelope)
    nonce, body = envelope[1 : 1 + NONCE_BYTES], envelope[1 + NONCE_BYTES :]
    return unpad(AESGCM(content_key).decrypt(nonce, body, aad))


def check_envelope_layout(envelope: bytes) -> None:
    """What the server can check without the key: version byte and a bucket length."""
    if len(envelope) not in ENVELOPE_SIZES:
        sizes = ", ".join(str(size) for size in sorted(ENVELOPE_SIZES))
        raise ValueError(f"an envelope is one of {sizes} bytes long, got {len(envelope)}")
    if envelope[0] != ENVELOPE_VERSION:
        raise ValueError(f"unknown envelope version {envelope[0]}")
