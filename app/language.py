"""The language a request asks for (`Accept-Language`), among those the
server's problem documents are written in.

The header is a list of language ranges with weights (RFC 9110 §12.5.4);
the first range by weight that names a language the server has wins, a range
like `cy-GB` falling back to `cy` as RFC 4647's lookup does; English
otherwise. This agrees with Babel's `negotiate_locale` (tests/test_problem_language.py)
but is done here without Babel: every request's answer may need it, and
importing Babel would add to every worker's start time and memory for the
sake of a header most answers never read.
"""

from __future__ import annotations

from starlette.types import Scope

DEFAULT = "en"
# English is the source: its problem documents are the messages themselves.
LANGUAGES = ("en", "cy")
VARY = "Accept-Language"


def negotiate(header: str | None) -> str:
    """The language of LANGUAGES the header prefers, else DEFAULT."""
    for tag in _by_weight(header or ""):
        while tag:
            if tag in LANGUAGES:
                return tag
            tag = tag.rpartition("-")[0]
    return DEFAULT


def of_scope(scope: Scope) -> str:
    """For an ASGI middleware that answers before a Request exists."""
    for name, value in scope.get("headers", ()):
        if name == b"accept-language":
            return negotiate(value.decode("latin-1"))
    return DEFAULT


def _by_weight(header: str) -> list[str]:
    weighted: list[tuple[float, int, str]] = []
    for index, item in enumerate(header.split(",")):
        tag, *parameters = (part.strip() for part in item.split(";"))
        weight = 1.0
        for parameter in parameters:
            name, _equals, value = parameter.partition("=")
            if name.strip().lower() == "q":
                weight = _weight(value)
        if tag and tag != "*" and weight > 0:
            weighted.append((-weight, index, tag.lower()))
    return [tag for _weight_, _index, tag in sorted(weighted)]


def _weight(value: str) -> float:
    try:
        return min(max(float(value.strip()), 0.0), 1.0)
    except ValueError:
        return 0.0
