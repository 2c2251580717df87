"""Reading the replica right after a sync verifies each entry once: what the
Diary verified is reused for an entry not a byte of which changed since, and
anything changed is verified again."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, cast

import pytest

from app.client import diary as diary_module
from app.client.api import DaybookApi
from app.client.diary import Diary, Replica, VerificationError, create_body
from app.client.identity import Identity
from app.client.incident import new_incident
from app.protocol.keys import AccountKeys


def _entry(me: Identity, description: str) -> dict[str, Any]:
    """An entry as the server sends it, with no receipt (no log here)."""
    entry_id = uuid.uuid4()
    incident = new_incident(
        description=description,
        behaviours=["following"],
        start=dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC),
        time_zone="Europe/London",
    )
    body = create_body(me, entry_id, incident)
    latest = {"entry_id": str(entry_id), "version": 1, "received_at": "2026-03-14T10:00:00+00:00"}
    return {
        "id": str(entry_id),
        "deleted": False,
        "current_version": 1,
        "key_grant": body["key_grant"],
        "latest": {**latest, **body["version"]},
    }


@pytest.fixture
def verifications(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    counted: list[str] = []
    verify = diary_module.verify_version

    def counting(wire: dict[str, Any], *args: Any) -> diary_module.VerifiedVersion:
        counted.append(wire["entry_id"])
        return verify(wire, *args)

    monkeypatch.setattr(diary_module, "verify_version", counting)
    return counted


def test_an_unchanged_entry_is_verified_once(verifications: list[str]) -> None:
    me = Identity(uuid.uuid4(), "victim", AccountKeys.generate())
    diary = Diary(cast(DaybookApi, None), me)
    replica = Replica()
    for description in ("He was at the gate", "He sent a parcel"):
        entry = _entry(me, description)
        replica.entries[entry["id"]] = entry

    first = diary.read_replica(replica)
    again = diary.read_replica(replica)

    assert [v.incident["description"] for v in again] == [v.incident["description"] for v in first]
    assert len(verifications) == 2


def test_a_changed_entry_is_verified_again(verifications: list[str]) -> None:
    me = Identity(uuid.uuid4(), "victim", AccountKeys.generate())
    diary = Diary(cast(DaybookApi, None), me)
    entry = _entry(me, "He was at the gate")
    replica = Replica(entries={entry["id"]: entry})
    diary.read_replica(replica)

    other = _entry(me, "He sent a parcel")
    entry["latest"]["signature"] = other["latest"]["signature"]  # changed in place, too

    with pytest.raises(VerificationError, match="signature"):
        diary.read_replica(replica)
    assert len(verifications) == 2


@pytest.mark.parametrize(
    "change",
    [
        lambda e: e.update(current_version=True),  # equal to 1 in Python, not the same JSON
        lambda e: e.update(current_version=1.0),
        lambda e: e["latest"].update(version="1"),
        lambda e: e["latest"].update(receipt=None),
        lambda e: e["key_grant"].update(extra=""),
    ],
)
def test_any_change_of_value_or_type_is_seen(change: Any) -> None:
    me = Identity(uuid.uuid4(), "victim", AccountKeys.generate())
    entry = _entry(me, "He was at the gate")
    before = diary_module._snapshot(entry)
    change(entry)
    assert diary_module._snapshot(entry) != before
