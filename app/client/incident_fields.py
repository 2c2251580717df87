"""Building and changing incidents from a few simple values (what a form or
the command line gives), and comparing two versions field by field.

Every function returns a validated incident (app/client/incident.py), so
nothing invalid ever reaches encryption, let alone the server.
"""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal

from app.client.incident import (
    INCIDENT_SCHEMA_VERSION,
    IncidentInvalid,
    load_schema,
    validate_incident,
)

BEHAVIOURS: tuple[str, ...] = tuple(load_schema()["properties"]["behaviours"]["items"]["enum"])
_MACHINE_ZONES = frozenset({"localtime", "posixrules"})


@dataclass(frozen=True)
class FieldValues:
    """Values for some incident fields; None (or empty) leaves a field as it is.

    Times are ISO 8601 text; one without a UTC offset is wall-clock time in
    `time_zone` (or the incident's zone)."""

    description: str | None = None
    behaviours: tuple[str, ...] = ()
    behaviour_other: str | None = None
    start: str | None = None
    end: str | None = None
    time_zone: str | None = None
    place: str | None = None
    perpetrator: str | None = None
    reported: bool | None = None
    police_reference: str | None = None
    reported_to: str | None = None
    fear_of_violence: bool | None = None
    alarm_or_distress: bool | None = None
    daily_life: str | None = None  # how it changed the victim's day-to-day life
    witnesses: tuple[tuple[str, str | None], ...] = ()  # (name, how to reach them)

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, ()) for f in fields(self))


def create(values: FieldValues, now: dt.datetime) -> dict[str, Any]:
    """A new incident; it starts `now` unless `values.start` says otherwise,
    in `values.time_zone` or else this computer's zone."""
    zone = values.time_zone or local_zone_name()
    base: dict[str, Any] = {
        "schema_version": INCIDENT_SCHEMA_VERSION,
        "occurred": {"start": _in_zone(now, zone).replace(microsecond=0).isoformat()},
    }
    return _apply(base, FieldValues(**{**_as_dict(values), "time_zone": zone}), now)


def merge(current: dict[str, Any], values: FieldValues, now: dt.datetime) -> dict[str, Any]:
    """The current incident with the given fields replaced and recorded_at set
    to `now`. Values that are parts of an object (start, place, the
    perpetrator's name, the report) replace only that part."""
    return _apply(current, values, now)


def with_attachments(
    incident: dict[str, Any], references: Sequence[dict[str, Any]]
) -> dict[str, Any]:
    """The incident with these attachment references added after its own."""
    if not references:
        return incident
    changed = {**incident, "attachments": [*incident.get("attachments", []), *references]}
    validate_incident(changed)
    return changed


def _as_dict(values: FieldValues) -> dict[str, Any]:
    return {f.name: getattr(values, f.name) for f in fields(values)}


def _apply(base: dict[str, Any], values: FieldValues, now: dt.datetime) -> dict[str, Any]:
    incident = dict(base)
    incident["occurred"] = _occurred(dict(base.get("occurred", {})), values)
    incident["recorded_at"] = now.astimezone(dt.UTC).isoformat()
    if values.description is not None:
        incident["description"] = values.description
    if values.behaviours:
        incident["behaviours"] = list(dict.fromkeys(values.behaviours))
    if values.behaviour_other is not None:
        incident["behaviour_other"] = values.behaviour_other
    if values.place is not None:
        incident["location"] = {**base.get("location", {}), "description": values.place}
    if values.perpetrator is not None:
        incident["perpetrator"] = {
            **base.get("perpetrator", {}),
            "known": True,
            "name": values.perpetrator,
        }
    if values.reported is not None or values.police_reference or values.reported_to:
        incident["report"] = _report(dict(base.get("report", {})), values)
    impact = _impact(dict(base.get("impact", {})), values)
    if impact:
        incident["impact"] = impact
    if values.witnesses:
        incident["witnesses"] = [
            {"name": name, **({"contact": contact} if contact else {})}
            for name, contact in values.witnesses
        ]
    validate_incident(incident)
    return incident


def _occurred(occurred: dict[str, Any], values: FieldValues) -> dict[str, Any]:
    if values.time_zone is not None:
        occurred["time_zone"] = values.time_zone
    zone = str(occurred.get("time_zone", "UTC"))
    if values.start is not None:
        occurred["start"] = _moment(values.start, zone, "start")
    if values.end is not None:
        occurred["end"] = _moment(values.end, zone, "end")
    return occurred


def _report(report: dict[str, Any], values: FieldValues) -> dict[str, Any]:
    # A police reference means it was reported, unless told otherwise.
    report["reported"] = True if values.reported is None else values.reported
    if values.police_reference is not None:
        report["police_reference"] = values.police_reference
    if values.reported_to is not None:
        report["to"] = values.reported_to
    return report


def _impact(impact: dict[str, Any], values: FieldValues) -> dict[str, Any]:
    if values.fear_of_violence is not None:
        impact["fear_of_violence"] = values.fear_of_violence
    if values.alarm_or_distress is not None:
        impact["alarm_or_distress"] = values.alarm_or_distress
    if values.daily_life is not None:
        impact["changes_to_daily_life"] = values.daily_life
    return impact


def values_from_json(data: dict[str, Any]) -> FieldValues:
    """FieldValues as `dataclasses.asdict` wrote them to JSON (lists for tuples)."""
    given = dict(data)
    given["behaviours"] = tuple(given.get("behaviours", ()))
    given["witnesses"] = tuple((str(w[0]), w[1]) for w in given.get("witnesses", ()))
    return FieldValues(**given)


def _moment(text: str, zone: str, name: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(text.strip().upper())
    except ValueError:
        raise IncidentInvalid([f"$.occurred.{name}: is not a valid ISO 8601 date-time"]) from None
    if moment.utcoffset() is None:
        if not is_zone(zone):
            raise IncidentInvalid(
                ["$.occurred.time_zone: is not a time zone in the IANA tz database"]
            )
        moment = moment.replace(tzinfo=zoneinfo.ZoneInfo(zone))
    return moment.isoformat()


def _in_zone(moment: dt.datetime, zone: str) -> dt.datetime:
    return moment.astimezone(zoneinfo.ZoneInfo(zone)) if is_zone(zone) else moment


def is_zone(name: str) -> bool:
    """Whether `name` is an IANA zone that means the same on every machine."""
    if name in _MACHINE_ZONES or name.startswith("/"):
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def local_zone_name() -> str:
    """This computer's IANA zone name when it can be told, else "UTC"."""
    for candidate in _zone_candidates():
        if candidate and is_zone(candidate):
            return candidate
    return "UTC"


def _zone_candidates() -> Iterable[str]:
    yield os.environ.get("TZ", "").removeprefix(":")
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "/zoneinfo/" in target:
            yield target.split("/zoneinfo/", 1)[1]
    try:
        yield Path("/etc/timezone").read_text(encoding="utf-8").strip()
    except OSError:
        return


ChangeKind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class FieldChange:
    field: str
    kind: ChangeKind


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[FieldChange]:
    """What differs between two versions, top-level field by field, in field order."""
    changes = []
    for name in dict.fromkeys([*before, *after]):
        if name not in before:
            changes.append(FieldChange(name, "added"))
        elif name not in after:
            changes.append(FieldChange(name, "removed"))
        elif before[name] != after[name]:
            changes.append(FieldChange(name, "changed"))
    return changes
