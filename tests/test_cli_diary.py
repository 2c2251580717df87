"""The diary commands of `daybook` (entry, attach, sync), in-process against
the ASGI app like tests/test_cli.py."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI
from typer.testing import Result

from app.cli import common
from app.client import chunk_transfer
from app.client.api import DaybookApi
from app.client.diary import Current, Diary
from app.protocol.signed_note import Signer
from tests.attachments.conftest import run_indexes
from tests.test_cli import _Transport, register, run

LONDON = ["--tz", "Europe/London"]


@pytest.fixture
def profile_path(application: FastAPI, tmp_path: Path) -> Iterator[Path]:
    common._transport = _Transport(application)
    yield tmp_path / "profile" / "profile.json"
    common._transport = None


@pytest.fixture
def signed_in(profile_path: Path) -> Path:
    register(profile_path)
    return profile_path


def ok(profile: Path, *args: str, input: str | None = None) -> Result:
    result = run(profile, *args, input=input)
    assert result.exit_code == 0, result.output
    return result


def add(profile: Path, *args: str, input: str | None = None) -> str:
    result = ok(profile, "entry", "add", *args, input=input)
    found = re.search(r"Added entry ([0-9a-f-]{36}) \(version 1\)", result.stdout)
    assert found is not None, result.stdout
    return found.group(1)


def add_simple(profile: Path, what: str, start: str = "2026-03-14T21:05") -> str:
    return add(profile, "--what", what, "--behaviour", "following", "--start", start, *LONDON)


def incident_json(description: str = "He sent twenty messages", **extra: Any) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "occurred": {"start": "2026-03-10T08:00:00+00:00", "time_zone": "Europe/London"},
        "recorded_at": "2026-03-10T09:00:00+00:00",
        "description": description,
        "behaviours": ["contacting"],
        **extra,
    }


def uploads(profile: Path) -> list[Path]:
    directory = profile.parent / "uploads"
    return sorted(directory.glob("*.json")) if directory.exists() else []


def random_file(path: Path, size: int) -> Path:
    path.write_bytes(os.urandom(size))
    return path


def test_add_from_options_json_and_stdin_then_list(signed_in: Path, tmp_path: Path) -> None:
    flags = add(
        signed_in,
        "--what",
        "Followed me home from the station\nThen waited outside",
        "--behaviour",
        "following",
        "--behaviour",
        "loitering",
        "--start",
        "2026-03-14T21:05",
        "--end",
        "2026-03-14T21:40",
        *LONDON,
        "--where",
        "High Street",
        "--who",
        "J. Smith",
        "--police-ref",
        "CAD 1234",
    )
    file = tmp_path / "incident.json"
    file.write_text(json.dumps(incident_json()), encoding="utf-8")
    from_file = add(signed_in, "--json", str(file))
    stdin_incident = incident_json("Left a note [bold]on my car[/bold]")
    stdin_incident["occurred"]["start"] = "2026-03-12T12:00:00+00:00"
    add(signed_in, "--json", "-", input=json.dumps(stdin_incident))

    listed = ok(signed_in, "entry", "list").stdout

    assert listed.index(from_file[:8]) < listed.index("[bold]on my car[/bold]")
    assert listed.index("[bold]on my car[/bold]") < listed.index(flags[:8])  # by occurrence
    assert "Followed me home from the station" in listed
    assert "Then waited outside" not in listed  # the first line only
    assert "2026-03-14 21:05 GMT" in listed
    shown = ok(signed_in, "entry", "show", flags).stdout
    assert "J. Smith" in shown
    assert "police reference CAD 1234" in shown
    assert "High Street" in shown
    assert "to 2026-03-14 21:40 GMT (Europe/London)" in shown
    assert "following, loitering" in shown
    assert "Then waited outside" in shown


def test_add_interactively(signed_in: Path) -> None:
    # what, behaviours, start and its confirmation, no end, where; the rest skipped
    answers = "Someone waited outside my flat\n5,7\n2026-03-01T08:00\ny\n\nHome\n" + "\n" * 7

    entry_id = add(signed_in, "--tz", "UTC", input=answers)

    shown = json.loads(ok(signed_in, "entry", "show", entry_id, "--json").stdout)
    incident = shown["versions"][0]["incident"]
    assert incident["description"] == "Someone waited outside my flat"
    assert incident["behaviours"] == ["loitering", "watching_or_spying"]
    assert incident["occurred"] == {"start": "2026-03-01T08:00:00+00:00", "time_zone": "UTC"}
    assert incident["location"] == {"description": "Home"}


def test_show_accepts_a_prefix(signed_in: Path) -> None:
    entry_id = add_simple(signed_in, "Watched me")
    ok(signed_in, "sync")

    shown = ok(signed_in, "entry", "show", entry_id[:8]).stdout

    assert f"Entry {entry_id}" in shown
    missing = run(signed_in, "entry", "show", "ffffffff")
    assert missing.exit_code == 1
    assert "has an id starting with it" in missing.stderr


def test_edit_then_show_has_both_versions_and_the_change(signed_in: Path) -> None:
    entry_id = add_simple(signed_in, "He stood at the bus stop")

    edited = ok(
        signed_in, "entry", "edit", entry_id, "--what", "He stood there an hour", "--where", "Bus"
    )

    assert f"Entry {entry_id} is now at version 2." in edited.stdout
    shown = ok(signed_in, "entry", "show", entry_id).stdout
    assert "(2 versions)" in shown
    assert "first version" in shown
    assert "changed recorded_at, description; added location" in shown
    assert "He stood there an hour" in shown
    # Each earlier version's own words, with what the next one changed marked.
    assert "Every version as written:" in shown
    assert "What happened: He stood at the bus stop\n" in shown
    assert "What happened: He stood [-at the bus stop-][+there an hour+]" in shown
    assert "Where it happened: [+Place: Bus+]" in shown
    history = json.loads(ok(signed_in, "entry", "show", entry_id, "--json").stdout)
    assert [v["version"] for v in history["versions"]] == [1, 2]
    assert {"field": "location", "kind": "added"} in history["versions"][1]["changes"]
    assert history["versions"][0]["incident"]["description"] == "He stood at the bus stop"
    assert history["versions"][1]["incident"]["occurred"]["start"] == "2026-03-14T21:05:00+00:00"


def test_edit_with_json_replaces_the_incident(signed_in: Path, tmp_path: Path) -> None:
    entry_id = add_simple(signed_in, "First account")
    file = tmp_path / "replacement.json"
    file.write_text(json.dumps(incident_json("Corrected account")), encoding="utf-8")

    ok(signed_in, "entry", "edit", entry_id, "--json", str(file))

    history = json.loads(ok(signed_in, "entry", "show", entry_id, "--json").stdout)
    assert history["versions"][1]["incident"] == incident_json("Corrected account")


def test_edit_over_a_change_from_another_device_is_refused(
    signed_in: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id = add_simple(signed_in, "Original")
    read_current = Diary.current

    async def changed_meanwhile(diary: Diary, target: uuid.UUID) -> Current:
        base = await read_current(diary, target)
        await diary.append(base, {**base.latest.incident, "description": "From the phone"})
        return base

    monkeypatch.setattr(Diary, "current", changed_meanwhile)
    result = run(signed_in, "entry", "edit", entry_id, "--what", "From the laptop")

    assert result.exit_code == 1
    assert "changed on another device; run `daybook sync` and try again" in result.stderr
    monkeypatch.undo()
    history = json.loads(ok(signed_in, "entry", "show", entry_id, "--json").stdout)
    assert history["versions"][-1]["incident"]["description"] == "From the phone"


def test_attach_uploads_and_keeps_the_key_until_an_entry_does(
    signed_in: Path, tmp_path: Path
) -> None:
    evidence = random_file(tmp_path / "photo.jpg", 1_500_000)

    result = ok(signed_in, "attach", str(evidence), "--json")

    reference = json.loads(result.stdout)
    assert reference["file_name"] == "photo.jpg"
    assert reference["media_type"] == "image/jpeg"
    assert reference["sha256"] == hashlib.sha256(evidence.read_bytes()).hexdigest()
    assert uploads(signed_in) == []
    plain = ok(signed_in, "attach", str(evidence)).stdout
    [kept] = uploads(signed_in)  # its key is nowhere else until an entry records it
    assert f"Uploaded photo.jpg as upload {kept.stem[:8]}." in plain
    assert f"daybook uploads attach {kept.stem[:8]} ENTRY" in plain
    assert "entry add --attach" in plain


@pytest.fixture
def network_lost_after_two_chunks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Chunks 0 and 1 of the first upload arrive (a run of two), then the
    network goes; undone by monkeypatch.undo()."""
    put_run = DaybookApi.put_run
    sent: list[int] = []

    async def flaky(
        api: DaybookApi, attachment_id: uuid.UUID, first: int, body: bytes, digest: bytes
    ) -> dict[str, Any]:
        if len(sent) == 2:
            raise httpx.ConnectError("network lost")
        sent.extend(run_indexes(first, body))
        return await put_run(api, attachment_id, first, body, digest)

    monkeypatch.setattr(chunk_transfer, "RUN_CHUNKS", 2)
    monkeypatch.setattr(DaybookApi, "put_run", flaky)
    yield sent


