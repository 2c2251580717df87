"""The advocate's advisory flags: each raised by the pattern it names, with
its reason, and not raised without it."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from app.client.case_flags import Order, SharedIncident, flags
from tests.protocol import make_case_flag_vectors

TODAY = dt.date(2026, 12, 6)


def shared(
    days_ago: int, behaviours: list[str], place: str = "the high street", **more: Any
) -> SharedIncident:
    start = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(21), dt.UTC)
    incident = {
        "schema_version": 2,
        "occurred": {"start": start.isoformat(), "time_zone": "Europe/London"},
        "location": {"description": place},
        "description": "what happened",
        "behaviours": behaviours,
        **more,
    }
    return SharedIncident(uuid.uuid4(), incident)


def kinds(found: list[Any]) -> list[str]:
    return [f.kind for f in found]


def test_nothing_is_flagged_for_a_quiet_case() -> None:
    assert flags([shared(60, ["contacting"]), shared(3, ["contacting"])], TODAY) == []


def test_rising_compares_the_last_four_weeks_with_the_four_before() -> None:
    before = [shared(40, ["contacting"])]
    recent = [shared(20, ["contacting"]), shared(9, ["following"]), shared(1, ["contacting"])]
    (flag,) = flags(before + recent, TODAY)
    assert flag.kind == "rising"
    assert flag.reason == "3 incidents in the 4 weeks to 6 Dec 2026, 1 in the 4 weeks before"
    assert set(flag.entry_ids) == {i.entry_id for i in recent}
    # As many as before is not rising.
    steady = [shared(d, ["contacting"]) for d in (50, 40, 20, 10)]
    assert flags(steady, TODAY) == []


def test_threats_and_violence_are_counted_with_the_latest_date() -> None:
    found = flags([shared(70, ["threats"]), shared(65, ["violence", "threats"])], TODAY)
    assert kinds(found) == ["threats-or-violence"]
    assert found[0].reason == (
        "threats recorded in 2 incidents, violence in 1; the latest on 2 Oct 2026"
    )


def test_repeated_presence_at_the_home() -> None:
    once = [shared(70, ["loitering"], "outside my house")]
    assert flags(once, TODAY) == []
    calls = [shared(70, ["contacting"], "phoned me at home"), shared(69, ["contacting"], "home")]
    assert flags(calls, TODAY) == []  # contact from afar is not a visit
    twice = [*once, shared(60, ["watching_or_spying"], "across from my front door")]
    (flag,) = flags(twice, TODAY)
    assert (flag.kind, flag.reason) == (
        "home-visits",
        "2 incidents at or around her home: 27 Sep 2026, 7 Oct 2026",
    )


def test_third_parties_contacted() -> None:
    proxy = shared(80, ["contacting"], third_parties=[{"who": "her sister"}, {"who": "a boss"}])
    (flag,) = flags([proxy], TODAY)
    assert flag.reason == (
        "2 other persons contacted or used to reach her (stalking by proxy) in 1 incident"
    )


def test_possible_breaches_named_or_during_an_order() -> None:
    order = Order.from_document(
        {"id": "spo", "type": "stalking-protection-order", "start": "2026-09-01", "end": None}
    )
    named = shared(
        80,
        ["publishing"],
        orders_in_force=[{"document_id": str(uuid.uuid4()), "order_id": "spo"}],
    )
    during = shared(70, ["loitering"])
    unrelated = shared(75, ["other"])
    before_order = shared(120, ["contacting"])
    (flag,) = flags([named, during, unrelated, before_order], TODAY, [order])
    assert flag.kind == "possible-breach"
    assert flag.entry_ids == (named.entry_id, during.entry_id)
    assert flag.reason == (
        "1 incident naming an order or condition in force; 1 with contact or presence while "
        "an order was in force: check them against the conditions"
    )
    ended = Order("old", "restraining-order", dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert flags([during], TODAY, [ended]) == []


VECTORS = Path(__file__).resolve().parents[2] / "docs" / "vectors" / "case-flags.json"


def test_vector_file_is_exactly_the_generator_output() -> None:
    assert VECTORS.read_text(encoding="utf-8") == make_case_flag_vectors.render(), (
        "regenerate: `.venv/bin/python -m tests.protocol.make_case_flag_vectors"
        " > docs/vectors/case-flags.json`"
    )


@pytest.mark.parametrize(
    "case",
    json.loads(VECTORS.read_text(encoding="utf-8"))["cases"],
    ids=lambda case: str(case["name"]),
)
def test_the_shared_cases_give_their_flags_word_for_word(case: dict[str, Any]) -> None:
    """docs/vectors/case-flags.json: the SDK's twin (web/sdk/src/client/case_flags.ts) is
    checked against the same cases, so the console and the CLI flag alike."""
    found = make_case_flag_vectors.case_flags(case)
    assert [
        {"kind": f.kind, "reason": f.reason, "entry_ids": [str(e) for e in f.entry_ids]}
        for f in found
    ] == [{k: v for k, v in flag.items() if k != "reason_cy"} for flag in case["expected"]]


@pytest.mark.parametrize(
    "case",
    json.loads(VECTORS.read_text(encoding="utf-8"))["cases"],
    ids=lambda case: str(case["name"]),
)
def test_the_shared_cases_give_their_welsh_reasons_word_for_word(case: dict[str, Any]) -> None:
    """The console words the same flags from its Welsh catalogue; both must say reason_cy."""
    found = make_case_flag_vectors.case_flags(case, "cy")
    assert [f.reason for f in found] == [flag["reason_cy"] for flag in case["expected"]]
