"""A 32-byte secret as a person copies it by hand: base32 with a checksum.

RFC 4648 base32 of key || SHA-256(key)[:2], no padding, in dash-separated
groups of 5: 55 characters. Parsing accepts any case, spaces and dashes, and
the checksum catches a typo before any key is tried.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac

KEY_BYTES = 32
CHECKSUM_BYTES = 2
GROUP = 5


def format_key(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError(f"a printable key holds {KEY_BYTES} bytes")
    text = base64.b32encode(key + hashlib.sha256(key).digest()[:CHECKSUM_BYTES]).decode()
    text = text.rstrip("=")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_key(text: str, what: str) -> bytes:
    """`what` names the key in error messages ("recovery key", "bundle key")."""
    compact = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    try:
        raw = base64.b32decode(compact + "=" * (-len(compact) % 8))
    except binascii.Error as exc:
        raise ValueError(f"a {what} uses only the letters A-Z and digits 2-7") from exc
    key, checksum = raw[:-CHECKSUM_BYTES], raw[-CHECKSUM_BYTES:]
    if len(key) != KEY_BYTES:
        raise ValueError(f"a {what} has 55 characters")
    if not hmac.compare_digest(hashlib.sha256(key).digest()[:CHECKSUM_BYTES], checksum):
        raise ValueError(f"{what} checksum does not match: check for a typo")
    return key
