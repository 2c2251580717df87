"""Opaque bearer tokens: 32 random bytes behind a prefix that secret scanners
can spot; the database keeps only their SHA-256."""

from __future__ import annotations

import hashlib
import secrets

ACCESS_PREFIX = "dba_"
REFRESH_PREFIX = "dbr_"


def new_token(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(32)


def token_hash(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()
