"""The words both police-pack renderers print: labels, times, field values, amendments.

Keeping the wording in one place means the HTML and the PDF say exactly the
same thing, which matters when an officer holds one against the other. Nothing
here escapes anything: each renderer escapes for its own markup.
"""

from __future__ import annotations

import datetime as dt
import itertools
import zoneinfo
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from babel.dates import format_date as babel_date

from app.client.i18n import N_, _, language_name, locale, ngettext
from app.client.incident_fields import changed_fields, is_zone
from app.client.police_pack.model import Exhibit, Incident, PolicePack, Version
from app.client.version_diff import PLAIN_LEGEND, FieldDiff, compare, plain

WITHHELD = N_("withheld by the victim")
# The seal time is the statement's created_at: signed by the victim's device, by
# its own clock, and checked only against the log's times (docs/FOR-POLICE.md).
DEVICE_CLOCK = N_("the victim's device clock")
LineKind = Literal["value", "paragraph", "item", "withheld"]
TIME_SOURCES_NOTE = N_("Each source shows that the version existed by the time given.")
VERIFICATION_NOTE = N_(
    "Daybook checked each item below when it opened the bundle and produced this report."
)

# The first seven use the words of the Protection from Harassment Act 1997
# s.2A(3), so an officer recognises the statutory examples of stalking at once.
BEHAVIOUR_LABELS: dict[str, str] = {
    "following": N_("Following a person"),
    "contacting": N_("Contacting, or attempting to contact, a person by any means"),
    "publishing": N_(
        "Publishing any statement or other material relating or purporting to relate"
        " to a person, or purporting to originate from a person"
    ),
    "monitoring_communications": N_(
        "Monitoring the use by a person of the internet, email or any other form"
        " of electronic communication"
    ),
    "loitering": N_("Loitering in any place (whether public or private)"),
    "interfering_with_property": N_("Interfering with any property in the possession of a person"),
    "watching_or_spying": N_("Watching or spying on a person"),
    "threats": N_("Threats"),
    "violence": N_("Violence or force"),
    "other": N_("Other behaviour (described by the victim)"),
}

# In the schema's order, which is the order a section prints its fields in.
FIELD_LABELS: dict[str, str] = {
    "schema_version": N_("Schema version"),
    "occurred": N_("When it happened"),
    "recorded_at": N_("When it was written down"),
    "location": N_("Where it happened"),
    "description": N_("What happened"),
    "behaviours": N_("Behaviours"),
    "behaviour_other": N_("The other behaviour"),
    "perpetrator": N_("Perpetrator"),
    "witnesses": N_("Witnesses"),
    "impact": N_("Impact on the victim"),
    "report": N_("Reporting"),
    "attachments": N_("Exhibits"),
}

# Printed in an incident's times and exhibits instead; the schema version is a
# format detail, not evidence.
_NOT_IN_FIELD_LIST = frozenset({"schema_version", "occurred", "recorded_at", "attachments"})

# Keyed "parent.part" where the same part name means different things.
_PART_LABELS: dict[str, str] = {
    "location.description": N_("Place"),
    "coordinates": N_("Coordinates"),
    "known": N_("Known to the victim"),
    "name": N_("Name"),
    "relationship": N_("Relationship to the victim"),
    "perpetrator.description": N_("Description"),
    "contact": N_("Contact"),
    "statement": N_("Statement"),
    "fear_of_violence": N_("Feared that violence would be used"),
    "alarm_or_distress": N_("Caused alarm or distress"),
    "changes_to_daily_life": N_("Changes to day-to-day life"),
    "cost": N_("Cost to the victim"),
    "notes": N_("Notes"),
    "reported": N_("Reported"),
    "to": N_("Reported to"),
    "police_reference": N_("Police reference"),
    "reported_at": N_("Reported at"),
}
_ITEM_LABELS = {"witnesses": N_("Witness")}
_TIME_PARTS = frozenset({"reported_at"})

