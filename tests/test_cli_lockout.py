"""`daybook register` proposes a random username and warns about a chosen
one; the CLI keeps its device token past sign-out, so a stalker's failed
guesses do not lock this computer out; `daybook lockout` shows and ends a
lockout."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from app.client import identity
from app.client.api import ApiError, DaybookApi
from app.client.profile import Profile
from app.config import Settings
from tests.conftest import BASE_URL
from tests.test_cli import PASSPHRASE, SIGN_IN, profile_path, register, run

__all__ = ["profile_path"]  # the fixture, used by name


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Back-offs long enough that a loaded machine cannot outlast one mid-test."""
    return settings.model_copy(update={"login_backoff_base_seconds": 600.0})


def test_register_proposes_a_random_username_by_default(profile_path: Path) -> None:
    result = run(
        profile_path,
        "register",
        "--server",
        BASE_URL,
        "--device",
        "laptop",
        input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
    )
    assert result.exit_code == 0, result.output
    profile = Profile.load(profile_path)
    assert profile is not None
    assert re.fullmatch(r"[a-z]+-[a-z]+-\d{4}", profile.username)
    assert f"Your username: {profile.username}" in result.output
    assert "can tell that the account exists" not in result.output


def test_register_warns_that_a_chosen_username_is_findable(profile_path: Path) -> None:
    assert "can tell that the account exists" in register(profile_path).output


async def _lock_out(application: FastAPI, username: str) -> None:
    transport = httpx.ASGITransport(app=application, client=("203.0.113.66", 50000))
    async with DaybookApi(BASE_URL, transport=transport) as stalker:
        for _ in range(6):
            with pytest.raises(ApiError):
                await identity.login(stalker, username, "guess", "stalker")
    await application.state.daybook.engine.dispose()


def test_a_computer_that_signed_in_before_is_not_locked_out(
    profile_path: Path, application: FastAPI
) -> None:
    register(profile_path)
    assert run(profile_path, "logout").exit_code == 0
    asyncio.run(_lock_out(application, "alice"))

    login = run(profile_path, "login", *SIGN_IN, DAYBOOK_PASSPHRASE=PASSPHRASE)
    assert login.exit_code == 0, login.output

    shown = run(profile_path, "lockout")
    assert shown.exit_code == 0, shown.output
    assert "New devices cannot sign in until" in shown.output
    ended = run(profile_path, "lockout", "--end")
    assert ended.exit_code == 0, ended.output
    assert "No lockout" in run(profile_path, "lockout").output
    assert "let new devices sign in again" in run(profile_path, "events").output  # lockout_ended