@pytest.mark.parametrize("how", ["--resume", "FILE"])
def test_an_interrupted_attach_resumes_with_the_missing_chunks(
    signed_in: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    network_lost_after_two_chunks: list[int],
    how: str,
) -> None:
    evidence = random_file(tmp_path / "recording.m4a", 3 * 2**20 + 1000)  # 4 chunks
    sent = network_lost_after_two_chunks
    cut = run(signed_in, "attach", str(evidence))

    assert cut.exit_code == 1
    assert "daybook uploads resume" in cut.stderr
    [pending] = uploads(signed_in)
    assert stat.S_IMODE(pending.stat().st_mode) == 0o600
    assert sent == [0, 1]
    monkeypatch.undo()
    put_run = DaybookApi.put_run

    async def recording(
        api: DaybookApi, attachment_id: uuid.UUID, first: int, body: bytes, digest: bytes
    ) -> dict[str, Any]:
        sent.extend(run_indexes(first, body))
        return await put_run(api, attachment_id, first, body, digest)

    monkeypatch.setattr(DaybookApi, "put_run", recording)
    if how == "--resume":
        resumed = ok(signed_in, "attach", "--resume")
        assert "Uploaded recording.m4a: in no entry yet" in resumed.stdout
        [kept] = uploads(signed_in)
        reference = json.loads(kept.read_text())["reference"]
    else:
        reference = json.loads(ok(signed_in, "attach", str(evidence), "--json").stdout)
        assert uploads(signed_in) == []

    assert sent == [0, 1, 2, 3]  # only the missing chunks the second time
    assert reference["attachment_id"] == pending.stem
    assert reference["sha256"] == hashlib.sha256(evidence.read_bytes()).hexdigest()


