"""The words Daybook shows a person, in the language they chose.

Every message goes through `_` (or `ngettext` when it counts something) with
its English text as the key; a gettext catalogue per language translates it
(`app/client/locale/<lang>/LC_MESSAGES/daybook.po`, whose header gives the
language's plural rules, as CLDR has them), and Babel gives its names of days
and months and its numbers. The catalogues
are read as `.po` and compiled in memory when a language is first used
(app/client/po_file.py, without Babel, which the help does not need), so
there is no build step and no binary in the repository.

The language is, in order: the one asked for (`--lang`), `DAYBOOK_LANG`, then
the first of `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` that names a language
Daybook has (GNU gettext's order); English otherwise. Only labels are
translated: what a victim wrote is never passed through here.
"""

from __future__ import annotations

import contextvars
import functools
import gettext
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.client import po_file

# Babel is imported where a language is first used, not here: every command
# imports this module, and `daybook --help` needs none of Babel.
if TYPE_CHECKING:
    from babel import Locale

DOMAIN = "daybook"
LOCALE_DIR = Path(__file__).parent / "locale"
DEFAULT = "en"
# English is the source language: its catalogue is the messages themselves.
LANGUAGES = ("en", "cy")

_active: contextvars.ContextVar[str] = contextvars.ContextVar("language", default=DEFAULT)


def choose(asked: str | None = None) -> str:
    """The language to use: `asked`, else the environment's first one Daybook has."""
    candidates = [asked, os.environ.get("DAYBOOK_LANG")]
    candidates += (os.environ.get("LANGUAGE") or "").split(":")
    candidates += [os.environ.get(name) for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for candidate in candidates:
        code = _code(candidate)
        if code in LANGUAGES:
            return code
    return DEFAULT


def _code(value: str | None) -> str:
    """ "cy_GB.UTF-8@euro" -> "cy"."""
    return (value or "").split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()


def activate(language: str) -> None:
    """Use `language` (one of LANGUAGES) for the messages of this context."""
    if language not in LANGUAGES:
        raise ValueError(f"no catalogue for {language!r}; Daybook has {', '.join(LANGUAGES)}")
    _active.set(language)


def language() -> str:
    return _active.get()


def language_name(code: str | None = None) -> str:
    """The language's name in itself: "English", "Cymraeg"."""
    from babel import Locale

    code = code or language()
    return str(Locale.parse(code).get_display_name(code)).capitalize()


def locale() -> Locale:
    from babel import Locale

    return Locale.parse(language())


@functools.cache
def _translations(code: str) -> gettext.NullTranslations:
    path = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"
    if code == DEFAULT or not path.exists():
        return gettext.NullTranslations()
    return po_file.translations(path)


def _(message: str) -> str:
    return _translations(language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _translations(language()).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Marks a message for the catalogue where it is defined; `_` translates it where used."""
    return message
