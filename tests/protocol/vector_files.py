"""Reading the published test vectors in docs/vectors/."""

from __future__ import annotations

import base64
import json
from functools import cached_property
from pathlib import Path
from typing import Any

VECTORS_DIR = Path(__file__).resolve().parents[2] / "docs" / "vectors"
Vector = dict[str, Any]


class VectorFile:
    def __init__(self, name: str) -> None:
        self.path = VECTORS_DIR / name

    @cached_property
    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
        return data

    def group(self, name: str) -> list[Vector]:
        group: list[Vector] = self.data[name]
        return group

    def ids(self, name: str) -> list[str]:
        return [str(v["name"]) for v in self.group(name)]


def hex_field(vector: Vector, field: str) -> bytes:
    return bytes.fromhex(str(vector[field]))


# Independent decoders for the vector tests: the standard library only, so a
# vector is never checked by the code that made it.


def b64_std(text: str) -> bytes:
    """Base64url without padding."""
    assert "=" not in text
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def b64_text(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def jcs(value: Any) -> bytes:
    """RFC 8785 for documents of ASCII strings, integers, null and arrays only."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
