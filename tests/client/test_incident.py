"""The incident schemas (versions 1 and 2) and the client's validation of them."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from jsonschema import Draft202012Validator

from app.client.incident import (
    INCIDENT_SCHEMA_VERSION,
    SCHEMA_PATH,
    IncidentInvalid,
    load_schema,
    new_incident,
    validate_incident,
)
from app.protocol.commitment import DIGEST_SLOTS, MAX_ATTACHMENTS, disclose
from app.protocol.encoding import b64encode

ATTACHMENT_ID = "0b0c9d6e-3f4a-4c1e-9a51-6f0e2d7b8c91"


def attachment(attachment_id: str = ATTACHMENT_ID) -> dict[str, Any]:
    return {
        "attachment_id": attachment_id,
        "file_name": "car outside house.jpg",
        "media_type": "image/jpeg",
        "size": 2_345_678,
        "sha256": "a" * 64,
        "captured_at": "2025-03-14T21:07:12+00:00",
        "capture_location": {"latitude": 51.5074, "longitude": -0.1278},
        "key": b64encode(bytes(range(32))),
        "nonce_prefix": b64encode(b"\x01" * 7),
        "ciphertext_sha256": b64encode(b"\xff" * 32),
    }


def full_incident() -> dict[str, Any]:
    """An incident using every field the schema has."""
    return {
        "schema_version": 1,
        "occurred": {
            "start": "2025-03-14T21:05:00+00:00",
            "end": "2025-03-14T21:40:00Z",
            "time_zone": "Europe/London",
        },
        "recorded_at": "2025-03-14T22:10:31.250+00:00",
        "location": {
            "description": "Outside my house, 4 Elm Road",
            "coordinates": {"latitude": 51.5074, "longitude": -0.1278, "accuracy_m": 12.5},
        },
        "description": "His car was parked across the road again. He sat there for half an hour.",
        "behaviours": ["watching_or_spying", "loitering", "other"],
        "behaviour_other": "Flashed the headlights when I looked out of the window",
        "perpetrator": {
            "known": True,
            "name": "J. Smith",
            "relationship": "ex-partner",
            "description": "Blue Ford Focus",
        },
        "witnesses": [
            {"name": "Mrs Patel, next door", "contact": "07700 900123", "statement": "Saw it."},
            {"name": "A dog walker"},
        ],
        "impact": {
            "fear_of_violence": True,
            "alarm_or_distress": True,
            "changes_to_daily_life": "I now leave by the back door.",
            "cost": {"amount": 85.5, "currency": "GBP"},
            "notes": "Could not sleep.",
        },
        "report": {
            "reported": True,
            "to": "Metropolitan Police",
            "police_reference": "CAD 1234/14MAR25",
            "reported_at": "2025-03-14T22:30:00+00:00",
        },
        "attachments": [attachment()],
    }


def is_valid(incident: dict[str, Any]) -> bool:
    validate_incident(incident)  # raises IncidentInvalid, naming every problem
    return True


def problems_of(incident: dict[str, Any]) -> str:
    with pytest.raises(IncidentInvalid) as caught:
        validate_incident(incident)
    return str(caught.value)


@pytest.mark.parametrize("version", [1, 2])
def test_schema_is_valid_draft_2020_12(version: int) -> None:
    schema = load_schema(version)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"]["const"] == version
    assert schema["$id"].endswith(f"/incident/v{version}.json")
    assert SCHEMA_PATH.name == "incident-v2.schema.json"
    assert INCIDENT_SCHEMA_VERSION == 2


def test_schema_fits_the_protocol_limits() -> None:
    schema = load_schema()
    # Each top-level field is one disclosure, and a commitment has 16 digest slots.
    assert len(schema["properties"]) <= DIGEST_SLOTS
    assert schema["additionalProperties"] is False
    assert schema["properties"]["attachments"]["maxItems"] == MAX_ATTACHMENTS


@pytest.mark.parametrize("version", [1, 2])
def test_every_object_is_closed_and_every_property_described(version: int) -> None:
    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object":
                assert node.get("additionalProperties") is False, where
            for name, child in node.get("properties", {}).items():
                assert "description" in child, f"{where}.{name}"
            for key, child in node.items():
                if key != "if":  # a condition on properties, not a declaration of them
                    walk(child, f"{where}.{key}")
        elif isinstance(node, list):
            for index, child in enumerate(node):
                walk(child, f"{where}[{index}]")

    walk(load_schema(version), "$")


def test_full_incident_is_valid() -> None:
    incident = full_incident()
    validate_incident(incident)
    assert len(disclose(incident)) == len(incident)


def test_minimal_incident_is_valid() -> None:
    assert is_valid(
        {
            "schema_version": 1,
            "occurred": {"start": "2025-01-02T08:00:00+00:00", "time_zone": "UTC"},
            "recorded_at": "2025-01-02T08:30:00+00:00",
            "description": "A text message at 8am.",
            "behaviours": ["contacting"],
        }
    )


def test_json_round_trip_keeps_it_valid() -> None:
    assert is_valid(json.loads(json.dumps(full_incident())))


def broken(change: str) -> dict[str, Any]:
    """full_incident() with one thing wrong, named by `change`."""
    incident = copy.deepcopy(full_incident())
    if change == "missing description":
        del incident["description"]
    elif change == "unknown behaviour":
        incident["behaviours"] = ["following", "hacking"]
    elif change == "extra property":
        incident["mood"] = "scared"
    elif change == "bad date-time":
        incident["occurred"]["start"] = "2025-03-14 around nine"
    elif change == "date-time without offset":
        incident["recorded_at"] = "2025-03-14T22:10:31"
    elif change == "impossible date":
        incident["report"]["reported_at"] = "2025-02-30T10:00:00Z"
    elif change == "bad time zone":
        incident["occurred"]["time_zone"] = "Mars/Olympus"
    elif change == "directory time zone":
        incident["occurred"]["time_zone"] = "Europe"
    elif change == "end before start":
        incident["occurred"]["end"] = "2025-03-14T20:05:00+00:00"
    elif change == "duplicate attachment ids":
        incident["attachments"].append(attachment() | {"file_name": "second.jpg"})
    elif change == "other without behaviour_other":
        del incident["behaviour_other"]
    elif change == "empty behaviours":
        incident["behaviours"] = []
    elif change == "extra attachment property":
        incident["attachments"][0]["thumbnail"] = "..."
    elif change == "uppercase sha256":
        incident["attachments"][0]["sha256"] = "A" * 64
    elif change == "short key":
        incident["attachments"][0]["key"] = b64encode(bytes(16))
    elif change == "latitude out of range":
        incident["location"]["coordinates"]["latitude"] = 91
    elif change == "lowercase currency":
        incident["impact"]["cost"]["currency"] = "gbp"
    elif change == "missing attachment key":
        del incident["attachments"][0]["key"]
    return incident


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        ("missing description", "$", "'description' is a required property"),
        ("unknown behaviour", "$.behaviours[1]", "must be one of"),
        ("extra property", "$", "'mood' was unexpected"),
        ("bad date-time", "$.occurred.start", "is not a valid date-time"),
        ("date-time without offset", "$.recorded_at", "is not a valid date-time"),
        ("impossible date", "$.report.reported_at", "is not a valid date-time"),
        ("bad time zone", "$.occurred.time_zone", "not a time zone"),
        ("directory time zone", "$.occurred.time_zone", "not a time zone"),
        ("end before start", "$.occurred.end", "before occurred.start"),
        ("duplicate attachment ids", "$.attachments[1].attachment_id", "listed twice"),
        ("other without behaviour_other", "$", "'behaviour_other' is a required property"),
        ("empty behaviours", "$.behaviours", "at least 1 items"),
        ("extra attachment property", "$.attachments[0]", "'thumbnail' was unexpected"),
        ("uppercase sha256", "$.attachments[0].sha256", "does not match"),
        ("short key", "$.attachments[0].key", "does not match"),
        ("latitude out of range", "$.location.coordinates.latitude", "at most 90"),
        ("lowercase currency", "$.impact.cost.currency", "does not match"),
        ("missing attachment key", "$.attachments[0]", "'key' is a required property"),
    ],
)
def test_invalid_incident_is_rejected_naming_the_field(change: str, path: str, words: str) -> None:
    message = problems_of(broken(change))
    assert f"{path}: " in message
    assert words in message


def test_every_problem_is_listed() -> None:
    incident = broken("end before start")
    incident["occurred"]["time_zone"] = "Mars/Olympus"
    del incident["description"]
    with pytest.raises(IncidentInvalid) as caught:
        validate_incident(incident)
    assert len(caught.value.problems) == 3
    assert all(": " in problem for problem in caught.value.problems)


def test_messages_do_not_echo_the_victims_words() -> None:
    incident = full_incident()
    incident["description"] = 12345
    incident["location"]["description"] = "secret place " * 1000
    incident["occurred"]["time_zone"] = "Mars/Olympus"
    message = problems_of(incident)
    assert "$.occurred.time_zone: " in message
    assert "Olympus" not in message
    assert "$.description: must be of type string" in message
    assert "secret place" not in message
    assert "12345" not in message


def test_unknown_schema_version_is_rejected_alone() -> None:
    incident = full_incident()
    incident["schema_version"] = 3
    incident["mood"] = "scared"
    with pytest.raises(IncidentInvalid) as caught:
        validate_incident(incident)
    assert caught.value.problems == ["$.schema_version: version 3 is not known here"]


def test_schema_version_is_read_as_a_json_number() -> None:
    """2.0 is version 2, as JSON Schema's const and the SDK read it (§14.1);
    true is no version, though Python's True == 1."""
    incident = full_incident()
    incident["schema_version"] = 2.0
    validate_incident(incident)
    incident["schema_version"] = True
    with pytest.raises(IncidentInvalid) as caught:
        validate_incident(incident)
    assert caught.value.problems == ["$.schema_version: version True is not known here"]


