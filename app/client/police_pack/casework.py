"""The pack for police work: a schedule of incidents, a factual course of
conduct summary, exhibits labelled in the producer's initials (JS/1, JS/2),
a production paragraph for a witness statement, a CSV timeline and the
threats and violence per week that show escalation.

Labels: the producer (the victim, who produces the exhibits in her
statement) chooses her initials when the pack is written. The number is
the file's number in her whole diary, which her device gives each file at
export (app/client/bundle_casework.py), so the same file has the same label
in every bundle, whichever incidents each holds; the numbers of one bundle
may therefore skip. A bundle made before those numbers existed numbers its
exhibits in the order of the incidents (by when each began), then by the
SHA-256 of the original file: stable only while no earlier incident is
added or left out. The pack's exhibit list always names each label's
SHA-256, which is what ties a label to a file (docs/FOR-POLICE.md).

Orders: the orders the incidents name, as the victim's orders case
document states them, come with the bundle; an incident that names an
order (and a condition of it) and happened while the order was in force
is a possible breach. Only that: whether it is one is for the police and
the court."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from dataclasses import dataclass

from app.client.police_pack.model import Exhibit, Incident, PolicePack
from app.client.police_pack.orders import breach_line, possible_breaches
from app.client.police_pack.text import behaviour_label, format_date, local_start

INITIALS = re.compile(r"^[A-Z]{1,4}$")


def check_initials(initials: str) -> str:
    value = initials.strip().upper()
    if not INITIALS.fullmatch(value):
        raise ValueError("initials are 1 to 4 letters, such as JS")
    return value


def _start_key(incident: Incident) -> tuple[str, int]:
    start = incident.occurred_start
    return ("" if start is None else start.astimezone(dt.UTC).isoformat(), incident.number)


def _signed_sha256(exhibit: Exhibit) -> str:
    return exhibit.metadata.original_sha256 or exhibit.sha256


def labels(pack: PolicePack, initials: str) -> dict[str, str]:
    """Each exhibit's bundle reference (EX001-1) to its label (JS/1)."""
    producer = check_initials(initials)
    if all(e.number is not None for e in pack.exhibits):
        return {e.reference: f"{producer}/{e.number}" for e in pack.exhibits}
    ordered = [
        exhibit
        for incident in sorted(pack.incidents, key=_start_key)
        for exhibit in sorted(incident.exhibits, key=_signed_sha256)
    ]
    return {e.reference: f"{producer}/{n}" for n, e in enumerate(ordered, start=1)}


def _text(incident: Incident, name: str) -> str:
    value = incident.current.fields.get(name)
    return value if isinstance(value, str) else ""


def one_line(incident: Incident, limit: int = 90) -> str:
    words = " ".join(_text(incident, "description").split())
    if not words:
        return "(description withheld)"
    if len(words) <= limit:
        return words
    return words[: limit - 1].rsplit(" ", 1)[0] + "\N{HORIZONTAL ELLIPSIS}"


def _witnesses(incident: Incident) -> str:
    found = incident.current.fields.get("witnesses")
    if not isinstance(found, list):
        return ""
    return "; ".join(str(w.get("name", "")) for w in found if isinstance(w, dict))


def _police_reference(incident: Incident) -> str:
    report = incident.current.fields.get("report")
    if isinstance(report, dict) and isinstance(report.get("police_reference"), str):
        return str(report["police_reference"])
    return ""


def _impact(incident: Incident) -> dict[str, object]:
    impact = incident.current.fields.get("impact")
    return impact if isinstance(impact, dict) else {}


@dataclass(frozen=True)
class ScheduleRow:
    number: int
    when: str
    behaviours: str
    summary: str
    exhibits: str
    witnesses: str
    police_reference: str
    possible_breaches: str = ""


def schedule(pack: PolicePack, initials: str) -> list[ScheduleRow]:
    named = labels(pack, initials)
    rows = []
    for n, incident in enumerate(sorted(pack.incidents, key=_start_key), start=1):
        start = local_start(incident)
        rows.append(
            ScheduleRow(
                number=n,
                when="time withheld" if start is None else start.strftime("%d/%m/%Y %H:%M"),
                behaviours=", ".join(behaviour_label(b) for b in incident.behaviours),
                summary=one_line(incident),
                exhibits=", ".join(named[e.reference] for e in incident.exhibits),
                witnesses=_witnesses(incident),
                police_reference=_police_reference(incident),
                possible_breaches="; ".join(map(breach_line, possible_breaches(pack, incident))),
            )
        )
    return rows


