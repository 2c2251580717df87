"""The words of a problem document in the language the request asked for.

The catalogue (`app/locale/<lang>/LC_MESSAGES/problems.po`) holds, for each
language but English (the source):
- every `title`, keyed by its English text;
- for each `code`, an explanation of it (context: the code), the `detail`
  of any problem whose own English detail has no entry: a detail often
  carries ids, counts or a library's words, and a Welsh reader is better
  served by a whole sentence in Welsh than by English spliced into it;
- details that have their own entry, keyed by their English text;
- pydantic's message templates (context `validation`), so a field error is
  translated by its `type` with its `ctx`, never by matching English output.

It is the server's own catalogue, apart from the client's
(app/client/locale): neither side imports the other, and the server answers
in the words it wrote. Babel reads it, imported only when a request first
asks for a language other than English.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.language import DEFAULT

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "problems"
VALIDATION = "validation"
# A field error whose type (or whose validator's words) the catalogue lacks.
INVALID_VALUE = "Invalid value"


@dataclass(frozen=True)
class Catalogue:
    plain: dict[str, str]  # English title or detail -> translation
    explanations: dict[str, str]  # code -> translated explanation
    validation: dict[str, str]  # pydantic's English template -> translation


def catalogue_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@functools.cache
def catalogue(language: str) -> Catalogue:
    from babel.messages.pofile import read_po

    with catalogue_path(language).open("rb") as file:
        messages = read_po(file, locale=language)
    plain: dict[str, str] = {}
    explanations: dict[str, str] = {}
    validation: dict[str, str] = {}
    for message in messages:
        if not isinstance(message.id, str) or not message.id or message.fuzzy:
            continue
        text = str(message.string or "")
        if not text:
            continue  # untranslated: the English stands, as gettext does
        if message.context is None:
            plain[message.id] = text
        elif message.context == VALIDATION:
            validation[message.id] = text
        else:
            explanations[message.context] = text
    return Catalogue(plain, explanations, validation)


def problem_words(language: str, code: str, title: str, detail: str) -> tuple[str, str]:
    """`title` and `detail` in `language`."""
    if language == DEFAULT:
        return title, detail
    words = catalogue(language)
    translated = words.plain.get(detail) or words.explanations.get(code, detail)
    return words.plain.get(title, title), translated


@functools.cache
def _templates() -> dict[str, str]:
    # pydantic-core's table of error types and their templates; it exports it
    # from this module only. A template pydantic rewrites no longer matches its
    # entry: the message falls back to "Invalid value" and the test names it.
    from pydantic_core._pydantic_core import list_all_errors

    return {error["type"]: error["message_template_python"] for error in list_all_errors()}


def field_message(language: str, error: Mapping[str, Any]) -> str:
    """A pydantic error's message in `language`, from its type and context."""
    if language == DEFAULT:
        return str(error["msg"])
    words = catalogue(language)
    generic = words.validation.get(INVALID_VALUE, str(error["msg"]))
    template = words.validation.get(_templates().get(error["type"], ""))
    if template is None:
        return generic
    context = error.get("ctx") or {}
    values: dict[str, str] = {}
    for name in _fields(template):
        if name not in context:
            return generic
        value = context[name]
        # A validator's own words (or a parser's): only as the catalogue has them.
        found = words.plain.get(str(value)) if name == "error" else str(value)
        if found is None:
            return generic
        values[name] = found
    return template.format(**values)


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}
