"""With DAYBOOK_REDIS_URL set, the failed-attempt limits live in Redis: they
hold across workers with nothing in the database's throttle table, /readyz
checks Redis, and a Redis that does not answer refuses sign-ins (503) rather
than let guesses through uncounted."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from app.client import identity
from app.client.api import ApiError, DaybookApi
from app.config import Settings
from app.main import create_app
from app.models import LoginThrottle
from tests.conftest import BASE_URL
from tests.ratelimit.redis_server import close_app, on_redis
from tests.test_errors import assert_problem

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
async def workers(settings: Settings, redis_url: str) -> AsyncIterator[list[FastAPI]]:
    """Two app instances on one database and one Redis stand for two workers."""
    apps = [create_app(on_redis(settings, redis_url)) for _ in range(2)]
    yield apps
    for app in apps:
        await close_app(app)


def api_of(app: FastAPI) -> DaybookApi:
    return DaybookApi(BASE_URL, transport=httpx.ASGITransport(app=app))


async def test_the_sign_in_throttle_holds_across_workers_in_redis(workers: list[FastAPI]) -> None:
    apis = [api_of(w) for w in workers]
    try:
        await identity.register(apis[0], "victim", PASSPHRASE, "phone")
        apis[0].device_token = None  # guessing like a device that never signed in
        for attempt in range(5):
            with pytest.raises(ApiError) as wrong:
                await identity.login(apis[attempt % 2], "victim", "guess", "attacker")
            assert wrong.value.status == 401
        for api in apis:
            with pytest.raises(ApiError) as throttled:
                await identity.login(api, "victim", PASSPHRASE, "phone")
            assert throttled.value.code == "too-many-attempts"
    finally:
        for api in apis:
            await api.aclose()
    async with workers[0].state.daybook.sessionmaker() as db:
        assert await db.scalar(select(func.count()).select_from(LoginThrottle)) == 0


async def test_a_good_sign_in_clears_the_account_s_count(workers: list[FastAPI]) -> None:
    """Four failures from each of two addresses, with a good sign-in between:
    without the clearing, the account's count would reach the limit."""
    for address in ("192.0.2.1", "192.0.2.2"):
        transport = httpx.ASGITransport(app=workers[0], client=(address, 50000))
        async with DaybookApi(BASE_URL, transport=transport) as api:
            if address == "192.0.2.1":
                await identity.register(api, "victim", PASSPHRASE, "phone")
            for _ in range(4):
                with pytest.raises(ApiError) as wrong:
                    await identity.login(api, "victim", "guess", "attacker")
                assert wrong.value.status == 401
            assert (await identity.login(api, "victim", PASSPHRASE, "phone")).username == "victim"


async def test_readiness_checks_redis(workers: list[FastAPI]) -> None:
    transport = httpx.ASGITransport(app=workers[0])
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        ready = (await http.get("/readyz")).json()
    assert ready["checks"]["rate_limits"] == "ok"


@pytest.fixture
async def redis_down(settings: Settings) -> AsyncIterator[FastAPI]:
    app = create_app(on_redis(settings, "redis://127.0.0.1:1/0"))
    yield app
    await close_app(app)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_an_unreachable_redis_refuses_sign_ins_and_is_not_ready(redis_down: FastAPI) -> None:
    """Registrations too: their refusals are counted per address."""
    async with api_of(redis_down) as api:
        with pytest.raises(ApiError) as unregistered:
            await identity.register(api, "victim", PASSPHRASE, "phone")
        with pytest.raises(ApiError) as refused:
            await identity.login(api, "victim", PASSPHRASE, "phone")
    for error in (unregistered.value, refused.value):
        assert (error.status, error.code) == (503, "rate-limits-unavailable")
    transport = httpx.ASGITransport(app=redis_down)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        problem = assert_problem(await http.get("/readyz"), 503, "not-ready")
    assert problem["checks"]["rate_limits"] == "unreachable"
    assert problem["checks"]["database"] == "ok"
