"""Applying the JSON Schemas of schemas/ on the device: format assertions on,
and problems worded without echoing the value (they may end up in logs).

Two validators of the same schema: jsonschema's (pure Python), which decides
and words every problem, and jsonschema-rs's (Rust, about thirty times
faster), which may only say that a value is valid (`surely_valid`). The Rust
one checks each format with jsonschema's own format checker, and
tests/client/test_schema_fast_path.py holds it to never accepting what the
Python one refuses; where the two differ it is the stricter one (ECMA-262's
`$` does not match before a final newline, which Python's `re` does; NaN),
and a value it refuses is then judged by jsonschema, as before.
"""

from __future__ import annotations

import json
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from collections.abc import Callable

    import jsonschema_rs
    from jsonschema import Draft202012Validator, ValidationError

# app/schemas is a link to the top-level schemas/ (a directory in an installed package).
SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


@cache
def load(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return schema


@cache
def validator(name: str) -> Draft202012Validator:
    # Imported on first use: jsonschema is slow to import, and most commands
    # of the command line never check a schema (tests/test_cli_imports.py).
    from jsonschema import Draft202012Validator

    schema = load(name)
    Draft202012Validator.check_schema(schema)
    # Format is only an annotation in 2020-12 unless a checker is given, and
    # jsonschema silently skips date-time when rfc3339-validator is missing:
    # either way "yesterday" would pass as a date-time.
    checker = Draft202012Validator.FORMAT_CHECKER
    missing = {"date", "date-time", "uuid"} - set(checker.checkers)
    if missing:
        raise RuntimeError(f"jsonschema cannot check the formats {sorted(missing)}")
    return Draft202012Validator(schema, format_checker=checker)


@cache
def _fast_validator(name: str) -> jsonschema_rs.Validator:
    import jsonschema_rs

    # Every format jsonschema checks, checked by jsonschema's own function:
    # the two validators agree on what a date-time is (year 0 and leap
    # seconds, say, which jsonschema-rs would take and rfc3339-validator does not).
    checker = validator(name).format_checker
    assert checker is not None
    formats: dict[str, Callable[..., bool]] = {
        format: partial(checker.conforms, format=format) for format in checker.checkers
    }
    return jsonschema_rs.Draft202012Validator(load(name), validate_formats=True, formats=formats)


def surely_valid(name: str, value: Any) -> bool:
    """True only if `value` satisfies schema `name`; False says nothing (ask
    `validator(name)`, which words the problems)."""
    try:
        return _fast_validator(name).is_valid(value)
    except ValueError:  # a value that is not JSON (a datetime, bytes): jsonschema judges
        return False


_WORDING = {
    "type": "must be of type {}",
    "format": "is not a valid {}",
    "pattern": "does not match the pattern {}",
    "minLength": "must be at least {} characters long",
    "maxLength": "must be at most {} characters long",
    "minimum": "must be at least {}",
    "maximum": "must be at most {}",
    "minItems": "must have at least {} items",
    "maxItems": "must have at most {} items",
    "uniqueItems": "must not list an item twice",
    "minProperties": "must have at least {} properties",
}


def describe(error: ValidationError) -> str:
    """The rule broken, worded without the offending value."""
    rule, expected = str(error.validator), cast(Any, error.validator_value)
    if rule in ("required", "additionalProperties"):
        return error.message  # names properties, not values
    if rule == "enum":
        return "must be one of: " + ", ".join(map(str, expected))
    if rule == "const":
        return f"must be {json.dumps(expected)}"
    if rule in _WORDING:
        return _WORDING[rule].format(expected)
    return f"breaks the schema's {rule!r} rule"


def problems(name: str, value: Any) -> list[str]:
    """Every way `value` breaks schema `name`, as "path: rule", sorted."""
    return sorted(f"{e.json_path}: {describe(e)}" for e in validator(name).iter_errors(value))
