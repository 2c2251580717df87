"""A history of versions a page at a time, as entries and case documents list
theirs: the `after` and `limit` query parameters, and where a page ends."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Protocol, TypeVar

from fastapi import Query

from app.wire import INT32_MAX, AsciiDigits

After = Annotated[
    int, Query(ge=0, le=INT32_MAX, description="Versions after this number."), AsciiDigits
]
Limit = Annotated[int, Query(ge=1, le=100), AsciiDigits]


class Numbered(Protocol):
    @property
    def version(self) -> int: ...


V = TypeVar("V", bound=Numbered)


def cut(found: Sequence[V], limit: int) -> tuple[Sequence[V], int | None]:
    """The page of `found` (asked for one more than `limit`, to tell whether
    more follow) and the `after` of the next page; None on the last page."""
    page = found[:limit]
    return page, page[-1].version if len(found) > limit else None
