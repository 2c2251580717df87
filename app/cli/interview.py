"""Recording an incident by question and answer (`daybook entry add` with
no --what): each answer is checked where it is typed and asked again until it
is right, times are read as people type them and confirmed, the questions
after what happened (where, who, impact, witnesses, report) can be skipped,
and every answer is kept in an encrypted draft as soon as it is given, so an
interruption loses nothing: the next `entry add` offers the draft back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import typer
from rich.text import Text

from app.cli.common import err, out
from app.client import typed_times
from app.client.incident_fields import BEHAVIOURS, FieldValues

SHORT_TEXT, NAME, LONG_TEXT, DESCRIPTION = 2000, 200, 20000, 50000
MAX_WITNESSES = 32

Save = Callable[[FieldValues, frozenset[str]], None]


def _text(question: str, limit: int, *, required: bool = False) -> str | None:
    """A free-text answer of at most `limit` characters; None when skipped."""
    suffix = "" if required else " (Enter to skip)"
    while True:
        answer = str(typer.prompt(question + suffix, default="", show_default=False)).strip()
        if not answer and required:
            err.print("Please type something; it can be short.")
        elif len(answer) > limit:
            err.print(f"That is {len(answer)} characters; at most {limit} fit here.")
        else:
            return answer or None


def _yes_no(question: str) -> bool | None:
    while True:
        answer = str(
            typer.prompt(f"{question} (y/n, Enter to skip)", default="", show_default=False)
        )
        word = answer.strip().lower()
        if word in ("", "skip"):
            return None
        if word in ("y", "yes", "n", "no"):
            return word.startswith("y")
        err.print("Answer y or n, or press Enter to skip.")


def _behaviours() -> tuple[str, ...]:
    for number, name in enumerate(BEHAVIOURS, start=1):
        out.print(f"  {number:2}. {name.replace('_', ' ')}")
    while True:
        answer = str(typer.prompt("Behaviours (numbers from the list, separated by commas)"))
        parts = answer.replace(",", " ").split()
        if parts and all(p.isdigit() and 1 <= int(p) <= len(BEHAVIOURS) for p in parts):
            return tuple(dict.fromkeys(BEHAVIOURS[int(p) - 1] for p in parts))
        err.print(f"Give one or more numbers from 1 to {len(BEHAVIOURS)}.")


def _moment(
    question: str,
    zone: str,
    now: dt.datetime,
    default: tuple[str, dt.datetime] | None,
    *,
    not_before: dt.datetime | None = None,
) -> dt.datetime | None:
    """A time typed as people type it, confirmed; None when skipped (only
    possible without a default). `default` is (what Enter means, its moment)."""
    hint = f" (Enter for {default[0]})" if default else " (Enter to skip)"
    while True:
        typed = str(typer.prompt(question + hint, default="", show_default=False)).strip()
        if not typed:
            if default is None:
                return None
            moment = default[1]
        else:
            try:
                moment = typed_times.parse(typed, zone, now)
            except typed_times.UnreadableTime as exc:
                err.print(Text(f"Sorry: {exc}."))
                continue
        if not_before is not None and moment < not_before:
            err.print("That is before it started; type when it ended.")
            continue
        if typer.confirm(f"  That is {typed_times.describe(moment, zone)}. Right?", default=True):
            return moment


def _witnesses() -> tuple[tuple[str, str | None], ...]:
    found: list[tuple[str, str | None]] = []
    question = "Did anyone see or hear it? Their name or who they are"
    while len(found) < MAX_WITNESSES:
        name = _text(question, NAME)
        if name is None:
            break
        found.append((name, _text(f"How can {name} be reached?", SHORT_TEXT)))
        question = "Anyone else? Their name or who they are"
    return tuple(found)


def ask(
    values: FieldValues,
    asked: set[str],
    zone: str,
    now: dt.datetime,
    photo: tuple[Path, dt.datetime] | None,
    save: Save,
) -> FieldValues:
    """Ask what `values` lacks and was not `asked` before (a draft's), calling
    `save` after every answer; `asked` grows with each question answered."""

    def answer(question: str, **changes: object) -> None:
        nonlocal values
        values = dataclasses.replace(values, **changes)  # type: ignore[arg-type]
        asked.add(question)
        save(values, frozenset(asked))

    def due(question: str, given: object) -> bool:
        return question not in asked and given in (None, ())

    if due("what", values.description):
        answer(
            "what",
            description=_text("What happened, in your own words", DESCRIPTION, required=True),
        )
    if due("behaviours", values.behaviours):
        answer("behaviours", behaviours=_behaviours())
    if "other" in values.behaviours and due("other", values.behaviour_other):
        text = _text("What was the other behaviour?", SHORT_TEXT, required=True)
        answer("other", behaviour_other=text)
    if due("start", values.start):
        enter = ("now", now) if photo is None else (f"when {photo[0].name} was taken", photo[1])
        start = _moment("When did it start?", zone, now, enter)
        answer("start", start=None if start is None else start.isoformat())
    if due("end", values.end) and values.start is not None:
        began = dt.datetime.fromisoformat(values.start)
        end = _moment("When did it end, if it went on?", zone, now, None, not_before=began)
        answer("end", end=None if end is None else end.isoformat())
    if due("where", values.place):
        answer("where", place=_text("Where did it happen?", SHORT_TEXT))
    if due("who", values.perpetrator):
        answer("who", perpetrator=_text("Who did it, if you know?", NAME))
    if due("fear", values.fear_of_violence):
        answer("fear", fear_of_violence=_yes_no("Did it make you fear violence would be used?"))
    if due("distress", values.alarm_or_distress):
        answer("distress", alarm_or_distress=_yes_no("Did it cause you alarm or distress?"))
    if due("daily_life", values.daily_life):
        answer("daily_life", daily_life=_text("Has it changed your daily life? How?", LONG_TEXT))
    if due("witnesses", values.witnesses):
        answer("witnesses", witnesses=_witnesses())
    if due("reported", values.reported):
        answer("reported", reported=_yes_no("Did you report it to the police or anyone else?"))
    if values.reported and due("reported_to", values.reported_to):
        answer("reported_to", reported_to=_text("Who to (the police, a helpline)", SHORT_TEXT))
    if values.reported and due("reference", values.police_reference):
        reference = _text("The police reference number, if you have one", 100)
        answer("reference", police_reference=reference)
    return values
