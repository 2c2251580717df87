"""The recovery key as the victim writes it down: base32 with a checksum."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os

RECOVERY_KEY_BYTES = 32
CHECKSUM_BYTES = 2
GROUP = 5


def new_recovery_key() -> bytes:
    return os.urandom(RECOVERY_KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    """RFC 4648 base32 of key || SHA-256(key)[:2], no padding, groups of 5."""
    text = base64.b32encode(key + hashlib.sha256(key).digest()[:CHECKSUM_BYTES]).decode()
    text = text.rstrip("=")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> bytes:
    """Accepts any case, spaces and dashes; rejects typos through the checksum."""
    compact = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    try:
        raw = base64.b32decode(compact + "=" * (-len(compact) % 8))
    except binascii.Error as exc:
        raise ValueError("a recovery key uses only the letters A-Z and digits 2-7") from exc
    key, checksum = raw[:-CHECKSUM_BYTES], raw[-CHECKSUM_BYTES:]
    if len(key) != RECOVERY_KEY_BYTES:
        raise ValueError("a recovery key has 55 characters")
    if not hmac.compare_digest(hashlib.sha256(key).digest()[:CHECKSUM_BYTES], checksum):
        raise ValueError("recovery key checksum does not match: check for a typo")
    return key
