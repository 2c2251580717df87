"""The case-document schemas' words in the chosen language: the schemas are
the English, and schemas/locale/<language>.json holds each translation by
schema and JSON pointer, with the English it translates. The console reads
the same file (web/console/src/schema_words.ts), and
web/console/test/schema_words.test.ts fails when a schema's word lacks an
entry; a translation whose English has since changed is not used."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from app.client import i18n, json_schema

QUESTIONS = "/$defs/questions/const"


@cache
def _catalogue(language: str) -> dict[str, dict[str, str]]:
    path = json_schema.SCHEMAS / "locale" / f"{language}.json"
    if not path.exists():
        return {}
    words: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))["words"]
    return words


def word(schema: str, pointer: str, english: str) -> str:
    """The schema's `english` at `pointer`, in the chosen language."""
    language = i18n.language()
    entry = _catalogue(language).get(f"{schema}#{pointer}")
    return entry[language] if entry is not None and entry.get("en") == english else english


def question(code: str) -> str:
    """A risk-review question's wording (its code when the schema has none)."""
    wordings: dict[str, Any] = json_schema.load("risk-review.schema.json")["$defs"]["questions"]
    english = wordings["const"].get(code)
    return code if english is None else word("risk-review", f"{QUESTIONS}/{code}", english)