def test_add_with_attachments_then_save_them(signed_in: Path, tmp_path: Path) -> None:
    photo = random_file(tmp_path / "photo.png", 1_200_000)
    note = tmp_path / "note.txt"
    note.write_text("the number plate was AB12 CDE\n", encoding="utf-8")

    entry_id = add(
        signed_in,
        *("--what", "Photographed his car", "--behaviour", "watching_or_spying"),
        *(*LONDON, "--attach", str(photo), "--attach", str(note)),
    )

    assert uploads(signed_in) == []
    assert re.search(
        rf"{entry_id[:8]}.*Photographed his car.*\b1\b.*\b2\b",
        ok(signed_in, "entry", "list").stdout,
    )
    target = tmp_path / "saved"
    shown = ok(signed_in, "entry", "show", entry_id, "--save-attachments", str(target)).stdout
    assert (target / "photo.png").read_bytes() == photo.read_bytes()
    assert (target / "note.txt").read_bytes() == note.read_bytes()
    assert hashlib.sha256(photo.read_bytes()).hexdigest() in shown
    assert "image/png" in shown
    again = ok(signed_in, "entry", "show", entry_id, "--json", "--save-attachments", str(target))
    json.loads(again.stdout)  # the messages went to stderr
    assert len(list(target.iterdir())) == 4  # never over an existing file


def test_delete_erases_and_list_no_longer_shows_it(signed_in: Path) -> None:
    kept = add_simple(signed_in, "Kept entry")
    gone = add_simple(signed_in, "Entry to erase", start="2026-03-15T10:00")

    refused = run(signed_in, "entry", "delete", gone, input="n\n")
    assert refused.exit_code == 1
    assert "Entry to erase" in ok(signed_in, "entry", "list").stdout

    deleted = ok(signed_in, "entry", "delete", gone, "--yes").stdout

    assert "erased for good" in deleted
    assert "tombstone" in deleted
    listed = ok(signed_in, "entry", "list").stdout
    assert "Entry to erase" not in listed
    assert kept[:8] in listed
    shown = run(signed_in, "entry", "show", gone)
    assert shown.exit_code == 1
    assert "only a tombstone is left" in shown.stderr