TIME_SOURCE_LABELS: dict[str, str] = {
    "server": N_("Daybook receipt"),
    "tsa": N_("RFC 3161 time-stamp"),
    "witness": N_("Witness cosignature"),
}


@dataclass(frozen=True)
class Line:
    """One printed line of a field, "label: text", indented by `depth`.

    A line without text heads the deeper lines after it; one without a label
    is a value on its own. `kind` tells a renderer how to set it: a paragraph
    of the victim's own words, one item of a list, or the withheld notice."""

    label: str
    text: str
    depth: int = 0
    kind: LineKind = "value"


# Times


def format_date(day: dt.date) -> str:
    """ "Mon 3 Mar 2025", with the names of the chosen language (Babel's, not the machine's)."""
    return str(babel_date(day, "EEE d MMM y", locale=locale()))


def format_utc(moment: dt.datetime) -> str:
    utc = moment.astimezone(dt.UTC)
    return f"{format_date(utc.date())}, {_clock(utc)} UTC"


def format_local(moment: dt.datetime, zone: str | None) -> str:
    """Wall-clock time in `zone` with its UTC offset, or in the moment's own offset."""
    local = in_zone(moment, zone)
    name = local.tzname() or ""
    # Zones without an abbreviation give "+03", which only repeats the offset.
    abbreviation = f" {name}" if name[:1].isalpha() and name != "UTC" else ""
    where = f", {zone}" if zone and is_zone(zone) else ""
    return f"{format_date(local.date())}, {_clock(local)}{abbreviation} ({_offset(local)}{where})"


def format_moment(moment: dt.datetime, zone: str | None) -> str:
    """The local wall-clock time where it happened and the same instant in UTC."""
    return f"{format_local(moment, zone)}; {format_utc(moment)}"


def format_time_text(text: str, zone: str | None) -> str:
    moment = parse_time(text)
    return text if moment is None else format_moment(moment, zone)


