"""An interrupted upload ends where it was meant to: in its entry. `daybook
uploads` lists what waits on this computer (files, and entries typed but not
yet written), `uploads resume` finishes them, `uploads attach` puts a file in
an entry and `uploads discard` forgets one. Driven through the real CLI over
HTTP, like tests/test_cli_diary.py."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.client.api import DaybookApi
from tests.test_cli import run
from tests.test_cli_diary import LONDON, add, add_simple, ok, random_file, uploads
from tests.test_cli_diary import network_lost_after_two_chunks as network_lost_after_two_chunks
from tests.test_cli_diary import profile_path as profile_path  # the fixture
from tests.test_cli_diary import signed_in as signed_in  # the fixture


def drafts(profile: Path) -> list[Path]:
    directory = profile.parent / "drafts"
    return sorted(directory.glob("*.json")) if directory.exists() else []


def history(profile: Path, entry_id: str) -> list[dict[str, Any]]:
    versions = json.loads(ok(profile, "entry", "show", entry_id, "--json").stdout)["versions"]
    return [v["incident"] for v in versions]


def test_an_interrupted_edit_ends_in_its_entry_with_its_changes(
    signed_in: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    network_lost_after_two_chunks: list[int],
) -> None:
    entry_id = add_simple(signed_in, "He drove past twice")
    ok(signed_in, "sync")
    video = random_file(tmp_path / "video.mp4", 3 * 2**20 + 1000)  # 4 chunks
    cut = run(signed_in, "entry", "edit", entry_id, "--what", "He drove past three times",
              "--attach", str(video))  # fmt: skip
    assert cut.exit_code == 1
    assert "daybook uploads resume" in cut.stderr
    assert "Nothing is lost" in cut.stderr
    assert len(history(signed_in, entry_id)) == 1
    monkeypatch.undo()

    listed = ok(signed_in, "uploads").stdout
    assert "video.mp4" in listed
    assert "partly sent" in listed
    assert f"entry {entry_id[:8]}" in listed

    resumed = ok(signed_in, "attach", "--resume")  # what the tool used to advise still works

    assert f"Entry {entry_id} is written (version 2) with video.mp4." in resumed.stdout
    latest = history(signed_in, entry_id)[-1]
    assert latest["description"] == "He drove past three times"
    [attached] = latest["attachments"]
    assert attached["file_name"] == "video.mp4"
    assert uploads(signed_in) == [] and drafts(signed_in) == []
    saved = tmp_path / "saved"
    ok(signed_in, "entry", "show", entry_id, "--save-attachments", str(saved))
    assert (saved / "video.mp4").read_bytes() == video.read_bytes()
    assert "No unfinished uploads" in ok(signed_in, "uploads").stdout


def test_an_interrupted_add_is_written_by_uploads_resume(
    signed_in: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    network_lost_after_two_chunks: list[int],
) -> None:
    photo = random_file(tmp_path / "car.png", 3 * 2**20)
    cut = run(signed_in, "entry", "add", "--what", "Secret words of the victim",
              "--behaviour", "watching_or_spying", *LONDON, "--attach", str(photo))  # fmt: skip
    assert cut.exit_code == 1
    [draft] = drafts(signed_in)
    assert "Secret words" not in draft.read_text()  # encrypted under the account's keys
    monkeypatch.undo()
    assert "No entries." in ok(signed_in, "entry", "list").stdout
    # Running the same command again would write the entry twice: it points to the first.
    again = run(signed_in, "entry", "add", "--what", "Secret words of the victim",
                "--behaviour", "watching_or_spying", *LONDON, "--attach", str(photo))  # fmt: skip
    assert again.exit_code == 1
    assert f"car.png is already waiting to go into entry {draft.stem}" in again.stderr
    assert len(drafts(signed_in)) == 1

    resumed = ok(signed_in, "uploads", "resume")

    assert f"Entry {draft.stem} is written (version 1) with car.png." in resumed.stdout
    [incident] = history(signed_in, draft.stem)
    assert incident["description"] == "Secret words of the victim"
    assert [a["file_name"] for a in incident["attachments"]] == ["car.png"]
    assert uploads(signed_in) == [] and drafts(signed_in) == []
    assert ok(signed_in, "entry", "list").stdout.count("Secret words of the victim") == 1


def test_ctrl_c_during_an_add_keeps_it_for_uploads_resume(
    signed_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def interrupted(*_args: object) -> dict[str, Any]:
        raise KeyboardInterrupt

    monkeypatch.setattr(DaybookApi, "put_run", interrupted)
    cut = run(signed_in, "entry", "add", "--what", "Left flowers at my door",
              "--behaviour", "contacting", *LONDON,
              "--attach", str(random_file(tmp_path / "flowers.jpg", 5000)))  # fmt: skip
    assert cut.exit_code == 130
    assert "daybook uploads resume" in cut.stderr
    monkeypatch.undo()

    ok(signed_in, "uploads", "resume")

    listed = ok(signed_in, "entry", "list").stdout
    assert "Left flowers at my door" in listed


def test_a_failed_write_keeps_the_entry_until_resumed(
    signed_in: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def down(*_args: object) -> dict[str, Any]:
        raise httpx.ConnectError("server unreachable")

    monkeypatch.setattr(DaybookApi, "create_entry", down)
    failed = run(signed_in, "entry", "add", "--what", "Called 40 times", "--behaviour",
                 "contacting", *LONDON)  # fmt: skip
    assert failed.exit_code == 1
    assert "Nothing is lost" in failed.stderr
    monkeypatch.undo()
    assert "Not yet written: a new entry" in ok(signed_in, "uploads").stdout

    ok(signed_in, "uploads", "resume")

    assert "Called 40 times" in ok(signed_in, "entry", "list").stdout
    assert drafts(signed_in) == []


def test_a_file_in_no_entry_waits_until_attached_or_discarded(
    signed_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    erased: list[str] = []
    delete_attachment = DaybookApi.delete_attachment

    async def recording(api: DaybookApi, attachment_id: uuid.UUID) -> None:
        await delete_attachment(api, attachment_id)
        erased.append(str(attachment_id))

    monkeypatch.setattr(DaybookApi, "delete_attachment", recording)
    entry_id = add(signed_in, "--what", "Followed me", "--behaviour", "following", *LONDON)
    ok(signed_in, "sync")
    ok(signed_in, "attach", str(random_file(tmp_path / "keep.jpg", 4000)))
    ok(signed_in, "attach", str(random_file(tmp_path / "wrong.jpg", 4000)))
    listed = ok(signed_in, "uploads").stdout
    assert listed.count("no entry yet") == 2
    keep, wrong = (json.loads(p.read_text())["upload"] for p in uploads(signed_in))
    if keep["facts"]["file_name"] != "keep.jpg":
        keep, wrong = wrong, keep

    attached = ok(signed_in, "uploads", "attach", keep["attachment_id"][:8], entry_id[:8])
    discarded = ok(signed_in, "uploads", "discard", wrong["attachment_id"][:8], "--yes")

    assert f"Entry {entry_id} is written (version 2) with keep.jpg." in attached.stdout
    assert "Forgot the upload of wrong.jpg." in discarded.stdout
    assert wrong["attachment_id"] in erased  # the server erased what it received
    assert [a["file_name"] for a in history(signed_in, entry_id)[-1]["attachments"]] == ["keep.jpg"]
    assert uploads(signed_in) == []
    unknown = run(signed_in, "uploads", "discard", "ffffffff", "--yes")
    assert unknown.exit_code == 1
    assert "no upload on this computer starts with 'ffffffff'" in unknown.stderr
