"""Validating an incident (the plaintext of one diary entry) against its schema.

The JSON Schemas in schemas/ are the language-neutral contract, one file per
version (`schema_version` says which: incident.schema.json is version 1,
incident-v2.schema.json version 2; old entries keep their version). This
module applies the incident's own with format assertions switched on, then adds
the rules a schema cannot express: the time zone exists, the incident does not
end before it starts, and no attachment is listed twice.

Problem messages name the field and the rule but never echo what was written
there: an incident is the victim's most sensitive plaintext, and exception
text tends to end up in logs and crash reports.
"""

from __future__ import annotations

import uuid
import zoneinfo
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from app.client import json_schema

SCHEMA_FILES = {1: "incident.schema.json", 2: "incident-v2.schema.json"}
# The version new incidents are written in.
INCIDENT_SCHEMA_VERSION = 2
SCHEMA_PATH = json_schema.SCHEMAS / SCHEMA_FILES[INCIDENT_SCHEMA_VERSION]

# Names the tz database ships that mean "whatever this machine is set to":
# they load here but would mean a different zone on the reader's machine.
_MACHINE_ZONES = frozenset({"localtime", "posixrules"})


class IncidentInvalid(ValueError):
    """The incident breaks the schema or a rule beside it; `problems` lists each."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("invalid incident:\n" + "\n".join(self.problems))


def load_schema(version: int = INCIDENT_SCHEMA_VERSION) -> dict[str, Any]:
    return json_schema.load(SCHEMA_FILES[version])


def _known_version(value: object) -> int | None:
    """The schema version `value` names, if it is one known here. A number is
    read as JSON Schema and JavaScript read it (docs/protocol §14.1): `2.0` is
    2, which the schema's `const` accepts and the SDK cannot tell apart; a
    bool is no number."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value not in SCHEMA_FILES:
        return None
    return int(value)


def _schema_name(incident: object) -> str:
    """The file of the incident's version; version 1's when it was withheld."""
    version = incident.get("schema_version") if isinstance(incident, dict) else None
    return SCHEMA_FILES[_known_version(version) or 1]


def validate_incident(incident: dict[str, Any]) -> None:
    """Raise IncidentInvalid listing every problem as "path: message"."""
    version = incident.get("schema_version") if isinstance(incident, dict) else None
    if version is not None and _known_version(version) is None:
        # A reader must not guess at a version it does not know; the schema's
        # complaints about its fields would only be noise.
        raise IncidentInvalid([f"$.schema_version: version {version!r} is not known here"])
    validate_disclosed(incident, ())


def validate_disclosed(incident: dict[str, Any], withheld: Iterable[str]) -> None:
    """As validate_incident, for an incident some of whose fields were withheld
    (in an evidence bundle): only their absence is forgiven."""
    name = _schema_name(incident)
    problems: list[str] = []
    # Most incidents are valid: the fast validator says so in a few µs, where
    # jsonschema takes about a hundred (a fifth of verifying a synced entry).
    if not json_schema.surely_valid(name, incident):
        problems = _schema_problems(name, incident, withheld)
    if isinstance(incident, dict):
        problems += _extra_problems(incident)
    if problems:
        raise IncidentInvalid(sorted(problems))


def _schema_problems(name: str, incident: Any, withheld: Iterable[str]) -> list[str]:
    forgiven = {f"{field!r} is a required property" for field in withheld}
    return [
        f"{error.json_path}: {json_schema.describe(error)}"
        for error in json_schema.validator(name).iter_errors(incident)
        if not (error.validator == "required" and error.message in forgiven)
    ]


