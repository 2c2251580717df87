"""Sealing the account's private keys under a key-encryption key (AES-256-GCM).

Blob layout: version (0x01) || nonce (12) || ciphertext || tag (16).
"""

from __future__ import annotations

import os
import uuid
from enum import StrEnum

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.protocol.keys import PRIVATE_KEYS_BYTES

SEALED_VERSION = 0x01
NONCE_BYTES = 12
TAG_BYTES = 16
SEALED_BYTES = 1 + NONCE_BYTES + PRIVATE_KEYS_BYTES + TAG_BYTES
AAD_LABEL = b"daybook/v1/private-keys\x00"


class SealPurpose(StrEnum):
    PASSPHRASE = "passphrase"  # noqa: S105 - a purpose label
    RECOVERY = "recovery"


def associated_data(purpose: SealPurpose, account_id: uuid.UUID) -> bytes:
    return AAD_LABEL + purpose.value.encode("ascii") + b"\x00" + account_id.bytes


def seal(
    private_keys: bytes,
    kek: bytes,
    purpose: SealPurpose,
    account_id: uuid.UUID,
    *,
    nonce: bytes | None = None,
) -> bytes:
    nonce = nonce if nonce is not None else os.urandom(NONCE_BYTES)
    body = AESGCM(kek).encrypt(nonce, private_keys, associated_data(purpose, account_id))
    return bytes([SEALED_VERSION]) + nonce + body


def open_sealed(blob: bytes, kek: bytes, purpose: SealPurpose, account_id: uuid.UUID) -> bytes:
    """Raises cryptography.exceptions.InvalidTag on a wrong key or altered blob."""
    check_sealed_layout(blob)
    nonce, body = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
    return AESGCM(kek).decrypt(nonce, body, associated_data(purpose, account_id))


def check_sealed_layout(blob: bytes) -> None:
    """What the server can check without the key: version and exact length."""
    if len(blob) != SEALED_BYTES:
        raise ValueError(f"a sealed key blob is exactly {SEALED_BYTES} bytes, got {len(blob)}")
    if blob[0] != SEALED_VERSION:
        raise ValueError(f"unknown sealed key blob version {blob[0]}")