def test_sync_reports_counts_and_keeps_only_ciphertext(signed_in: Path) -> None:
    assert "0 changed, 0 deleted." in ok(signed_in, "sync").stdout
    first = add_simple(signed_in, "Secret words one")
    second = add_simple(signed_in, "Secret words two")

    synced = ok(signed_in, "sync").stdout
    assert "2 changed, 0 deleted." in synced
    assert "Verified all 2 entries" in synced
    assert "0 changed, 0 deleted." in ok(signed_in, "sync").stdout
    ok(signed_in, "entry", "edit", first, "--what", "Secret words three")
    ok(signed_in, "entry", "delete", second, "--yes")
    assert "1 changed, 1 deleted." in ok(signed_in, "sync").stdout

    replica = signed_in.parent / "replica.json"
    assert stat.S_IMODE(replica.stat().st_mode) == 0o600
    assert "Secret words" not in replica.read_text(encoding="utf-8")


def test_sync_reports_a_verification_failure_loudly(signed_in: Path) -> None:
    add_simple(signed_in, "One")
    add_simple(signed_in, "Two")
    ok(signed_in, "sync")
    replica = signed_in.parent / "replica.json"
    data = json.loads(replica.read_text(encoding="utf-8"))
    one, two = data["replica"]["entries"].values()
    one["latest"]["ciphertext"], two["latest"]["ciphertext"] = (
        two["latest"]["ciphertext"],
        one["latest"]["ciphertext"],
    )
    replica.write_text(json.dumps(data), encoding="utf-8")

    result = run(signed_in, "sync")

    assert result.exit_code == 1
    assert "VERIFICATION FAILED" in result.stderr
    assert "the ciphertext is not the one the owner signed" in result.stderr


