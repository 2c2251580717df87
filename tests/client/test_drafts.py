"""Drafts hold the victim's own words before an entry is written: sealed
under a key derived from the account's private keys, bound to the account and
the entry id, private on disk."""

from __future__ import annotations

import datetime as dt
import stat
import uuid
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag

from app.client.drafts import Draft, Drafts
from app.protocol.keys import AccountKeys

WORDS = {"kind": "add", "values": {"description": "He was at the school gate again"}}


def test_a_draft_opens_only_with_its_account_keys_and_entry(tmp_path: Path) -> None:
    keys, account, entry = AccountKeys.generate().to_bytes(), uuid.uuid4(), uuid.uuid4()
    saved_at = dt.datetime(2026, 3, 14, 21, 5, tzinfo=dt.UTC)
    Drafts(tmp_path, account, keys).save(Draft(entry, saved_at, WORDS))
    path = tmp_path / f"{entry}.json"

    assert "school gate" not in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert Drafts(tmp_path, account, keys).load(entry) == Draft(entry, saved_at, WORDS)
    with pytest.raises(InvalidTag):
        Drafts(tmp_path, account, AccountKeys.generate().to_bytes()).load(entry)
    moved = uuid.uuid4()  # the same sealed words under another entry's name
    (tmp_path / f"{moved}.json").write_text(path.read_text().replace(str(entry), str(moved)))
    with pytest.raises(InvalidTag):
        Drafts(tmp_path, account, keys).load(moved)


def test_drafts_list_newest_first_and_clear(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path, uuid.uuid4(), AccountKeys.generate().to_bytes())
    first, second = uuid.uuid4(), uuid.uuid4()
    drafts.save(Draft(first, dt.datetime(2026, 1, 1, tzinfo=dt.UTC), WORDS))
    drafts.save(Draft(second, dt.datetime(2026, 2, 1, tzinfo=dt.UTC), WORDS))

    assert [d.entry_id for d in drafts.all()] == [second, first]
    drafts.clear()
    assert drafts.all() == []
