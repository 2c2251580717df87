"""HTTP Range (RFC 9110 section 14) for single byte ranges."""

from __future__ import annotations

import re

from app.errors import RangeNotSatisfiable

_SINGLE = re.compile(r"bytes=([0-9]*)-([0-9]*)")


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The half-open byte span [start, end) asked for, or None for the whole.

    Headers we do not serve (several ranges, other units, bad syntax) are
    ignored, as RFC 9110 allows; a range wholly past the end is refused.
    """
    if header is None:
        return None
    match = _SINGLE.fullmatch(header.strip())
    if match is None or match.group(1) == match.group(2) == "":
        return None
    first, last = match.group(1), match.group(2)
    if first == "":
        start, end = max(0, size - int(last)), size
        if int(last) == 0:
            raise _unsatisfiable(size)
    else:
        start = int(first)
        end = size if last == "" else min(size, int(last) + 1)
        if last != "" and int(last) < start:
            return None
    if start >= size:
        raise _unsatisfiable(size)
    return start, end


def _unsatisfiable(size: int) -> RangeNotSatisfiable:
    return RangeNotSatisfiable(
        f"The attachment is {size} bytes; ask for a range that starts before its end.",
        headers={"Content-Range": f"bytes */{size}"},
    )
