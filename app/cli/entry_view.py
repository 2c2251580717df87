"""How an entry is shown: a row of `entry list`, the whole verified history
of `entry show` and `advocate read`, and its JSON form."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zoneinfo
from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text

from app.cli.common import local_time, out
from app.client import i18n, incident_fields
from app.client.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from app.client.diary import VerifiedVersion


def _wall_clock(moment: str, zone: str) -> str:
    local = dt.datetime.fromisoformat(moment.upper()).astimezone(zoneinfo.ZoneInfo(zone))
    return local.strftime("%Y-%m-%d %H:%M %Z")


def _happened(incident: dict[str, Any]) -> str:
    occurred = incident["occurred"]
    zone = str(occurred["time_zone"])
    text = _wall_clock(occurred["start"], zone)
    if "end" in occurred:
        text = _("{start} to {end}").format(start=text, end=_wall_clock(occurred["end"], zone))
    return f"{text} ({zone})"


def _first_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0] if lines else ""


def _behaviours(incident: dict[str, Any]) -> str:
    text = ", ".join(incident["behaviours"])
    other = incident.get("behaviour_other")
    return (
        _("{behaviours} (other: {other})").format(behaviours=text, other=other) if other else text
    )


def summary_headings() -> tuple[str, ...]:
    """The headings of `summary_row`'s columns."""
    return (_("id"), _("happened"), _("behaviours"), _("what"), _("versions"), _("files"))


def summary_row(version: VerifiedVersion) -> tuple[Text, ...]:
    incident = version.incident
    return (
        Text(str(version.entry_id)[:8]),
        Text(_happened(incident)),
        Text(", ".join(incident["behaviours"])),
        Text(_first_line(incident["description"])),
        Text(str(version.version)),
        Text(str(len(incident.get("attachments", [])))),
    )


def _place(location: dict[str, Any]) -> str:
    parts = [str(location["description"])] if "description" in location else []
    if "coordinates" in location:
        point = location["coordinates"]
        parts.append(f"{point['latitude']}, {point['longitude']}")
    return "; ".join(parts)


def _who(perpetrator: dict[str, Any]) -> str:
    name = perpetrator.get("name") or (_("known") if perpetrator["known"] else _("not known"))
    extra = [str(perpetrator[k]) for k in ("relationship", "description") if k in perpetrator]
    return "; ".join([str(name), *extra])


def _report(report: dict[str, Any]) -> str:
    if not report["reported"]:
        return _("no")
    parts = [_("yes")]
    if "to" in report:
        parts.append(_("to {whom}").format(whom=report["to"]))
    if "police_reference" in report:
        parts.append(_("police reference {reference}").format(reference=report["police_reference"]))
    if "reported_at" in report:
        parts.append(_("on {time}").format(time=local_time(report["reported_at"])))
    return ", ".join(parts)


_SHOWN = {"schema_version", "occurred", "recorded_at", "description", "behaviours"}
_SHOWN |= {"behaviour_other", "location", "perpetrator", "report", "attachments"}


def _details(incident: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [
        (_("Happened"), _happened(incident)),
        (_("Written"), local_time(incident["recorded_at"])),
        (_("Behaviours"), _behaviours(incident)),
    ]
    if "location" in incident:
        rows.append((_("Where"), _place(incident["location"])))
    if "perpetrator" in incident:
        rows.append((_("Who"), _who(incident["perpetrator"])))
    if "report" in incident:
        rows.append((_("Reported"), _report(incident["report"])))
    for name in incident.keys() - _SHOWN:
        rows.append((name.replace("_", " ").capitalize(), json.dumps(incident[name])))
    return rows


def _size(size: int) -> str:
    from babel.numbers import format_decimal  # only when sizes are shown, not for --help

    if size < 1024:
        return f"{format_decimal(size, locale=i18n.locale())} B"
    return f"{format_decimal(size / 1024**2, '#,##0.00', locale=i18n.locale())} MiB"


def _print_attachments(references: list[dict[str, Any]]) -> None:
    if not references:
        return
    out.print("\n" + _("Attachments ({count}):").format(count=len(references)))
    table = Table(_("file"), _("type"), _("size"), "sha256")
    for ref in references:
        row = (ref["file_name"], ref["media_type"], _size(ref["size"]), ref["sha256"])
        table.add_row(*map(Text, row))
    out.print(table)


def _changes(changes: list[incident_fields.FieldChange]) -> str:
    grouped: dict[str, list[str]] = {}
    for change in changes:
        grouped.setdefault(change.kind, []).append(change.field)
    return "; ".join(
        _(_CHANGE_KINDS[kind]).format(fields=", ".join(names)) for kind, names in grouped.items()
    )


_CHANGE_KINDS = {
    "changed": N_("changed {fields}"),
    "added": N_("added {fields}"),
    "removed": N_("removed {fields}"),
}


def _print_history(history: list[VerifiedVersion]) -> None:
    heading = _(
        "History (every version verified: signed by the account that wrote it, each "
        "linked to the one before, and opens as a whole incident):"
    )
    out.print("\n" + heading)
    table = Table(_("version"), _("received"), _("written"), _("what changed"))
    previous: VerifiedVersion | None = None
    for version in history:
        changes = _("first version")
        if previous is not None:
            changes = _changes(incident_fields.changed_fields(previous.incident, version.incident))
        row = (
            local_time(version.received_at),
            local_time(version.incident["recorded_at"]),
            changes,
        )
        table.add_row(str(version.version), *map(Text, row))
        previous = version
    out.print(table)


def print_entry(history: list[VerifiedVersion]) -> None:
    latest = history[-1]
    incident = latest.incident
    count = ngettext("{count} version", "{count} versions", len(history))
    title = _("Entry {entry} ({versions})")
    out.print(
        Text(
            title.format(entry=latest.entry_id, versions=count.format(count=len(history))),
            style="bold",
        )
    )
    details = [(label + ":", value) for label, value in _details(incident)]
    width = max(12, *(len(label) + 1 for label, _value in details))
    for label, value in details:
        out.print(Text.assemble((label.ljust(width), "bold"), value), soft_wrap=True)
    out.print(Text(_("What happened:"), style="bold"))
    out.print(Text(incident["description"]), soft_wrap=True)
    _print_attachments(incident.get("attachments", []))
    _print_history(history)
    if len(history) > 1:
        from app.client.police_pack import text as police_text

        out.print(Text("\n" + _("Every version as written:"), style="bold"))
        versions = [(v.version, v.received_at, v.incident) for v in history]
        out.print(Text(police_text.history_text(versions)), soft_wrap=True)


def history_json(history: list[VerifiedVersion]) -> dict[str, Any]:
    versions = []
    for index, version in enumerate(history):
        before = history[index - 1].incident if index else {}
        changes = incident_fields.changed_fields(before, version.incident)
        versions.append(
            {
                "version": version.version,
                "received_at": version.received_at.isoformat(),
                "changes": [dataclasses.asdict(c) for c in changes],
                "incident": version.incident,
            }
        )
    return {"entry_id": str(history[-1].entry_id), "versions": versions}
