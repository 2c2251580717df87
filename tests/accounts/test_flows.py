"""The account flows a victim goes through, with the real client crypto."""

from __future__ import annotations

import pytest

from app.client import identity
from app.client.api import ApiError
from tests.conftest import MakeApi

PASSPHRASE = "correct horse battery staple"


async def test_register_then_sign_in_on_a_second_device_unlocks_the_same_keys(
    make_api: MakeApi,
) -> None:
    phone = await make_api()
    registered, recovery_text = await identity.register(phone, "Robin", PASSPHRASE, "Robin's phone")
    assert len(recovery_text.replace("-", "")) == 55

    tablet = await make_api()
    signed_in = await identity.login(tablet, "robin", PASSPHRASE, "Robin's tablet")

    assert signed_in.account_id == registered.account_id
    assert signed_in.keys.to_bytes() == registered.keys.to_bytes()
    assert signed_in.fingerprint == registered.fingerprint
    account = await tablet.account()
    assert (account["username"], account["role"]) == ("robin", "victim")
    devices = {s["device_name"]: s["current"] for s in await tablet.sessions()}
    assert devices == {"Robin's phone": False, "Robin's tablet": True}


async def test_wrong_passphrase_is_refused_without_saying_which_part_was_wrong(
    make_api: MakeApi,
) -> None:
    await identity.register(await make_api(), "sam", PASSPHRASE, "phone")
    for username in ("sam", "nobody-here"):
        with pytest.raises(ApiError) as refused:
            await identity.login(await make_api(), username, "wrong passphrase", "laptop")
        assert refused.value.status == 401
        assert refused.value.problem["detail"] == "The username or passphrase is wrong."


async def test_prelogin_for_a_missing_user_is_stable_and_looks_real(make_api: MakeApi) -> None:
    api = await make_api()
    await identity.register(api, "alex", PASSPHRASE, "phone")
    real = (await api.prelogin("alex"))["kdf"]
    fake = (await api.prelogin("not-alex"))["kdf"]
    assert fake == (await api.prelogin("NOT-ALEX"))["kdf"]
    assert set(fake) == set(real)
    assert len(fake["salt"]) == len(real["salt"])
    assert {k: v for k, v in fake.items() if k != "salt"} == {
        k: v for k, v in real.items() if k != "salt"
    }
    assert fake["salt"] != (await api.prelogin("other-missing"))["kdf"]["salt"]


async def test_username_is_unique(make_api: MakeApi) -> None:
    await identity.register(await make_api(), "kim", PASSPHRASE, "phone")
    with pytest.raises(ApiError) as taken:
        await identity.register(await make_api(), "KIM", PASSPHRASE, "phone")
    assert (taken.value.status, taken.value.code) == (409, "registration-refused")


async def test_passphrase_change_keeps_keys_and_signs_out_other_devices(
    make_api: MakeApi,
) -> None:
    phone = await make_api()
    me, _ = await identity.register(phone, "jody", PASSPHRASE, "phone")
    old_laptop = await make_api()
    await identity.login(old_laptop, "jody", PASSPHRASE, "old laptop")

    await identity.change_passphrase(phone, me, PASSPHRASE, "a new long passphrase")

    with pytest.raises(ApiError) as signed_out:
        await old_laptop.account()
    assert signed_out.value.status == 401
    with pytest.raises(ApiError):
        await identity.login(await make_api(), "jody", PASSPHRASE, "tablet")
    again = await identity.login(await make_api(), "jody", "a new long passphrase", "tablet")
    assert again.keys.to_bytes() == me.keys.to_bytes()
    kinds = [e["kind"] for e in (await phone.security_events())["events"]]
    assert kinds[0] == "new_device" and "passphrase_changed" in kinds


async def test_passphrase_change_needs_the_current_passphrase(make_api: MakeApi) -> None:
    phone = await make_api()
    me, _ = await identity.register(phone, "lee", PASSPHRASE, "phone")
    with pytest.raises(ApiError) as refused:
        await identity.change_passphrase(phone, me, "not it", "new passphrase")
    assert refused.value.status == 401
    assert (
        await identity.login(await make_api(), "lee", PASSPHRASE, "x")
    ).account_id == me.account_id


async def test_recovery_key_sets_a_new_passphrase_without_losing_keys(make_api: MakeApi) -> None:
    phone = await make_api()
    me, recovery_text = await identity.register(phone, "ash", PASSPHRASE, "lost phone")

    new_phone = await make_api()
    recovered, new_recovery_text = await identity.recover(
        new_phone, "ash", recovery_text.lower(), "brand new passphrase", "new phone"
    )

    assert recovered.keys.to_bytes() == me.keys.to_bytes()
    assert new_recovery_text != recovery_text
    with pytest.raises(ApiError):
        await phone.account()  # the lost phone is signed out
    with pytest.raises(ApiError) as used:
        await identity.recover(await make_api(), "ash", recovery_text, "brand new passphrase", "x")
    assert used.value.status == 401  # a recovery key works once
    unlocked = await identity.login(await make_api(), "ash", "brand new passphrase", "laptop")
    assert unlocked.keys.to_bytes() == me.keys.to_bytes()
    kinds = {e["kind"] for e in (await new_phone.security_events())["events"]}
    assert "account_recovered" in kinds


async def test_anyone_signed_in_can_fetch_public_keys_and_fingerprint(make_api: MakeApi) -> None:
    victim_api = await make_api()
    victim, _ = await identity.register(victim_api, "vic", PASSPHRASE, "phone")
    other_api = await make_api()
    await identity.register(other_api, "other", PASSPHRASE, "phone")

    keys = await other_api.public_keys(victim.account_id)

    assert keys["fingerprint"] == victim.fingerprint
    assert "sealed_private_keys" not in keys
