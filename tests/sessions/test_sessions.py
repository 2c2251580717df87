"""Device sessions: listing, revoking, refresh rotation and theft detection."""

from __future__ import annotations

import datetime as dt
import uuid

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from app.client import identity
from app.client.api import ApiError, DaybookApi, Tokens
from app.config import Settings
from app.main import create_app
from app.models import DeviceSession
from tests.conftest import BASE_URL, MakeApi

PASSPHRASE = "correct horse battery staple"


async def _victim(make_api: MakeApi, device: str = "phone") -> tuple[DaybookApi, identity.Identity]:
    api = await make_api()
    me, _ = await identity.register(api, "victim", PASSPHRASE, device)
    return api, me


async def test_a_revoked_device_is_refused_at_once(make_api: MakeApi) -> None:
    phone, _ = await _victim(make_api)
    stolen = await make_api()
    await identity.login(stolen, "victim", PASSPHRASE, "old phone")
    old_phone = next(s for s in await phone.sessions() if s["device_name"] == "old phone")

    await phone.revoke_session(uuid.UUID(old_phone["id"]))

    with pytest.raises(ApiError) as refused:
        await stolen.account()
    assert refused.value.status == 401
    with pytest.raises(ApiError):
        await stolen.refresh()
    assert [s["device_name"] for s in await phone.sessions()] == ["phone"]
    events = (await phone.security_events())["events"]
    assert events[0]["kind"] == "session_revoked"
    assert events[0]["device_name"] == "old phone"


async def test_rename_a_session(make_api: MakeApi) -> None:
    phone, _ = await _victim(make_api)
    (mine,) = await phone.sessions()
    renamed = await phone.rename_session(uuid.UUID(mine["id"]), "work phone")
    assert renamed["device_name"] == "work phone"
    assert (await phone.sessions())[0]["device_name"] == "work phone"


async def test_sign_out_everywhere(make_api: MakeApi) -> None:
    phone, _ = await _victim(make_api)
    laptop = await make_api()
    await identity.login(laptop, "victim", PASSPHRASE, "laptop")

    await phone.sign_out_everywhere(keep_current=True)
    with pytest.raises(ApiError):
        await laptop.account()
    assert [s["device_name"] for s in await phone.sessions()] == ["phone"]

    tokens = phone.tokens
    await phone.sign_out_everywhere()
    stale = await make_api()
    stale.tokens = tokens
    with pytest.raises(ApiError) as refused:
        await stale.account()
    assert refused.value.status == 401


async def test_refresh_rotates_and_reuse_signs_the_session_out(make_api: MakeApi) -> None:
    phone, _ = await _victim(make_api)
    assert phone.tokens is not None
    first = Tokens(phone.tokens.access_token, phone.tokens.refresh_token)

    await phone.refresh()
    assert phone.tokens.refresh_token != first.refresh_token
    assert (await phone.account())["username"] == "victim"
    old_access = await make_api()
    old_access.tokens = Tokens(first.access_token, "unused")
    with pytest.raises(ApiError):
        await old_access.account()  # the old access token died with the rotation

    thief = await make_api()
    thief.tokens = first
    with pytest.raises(ApiError) as reused:
        await thief.refresh()
    assert "already used" in reused.value.problem["detail"]
    with pytest.raises(ApiError):
        await phone.account()  # the whole session is signed out, the thief's copy too
    with pytest.raises(ApiError):
        await phone.refresh()
    watcher = await make_api()
    await identity.login(watcher, "victim", PASSPHRASE, "laptop")
    kinds = [e["kind"] for e in (await watcher.security_events())["events"]]
    assert "refresh_token_reused" in kinds


async def test_an_expired_access_token_is_refreshed_by_the_client(
    make_api: MakeApi, application: FastAPI
) -> None:
    phone, _ = await _victim(make_api)
    past = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    async with application.state.daybook.sessionmaker.begin() as db:
        await db.execute(update(DeviceSession).values(access_expires_at=past))
    assert phone.tokens is not None
    expired = phone.tokens.access_token

    assert (await phone.account())["username"] == "victim"
    assert phone.tokens.access_token != expired


async def test_a_session_records_its_use_at_most_once_a_minute(
    make_api: MakeApi, application: FastAPI
) -> None:
    phone, _ = await _victim(make_api)

    async def used_at(when: dt.datetime) -> dt.datetime:
        async with application.state.daybook.sessionmaker.begin() as db:
            await db.execute(update(DeviceSession).values(last_used_at=when))
        await phone.account()
        (mine,) = await phone.sessions()
        return dt.datetime.fromisoformat(mine["last_used_at"])

    now = dt.datetime.now(dt.UTC)
    recently = now - dt.timedelta(seconds=30)
    assert await used_at(recently) == recently
    assert await used_at(now - dt.timedelta(minutes=2)) >= now


async def test_failed_sign_ins_are_throttled_per_account(make_api: MakeApi) -> None:
    phone, _ = await _victim(make_api)
    attacker = await make_api()
    for _ in range(5):
        with pytest.raises(ApiError) as wrong:
            await identity.login(attacker, "victim", "guess", "attacker")
        assert wrong.value.status == 401
    with pytest.raises(ApiError) as throttled:
        await identity.login(attacker, "victim", PASSPHRASE, "attacker")
    assert throttled.value.status == 429
    assert throttled.value.code == "too-many-attempts"
    kinds = [e["kind"] for e in (await phone.security_events(limit=200))["events"]]
    assert kinds.count("sign_in_failed") == 5


async def test_throttling_holds_across_workers_and_usernames(settings: Settings) -> None:
    """Two app instances on one database stand for two API workers: failures
    counted by either block both, per client address, for real and missing
    users (the address ceiling lowered to the account's, to reach it here)."""
    lowered = settings.model_copy(update={"login_address_free_failures": 5})
    workers = [create_app(lowered), create_app(lowered)]
    apis = [DaybookApi(BASE_URL, transport=httpx.ASGITransport(app=w)) for w in workers]
    try:
        await identity.register(apis[0], "victim", PASSPHRASE, "phone")
        apis[0].device_token = None  # a device that never signed in
        for attempt in range(5):
            with pytest.raises(ApiError) as wrong:
                await identity.login(apis[attempt % 2], f"missing-{attempt}", "guess", "x")
            assert wrong.value.status == 401
        for api in apis:
            with pytest.raises(ApiError) as throttled:
                await identity.login(api, "victim", PASSPHRASE, "phone")
            assert throttled.value.status == 429
            assert int(throttled.value.problem["status"]) == 429
    finally:
        for api, worker in zip(apis, workers, strict=True):
            await api.aclose()
            await worker.state.daybook.engine.dispose()


async def test_failure_counters_are_forgotten_after_a_quiet_period(settings: Settings) -> None:
    forgetful = create_app(settings.model_copy(update={"login_failure_memory_seconds": 1e-6}))
    async with DaybookApi(BASE_URL, transport=httpx.ASGITransport(app=forgetful)) as api:
        await identity.register(api, "victim", PASSPHRASE, "phone")
        for _ in range(8):
            with pytest.raises(ApiError) as wrong:
                await identity.login(api, "victim", "guess", "x")
            assert wrong.value.status == 401  # never 429: each failure starts afresh
        assert (await identity.login(api, "victim", PASSPHRASE, "phone")).username == "victim"
    await forgetful.state.daybook.engine.dispose()
