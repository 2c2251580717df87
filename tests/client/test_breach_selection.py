"""The breach selection of bundle creation: incidents that name an order as
in force, within the order's period."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from app.client.bundle_export import Selection
from app.client.diary import VerifiedVersion


def version(start: str, orders: list[str]) -> VerifiedVersion:
    incident: dict[str, Any] = {
        "schema_version": 2,
        "occurred": {"start": start, "time_zone": "Europe/London"},
        "behaviours": ["contacting"],
        "orders_in_force": [{"document_id": str(uuid.uuid4()), "order_id": o} for o in orders],
    }
    return VerifiedVersion(
        uuid.uuid4(),
        1,
        incident,
        [],
        None,  # type: ignore[arg-type]  # the selection never reads the commitment
        b"",
        dt.datetime.now(dt.UTC),
    )


def test_only_incidents_naming_the_order_within_its_period() -> None:
    selection = Selection(
        since=dt.datetime(2026, 9, 1, tzinfo=dt.UTC),
        until=dt.datetime(2027, 9, 1, tzinfo=dt.UTC),
        breaches_of=("spo-1",),
    )
    assert selection.matches(version("2026-10-01T21:00:00+01:00", ["spo-1"]))
    assert not selection.matches(version("2026-10-01T21:00:00+01:00", ["bail-2"]))
    assert not selection.matches(version("2026-10-01T21:00:00+01:00", []))
    assert not selection.matches(version("2026-08-01T21:00:00+01:00", ["spo-1"]))
    assert Selection().matches(version("2026-08-01T21:00:00+01:00", []))