def test_missing_schema_version_is_rejected() -> None:
    incident = full_incident()
    del incident["schema_version"]
    assert "'schema_version' is a required property" in problems_of(incident)


def test_machine_dependent_zone_is_rejected() -> None:
    incident = full_incident()
    incident["occurred"]["time_zone"] = "localtime"
    assert "$.occurred.time_zone: " in problems_of(incident)


def test_end_equal_to_start_and_later_in_other_offset_are_fine() -> None:
    incident = full_incident()
    incident["occurred"]["end"] = "2025-03-14T21:05:00Z"
    validate_incident(incident)
    # 22:00+01:00 is 21:00Z, before the start; 22:30+01:00 is after it.
    incident["occurred"]["end"] = "2025-03-14T22:00:00+01:00"
    assert "before occurred.start" in problems_of(incident)
    incident["occurred"]["end"] = "2025-03-14T22:30:00+01:00"
    validate_incident(incident)


def test_lowercase_rfc3339_letters_are_accepted() -> None:
    incident = full_incident()
    incident["occurred"]["end"] = "2025-03-14t21:40:00z"
    assert is_valid(incident)


def test_sixty_five_attachments_are_too_many() -> None:
    incident = full_incident()
    incident["attachments"] = [
        attachment(f"0b0c9d6e-3f4a-4c1e-9a51-{index:012x}") for index in range(65)
    ]
    assert "$.attachments: must have at most 64 items" in problems_of(incident)


