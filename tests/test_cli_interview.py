"""`daybook entry add` by question and answer never loses what was typed:
each answer is checked where it is typed and asked again, times are read as
people type them and confirmed, a photo's capture time is offered as the
start, impact, witnesses and reporting are asked (and skippable), and the
answers are kept in an encrypted draft that the next `entry add` offers back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.client.photos import jpeg_with_place
from tests.test_cli import run
from tests.test_cli_diary import add, ok
from tests.test_cli_diary import profile_path as profile_path  # the fixture
from tests.test_cli_diary import signed_in as signed_in  # the fixture

SKIP_THE_REST = "\n" * 7  # where... report: every optional question after the end


def drafts(profile: Path) -> list[Path]:
    directory = profile.parent / "drafts"
    return sorted(directory.glob("*.json")) if directory.exists() else []


def incident_of(profile: Path, entry_id: str) -> dict[str, Any]:
    shown = json.loads(ok(profile, "entry", "show", entry_id, "--json").stdout)
    incident = shown["versions"][-1]["incident"]
    assert isinstance(incident, dict)
    return incident


def test_every_question_checks_its_answer_and_asks_again(signed_in: Path) -> None:
    answers = [
        "",  # what happened: required
        "He followed me from the station",
        "12",  # not a behaviour number
        "1, 5",
        "banana",  # not a time
        "14/03 21:05",
        "y",  # "That is Saturday 14 March ..., 21:05 UTC (UTC). Right?"
        "14/03 20:00",  # an end before the start
        "14/03 21:40",
        "y",
        "High Street",
        "",  # who: skipped
        "y",  # fear of violence
        "maybe",  # not y or n
        "y",  # alarm or distress
        "I take a taxi home now",
        "The newsagent",
        "07700 900123",
        "",  # no other witness
        "y",  # reported
        "Northshire Police",
        "CAD 991",
    ]

    entry_id = add(signed_in, "--tz", "UTC", input="\n".join(answers) + "\n")

    incident = incident_of(signed_in, entry_id)
    assert incident["description"] == "He followed me from the station"
    assert incident["behaviours"] == ["following", "loitering"]
    assert incident["occurred"]["start"].endswith("-03-14T21:05:00+00:00")
    assert incident["occurred"]["end"].endswith("-03-14T21:40:00+00:00")
    assert incident["location"] == {"description": "High Street"}
    assert "perpetrator" not in incident
    assert incident["impact"] == {
        "fear_of_violence": True,
        "alarm_or_distress": True,
        "changes_to_daily_life": "I take a taxi home now",
    }
    assert incident["witnesses"] == [{"name": "The newsagent", "contact": "07700 900123"}]
    assert incident["report"] == {
        "reported": True,
        "to": "Northshire Police",
        "police_reference": "CAD 991",
    }
    assert drafts(signed_in) == []


def test_problems_are_said_where_they_are_typed(signed_in: Path) -> None:
    typed = "\nWatched me\n12\n7\nbanana\nnext year\n2026-03-01T08:00\ny\n"
    result = run(signed_in, "entry", "add", "--tz", "UTC", input=typed)  # then input runs out

    assert "Please type something" in result.stderr
    assert "Give one or more numbers from 1 to 10" in result.stderr
    assert "Sorry: could not read 'banana' as a time; try `yesterday 9pm`" in result.stderr
    assert "is in the future" in result.stderr
    assert "That is Sunday 1 March 2026, 08:00 UTC (UTC). Right?" in result.stdout


def test_an_interrupted_interview_is_kept_encrypted_and_offered_back(signed_in: Path) -> None:
    stopped = run(
        signed_in, "entry", "add", "--tz", "UTC", input="Sat in a car outside my house\n7\n"
    )
    assert stopped.exit_code == 1
    assert "Your answers so far are kept on this computer, encrypted" in stopped.stderr
    [draft] = drafts(signed_in)
    assert "outside my house" not in draft.read_text()
    assert "No entries." in ok(signed_in, "entry", "list").stdout

    carried_on = ok(
        signed_in,
        "entry",
        "add",
        "--tz",
        "UTC",
        input="y\n2026-03-01T08:00\ny\n\n" + SKIP_THE_REST,  # what and behaviours are kept
    )

    assert "You began an entry" in carried_on.stdout
    assert '"Sat in a car outside my house"' in carried_on.stdout
    assert f"Added entry {draft.stem} (version 1)" in carried_on.stdout
    incident = incident_of(signed_in, draft.stem)
    assert incident["description"] == "Sat in a car outside my house"
    assert incident["behaviours"] == ["watching_or_spying"]
    assert drafts(signed_in) == []


def test_a_photo_capture_time_is_offered_as_the_start(signed_in: Path, tmp_path: Path) -> None:
    photo = tmp_path / "car.jpg"
    photo.write_bytes(jpeg_with_place())  # taken 2026-09-01 20:15:00

    result = ok(
        signed_in,
        *("entry", "add", "--tz", "UTC", "--attach", str(photo)),
        input="His car again\n5\n\ny\n\n" + SKIP_THE_REST,
    )

    assert "Enter for when car.jpg was taken" in result.stdout
    entry_id = result.stdout.split("Added entry ")[1].split()[0]
    assert incident_of(signed_in, entry_id)["occurred"]["start"] == "2026-09-01T20:15:00+00:00"
