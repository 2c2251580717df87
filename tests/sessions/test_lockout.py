"""A stalker who fails sign-ins on the victim's username must not lock her
out: not of what she does signed in, not of a device that signed in before,
and not of a sign-in from the carrier address she shares with others. Each
test runs on both databases and on both throttle stores (database, Redis)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from app.client import identity
from app.client.api import ApiError, DaybookApi
from app.config import Settings
from tests.conftest import BASE_URL

PASSPHRASE = "correct horse battery staple"
SHARED = "198.51.100.7"  # one carrier address in front of many people
ATTACKER = "203.0.113.66"
HOME = "192.0.2.10"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Back-offs long enough that a loaded machine cannot outlast one mid-test."""
    return settings.model_copy(update={"login_backoff_base_seconds": 600.0})


@pytest.fixture
async def devices(throttled_app: FastAPI) -> AsyncIterator[list[DaybookApi]]:
    made: list[DaybookApi] = []
    yield made
    for api in made:
        await api.aclose()


def device(throttled_app: FastAPI, made: list[DaybookApi], address: str) -> DaybookApi:
    transport = httpx.ASGITransport(app=throttled_app, client=(address, 50000))
    api = DaybookApi(BASE_URL, transport=transport)
    made.append(api)
    return api


async def lock_out(throttled_app: FastAPI, made: list[DaybookApi], username: str) -> None:
    """A stalker's wrong guesses until the server answers 429."""
    stalker = device(throttled_app, made, ATTACKER)
    for _ in range(5):
        with pytest.raises(ApiError) as wrong:
            await identity.login(stalker, username, "guess", "stalker")
        assert wrong.value.status == 401
    with pytest.raises(ApiError) as blocked:
        await identity.login(stalker, username, PASSPHRASE, "stalker")
    assert blocked.value.status == 429


async def test_neighbours_failing_on_a_shared_address_do_not_lock_her_out(
    throttled_app: FastAPI, devices: list[DaybookApi]
) -> None:
    await identity.register(device(throttled_app, devices, HOME), "victim", PASSPHRASE, "phone")
    for neighbour in range(12):
        crowd = device(throttled_app, devices, SHARED)
        for _ in range(3):
            with pytest.raises(ApiError) as wrong:
                await identity.login(crowd, f"neighbour-{neighbour}", "typo", "phone")
            assert wrong.value.status == 401
    # A new device of hers, behind the same address, with no device token.
    laptop = device(throttled_app, devices, SHARED)
    assert (await identity.login(laptop, "victim", PASSPHRASE, "laptop")).username == "victim"


async def test_failed_sign_ins_on_her_name_do_not_block_her_signed_in_actions(
    throttled_app: FastAPI, devices: list[DaybookApi]
) -> None:
    phone = device(throttled_app, devices, HOME)
    me, _ = await identity.register(phone, "victim", PASSPHRASE, "phone")
    await lock_out(throttled_app, devices, "victim")

    await identity.change_passphrase(phone, me, PASSPHRASE, "a new long passphrase")
    await identity.delete_account(phone, "a new long passphrase")
    with pytest.raises(ApiError) as gone:
        await identity.login(device(throttled_app, devices, HOME), "victim", PASSPHRASE, "laptop")
    assert gone.value.status in (401, 429), "the account was deleted from her signed-in phone"


async def test_a_known_device_signs_in_during_a_lockout_and_an_unknown_one_does_not(
    throttled_app: FastAPI, devices: list[DaybookApi]
) -> None:
    phone = device(throttled_app, devices, HOME)
    await identity.register(phone, "victim", PASSPHRASE, "phone")
    await phone.logout()
    assert phone.device_token is not None
    await lock_out(throttled_app, devices, "victim")

    assert (await identity.login(phone, "victim", PASSPHRASE, "phone")).username == "victim"
    stranger = device(throttled_app, devices, HOME)
    with pytest.raises(ApiError) as blocked:
        await identity.login(stranger, "victim", PASSPHRASE, "new phone")
    assert (blocked.value.status, blocked.value.code) == (429, "too-many-attempts")


async def test_a_known_device_is_still_throttled_on_its_own(
    throttled_app: FastAPI, devices: list[DaybookApi]
) -> None:
    phone = device(throttled_app, devices, HOME)
    await identity.register(phone, "victim", PASSPHRASE, "phone")
    stolen = device(throttled_app, devices, ATTACKER)
    stolen.device_token = phone.device_token
    for _ in range(5):
        with pytest.raises(ApiError) as wrong:
            await identity.login(stolen, "victim", "guess", "old phone")
        assert wrong.value.status == 401
    with pytest.raises(ApiError) as blocked:
        await identity.login(stolen, "victim", PASSPHRASE, "old phone")
    assert blocked.value.status == 429
    # Its guesses counted against it alone: a new device of hers still gets in.
    laptop = device(throttled_app, devices, HOME)
    assert (await identity.login(laptop, "victim", PASSPHRASE, "laptop")).username == "victim"


async def test_a_signed_in_device_sees_the_lockout_and_ends_it(
    throttled_app: FastAPI, devices: list[DaybookApi]
) -> None:
    phone = device(throttled_app, devices, HOME)
    await identity.register(phone, "victim", PASSPHRASE, "phone")
    assert (await phone.lockout())["blocked_until"] is None
    await lock_out(throttled_app, devices, "victim")

    assert (await phone.lockout())["blocked_until"] is not None
    await phone.end_lockout()

    assert (await phone.lockout())["blocked_until"] is None
    laptop = device(throttled_app, devices, HOME)
    assert (await identity.login(laptop, "victim", PASSPHRASE, "laptop")).username == "victim"
    kinds = [e["kind"] for e in (await phone.security_events(limit=200))["events"]]
    assert "lockout_ended" in kinds


async def test_a_recovery_takes_every_device_s_exemption_away(
    throttled_app: FastAPI, devices: list[DaybookApi]
) -> None:
    lost = device(throttled_app, devices, HOME)
    _, recovery_text = await identity.register(lost, "victim", PASSPHRASE, "lost phone")
    new_phone = device(throttled_app, devices, HOME)
    await identity.recover(new_phone, "victim", recovery_text, "a new long passphrase", "new")
    await lock_out(throttled_app, devices, "victim")
    with pytest.raises(ApiError) as blocked:
        await identity.login(lost, "victim", "a new long passphrase", "lost phone")
    assert blocked.value.status == 429


async def test_a_signed_in_session_s_passphrase_checks_are_throttled_on_their_own(
    throttled_app: FastAPI, devices: list[DaybookApi]
) -> None:
    """An unlocked phone in a stalker's hands still cannot guess freely, and
    its guesses do not lock her out of signing in elsewhere."""
    phone = device(throttled_app, devices, HOME)
    me, _ = await identity.register(phone, "victim", PASSPHRASE, "phone")
    for _ in range(5):
        with pytest.raises(ApiError) as wrong:
            await identity.change_passphrase(phone, me, "guess", "a new long passphrase")
        assert wrong.value.status == 401
    with pytest.raises(ApiError) as blocked:
        await identity.change_passphrase(phone, me, PASSPHRASE, "a new long passphrase")
    assert blocked.value.status == 429
    laptop = device(throttled_app, devices, HOME)
    assert (await identity.login(laptop, "victim", PASSPHRASE, "laptop")).username == "victim"
