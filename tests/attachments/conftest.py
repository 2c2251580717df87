"""Files on disk for attachment tests, written and hashed without holding them in memory."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from app.protocol.stream import CIPHERTEXT_CHUNK_BYTES

MIB = 1024 * 1024


def random_file(path: Path, size: int) -> Path:
    with path.open("wb") as out:
        for offset in range(0, size, MIB):
            out.write(os.urandom(min(MIB, size - offset)))
    return path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while piece := source.read(MIB):
            digest.update(piece)
    return digest.hexdigest()


def run_indexes(first: int, body: bytes) -> list[int]:
    """The chunk indexes a run's body carries (§21.2)."""
    return list(range(first, first - (-len(body) // CIPHERTEXT_CHUNK_BYTES)))
