"""Times as people type them, read in the incident's zone; ISO 8601 exactly;
the future and nonsense refused with examples."""

from __future__ import annotations

import datetime as dt

import pytest

from app.client.typed_times import UnreadableTime, describe, parse

NOW = dt.datetime(2026, 12, 6, 1, 50, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("typed", "zone", "meant"),
    [
        ("yesterday 9pm", "Europe/London", "2026-12-05T21:00:00+00:00"),
        ("14/03 21:05", "Europe/London", "2026-03-14T21:05:00+00:00"),
        ("1/7 10:00", "Europe/London", "2026-07-01T10:00:00+01:00"),  # summer time
        ("2026-03-14T21:05", "America/New_York", "2026-03-14T21:05:00-04:00"),
        ("2026-03-14T21:05:00+00:00", "Asia/Tokyo", "2026-03-14T21:05:00+00:00"),
        ("now", "UTC", "2026-12-06T01:50:00+00:00"),
    ],
)
def test_what_people_type_is_read_in_the_zone(typed: str, zone: str, meant: str) -> None:
    assert parse(typed, zone, NOW).isoformat() == meant


@pytest.mark.parametrize("typed", ["", "banana", "next year", "tomorrow 9am"])
def test_nonsense_and_the_future_are_refused_with_examples(typed: str) -> None:
    with pytest.raises(UnreadableTime, match="yesterday 9pm"):
        parse(typed, "Europe/London", NOW)


def test_the_result_is_described_with_its_zone() -> None:
    moment = parse("14/03 21:05", "Europe/London", NOW)
    assert describe(moment, "Europe/London") == "Saturday 14 March 2026, 21:05 GMT (Europe/London)"