def course_of_conduct(pack: PolicePack) -> list[str]:
    """Counts only, in plain sentences: what the record shows, not what it proves."""
    incidents = pack.incidents
    days = [s.date() for s in map(local_start, incidents) if s is not None]
    fear = sum(bool(_impact(i).get("fear_of_violence")) for i in incidents)
    alarm = sum(bool(_impact(i).get("alarm_or_distress")) for i in incidents)
    daily = sum(bool(_impact(i).get("changes_to_daily_life")) for i in incidents)
    threats = sum("threats" in i.behaviours for i in incidents)
    violence = sum("violence" in i.behaviours for i in incidents)
    period = (
        f"between {format_date(min(days))} and {format_date(max(days))}"
        f" ({(max(days) - min(days)).days + 1} days)"
        if days
        else "at times not disclosed"
    )
    return [
        f"{len(incidents)} incidents were recorded {period}.",
        f"Fear that violence would be used was recorded in {fear} of them; alarm or "
        f"distress in {alarm}.",
        f"An effect on day-to-day life was recorded in {daily}.",
        f"Threats were recorded in {threats} and violence in {violence}.",
        *_breach_count(pack),
    ]


def _breach_count(pack: PolicePack) -> list[str]:
    if not pack.orders:
        return []
    marked = sum(bool(possible_breaches(pack, i)) for i in pack.incidents)
    return [f"{marked} happened while an order they name was in force (possible breaches)."]


def production_paragraph(pack: PolicePack, initials: str, name: str = "I") -> str:
    named = labels(pack, initials)
    ordered = sorted(pack.exhibits, key=lambda e: int(named[e.reference].split("/")[1]))
    items = "; ".join(
        f"{named[e.reference]}, {e.file_name} (SHA-256 {e.sha256[:16]}\N{HORIZONTAL ELLIPSIS})"
        for e in ordered
    )
    if not ordered:
        return f"{name} produce no exhibits with this record."
    return (
        f"{name} produce the following exhibits, each a file I recorded in the Daybook "
        f"diary on my phone and exported in evidence bundle {pack.bundle_id}, whose "
        f"SHA-256 is listed in full in the pack: {items}."
    )


def timeline_csv(pack: PolicePack, initials: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "number",
            "date_time",
            "time_zone",
            "behaviours",
            "summary",
            "exhibits",
            "witnesses",
            "police_reference",
            "possible_breaches",
        ]
    )
    zones = {i.number: i.time_zone or "" for i in pack.incidents}
    numbers = [i.number for i in sorted(pack.incidents, key=_start_key)]
    for row, number in zip(schedule(pack, initials), numbers, strict=True):
        writer.writerow(
            [
                row.number,
                row.when,
                zones[number],
                row.behaviours,
                row.summary,
                row.exhibits,
                row.witnesses,
                row.police_reference,
                row.possible_breaches,
            ]
        )
    return out.getvalue()


@dataclass(frozen=True)
class Week:
    monday: dt.date
    threats: int
    violence: int
    other: int


def escalation(pack: PolicePack) -> list[Week]:
    """Every week from the first incident to the last, empty ones too; each
    incident counted once, as violence, else threats, else other."""
    counts: dict[dt.date, Counter[str]] = {}
    for incident in pack.incidents:
        start = local_start(incident)
        if start is None:
            continue
        monday = start.date() - dt.timedelta(days=start.weekday())
        week = counts.setdefault(monday, Counter())
        # Each incident counts once, as the most serious thing it records.
        shown = set(incident.behaviours)
        week[
            "violence" if "violence" in shown else "threats" if "threats" in shown else "other"
        ] += 1
    if not counts:
        return []
    weeks, day = [], min(counts)
    while day <= max(counts):
        c = counts.get(day, Counter())
        weeks.append(Week(day, c["threats"], c["violence"], c["other"]))
        day += dt.timedelta(weeks=1)
    return weeks