def test_new_incident_builds_a_valid_incident() -> None:
    start = datetime(2025, 3, 14, 21, 5, tzinfo=ZoneInfo("Europe/London"))
    incident = new_incident(
        "He followed me from the station.",
        ["following"],
        start=start,
        end=start + timedelta(minutes=20),
        time_zone="Europe/London",
        perpetrator={"known": False, "description": "Tall man in a grey hoodie"},
    )
    assert incident["schema_version"] == 2
    assert incident["occurred"] == {
        "start": "2025-03-14T21:05:00+00:00",
        "end": "2025-03-14T21:25:00+00:00",
        "time_zone": "Europe/London",
    }
    recorded = datetime.fromisoformat(incident["recorded_at"])
    assert abs(recorded - datetime.now(UTC)) < timedelta(minutes=1)


def test_new_incident_refuses_naive_times_and_invalid_content() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        new_incident("x", ["following"], start=datetime(2025, 1, 1), time_zone="UTC")
    with pytest.raises(IncidentInvalid, match="behaviour_other"):
        new_incident("x", ["other"], start=datetime.now(UTC), time_zone="UTC")


def version_2_incident() -> dict[str, Any]:
    """Version 1's full incident with every field version 2 adds."""
    incident = full_incident()
    incident["schema_version"] = 2
    incident["perpetrator"]["identifiers"] = [
        {"kind": "phone", "value": "+44 7700 900123"},
        {"kind": "handle", "value": "@elm_watcher", "platform": "Instagram"},
    ]
    incident["perpetrator"]["identified_by"] = "the number he used before"
    incident["told_to_stop"] = {
        "told": True,
        "when": "2025-02-01T10:00:00+00:00",
        "how": "by text",
    }
    incident["orders_in_force"] = [
        {
            "document_id": "5e0c7a2d-91b4-4c36-8f27-3d1a6b9e0c58",
            "order_id": "spo-1",
            "condition_id": "c1",
        }
    ]
    incident["evidence_kept"] = [
        {"what": "CCTV of the road", "where": "the corner shop", "keep_until": "2025-04-13"}
    ]
    incident["third_parties"] = [{"who": "my sister", "how": "Facebook message"}]
    incident["report"]["officer"] = {"name": "PC Dana Reid", "collar_number": "4521"}
    return incident


def test_version_1_and_version_2_incidents_both_validate() -> None:
    validate_incident(full_incident())
    incident = version_2_incident()
    validate_incident(incident)
    assert len(incident) == DIGEST_SLOTS  # version 2 uses every slot
    assert len(disclose(incident)) == DIGEST_SLOTS


def test_version_2_fields_are_refused_in_a_version_1_incident() -> None:
    incident = version_2_incident()
    incident["schema_version"] = 1
    found = problems_of(incident)
    assert (
        "$: Additional properties are not allowed ('evidence_kept', 'orders_in_force', "
        "'third_parties', 'told_to_stop' were unexpected)"
    ) in found
    assert "('identified_by', 'identifiers' were unexpected)" in found
    assert "$.report: Additional properties are not allowed ('officer' was unexpected)" in found


def test_version_2_checks_its_own_fields() -> None:
    incident = version_2_incident()
    incident["orders_in_force"][0]["document_id"] = "not-a-uuid"
    incident["perpetrator"]["identifiers"][0]["kind"] = "pager"
    incident["told_to_stop"] = {"when": "2025-02-01T10:00:00+00:00"}
    found = problems_of(incident)
    assert "$.orders_in_force[0].document_id: is not a valid uuid" in found
    assert "$.perpetrator.identifiers[0].kind: must be one of" in found
    assert "$.told_to_stop: 'told' is a required property" in found
