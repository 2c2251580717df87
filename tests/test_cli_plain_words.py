"""What the command line prints to a victim is in plain words and her own
time: no "commitments", "leaf" or "receipts proven" left unexplained, times in
this computer's zone with the zone named, and "1 entry", not "1 entries"."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.cli.security_events import WORDS
from app.models import SecurityEventKind
from tests.test_cli import run
from tests.test_cli_diary import add_simple, ok
from tests.test_cli_diary import profile_path as profile_path  # the fixture
from tests.test_cli_diary import signed_in as signed_in  # the fixture

JARGON = ("commitment", "leaf", "proven", "hash chain", "schema", "checkpoint")


def test_sync_and_show_speak_plainly_and_count_right(signed_in: Path) -> None:
    ok(signed_in, "sync")
    entry_id = add_simple(signed_in, "Waited by my car")

    synced = ok(signed_in, "sync").stdout
    shown = ok(signed_in, "entry", "show", entry_id).stdout

    assert "Verified all 1 entry on this computer" in synced
    assert "1 receipt checked" in synced
    assert "the server's signed promise to keep it" in synced  # what a receipt is
    assert "(1 version)" in shown
    for word in JARGON:
        assert word not in synced.lower(), word
        assert word not in shown.lower(), word


def test_times_are_local_with_the_zone_named(signed_in: Path) -> None:
    entry_id = add_simple(signed_in, "Rang twenty times")

    events = run(signed_in, "events", TZ="America/New_York")
    sessions = run(signed_in, "sessions", "list", TZ="Asia/Tokyo")
    shown = run(signed_in, "entry", "show", entry_id, TZ="Australia/Sydney")

    assert events.exit_code == sessions.exit_code == shown.exit_code == 0
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d E[SD]T \(America/New_York\)", events.stdout)
    assert re.search(r"\d\d:\d\d JST \(Asia/Tokyo\)", sessions.stdout)
    assert "(Australia/Sydney)" in shown.stdout  # when each version was received and written
    assert " UTC" not in events.stdout + sessions.stdout


def test_events_are_told_in_plain_words_and_json_keeps_the_kinds(signed_in: Path) -> None:
    ok(signed_in, "sessions", "revoke-all", "--keep-current")

    shown = ok(signed_in, "events").stdout
    raw = json.loads(ok(signed_in, "events", "--json").stdout)

    assert "Account created" in shown
    assert "Every device was signed out" in shown
    assert "what happened" in shown
    for kind in ("account_created", "sign_in", "new_device", "signed_out_everywhere"):
        assert kind not in shown, kind
    assert {"account_created", "sign_in", "signed_out_everywhere"} <= {e["kind"] for e in raw}
    assert all("occurred_at" in e for e in raw)


def test_every_kind_of_security_event_has_plain_words() -> None:
    assert set(WORDS) == {kind.value for kind in SecurityEventKind}
    assert not any("_" in words for words in WORDS.values())
