"""The daybook command, in-process against the ASGI app.

The CLI runs its own event loop per command (asyncio.run), so these tests are
plain functions; the app comes from conftest's `application` fixture."""

from __future__ import annotations

import json
import re
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from typer.testing import CliRunner, Result

from app import cli
from app.cli import common
from app.client.profile import Profile
from tests.conftest import BASE_URL

PASSPHRASE = "correct horse battery staple"
SIGN_IN = ["--server", BASE_URL, "--username", "alice", "--device", "laptop"]


class _Transport(httpx.ASGITransport):
    """Closes the app's pooled connections when the CLI's client closes: each
    command runs in a loop of its own, and a connection cannot outlive it."""

    def __init__(self, application: FastAPI) -> None:
        super().__init__(app=application)
        self.application = application

    async def aclose(self) -> None:
        await self.application.state.daybook.engine.dispose()


@pytest.fixture
def profile_path(application: FastAPI, tmp_path: Path) -> Iterator[Path]:
    common._transport = _Transport(application)
    yield tmp_path / "profile" / "profile.json"
    common._transport = None


def run(profile: Path, *args: str, input: str | None = None, **env: str) -> Result:
    environ: dict[str, str | None] = {
        "COLUMNS": "200",
        "DAYBOOK_PASSPHRASE": None,
        "DAYBOOK_NEW_PASSPHRASE": None,
        "DAYBOOK_RECOVERY_KEY": None,
        **env,
    }
    args = ("--profile", str(profile), *args)
    return CliRunner().invoke(cli.app, args, input=input, env=environ)


def recovery_key(output: str) -> str:
    found = re.search(r"[A-Z2-7]{5}(?:-[A-Z2-7]{1,5}){5,}", output)
    assert found is not None, output
    return found.group(0)


def register(profile: Path) -> Result:
    result = run(profile, "register", *SIGN_IN, input=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert result.exit_code == 0, result.output
    return result


def test_register_prints_recovery_key_and_writes_a_private_profile(profile_path: Path) -> None:
    result = register(profile_path)

    assert "shown once" in result.stdout
    recovery_key(result.stdout)
    assert "Fingerprint:" in result.stdout
    assert stat.S_IMODE(profile_path.stat().st_mode) == 0o600
    profile = Profile.load(profile_path)
    assert profile is not None
    assert (profile.username, profile.device_name, profile.server) == ("alice", "laptop", BASE_URL)
    assert len(profile.private_keys) == 64


def test_whoami_sessions_events(profile_path: Path) -> None:
    register(profile_path)

    whoami = run(profile_path, "whoami")
    assert whoami.exit_code == 0, whoami.output
    assert "alice" in whoami.stdout
    assert "Role:" in whoami.stdout

    sessions = run(profile_path, "sessions", "list")
    assert sessions.exit_code == 0, sessions.output
    assert "laptop" in sessions.stdout

    events = run(profile_path, "events")
    assert events.exit_code == 0, events.output
    assert "Account created" in events.stdout  # account_created, in plain words


def test_logout_then_login_with_env_passphrase(profile_path: Path) -> None:
    register(profile_path)

    logout = run(profile_path, "logout")
    assert logout.exit_code == 0, logout.output
    assert not profile_path.exists()

    login = run(profile_path, "login", *SIGN_IN, DAYBOOK_PASSPHRASE=PASSPHRASE)
    assert login.exit_code == 0, login.output
    assert profile_path.exists()
    events = run(profile_path, "events")
    assert "Signed in" in events.stdout  # sign_in


def test_wrong_passphrase_is_a_one_line_error(profile_path: Path) -> None:
    register(profile_path)
    run(profile_path, "logout")

    result = run(profile_path, "login", *SIGN_IN, DAYBOOK_PASSPHRASE="wrong passphrase")

    assert result.exit_code == 1
    assert result.stderr.startswith("error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert not profile_path.exists()


def test_delete_account_needs_the_username_and_the_passphrase(profile_path: Path) -> None:
    register(profile_path)

    mistyped = run(profile_path, "delete-account", input="alicia\n")
    assert mistyped.exit_code == 1 and "nothing was deleted" in mistyped.stderr
    wrong = run(profile_path, "delete-account", input="alice\nnot it\n")
    assert wrong.exit_code == 1 and "passphrase is wrong" in wrong.stderr
    assert run(profile_path, "whoami").exit_code == 0

    erased = run(profile_path, "delete-account", input=f"alice\n{PASSPHRASE}\n")
    assert erased.exit_code == 0, erased.output
    assert "is erased" in erased.stdout
    assert not profile_path.exists()
    login = run(profile_path, "login", *SIGN_IN, DAYBOOK_PASSPHRASE=PASSPHRASE)
    assert login.exit_code == 1


def test_recover_shows_a_new_recovery_key(profile_path: Path) -> None:
    old_key = recovery_key(register(profile_path).stdout)
    run(profile_path, "logout")

    result = run(
        profile_path,
        "recover",
        *SIGN_IN,
        DAYBOOK_RECOVERY_KEY=old_key,
        DAYBOOK_NEW_PASSPHRASE="a new passphrase",
    )

    assert result.exit_code == 0, result.output
    assert recovery_key(result.stdout) != old_key
    run(profile_path, "logout")
    login = run(profile_path, "login", *SIGN_IN, DAYBOOK_PASSPHRASE="a new passphrase")
    assert login.exit_code == 0, login.output


def test_not_signed_in(profile_path: Path) -> None:
    result = run(profile_path, "whoami")
    assert result.exit_code == 1
    assert "not signed in" in result.stderr


def test_openapi_prints_the_document() -> None:
    result = CliRunner().invoke(cli.app, ["openapi"])
    assert result.exit_code == 0, result.output
    assert "/v1/auth/login" in json.loads(result.stdout)["paths"]


def test_db_upgrade_creates_the_tables(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'fresh.sqlite3'}"
    result = CliRunner().invoke(cli.app, ["db", "upgrade"], env={"DAYBOOK_DATABASE_URL": url})
    assert result.exit_code == 0, result.output
    with closing(sqlite3.connect(tmp_path / "fresh.sqlite3")) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert {"accounts", "alembic_version"} <= tables
