"""Advocacy through the `daybook` command, in-process against the ASGI app
like tests/test_cli.py: the organisation is bootstrapped with `daybook admin`
on the app's own database, then its admin, an advocate and a victim each use
a profile of their own."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from typer.testing import Result

from app.cli import common
from app.config import Settings
from app.protocol.encoding import b64encode
from tests.advocacy.test_case_documents import PLAN
from tests.conftest import BASE_URL
from tests.test_cli import PASSPHRASE, _Transport, run
from tests.test_cli_diary import add_simple

ORGANISATION = "Northshire Stalking Advocacy"
CODE = r"[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5})+"
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
NOT_READABLE = "No entry with that id is readable by this account."


@pytest.fixture
def home(application: FastAPI, tmp_path: Path) -> Iterator[Path]:
    """A directory for everyone's profiles, one directory per person."""
    common._transport = _Transport(application)
    yield tmp_path
    common._transport = None


def ok(profile: Path, *args: str, input: str | None = None, **env: str) -> Result:
    result = run(profile, *args, input=input, **env)
    assert result.exit_code == 0, result.output
    return result


def fails(profile: Path, *args: str) -> Result:
    result = run(profile, *args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return result


def found(pattern: str, text: str) -> str:
    match = re.search(pattern, text)
    assert match is not None, text
    return match.group(1) if match.groups() else match.group(0)


def server_env(settings: Settings) -> dict[str, str]:
    """The app's own settings, as `daybook admin` reads them on the server."""
    assert settings.server_secret is not None and settings.signing_key is not None
    return {
        "DAYBOOK_ENVIRONMENT": settings.environment.value,
        "DAYBOOK_DATABASE_URL": settings.resolved_database_url,
        "DAYBOOK_DATA_DIR": str(settings.data_dir),
        "DAYBOOK_SERVER_SECRET": settings.server_secret.get_secret_value(),
        "DAYBOOK_SIGNING_KEY": settings.signing_key.get_secret_value(),
    }


def register(home: Path, username: str, *extra: str) -> tuple[Path, Result]:
    profile = home / username / "profile.json"
    sign_in = ["--server", BASE_URL, "--username", username, "--device", "laptop"]
    result = ok(profile, "register", *sign_in, *extra, input=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    return profile, result


def fingerprint(result: Result) -> str:
    return found(r"Fingerprint: ([0-9A-F ]{49})", result.stdout)


def bootstrap(home: Path, settings: Settings) -> tuple[Path, Path, str]:
    """An organisation, its admin and one advocate: their profiles and the
    advocate's fingerprint."""
    env = server_env(settings)
    created = ok(home, "admin", "create-org", ORGANISATION, **env)
    organisation_id = found(rf"Id: ({UUID})", created.stdout)
    added = ok(home, "admin", "add-admin", organisation_id, "--name", "Morgan", **env)
    assert f"admin of {ORGANISATION}" in added.stdout
    assert ORGANISATION in ok(home, "admin", "orgs", **env).stdout

    admin, joined = register(home, "morgan", "--invitation", found(CODE, added.stdout))
    assert f"Joined {ORGANISATION} as an organisation admin (Morgan)." in joined.stdout
    invited = ok(admin, "org", "invite", "--name", "Alex Advocate")
    advocate, joined = register(home, "alex", "--invitation", found(CODE, invited.stdout))
    assert "victims see you as Alex Advocate" in joined.stdout
    return admin, advocate, fingerprint(joined)


def test_an_advocate_reads_only_what_the_victim_shares(home: Path, settings: Settings) -> None:
    admin, advocate, advocate_fingerprint = bootstrap(home, settings)
    issued = ok(advocate, "advocate", "code")
    assert advocate_fingerprint in issued.stdout
    code = found(CODE, issued.stdout)

    victim, _ = register(home, "robin")
    shared = add_simple(victim, "He followed me from the station", "2026-03-14T21:05")
    private = add_simple(victim, "He was outside my door", "2026-03-16T07:30")
    accepted = ok(victim, "advocate", "accept", code, "--yes", "--label", "Robin")
    assert "Alex Advocate" in accepted.stdout and ORGANISATION in accepted.stdout
    assert f"Fingerprint:  {advocate_fingerprint}" in accepted.stdout
    assert "is now your advocate" in accepted.stdout
    known_keys = victim.parent / "known-keys.json"
    assert stat.S_IMODE(known_keys.stat().st_mode) == 0o600
    assert shared[:8] in ok(victim, "entry", "list").stdout  # prefixes work after a sync
    sharing = ok(victim, "share", shared[:8])
    assert "Shared 1 entry with Alex Advocate" in sharing.stdout
    assert shared in sharing.stdout

    cases = ok(advocate, "advocate", "cases").stdout
    assert "Robin" in cases
    case_id = found(UUID, cases)
    listed = ok(advocate, "advocate", "read", "robin").stdout  # the label the victim chose
    assert "1 shared entry" in listed
    # A timeline: when it happened, its behaviours, its first line; nothing unshared.
    assert "He followed me from the station" in listed and "2026-03-14" in listed
    assert shared[:8] in listed and private[:8] not in listed
    assert "outside my door" not in listed
    victim_list = ok(victim, "entry", "list").stdout
    assert f"Shared with Alex Advocate ({ORGANISATION}): 1 entry." in victim_list
    row = next(line for line in victim_list.splitlines() if shared[:8] in line)
    assert "yes" in row
    assert "yes" not in next(line for line in victim_list.splitlines() if private[:8] in line)
    listed_shares = ok(victim, "shares").stdout
    assert f"Shared with Alex Advocate ({ORGANISATION})" in listed_shares
    assert shared[:8] in listed_shares and private[:8] not in listed_shares
    read = ok(advocate, "advocate", "read", case_id[:8], shared)
    assert "He followed me from the station" in read.stdout
    assert "every version verified" in read.stdout
    assert NOT_READABLE in fails(advocate, "advocate", "read", case_id, private).stderr

    note = "Agreed: [bold]call 999[/bold] if he is at the door again"
    added = ok(advocate, "note", "add", case_id, note, "--entry", shared, "--kind", "safety-plan")
    assert "Added safety-plan" in added.stdout
    assert note in ok(advocate, "note", "list", case_id).stdout
    notes = ok(victim, "note", "list").stdout
    assert note in notes  # printed as it was written: no markup
    assert "safety-plan" in notes and "by Alex Advocate" in notes
    log = ok(victim, "access-log").stdout
    assert f"Alex Advocate ({ORGANISATION})" in log
    assert shared in log and private not in log

    ok(victim, "unshare", shared)
    assert NOT_READABLE in fails(advocate, "advocate", "read", case_id, shared).stderr
    advocates = ok(admin, "org", "advocates").stdout
    assert "Alex Advocate" in advocates
    assert "1 advocate (1 active), 1 open case." in advocates

    shown = ok(victim, "advocate", "show").stdout
    assert advocate_fingerprint in shown and "This is the key you confirmed" in shown
    ended = ok(victim, "advocate", "end", "--yes").stdout
    assert "has ended" in ended and "cannot be recalled" in ended
    assert "No open cases" in ok(advocate, "advocate", "cases").stdout
    # An ended case's notes stay the victim's alone (docs/protocol §26.7).
    assert note in ok(victim, "note", "list").stdout
    gone = fails(advocate, "note", "list", "Robin").stderr
    assert "an ended case is read no more, its notes included" in gone
    assert "No open case with that id" in fails(advocate, "note", "list", case_id).stderr


def test_a_refused_fingerprint_or_a_changed_key_shares_nothing(
    home: Path, settings: Settings
) -> None:
    _admin, advocate, advocate_fingerprint = bootstrap(home, settings)
    code = found(CODE, ok(advocate, "advocate", "code").stdout)
    victim, _ = register(home, "sam")
    entry = add_simple(victim, "He called 14 times")

    declined = run(victim, "advocate", "accept", code, input="n\n")
    assert declined.exit_code == 1 and "Not accepted" in declined.stdout
    assert "No open cases" in ok(advocate, "advocate", "cases").stdout
    accepted = ok(victim, "advocate", "accept", code, input="y\nSam\n")
    assert "you appear in their list as Sam" in accepted.stdout

    # The server (or anyone) now shows another key for the advocate.
    known_keys = victim.parent / "known-keys.json"
    stored = json.loads(known_keys.read_text())
    for key in stored["keys"].values():
        key["signing"] = b64encode(os.urandom(32))
    known_keys.write_text(json.dumps(stored))

    refused = fails(victim, "share", entry)
    assert "YOUR ADVOCATE'S KEY HAS CHANGED" in refused.stderr
    assert "Nothing was sent" in refused.stderr
    assert advocate_fingerprint in refused.stderr
    assert "YOUR ADVOCATE'S KEY HAS CHANGED" in fails(victim, "advocate", "show").stderr

    # Another device of the victim's never compared the fingerprint.
    phone = home / "sam-phone" / "profile.json"
    sign_in = ["--server", BASE_URL, "--username", "sam", "--device", "phone"]
    ok(phone, "login", *sign_in, DAYBOOK_PASSPHRASE=PASSPHRASE)
    unconfirmed = fails(phone, "share", entry)
    assert "YOUR ADVOCATE'S KEY IS NOT CONFIRMED ON THIS COMPUTER" in unconfirmed.stderr
    assert "has not confirmed this key" in ok(phone, "advocate", "show").stdout
    # Compared with the advocate, the phone confirms the key and can share.
    confirmed = ok(phone, "advocate", "show", "--confirm", input="y\n")
    assert advocate_fingerprint in confirmed.stdout
    assert "This is the key you confirmed" in confirmed.stdout
    ok(phone, "sync")
    assert "Shared 1 entry" in ok(phone, "share", entry).stdout
    # The share's receipt is proven in the evidence log at the next sync.
    assert "Receipts not yet checked against the log: 1" in ok(phone, "log", "show").stdout
    ok(phone, "sync")
    assert "Receipts not yet checked against the log: 0" in ok(phone, "log", "show").stdout

    case_id = found(UUID, ok(advocate, "advocate", "cases").stdout)
    assert "1 shared entry" in ok(advocate, "advocate", "read", case_id).stdout


def test_a_case_is_handed_over_from_the_command_line(
    home: Path, settings: Settings, tmp_path: Path
) -> None:
    admin, advocate, _advocate_fingerprint = bootstrap(home, settings)
    invited = ok(admin, "org", "invite", "--name", "Jordan Advocate")
    jordan, joined = register(home, "jordan", "--invitation", found(CODE, invited.stdout))
    jordan_fingerprint = fingerprint(joined)
    jordan_id = found(UUID, ok(jordan, "whoami").stdout)

    victim, _ = register(home, "robin")
    shared = add_simple(victim, "He followed me from the station", "2026-03-14T21:05")
    code = found(CODE, ok(advocate, "advocate", "code").stdout)
    ok(victim, "advocate", "accept", code, "--yes", "--label", "Robin")
    ok(victim, "share", shared)
    case_id = found(UUID, ok(advocate, "advocate", "cases").stdout)
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN), encoding="utf-8")
    plan_id = found(UUID, ok(victim, "case-doc", "new", "safety-plan", str(plan)).stdout)

    ok(advocate, "handover", "propose", case_id, "--to", jordan_id, "--reason", "leave")
    shown = ok(victim, "handover", "show").stdout
    assert "Jordan Advocate" in shown and jordan_fingerprint in shown
    assert "on leave" in shown
    wrong = "0000 " * 9 + "0000"
    refused = fails(victim, "handover", "approve", "--fingerprint", wrong)
    assert "do not approve" in refused.stderr
    approved = ok(victim, "handover", "approve", "--fingerprint", jordan_fingerprint)
    assert "now with Jordan Advocate" in approved.stdout

    new_case = found(UUID, ok(jordan, "advocate", "cases").stdout)
    assert "No flag" in ok(jordan, "advocate", "flags", new_case).stdout
    read = ok(jordan, "advocate", "read", new_case, shared)
    assert "He followed me from the station" in read.stdout
    assert "handed over to a new advocate" in ok(victim, "access-log").stdout
    assert "No case awaits a handover." in ok(admin, "handover", "list").stdout
    # Her safety plan went with the case; the old advocate has no document left.
    assert "pineapple" in ok(jordan, "case-doc", "show", plan_id).stdout
    assert "No case documents." in ok(advocate, "case-doc", "list").stdout
