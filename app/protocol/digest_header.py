"""The `Content-Digest` and `Repr-Digest` fields of RFC 9530, SHA-256 only."""

from __future__ import annotations

import base64
import binascii
import re

_SHA256 = re.compile(r"(?:^|,)\s*sha-256=:([A-Za-z0-9+/=]+):\s*(?:,|$)")


def parse_sha256(header: str | None) -> bytes | None:
    """The sha-256 member of the field, or None if absent or malformed."""
    if header is None or (match := _SHA256.search(header)) is None:
        return None
    try:
        digest = base64.b64decode(match.group(1), validate=True)
    except binascii.Error:
        return None
    return digest if len(digest) == 32 else None


def format_sha256(digest: bytes) -> str:
    return f"sha-256=:{base64.b64encode(digest).decode('ascii')}:"
