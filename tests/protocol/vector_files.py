"""Reading the published test vectors in docs/vectors/."""

from __future__ import annotations

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
