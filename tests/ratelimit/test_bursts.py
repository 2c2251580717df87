"""A burst of concurrent wrong attempts gets no more secrets checked than the
same attempts one after another: five (the free failures), whatever the
route, on either database and either throttle store. Each attempt's failure
is reserved before its secret is checked; a throttle that only looked for a
block first let every attempt in flight through (19-36 of 200 in an outside
test). The back-off is an hour here, so a slow burst cannot earn a sixth."""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from app.client import identity
from app.client.api import ApiError, DaybookApi
from app.config import Settings
from app.main import create_app
from tests.conftest import BASE_URL, MakeApi
from tests.ratelimit.redis_server import close_app
from tests.writers import Writer

# Timing-sensitive: runs alone, after the parallel part of the suite (dev.py).
pytestmark = pytest.mark.serial

BURST = 200
FREE_FAILURES = 5
WRONG_CODE = "ABCDE-FGHJK"


@pytest.fixture(params=["database", "redis"])
def settings(request: pytest.FixtureRequest, settings: Settings) -> Settings:
    changes: dict[str, Any] = {
        "login_free_failures": FREE_FAILURES,
        "login_backoff_base_seconds": 3600.0,
    }
    if request.param == "redis":
        changes["redis_url"] = SecretStr(request.getfixturevalue("redis_url"))
    return Settings(**{**settings.model_dump(), **changes})


@pytest.fixture
async def application(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    yield application
    await close_app(application)


@pytest.fixture
def verifications(application: FastAPI, monkeypatch: pytest.MonkeyPatch) -> list[None]:
    """One item per Argon2id verification the server makes."""
    hasher = application.state.daybook.hasher
    made: list[None] = []
    verify = hasher.verify

    async def counted(stored: str | None, presented: bytes) -> bool:
        made.append(None)
        return bool(await verify(stored, presented))

    monkeypatch.setattr(hasher, "verify", counted)
    return made


async def burst(attempt: Callable[[], Awaitable[Any]]) -> Counter[int]:
    """BURST attempts at once; how many got each status."""
    results = await asyncio.gather(*(attempt() for _ in range(BURST)), return_exceptions=True)
    assert all(isinstance(r, ApiError) for r in results), "a wrong guess was let in"
    return Counter(r.status for r in results if isinstance(r, ApiError))


def guess() -> bytes:
    return os.urandom(32)


async def test_a_login_burst_checks_five_passphrases(
    victim: Writer, make_api: MakeApi, verifications: list[None]
) -> None:
    attacker = await make_api()
    verifications.clear()
    statuses = await burst(lambda: attacker.login(victim.me.username, guess(), "attacker"))
    assert statuses == {401: FREE_FAILURES, 429: BURST - FREE_FAILURES}
    assert len(verifications) == FREE_FAILURES


async def test_a_recovery_burst_checks_five_recovery_keys(
    victim: Writer, make_api: MakeApi, verifications: list[None]
) -> None:
    attacker = await make_api()
    verifications.clear()
    statuses = await burst(lambda: attacker.recovery_keys(victim.me.username, guess()))
    assert statuses == {401: FREE_FAILURES, 429: BURST - FREE_FAILURES}
    assert len(verifications) == FREE_FAILURES


@pytest.mark.parametrize("route", ["preview", "accept"])
async def test_an_assignment_code_burst_checks_five_codes(victim: Writer, route: str) -> None:
    """A stalker holding the victim's signed-in phone, guessing an advocate's code."""
    api = victim.api

    async def attempt() -> Any:
        if route == "preview":
            return await api.preview_assignment_code(WRONG_CODE)
        return await api.accept_assignment(WRONG_CODE, victim.me.account_id, "x")

    statuses = await burst(attempt)
    assert statuses == {404: FREE_FAILURES, 429: BURST - FREE_FAILURES}


class Recorder(DaybookApi):
    """Keeps the registration body instead of sending it."""

    body: dict[str, Any]

    async def register(self, body: dict[str, Any]) -> dict[str, Any]:
        self.body = body
        return {}


async def test_an_invitation_burst_checks_five_codes(
    application: FastAPI, make_api: MakeApi
) -> None:
    recorder = Recorder(BASE_URL, transport=httpx.ASGITransport(app=application))
    async with recorder:  # prelogin goes to the server
        await identity.register(
            recorder, "alex", "a long enough passphrase", "laptop", invitation_code="x"
        )
    body = {**recorder.body, "invitation_code": "ABCDE-FGHJK-MNPQR-STVWX"}
    attacker = await make_api()
    statuses = await burst(lambda: attacker.register(body))
    assert statuses == {400: FREE_FAILURES, 429: BURST - FREE_FAILURES}
