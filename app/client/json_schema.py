"""Applying the JSON Schemas of schemas/ on the device: format assertions on,
and problems worded without echoing the value (they may end up in logs).

A schema's answer must be the TypeScript SDK's (ajv): `pattern` and
`patternProperties` are ECMA-262 regular expressions, read here through
app/client/ecma_regex.py (Python's `$` would also match before a final
newline, so "GBP\\n" would pass as a currency); a number must be finite
(NaN passes every bound, and JSON has neither); and the formats are the ones
web/sdk/src/protocol/json_formats.ts checks (jsonschema's own took a date-time
ending in a newline and a UUID with a brace). docs/protocol §14.1 says it all.

Two validators of the same schema: jsonschema's (pure Python), which decides
and words every problem, and jsonschema-rs's (Rust, about thirty times
faster), which may only say that a value is valid (`surely_valid`). The Rust
one checks each format with the Python validator's own format checker, and
tests/client/test_schema_fast_path.py holds it to never accepting what the
Python one refuses.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app.client import ecma_regex

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    import jsonschema_rs
    from jsonschema import FormatChecker, ValidationError
    from jsonschema.protocols import Validator

# app/schemas is a link to the top-level schemas/ (a directory in an installed package).
SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


@cache
def load(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return schema


@cache
def validator(name: str) -> Validator:
    schema = load(name)
    _patterns_of(schema)  # a pattern ECMA-262 and Python would read apart fails here
    _ecma_validator().check_schema(schema)
    return _ecma_validator()(schema, format_checker=_format_checker())


@cache
def _ecma_validator() -> type[Validator]:
    # Imported on first use: jsonschema is slow to import, and most commands
    # of the command line never check a schema (tests/test_cli_imports.py).
    from jsonschema import Draft202012Validator, validators

    numbers = Draft202012Validator.TYPE_CHECKER.redefine(
        "number",
        lambda checker, value: (
            Draft202012Validator.TYPE_CHECKER.is_type(value, "number")
            and (not isinstance(value, float) or math.isfinite(value))
        ),
    )
    extended = validators.extend(  # type: ignore[no-untyped-call]
        Draft202012Validator,
        {"pattern": _pattern, "patternProperties": _pattern_properties},
        type_checker=numbers,
    )
    return cast("type[Validator]", extended)


def _pattern(
    validator: Validator, pattern: str, instance: Any, schema: Any
) -> Iterator[ValidationError]:
    from jsonschema import ValidationError

    if validator.is_type(instance, "string") and not ecma_regex.compile_pattern(pattern).search(
        instance
    ):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(
    validator: Any, properties: dict[str, Any], instance: Any, schema: Any
) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in properties.items():
        for key, value in instance.items():
            if ecma_regex.compile_pattern(pattern).search(key):
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


def _patterns_of(node: Any) -> None:
    """Compile every pattern of a schema now, so that a refused one is found
    when the schema loads rather than when a value first reaches it."""
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            ecma_regex.compile_pattern(node["pattern"])
        properties = node.get("patternProperties")
        for pattern in properties if isinstance(properties, dict) else ():
            ecma_regex.compile_pattern(pattern)
        for child in node.values():
            _patterns_of(child)
    elif isinstance(node, list):
        for child in node:
            _patterns_of(child)


# ajv-formats' uuid, word for word: Python's uuid.UUID also takes braces,
# "urn:" and hyphens anywhere ("…0c58}" passed jsonschema's check).
_UUID = re.compile(r"(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}", re.IGNORECASE)


@cache
def _format_checker() -> FormatChecker:
    from jsonschema import Draft202012Validator, FormatChecker

    # Format is only an annotation in 2020-12 unless a checker is given, and
    # jsonschema silently skips date-time when rfc3339-validator is missing:
    # either way "yesterday" would pass as a date-time.
    base = Draft202012Validator.FORMAT_CHECKER
    missing = {"date", "date-time", "uuid"} - set(base.checkers)
    if missing:
        raise RuntimeError(f"jsonschema cannot check the formats {sorted(missing)}")
    checker = FormatChecker(formats=())
    checker.checkers = dict(base.checkers)
    checker.checks("date-time")(_date_time(base))
    checker.checks("uuid")(lambda value: not isinstance(value, str) or bool(_UUID.fullmatch(value)))
    return checker


def _date_time(base: FormatChecker) -> Callable[[object], bool]:
    # rfc3339-validator's expression ends in `$`, so "…Z" and a newline passed.
    def conforms(value: object) -> bool:
        if not isinstance(value, str):
            return True
        return not value.endswith("\n") and base.conforms(value, "date-time")

    return conforms


@cache
def _fast_validator(name: str) -> jsonschema_rs.Validator:
    import jsonschema_rs

    # Every format the Python validator checks, checked by its own function:
    # the two validators agree on what a date-time is (year 0 and leap
    # seconds, say, which jsonschema-rs would take and rfc3339-validator does not).
    checker = _format_checker()
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
    if rule == "type" and isinstance(error.instance, float) and not math.isfinite(error.instance):
        return "is not a finite number (JSON has no NaN or Infinity)"
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