class _Recording(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        raise httpx.ConnectError("nothing may be sent")


def test_an_invalid_incident_is_refused_before_anything_is_sent(
    signed_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "bad.json"
    bad = incident_json(behaviours=["stalking"])
    del bad["description"]
    file.write_text(json.dumps(bad), encoding="utf-8")
    transport = _Recording()
    monkeypatch.setattr(common, "_transport", transport)

    from_json = run(signed_in, "entry", "add", "--json", str(file))
    from_flags = run(signed_in, "entry", "add", "--what", "x", "--behaviour", "stalking", *LONDON)
    bad_zone = run(signed_in, "entry", "add", "--what", "x", "--behaviour", "other", "--tz", "Mars")

    assert from_json.exit_code == from_flags.exit_code == bad_zone.exit_code == 1
    assert "the incident is not valid" in from_json.stderr
    assert "$.behaviours[0]: must be one of" in from_json.stderr
    assert "'description' is a required property" in from_json.stderr
    assert "$.behaviours[0]: must be one of" in from_flags.stderr
    assert "$.occurred.time_zone" in bad_zone.stderr
    assert "'behaviour_other' is a required property" in bad_zone.stderr
    assert transport.sent == []
    monkeypatch.undo()
    assert "No entries." in ok(signed_in, "entry", "list").stdout


def test_logout_removes_the_diary_copy_and_unfinished_uploads(
    signed_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_simple(signed_in, "One")
    ok(signed_in, "sync")

    async def lost(*_args: object) -> dict[str, Any]:
        raise httpx.ConnectError("network lost")

    monkeypatch.setattr(DaybookApi, "put_run", lost)
    assert run(signed_in, "attach", str(random_file(tmp_path / "a.bin", 10))).exit_code == 1
    assert uploads(signed_in)

    ok(signed_in, "logout")

    assert not (signed_in.parent / "replica.json").exists()
    assert uploads(signed_in) == []


def kept_log(profile: Path) -> dict[str, Any]:
    """What the replica file keeps of the evidence log."""
    data = json.loads((profile.parent / "replica.json").read_text(encoding="utf-8"))
    log = data["replica"]["log"]
    assert isinstance(log, dict)
    return log


def test_sync_pins_the_log_key_and_proves_the_log_grew(
    signed_in: Path, application: FastAPI
) -> None:
    state = application.state.daybook
    key = Signer(state.settings.log_origin, state.keys.signing_key).verifier().vkey()
    assert "No evidence log key is pinned" in ok(signed_in, "log", "show").stdout

    first = ok(signed_in, "sync").stdout

    assert f"Pinned the evidence log's key on first use: {key}" in first
    assert "Compare it with the key the server's operator publishes" in first
    assert (
        "The server's evidence log holds 0 records; its summary "
        "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU= is signed by" in first
    )
    assert "This computer checks the log for the first time" in first
    add_simple(signed_in, "One")
    add_simple(signed_in, "Two", start="2026-03-15T10:00")
    synced = ok(signed_in, "sync").stdout
    assert "Pinned" not in synced
    assert "The server's evidence log holds 2 records; its summary " in synced
    assert "The log only grew since the last sync (0 \u2192 2 records)" in synced
    assert "2 receipts checked: each write this computer has a receipt for" in synced
    assert "commitment" not in synced and "leaf" not in synced
    assert kept_log(signed_in)["verifier_key"] == key

    shown = ok(signed_in, "log", "show").stdout
    assert "Origin:       daybook.invalid/log" in shown
    assert f"Key id:       {key.split('+')[1]}" in shown
    assert f"Verifier key: {key}" in shown
    assert "Last summary: 2 records, root " in shown
    assert "Compare the verifier key" in shown
    assert kept_log(signed_in)["checkpoint"] in shown


class _StaleLog(_Transport):
    """The app behind a server that serves an old checkpoint of its log."""

    def __init__(self, application: FastAPI, checkpoint: str) -> None:
        super().__init__(application)
        self.checkpoint = checkpoint

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/log/checkpoint":
            return httpx.Response(200, text=self.checkpoint)
        return await super().handle_async_request(request)


def test_a_rolled_back_log_is_reported_loudly_and_nothing_saved(
    signed_in: Path, application: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok(signed_in, "sync")
    empty = kept_log(signed_in)["checkpoint"]
    add_simple(signed_in, "One")
    add_simple(signed_in, "Two", start="2026-03-15T10:00")
    ok(signed_in, "sync")
    add_simple(signed_in, "Three", start="2026-03-16T10:00")
    kept = kept_log(signed_in)  # with the new entry's receipt waiting for a proof
    assert len(kept["pending"]) == 1
    replica_before = (signed_in.parent / "replica.json").read_text()
    monkeypatch.setattr(common, "_transport", _StaleLog(application, empty))

    result = run(signed_in, "sync")

    assert result.exit_code == 1
    assert "SPLIT VIEW: THE SERVER'S EVIDENCE LOG DOES NOT ADD UP" in result.stderr
    assert "the evidence log shrank" in result.stderr
    kept_root = kept["checkpoint"].split("\n")[2]
    assert f"this device verified size 2, root {kept_root}" in result.stderr
    assert "the server now signs size 0" in result.stderr
    assert "Nothing from this sync was saved" in result.stderr
    assert kept_log(signed_in) == kept
    # Nothing else of this sync was kept either: the copy is as the last write left it.
    assert (signed_in.parent / "replica.json").read_text() == replica_before


def test_sync_checks_the_log_key_given(signed_in: Path) -> None:
    ok(signed_in, "sync")
    pinned = kept_log(signed_in)["verifier_key"]
    another = Signer("daybook.invalid/log", Ed25519PrivateKey.generate()).verifier().vkey()

    refused = run(signed_in, "sync", "--log-key", another)
    malformed = run(signed_in, "sync", "--log-key", "daybook.invalid/log+00")

    assert refused.exit_code == malformed.exit_code == 1
    assert "THE SERVER'S EVIDENCE LOG FAILED ITS CHECK" in refused.stderr
    assert f"this device pinned the log key {pinned}" in refused.stderr
    assert "not a log verifier key" in malformed.stderr
    assert "Pinned" not in ok(signed_in, "sync", "--log-key", pinned).stdout


def test_every_version_written_here_is_proven_at_the_next_sync(signed_in: Path) -> None:
    ok(signed_in, "sync")
    entry_id = add_simple(signed_in, "First account")
    ok(signed_in, "entry", "edit", entry_id, "--what", "Second account")
    ok(signed_in, "entry", "edit", entry_id, "--what", "Third account")
    # Three versions, but sync only ever sees the latest: the two before it
    # are proven because their writes recorded them.
    assert len(kept_log(signed_in)["pending"]) == 3
    result = ok(signed_in, "sync")
    assert "3 receipts checked" in result.stdout
    assert kept_log(signed_in)["pending"] == []
