"""The recovery key as the victim writes it down: base32 with a checksum."""

from __future__ import annotations

import os

from app.protocol import printable_key

RECOVERY_KEY_BYTES = printable_key.KEY_BYTES


def new_recovery_key() -> bytes:
    return os.urandom(RECOVERY_KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    """RFC 4648 base32 of key || SHA-256(key)[:2], no padding, groups of 5."""
    return printable_key.format_key(key)


def parse_recovery_key(text: str) -> bytes:
    """Accepts any case, spaces and dashes; rejects typos through the checksum."""
    return printable_key.parse_key(text, "recovery key")
