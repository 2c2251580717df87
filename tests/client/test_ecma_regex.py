"""A schema's `pattern` means in the Python client what it means to ajv
(ECMA-262 with the `u` flag): translated where the dialects differ, refused
where a translation would not be obviously the same set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.client.ecma_regex import compile_pattern

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def _patterns(node: Any) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            found.append(node["pattern"])
        found += list(node.get("patternProperties", {}))
        for child in node.values():
            found += _patterns(child)
    elif isinstance(node, list):
        for child in node:
            found += _patterns(child)
    return found


@pytest.mark.parametrize(
    "pattern",
    sorted(
        {p for f in SCHEMAS.glob("*.schema.json") for p in _patterns(json.loads(f.read_bytes()))}
    ),
)
def test_every_schema_pattern_ends_at_the_end_of_the_string(pattern: str) -> None:
    assert compile_pattern(pattern).pattern.endswith(r"\Z")


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        ("^[A-Z]{3}$", "GBP", True),
        ("^[A-Z]{3}$", "GBP\n", False),
        ("^[a-z!#$&]+$", "a$b", True),  # a "$" inside a class is a character
        ("^[a-z!#$&]+$", "ab\n", False),
        (r"^a\$$", "a$", True),  # an escaped "$" too
        ("^a.b$", "a\rb", False),  # ECMA's "." refuses \r, U+2028 and U+2029
        ("^a.b$", "a\u2028b", False),
        ("^a.b$", "a-b", True),
        ("^[^/]+$", "😀", True),  # with the u flag a class takes a code point
        ("GBP", "xGBPx", True),  # a pattern is searched for, not matched whole
    ],
)
def test_patterns_mean_what_ecma_262_says(pattern: str, text: str, matches: bool) -> None:
    assert bool(compile_pattern(pattern).search(text)) is matches


@pytest.mark.parametrize("pattern", [r"^\d+$", r"\w", r"[\s]", r"\bword", "[]", "[^]", "a[]b"])
def test_constructs_the_dialects_read_apart_are_refused(pattern: str) -> None:
    with pytest.raises(ValueError, match=r"ECMA-262|another thing in Python"):
        compile_pattern(pattern)
