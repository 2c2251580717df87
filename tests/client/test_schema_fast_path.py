"""The fast schema check (jsonschema-rs) may only ever say "valid" where
jsonschema, which decides, says so too: it never accepts an incident that
jsonschema refuses, on thousands of mutations of full incidents of both
versions, and an incident it refuses is judged by jsonschema as before."""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest

from app.client import json_schema
from app.client.incident import SCHEMA_FILES, IncidentInvalid, validate_incident
from tests.client.test_incident import attachment, full_incident, version_2_incident

MUTATIONS = 2500
# Values that sit on the edges of what the schemas allow: types, bounds,
# formats, patterns, lengths, numbers JSON has and Python's json reads.
ODD_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    1.0,
    1.5,
    -0.0,
    2**53,
    2**64,
    10**400,
    float("nan"),
    float("inf"),
    "",
    " ",
    "x",
    "x" * 2001,
    "\n",
    "a\ud800b",
    "😀",
    "other",
    "following",
    "GBP",
    "GBP\n",
    "Europe/London",
    "2025-03-14T21:05:00Z",
    "2025-03-14T21:05:00z",
    "2025-03-14t21:05:00+01:00",
    "2016-12-31T23:59:60Z",
    "0000-01-01T00:00:00Z",
    "2025-02-29T00:00:00Z",
    "2025-03-14 21:05:00Z",
    "2025-03-14T21:05:00",
    "2025-03-14",
    "0000-01-01",
    "2025-02-29",
    "5e0c7a2d-91b4-4c36-8f27-3d1a6b9e0c58",
    "5e0c7a2d-91b4-4c36-8f27-3d1a6b9e0c58\n",
    "5e0c7a2d-91b4-4c36-8f27-3d1a6b9e0c58}",
    "urn:uuid:5e0c7a2d-91b4-4c36-8f27-3d1a6b9e0c58",
    "2025-03-14T21:05:00Z\n",
    "a" * 64 + "\n",
    float("-inf"),
    "5E0C7A2D-91B4-4C36-8F27-3D1A6B9E0C58",
    "{5e0c7a2d-91b4-4c36-8f27-3d1a6b9e0c58}",
    "5e0c7a2d91b44c368f273d1a6b9e0c58",
    "a" * 64,
    "A" * 43,
    "A" * 42 + "B",
    "A" * 10,
    "image/jpeg",
    "a/b",
    "a\x01b",
    [],
    [None],
    ["following", "following"],
    {},
    {"known": True},
    {"latitude": 91, "longitude": 0},
    attachment(),
]
TEXT_NOISE = "0123456789-:TtZz+./_\\ \n\x00\x7f٣éAQgw"


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, child in node.items():
            found += _paths(child, (*path, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _paths(child, (*path, index))
    return found


def _mutated_text(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 3)):
        at = rng.randint(0, len(chars))
        choice = rng.random()
        if choice < 0.3 and chars:
            del chars[min(at, len(chars) - 1)]
        elif choice < 0.6 and chars:
            chars[min(at, len(chars) - 1)] = rng.choice(TEXT_NOISE)
        else:
            chars.insert(at, rng.choice(TEXT_NOISE))
    return "".join(chars)


def _mutate(rng: random.Random, incident: dict[str, Any]) -> dict[str, Any]:
    """One to three random changes anywhere in the incident."""
    changed = copy.deepcopy(incident)
    for _ in range(rng.randint(1, 3)):
        *parents, last = rng.choice(_paths(changed)[1:])
        parent: Any = changed
        for step in parents:
            parent = parent[step]
        what = rng.random()
        if what < 0.15:
            del parent[last]
        elif what < 0.25 and isinstance(parent, dict):
            parent[rng.choice(["extra", "key", "attachment_id", "other"])] = rng.choice(ODD_VALUES)
        elif what < 0.35 and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
        elif what < 0.65 and isinstance(parent[last], str):
            parent[last] = _mutated_text(rng, parent[last])
        else:
            parent[last] = copy.deepcopy(rng.choice(ODD_VALUES))
    return changed


@pytest.mark.parametrize("make", [full_incident, version_2_incident])
def test_the_fast_check_never_accepts_what_jsonschema_refuses(make: Any) -> None:
    rng = random.Random(21)
    seed = make()
    name = SCHEMA_FILES[seed["schema_version"]]
    python = json_schema.validator(name)
    accepted = refused = 0
    for _ in range(MUTATIONS):
        incident = _mutate(rng, seed)
        if json_schema.surely_valid(name, incident):
            accepted += 1
            assert python.is_valid(incident), incident
        else:
            refused += 1
    # Both sides are exercised: plenty of mutations keep the incident valid.
    assert accepted > MUTATIONS // 10 and refused > MUTATIONS // 10, (accepted, refused)


@pytest.mark.parametrize(
    "moment",
    [
        "0000-01-01T00:00:00Z",  # no year 0 in RFC 3339's calendar (rfc3339-validator)
        "2016-12-31T23:59:60Z",  # a real leap second, which rfc3339-validator refuses
        "2025-03-14T21:05:00",  # no offset
        "yesterday",
    ],
)
def test_the_fast_check_applies_jsonschemas_formats(moment: str) -> None:
    incident = version_2_incident()
    incident["recorded_at"] = moment
    assert not json_schema.surely_valid(SCHEMA_FILES[2], incident)
    with pytest.raises(IncidentInvalid, match=r"\$\.recorded_at: is not a valid date-time"):
        validate_incident(incident)


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        (("attachments", 0, "sha256"), "a" * 64 + "\n", "does not match the pattern"),
        (("impact", "cost", "currency"), "GBP\n", "does not match the pattern"),
        (("recorded_at",), "2025-03-14T21:05:00Z\n", "is not a valid date-time"),
        (
            ("attachments", 0, "attachment_id"),
            "5e0c7a2d-91b4-4c36-8f27-3d1a6b9e0c58}",
            "is not a valid uuid",
        ),
        (("location", "coordinates", "latitude"), float("nan"), "is not a finite number"),
        (("impact", "cost", "amount"), float("inf"), "is not a finite number"),
    ],
)
def test_what_ecma_262_and_json_refuse_both_checks_refuse(
    field: tuple[Any, ...], value: Any, problem: str
) -> None:
    """Python's `re.search` lets `$` match before a final newline (ECMA-262's
    does not), uuid.UUID takes a brace, and NaN passes every bound: the
    TypeScript SDK refuses each, and so do both checks here, in words."""
    incident = version_2_incident()
    *parents, last = field
    parent: Any = incident
    for step in parents:
        parent = parent[step]
    parent[last] = value
    assert not json_schema.surely_valid(SCHEMA_FILES[2], incident)
    assert not json_schema.validator(SCHEMA_FILES[2]).is_valid(incident)
    with pytest.raises(IncidentInvalid, match=problem):
        validate_incident(incident)


def test_a_value_that_is_not_json_is_left_to_jsonschema() -> None:
    incident = version_2_incident()
    incident["description"] = b"bytes"
    assert not json_schema.surely_valid(SCHEMA_FILES[2], incident)
    with pytest.raises(IncidentInvalid, match=r"\$\.description: must be of type string"):
        validate_incident(incident)
