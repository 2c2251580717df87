"""Parsing JSON another party wrote, as RFC 8259 and JavaScript's JSON.parse do.

Python's json module also reads `NaN`, `Infinity` and `-Infinity`, which JSON
has no literal for and JSON.parse refuses: a NaN coordinate would then pass
every bound of a schema (NaN compares false) and the Python client would
accept an entry the TypeScript SDK refuses. A number too large for a double
(`1e400`, or an integer of 309 digits) is JSON, but a JavaScript reader gets
Infinity where Python keeps the integer: neither is a value any of our
documents holds, so both readers refuse a number that is not a finite double
(the SDK's twin is `parseJson` in web/sdk/src/protocol/encoding.ts).
"""

from __future__ import annotations

import json
import math
from typing import Any


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON (RFC 8259 numbers are finite)")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("a number is too large for a double")
    return value


def _finite_int(text: str) -> int:
    value = int(text)  # more than 4,300 digits: ValueError already
    try:
        float(value)  # rounds as JavaScript's Number does, or overflows
    except OverflowError:
        raise ValueError("a number is too large for a double") from None
    return value


def loads(data: str | bytes) -> Any:
    """json.loads, refusing NaN, Infinity and numbers beyond a double; ValueError."""
    return json.loads(
        data, parse_constant=_no_constant, parse_float=_finite_float, parse_int=_finite_int
    )
