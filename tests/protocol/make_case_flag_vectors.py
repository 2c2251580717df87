"""Generate docs/vectors/case-flags.json: cases of shared incidents, an orders
register and a date, with the advisory flags app.client.case_flags gives them.

    .venv/bin/python -m tests.protocol.make_case_flag_vectors > docs/vectors/case-flags.json

The SDK's twin (web/sdk/src/client/case_flags.ts) must give the same flags,
word for word: the cases pin the edges where two languages could differ (a
window's edge by the instant, a day as the victim wrote it in her offset,
Unicode word boundaries around "home", a date-time as an order's start).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import uuid
from typing import Any

from app.client import i18n
from app.client.case_flags import Flag, Order, SharedIncident, flags

FORMAT = "daybook-test-vectors/1"
SPO_DOCUMENT = "0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e"


def inc(
    n: int,
    start: str,
    behaviours: list[str],
    place: str = "the high street",
    zone: str = "Europe/London",
    **more: Any,
) -> dict[str, Any]:
    return {
        "entry_id": f"00000000-0000-4000-8000-{n:012d}",
        "incident": {
            "schema_version": 2,
            "occurred": {"start": start, "time_zone": zone},
            "location": {"description": place},
            "description": "what happened",
            "behaviours": behaviours,
            **more,
        },
    }


CASES: list[dict[str, Any]] = [
    {
        "name": "quiet",
        "today": "2026-12-06",
        "orders": [],
        "incidents": [
            inc(1, "2026-10-07T21:00:00+00:00", ["contacting"]),
            inc(2, "2026-12-03T21:00:00+00:00", ["contacting"]),
        ],
    },
    {
        "name": "rising",
        "today": "2026-12-06",
        "orders": [],
        "incidents": [
            inc(1, "2026-10-27T21:00:00+00:00", ["contacting"]),
            inc(2, "2026-11-16T21:00:00+00:00", ["contacting"]),
            inc(3, "2026-11-27T21:00:00+00:00", ["following"]),
            inc(4, "2026-12-05T21:00:00+00:00", ["contacting"]),
        ],
    },
    {
        "name": "steady-is-not-rising",
        "today": "2026-12-06",
        "orders": [],
        "incidents": [
            inc(i, f"2026-{m}T21:00:00+00:00", ["contacting"])
            for i, m in [(1, "10-17"), (2, "10-27"), (3, "11-16"), (4, "11-26")]
        ],
    },
    {
        "name": "window-edges-by-instant",
        "today": "2026-12-06",
        "orders": [],
        "incidents": [
            # 00:30 on 7 December in Auckland is still 6 December in UTC: inside the window.
            inc(1, "2026-12-07T00:30:00+13:00", ["contacting"], zone="Pacific/Auckland"),
            inc(2, "2026-11-09T00:00:00+00:00", ["contacting"]),
            # One second before the window opens: the 4 weeks before.
            inc(3, "2026-11-08T23:59:59+00:00", ["contacting"]),
        ],
    },
    {
        "name": "threats-and-violence",
        "today": "2026-12-06",
        "orders": [],
        "incidents": [
            inc(1, "2026-09-27T21:00:00+00:00", ["threats"]),
            inc(2, "2026-10-02T21:00:00+00:00", ["violence", "threats"]),
        ],
    },
    {
        "name": "latest-day-as-written",
        "today": "2026-12-06",
        "orders": [],
        "incidents": [
            inc(1, "2026-10-02T23:30:00-05:00", ["violence"], zone="America/New_York"),
            inc(2, "2026-10-03T01:00:00+01:00", ["threats"]),
        ],
    },
    {
        "name": "home-visits",
        "today": "2026-12-06",
        "orders": [],
        "incidents": [
            inc(1, "2026-09-27T21:00:00+00:00", ["loitering"], "outside my house"),
            inc(
                2, "2026-10-07T21:00:00+00:00", ["watching_or_spying"], "across from my FRONT DOOR"
            ),
            inc(3, "2026-10-08T21:00:00+00:00", ["contacting"], "phoned me at home"),
            inc(4, "2026-10-09T21:00:00+00:00", ["following"], "the homeward bus"),
            inc(5, "2026-10-10T21:00:00+00:00", ["following"], "caféhome"),
        ],
    },
    {
        "name": "calls-home-are-not-visits",
        "today": "2026-12-06",
        "orders": [],
        "incidents": [
            inc(1, "2026-09-27T21:00:00+00:00", ["contacting"], "phoned me at home"),
            inc(2, "2026-09-28T21:00:00+00:00", ["contacting"], "home"),
            inc(3, "2026-09-29T21:00:00+00:00", ["loitering"], "outside my house"),
        ],
    },
    {
        "name": "third-parties",
        "today": "2026-12-06",
        "orders": [],
        "incidents": [
            inc(
                1,
                "2026-09-17T21:00:00+00:00",
                ["contacting"],
                third_parties=[{"who": "her sister"}, {"who": "a boss"}],
            ),
            inc(2, "2026-09-18T21:00:00+00:00", ["contacting"], third_parties=[]),
        ],
    },
    {
        "name": "possible-breaches",
        "today": "2026-12-06",
        "orders": [
            {"id": "spo", "type": "stalking-protection-order", "start": "2026-09-01", "end": None},
            {"id": "old", "type": "restraining-order", "start": "2026-01-01", "end": "2026-06-30"},
        ],
        "incidents": [
            inc(
                1,
                "2026-09-17T21:00:00+00:00",
                ["publishing"],
                orders_in_force=[{"document_id": SPO_DOCUMENT, "order_id": "spo"}],
            ),
            inc(2, "2026-09-27T21:00:00+00:00", ["loitering"]),
            inc(3, "2026-09-22T21:00:00+00:00", ["other"]),
            inc(4, "2026-08-08T21:00:00+00:00", ["contacting"]),
            inc(5, "2026-06-30T23:30:00+01:00", ["contacting"]),
            inc(6, "2026-07-01T00:30:00+01:00", ["contacting"]),
        ],
    },
    {
        "name": "every-flag",
        "today": "2026-12-06",
        "orders": [
            {
                "id": "bail-1",
                "type": "bail-conditions",
                "start": "2026-11-01T00:00:00+00:00",
                "end": "2026-12-31",
            }
        ],
        "incidents": [
            inc(1, "2026-11-20T08:15:00+00:00", ["following", "threats"], "at my front door"),
            inc(
                2,
                "2026-11-28T19:40:00+00:00",
                ["loitering"],
                "outside my flat",
                third_parties=[{"who": "a neighbour"}],
            ),
            inc(
                3,
                "2026-12-04T22:05:00+00:00",
                ["contacting", "violence"],
                "the car park",
                orders_in_force=[{"document_id": SPO_DOCUMENT, "order_id": "bail-1"}],
            ),
        ],
    },
]


def case_flags(case: dict[str, Any], language: str = i18n.DEFAULT) -> list[Flag]:
    """The case's flags, their reasons worded in `language`."""
    shared = [SharedIncident(uuid.UUID(i["entry_id"]), i["incident"]) for i in case["incidents"]]
    orders = [Order.from_document(o) for o in case["orders"]]
    before = i18n.language()
    i18n.activate(language)
    try:
        return flags(shared, dt.date.fromisoformat(case["today"]), orders)
    finally:
        i18n.activate(before)


def expected(case: dict[str, Any]) -> list[dict[str, Any]]:
    welsh = [f.reason for f in case_flags(case, "cy")]
    return [
        {
            "kind": f.kind,
            "reason": f.reason,
            "reason_cy": reason_cy,
            "entry_ids": [str(e) for e in f.entry_ids],
        }
        for f, reason_cy in zip(case_flags(case), welsh, strict=True)
    ]


def build() -> dict[str, Any]:
    return {
        "format": FORMAT,
        "description": (
            "Advisory case flags (docs/protocol §29.2, app/client/case_flags.py): shared "
            "incidents, the orders register and today's date in; the flags out, in order, each "
            "with its reason word for word (in English, and in Welsh as reason_cy: the console "
            "words the SDK's facts from its catalogues and must say the same) and the entries "
            "it rests on."
        ),
        "cases": [{**case, "expected": expected(case)} for case in CASES],
    }


def render() -> str:
    return json.dumps(build(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