def parse_time(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def in_zone(moment: dt.datetime, zone: str | None) -> dt.datetime:
    return moment.astimezone(zoneinfo.ZoneInfo(zone)) if zone and is_zone(zone) else moment


def local_start(incident: Incident) -> dt.datetime | None:
    """When the incident began, on the wall clock where it happened."""
    start = incident.occurred_start
    return None if start is None else in_zone(start, incident.time_zone)


def _clock(moment: dt.datetime) -> str:
    exact = moment.second == 0 and moment.microsecond == 0
    return moment.strftime("%H:%M" if exact else "%H:%M:%S")


def _offset(moment: dt.datetime) -> str:
    minutes = int((moment.utcoffset() or dt.timedelta()).total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def _gap(earlier: dt.datetime, later: dt.datetime) -> str:
    """How long after the start, to the two largest units ("1 day 2 hours")."""
    seconds = int((later - earlier).total_seconds())
    if seconds < 0:
        return _("before it began")
    if seconds < 60:
        return _("within a minute of it beginning")
    units = (
        (seconds // 86400, ngettext("{count} day", "{count} days", seconds // 86400)),
        (seconds // 3600 % 24, ngettext("{count} hour", "{count} hours", seconds // 3600 % 24)),
        (seconds // 60 % 60, ngettext("{count} minute", "{count} minutes", seconds // 60 % 60)),
    )
    first = next(index for index, (count, _unit) in enumerate(units) if count)
    shown = [unit.format(count=n) for n, unit in units[first : first + 2] if n]
    return _("{duration} after it began").format(duration=" ".join(shown))


# The pack as a whole


def incident_count(count: int) -> str:
    return ngettext("{count} incident", "{count} incidents", count).format(count=count)


def format_period(pack: PolicePack) -> str:
    days = [start.date() for start in map(local_start, pack.incidents) if start is not None]
    if not days:
        return _("no incident times disclosed")
    return _("{first} to {last}").format(first=format_date(min(days)), last=format_date(max(days)))


def summary_sentence(pack: PolicePack) -> str:
    sentence = _(
        "This report sets out {incidents} recorded in Daybook, from {period}. Each time is"
        " shown on the local clock where the incident happened, with its offset from UTC,"
        " and again in UTC."
    )
    return sentence.format(
        incidents=incident_count(len(pack.incidents)), period=format_period(pack)
    )


def labels_language() -> str:
    """What the report says about its own words: its labels' language, and the victim's."""
    return _(
        "The labels of this report are in {language}; what the victim wrote is as they"
        " wrote it, never translated."
    ).format(language=language_name())


def summary_rows(pack: PolicePack) -> list[tuple[str, str]]:
    here = _("this computer's clock")
    return [
        (_("Bundle"), str(pack.bundle_id)),
        (_("Sealed on the victim's device"), f"{format_utc(pack.sealed_at)} ({_(DEVICE_CLOCK)})"),
        (_("Opened and verified"), f"{format_utc(pack.opened_at)} ({here})"),
        (_("Period covered"), format_period(pack)),
        (_("Incidents"), str(len(pack.incidents))),
        (_("Exhibits"), exhibits_summary(pack)),
        (_("Victim's key fingerprint (as `daybook keys show` prints it)"), pack.owner_fingerprint),
        (_("Evidence log"), pack.log_origin),
        (
            _("Log checkpoint"),
            _("size {size}, root {root}").format(
                size=pack.checkpoint_size, root=pack.checkpoint_root
            ),
        ),
        (_("Language of the labels"), language_name()),
    ]


def exhibits_summary(pack: PolicePack) -> str:
    withheld = sum(exhibit.withheld for exhibit in pack.exhibits)
    stripped = stripped_count(pack)
    text = f"{len(pack.exhibits)} ({withheld} {_(WITHHELD)}"
    stripped_text = _("{count} with metadata stripped").format(count=stripped)
    return text + (f"; {stripped_text})" if stripped else ")")


def behaviour_label(code: str) -> str:
    return _(BEHAVIOUR_LABELS[code]) if code in BEHAVIOUR_LABELS else code


def behaviour_rows(pack: PolicePack) -> list[tuple[str, int]]:
    """Incidents showing each behaviour, in the Act's order, and how many withheld them."""
    counts = pack.behaviour_counts()
    order = [*BEHAVIOUR_LABELS, *sorted(set(counts) - set(BEHAVIOUR_LABELS))]
    rows = [(behaviour_label(code), counts[code]) for code in order if counts[code]]
    withheld = sum("behaviours" in i.current.withheld for i in pack.incidents)
    return (
        [*rows, (_("Behaviours {withheld}").format(withheld=_(WITHHELD)), withheld)]
        if withheld
        else rows
    )


# One incident


def incident_heading(incident: Incident) -> str:
    return _("Incident {number}").format(number=incident.number)


def incident_subtitle(incident: Incident) -> str:
    start = incident.occurred_start
    if start is None:
        return _("Time {withheld}").format(withheld=_(WITHHELD))
    return format_local(start, incident.time_zone)


def time_rows(incident: Incident) -> list[tuple[str, str]]:
    """When it happened, was first written down and reached the server.

    The first version's recorded_at is the one that shows how contemporaneous
    the note is; later versions are in the amendments."""
    zone, start = incident.time_zone, incident.occurred_start
    occurred = incident.current.fields.get("occurred")
    end = parse_time(str(occurred.get("end", ""))) if isinstance(occurred, dict) else None
    first, current = incident.versions[0], incident.current
    written = parse_time(first.recorded_at or "")
    rows = [(_("Happened"), _(WITHHELD) if start is None else format_moment(start, zone))]
    if end is not None:
        rows.append((_("Ended"), format_moment(end, zone)))
    if written is None:
        rows.append((_("First written down"), _(WITHHELD)))
    else:
        gap = "" if start is None else f" ({_gap(start, written)})"
        rows.append((_("First written down"), format_moment(written, zone) + gap))
    rows.append((_("Received by Daybook (version 1)"), format_utc(first.received_at)))
    if current is not first:
        label = _("Received by Daybook (version {number}, current)").format(number=current.version)
        rows.append((label, format_utc(current.received_at)))
    return rows


def time_source_rows(incident: Incident) -> list[tuple[str, str, str, str, str]]:
    """(version, kind, name, time, detail) for every source, oldest version first."""
    return [
        (
            str(version.version),
            _(TIME_SOURCE_LABELS[source.kind])
            if source.kind in TIME_SOURCE_LABELS
            else source.kind,
            source.name,
            format_utc(source.time),
            source.detail,
        )
        for version in incident.versions
        for source in version.time_sources
    ]


def recorded_fields(version: Version, zone: str | None) -> list[tuple[str, list[Line]]]:
    """Each field a section lists, labelled, in the schema's order; a withheld
    field appears where it would have been, so its absence is plain."""
    return _recorded(version.fields, version.withheld, zone)


def _recorded(
    fields: dict[str, Any], withheld: Sequence[str], zone: str | None
) -> list[tuple[str, list[Line]]]:
    names = [*fields, *withheld]
    order = [*FIELD_LABELS, *sorted(set(names) - set(FIELD_LABELS))]
    withheld_line = [Line("", _(WITHHELD).capitalize(), kind="withheld")]
    return [
        (
            field_label(name),
            withheld_line if name in withheld else field_lines(name, fields[name], zone),
        )
        for name in order
        if name in names and name not in _NOT_IN_FIELD_LIST
    ]


def field_label(name: str) -> str:
    return _(FIELD_LABELS[name]) if name in FIELD_LABELS else name.replace("_", " ").capitalize()


def field_lines(name: str, value: Any, zone: str | None) -> list[Line]:
    """A top-level field's value as printable lines; the description keeps its paragraphs."""
    if name == "behaviours" and isinstance(value, list):
        return [Line("", behaviour_label(str(code)), kind="item") for code in value]
    if name == "description" and isinstance(value, str):
        return [Line("", part, kind="paragraph") for part in value.splitlines() if part.strip()]
    if isinstance(value, dict | list):
        return list(_nested_lines(name, value, zone, 0))
    return [Line("", _scalar(name, value, zone))]


def _nested_lines(parent: str, value: Any, zone: str | None, depth: int) -> Iterator[Line]:
    if isinstance(value, list):
        for number, item in enumerate(value, 1):
            label = f"{_(_ITEM_LABELS.get(parent, N_('Item')))} {number}"
            if isinstance(item, dict):
                yield Line(label, "", depth)
                yield from _nested_lines(parent, item, zone, depth + 1)
            else:
                yield Line(label, _scalar(parent, item, zone), depth)
        return
    for key, part in value.items():
        part_label = _PART_LABELS.get(f"{parent}.{key}") or _PART_LABELS.get(key)
        label = _(part_label) if part_label else field_label(key)
        if key == "coordinates" and isinstance(part, dict):
            yield Line(label, _coordinates(part), depth)
        elif key == "cost" and isinstance(part, dict):
            yield Line(label, f"{part.get('amount', 0):,.2f} {part.get('currency', '')}", depth)
        elif isinstance(part, dict | list):
            yield Line(label, "", depth)
            yield from _nested_lines(key, part, zone, depth + 1)
        else:
            yield Line(label, _scalar(key, part, zone), depth)


def _scalar(key: str, value: Any, zone: str | None) -> str:
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if key in _TIME_PARTS and isinstance(value, str):
        return format_time_text(value, zone)
    return str(value)


def _coordinates(value: dict[str, Any]) -> str:
    text = f"{value.get('latitude', 0):.5f}, {value.get('longitude', 0):.5f} (WGS 84)"
    accuracy = value.get("accuracy_m")
    within = _("within {metres} m")
    return text if accuracy is None else f"{text}, {within.format(metres=f'{accuracy:g}')}"


@dataclass(frozen=True)
class Amendment:
    version: int
    received: str
    written: str
    changes: str


def amendments(incident: Incident) -> list[Amendment]:
    """Each later version against the one before it."""
    return [
        Amendment(
            version=after.version,
            received=format_utc(after.received_at),
            written=_written(after, incident.time_zone),
            changes=amendment_summary(before, after),
        )
        for before, after in itertools.pairwise(incident.versions)
    ]


def _written(version: Version, zone: str | None) -> str:
    recorded = version.recorded_at
    return _(WITHHELD) if recorded is None else format_time_text(recorded, zone)


def amendment_summary(before: Version, after: Version) -> str:
    """Which fields the later version changed, added or removed.

    A field withheld from either version cannot be compared; `recorded_at`
    changes with every amendment, so the amendment's own time says it."""
    hidden = set(before.withheld) | set(after.withheld)
    changes = [
        change
        for change in changed_fields(before.fields, after.fields)
        if change.field not in hidden and change.field != "recorded_at"
    ]
    parts = [
        f"{_(heading)}: " + ", ".join(field_label(c.field) for c in changes if c.kind == kind)
        for kind, heading in _CHANGE_KINDS
        if any(c.kind == kind for c in changes)
    ]
    if hidden:
        names = ", ".join(field_label(name) for name in sorted(hidden))
        parts.append(
            _("Not comparable ({withheld}): {names}").format(withheld=_(WITHHELD), names=names)
        )
    return ". ".join(parts) + "." if parts else _("No disclosed field changed.")


_CHANGE_KINDS = (("changed", N_("Changed")), ("added", N_("Added")), ("removed", N_("Removed")))


# Every version's wording


VERSIONS_NOTE = N_(
    "Each version below is the account as the victim's device signed it, in full as"
    " disclosed; the current one is also set out above."
)


@dataclass(frozen=True)
class VersionText:
    """One version's disclosed text, marked against the version before."""

    version: int
    heading: str
    fields: list[FieldDiff]


def field_texts(
    fields: dict[str, Any], withheld: Sequence[str], zone: str | None
) -> list[tuple[str, str]]:
    """A version's fields as labelled plain text, in the order a section
    prints them, when it happened first; withheld fields are left out."""
    occurred = fields.get("occurred")
    texts: list[tuple[str, str]] = []
    if isinstance(occurred, dict):
        when = format_time_text(str(occurred.get("start", "")), zone)
        if isinstance(occurred.get("end"), str):
            until = _("until {time}").format(time=format_time_text(occurred["end"], zone))
            when += f" {until}"
        texts.append((field_label("occurred"), when))
    for label, lines in _recorded(fields, (), zone):
        texts.append((label, "\n".join(_line_text(line) for line in lines)))
    names = [str(a.get("file_name")) for a in fields.get("attachments", [])]
    if names:
        texts.append((field_label("attachments"), ", ".join(names)))
    hidden = {field_label(name) for name in withheld}
    return [(label, text) for label, text in texts if label not in hidden]


def _line_text(line: Line) -> str:
    indent = "  " * line.depth
    if line.label and line.text:
        return f"{indent}{line.label}: {line.text}"
    return f"{indent}{line.label or line.text}"


def version_texts(incident: Incident) -> list[VersionText]:
    """Every version, oldest first, each marked against the one before; a field
    withheld from a version says so instead of its text."""
    zone = incident.time_zone
    found = []
    previous: Version | None = None
    for version in incident.versions:
        after = field_texts(version.fields, version.withheld, zone)
        before = None if previous is None else field_texts(previous.fields, (), zone)
        diffs = compare(before, after)
        diffs += [
            FieldDiff(field_label(name), (), note=_(WITHHELD).capitalize())
            for name in version.withheld
            if name not in _NOT_IN_FIELD_LIST or name == "occurred"
        ]
        order = _label_order()
        diffs.sort(key=lambda diff: order.get(diff.label, len(order)))
        found.append(VersionText(version.version, _version_heading(version, zone), diffs))
        previous = version
    return found


def _label_order() -> dict[str, int]:
    """Where each field stands in a version's text: the section's order, files last."""
    names = [*(name for name in FIELD_LABELS if name != "attachments"), "attachments"]
    return {field_label(name): index for index, name in enumerate(names)}


def _version_heading(version: Version, zone: str | None) -> str:
    return _("Version {number}: received by Daybook {received}; written down {written}").format(
        number=version.version,
        received=format_utc(version.received_at),
        written=_written(version, zone),
    )


def history_text(versions: Sequence[tuple[int, dt.datetime, dict[str, Any]]]) -> str:
    """A diary entry's versions (number, received, incident) as plain text,
    each marked against the one before, for a terminal."""
    if not versions:
        return ""
    zone = _zone_of(versions[-1][2])
    lines = [PLAIN_LEGEND] if len(versions) > 1 else []
    previous: list[tuple[str, str]] | None = None
    for number, received, fields in versions:
        current = field_texts(fields, (), zone)
        lines.append("")
        lines.append(_version_heading(Version(number, fields, (), received, 0, ""), zone))
        for diff in compare(previous, current):
            lines.append(f"  {diff.label}: {plain(diff.segments)}".replace("\n", "\n    "))
        previous = current
    return "\n".join(lines)


def _zone_of(fields: dict[str, Any]) -> str | None:
    occurred = fields.get("occurred")
    zone = occurred.get("time_zone") if isinstance(occurred, dict) else None
    return zone if isinstance(zone, str) else None


# Exhibits


def format_size(size: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if size >= scale:
            exact = ngettext("{count} byte", "{count} bytes", size).format(count=f"{size:,}")
            return f"{size / scale:.1f} {unit} ({exact})"
    return ngettext("{count} byte", "{count} bytes", size).format(count=f"{size:,}")


def exhibit_captured(exhibit: Exhibit, zone: str | None) -> str:
    return format_time_text(exhibit.captured_at, zone) if exhibit.captured_at else _("not recorded")


def exhibit_kind(exhibit: Exhibit) -> str:
    return f"{exhibit.media_type}, {format_size(exhibit.size)}"


STRIPPED_NOTE = N_(
    "Metadata stripped: the file in the pack is the copy without its embedded details"
    " (EXIF including GPS position, XMP, comments), the picture's data unchanged; the"
    " victim's device signed its SHA-256 together with the original's when the file"
    " was attached."
)
UNSTRIPPED_LEFT_OUT = N_(
    "the place is withheld, and this kind of file cannot be stripped of embedded"
    " details that may show where it was made."
)
_METADATA_LINES = {
    "none": N_("Original file: it held no embedded details to strip."),
    "unstripped": N_(
        "Not stripped: the file as recorded, with any embedded details (such as a GPS"
        " position); the victim chose to include it."
    ),
}


def exhibit_status(exhibit: Exhibit) -> list[str]:
    """Where the file is in the pack (status, then path), then what it holds
    besides the picture when that matters."""
    if exhibit.pack_path is None and exhibit.metadata.kind == "unstripped":
        return [_("File {withheld}:").format(withheld=_(WITHHELD)), _(UNSTRIPPED_LEFT_OUT)]
    if exhibit.pack_path is None:
        return [_("File {withheld}").format(withheld=_(WITHHELD))]
    lines = [_("In the pack:"), exhibit.pack_path]
    metadata = exhibit.metadata
    if metadata.kind == "stripped":
        lines.append(_("Metadata stripped."))
    elif metadata.kind in _METADATA_LINES:
        lines.append(_(_METADATA_LINES[metadata.kind]))
    return lines


def exhibit_hashes(exhibit: Exhibit) -> list[tuple[str, str]]:
    """(label, SHA-256) of the file in the pack, and of the original when the
    pack holds the stripped copy."""
    original = exhibit.metadata.original_sha256
    if exhibit.metadata.kind != "stripped" or original is None:
        return [("", exhibit.sha256)]
    return [(_("Stripped copy:"), exhibit.sha256), (_("Original:"), original)]


def stripped_count(pack: PolicePack) -> int:
    return sum(e.metadata.kind == "stripped" and not e.withheld for e in pack.exhibits)
