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
from app.client.i18n import _
from app.client.incident_fields import BEHAVIOURS, FieldValues

SHORT_TEXT, NAME, LONG_TEXT, DESCRIPTION = 2000, 200, 20000, 50000
MAX_WITNESSES = 32

Save = Callable[[FieldValues, frozenset[str]], None]


def _text(question: str, limit: int, *, required: bool = False) -> str | None:
    """A free-text answer of at most `limit` characters; None when skipped."""
    prompt = question if required else _("{question} (Enter to skip)").format(question=question)
    while True:
        answer = str(typer.prompt(prompt, default="", show_default=False)).strip()
        if not answer and required:
            err.print(_("Please type something; it can be short."))
        elif len(answer) > limit:
            too_long = _("That is {count} characters; at most {limit} fit here.")
            err.print(too_long.format(count=len(answer), limit=limit))
        else:
            return answer or None


def _yes_no(question: str) -> bool | None:
    # English answers are always understood; a translation adds its own words.
    yes = {"y", "yes", *_("y yes").split()}
    no = {"n", "no", *_("n no").split()} - yes
    prompt = _("{question} (y/n, Enter to skip)").format(question=question)
    while True:
        word = str(typer.prompt(prompt, default="", show_default=False)).strip().lower()
        if word in ("", "skip", _("skip")):
            return None
        if word in yes | no:
            return word in yes
        err.print(_("Answer y or n, or press Enter to skip."))


def _behaviours() -> tuple[str, ...]:
    # The report's labels, with the report's Babel: only when the questions are asked.
    from app.client.police_pack.text import behaviour_label

    for number, name in enumerate(BEHAVIOURS, start=1):
        out.print(f"  {number:2}. {behaviour_label(name)}")
    while True:
        answer = str(typer.prompt(_("Behaviours (numbers from the list, separated by commas)")))
        parts = answer.replace(",", " ").split()
        if parts and all(p.isdigit() and 1 <= int(p) <= len(BEHAVIOURS) for p in parts):
            return tuple(dict.fromkeys(BEHAVIOURS[int(p) - 1] for p in parts))
        err.print(_("Give one or more numbers from 1 to {last}.").format(last=len(BEHAVIOURS)))


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
    prompt = (
        _("{question} (Enter for {default})").format(question=question, default=default[0])
        if default
        else _("{question} (Enter to skip)").format(question=question)
    )
    while True:
        typed = str(typer.prompt(prompt, default="", show_default=False)).strip()
        if not typed:
            if default is None:
                return None
            moment = default[1]
        else:
            try:
                moment = typed_times.parse(typed, zone, now)
            except typed_times.UnreadableTime as exc:
                err.print(Text(_("Sorry: {problem}.").format(problem=exc)))
                continue
        if not_before is not None and moment < not_before:
            err.print(_("That is before it started; type when it ended."))
            continue
        check = _("That is {time}. Right?").format(time=typed_times.describe(moment, zone))
        if typer.confirm(f"  {check}", default=True):
            return moment


def _witnesses() -> tuple[tuple[str, str | None], ...]:
    found: list[tuple[str, str | None]] = []
    question = _("Did anyone see or hear it? Their name or who they are")
    while len(found) < MAX_WITNESSES:
        name = _text(question, NAME)
        if name is None:
            break
        found.append((name, _text(_("How can {name} be reached?").format(name=name), SHORT_TEXT)))
        question = _("Anyone else? Their name or who they are")
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

    def answer(question: str, **changes: object) -> None:  # a question's key, not its words
        nonlocal values
        values = dataclasses.replace(values, **changes)  # type: ignore[arg-type]
        asked.add(question)
        save(values, frozenset(asked))

    def due(question: str, given: object) -> bool:
        return question not in asked and given in (None, ())

    if due("what", values.description):
        answer(
            "what",
            description=_text(_("What happened, in your own words"), DESCRIPTION, required=True),
        )
    if due("behaviours", values.behaviours):
        answer("behaviours", behaviours=_behaviours())
    if "other" in values.behaviours and due("other", values.behaviour_other):
        text = _text(_("What was the other behaviour?"), SHORT_TEXT, required=True)
        answer("other", behaviour_other=text)
    if due("start", values.start):
        taken = _("when {file} was taken")
        enter = (_("now"), now) if photo is None else (taken.format(file=photo[0].name), photo[1])
        start = _moment(_("When did it start?"), zone, now, enter)
        answer("start", start=None if start is None else start.isoformat())
    if due("end", values.end) and values.start is not None:
        began = dt.datetime.fromisoformat(values.start)
        end = _moment(_("When did it end, if it went on?"), zone, now, None, not_before=began)
        answer("end", end=None if end is None else end.isoformat())
    if due("where", values.place):
        answer("where", place=_text(_("Where did it happen?"), SHORT_TEXT))
    if due("who", values.perpetrator):
        answer("who", perpetrator=_text(_("Who did it, if you know?"), NAME))
    if due("fear", values.fear_of_violence):
        fear = _yes_no(_("Did it make you fear violence would be used?"))
        answer("fear", fear_of_violence=fear)
    if due("distress", values.alarm_or_distress):
        answer("distress", alarm_or_distress=_yes_no(_("Did it cause you alarm or distress?")))
    if due("daily_life", values.daily_life):
        changed = _text(_("Has it changed your daily life? How?"), LONG_TEXT)
        answer("daily_life", daily_life=changed)
    if due("witnesses", values.witnesses):
        answer("witnesses", witnesses=_witnesses())
    if due("reported", values.reported):
        reported = _yes_no(_("Did you report it to the police or anyone else?"))
        answer("reported", reported=reported)
    if values.reported and due("reported_to", values.reported_to):
        reported_to = _text(_("Who to (the police, a helpline)"), SHORT_TEXT)
        answer("reported_to", reported_to=reported_to)
    if values.reported and due("reference", values.police_reference):
        reference = _text(_("The police reference number, if you have one"), 100)
        answer("reference", police_reference=reference)
    return values