def new_incident(
    description: str,
    behaviours: Sequence[str],
    *,
    start: datetime,
    time_zone: str,
    end: datetime | None = None,
    recorded_at: datetime | None = None,
    **optional: Any,
) -> dict[str, Any]:
    """A validated incident; `optional` takes the other top-level fields as they are."""
    occurred: dict[str, Any] = {"start": _timestamp(start), "time_zone": time_zone}
    if end is not None:
        occurred["end"] = _timestamp(end)
    incident: dict[str, Any] = {
        "schema_version": INCIDENT_SCHEMA_VERSION,
        "occurred": occurred,
        "recorded_at": _timestamp(recorded_at or datetime.now(UTC)),
        "description": description,
        "behaviours": list(behaviours),
        **optional,
    }
    validate_incident(incident)
    return incident


def occurred_at(incident: dict[str, Any]) -> datetime:
    """When the incident began, as an instant (for sorting)."""
    return datetime.fromisoformat(str(incident["occurred"]["start"]).upper())


def _timestamp(moment: datetime) -> str:
    if moment.utcoffset() is None:
        raise ValueError("incident times must be timezone-aware")
    return moment.isoformat()


def _extra_problems(incident: dict[str, Any]) -> list[str]:
    occurred = incident.get("occurred")
    problems = []
    if isinstance(occurred, dict):
        problems += _time_zone_problems(occurred.get("time_zone"))
        problems += _order_problems(occurred.get("start"), occurred.get("end"))
    problems += _attachment_problems(incident.get("attachments"))
    return problems


def _time_zone_problems(name: object) -> list[str]:
    if not isinstance(name, str):
        return []  # missing or mistyped: the schema has said so
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: a tz database directory such as "Europe" is not a zone.
        return ["$.occurred.time_zone: is not a time zone in the IANA tz database"]
    if name in _MACHINE_ZONES:
        return ["$.occurred.time_zone: depends on the machine; give the zone's own name"]
    return []


def _order_problems(start: object, end: object) -> list[str]:
    begins, ends = _parse_time(start), _parse_time(end)
    if begins is None or ends is None:
        return []  # absent or malformed: the schema's format check reports that
    if ends < begins:
        return ["$.occurred.end: is before occurred.start"]
    return []


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        # RFC 3339 allows lowercase "t" and "z", which fromisoformat does not.
        moment = datetime.fromisoformat(value.upper())
    except ValueError:
        return None  # includes leap seconds (:60), which the format check accepts
    return moment if moment.utcoffset() is not None else None


def file_ids(incident: dict[str, Any]) -> list[uuid.UUID]:
    """Every file the incident's attachment references point to: each
    original, and each stripped copy that is a file of its own. The signed
    commitment lists exactly these."""
    found = []
    for reference in incident.get("attachments", []):
        found.append(uuid.UUID(reference["attachment_id"]))
        stripped = reference.get("stripped", {})
        if "attachment_id" in stripped:
            found.append(uuid.UUID(stripped["attachment_id"]))
    return found


def _attachment_problems(attachments: object) -> list[str]:
    if not isinstance(attachments, list):
        return []
    seen: set[str] = set()
    problems = []
    for index, attachment in enumerate(attachments):
        if not isinstance(attachment, dict):
            continue
        stripped = attachment.get("stripped")
        stripped = stripped if isinstance(stripped, dict) else {}
        where = f"$.attachments[{index}]"
        for path, identifier in (
            (f"{where}.attachment_id", attachment.get("attachment_id")),
            (f"{where}.stripped.attachment_id", stripped.get("attachment_id")),
        ):
            if not isinstance(identifier, str):
                continue
            if identifier in seen:
                problems.append(f"{path}: the same attachment is listed twice")
            seen.add(identifier)
        own_file = "attachment_id" in stripped
        if stripped and not own_file and stripped.get("sha256") != attachment.get("sha256"):
            problems.append(
                f"{where}.stripped: without its own file it must be the original itself"
            )
    # Imported here: the command line lists the behaviours (this module) in its
    # help without loading the cryptography app.protocol.commitment needs.
    from app.protocol.commitment import MAX_ATTACHMENTS

    if len(seen) > MAX_ATTACHMENTS:
        problems.append(f"$.attachments: at most {MAX_ATTACHMENTS} files, stripped copies included")
    return problems
