"""Base64url without padding: the one binary-to-text encoding of the API."""

from __future__ import annotations

import base64
import binascii
import re

_ALPHABET = re.compile(r"[A-Za-z0-9_-]*")


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: str) -> bytes:
    """Strict decode: url-safe alphabet, no padding, no whitespace, canonical."""
    if not _ALPHABET.fullmatch(text) or len(text) % 4 == 1:
        raise ValueError("not base64url without padding (alphabet A-Z a-z 0-9 - _)")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error as exc:
        raise ValueError(f"not base64url: {exc}") from exc
    if b64encode(data) != text:
        raise ValueError("non-canonical base64url (trailing bits must be zero)")
    return data
