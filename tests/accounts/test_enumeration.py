"""No route tells whether an account exists: not by the work it does (every
route that checks a secret verifies one Argon2id hash for a known name and
for an unknown one, counted here rather than timed; bench/enumeration.py
times it), not by what a refused registration says, and not by the KDF cost
pre-login gives after the configured cost rises."""

from __future__ import annotations

import hashlib
import hmac
import os
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI

from app.accounts.service import REGISTRATION_FREE_REFUSALS
from app.client import identity
from app.client.api import ApiError, DaybookApi
from app.client.pseudonym import propose_username
from app.config import (
    DEFAULT_KDF_PARALLELISM,
    MIN_KDF_ITERATIONS,
    MIN_KDF_MEMORY_KIB,
    Settings,
)
from app.main import create_app
from app.protocol.encoding import b64decode, b64encode
from app.protocol.kdf import SALT_BYTES
from app.protocol.sealing import SEALED_BYTES
from tests.conftest import BASE_URL, MakeApi

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Back-offs long enough that a loaded machine cannot outlast one mid-test."""
    return settings.model_copy(update={"login_backoff_base_seconds": 600.0})


@pytest.fixture
def verifications(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every Argon2id verification the server makes, whatever its outcome."""
    made: list[str] = []
    original = PasswordHasher.verify

    def counted(self: PasswordHasher, hash: str | bytes, password: str | bytes) -> bool:
        made.append("verify")
        return original(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", counted)
    yield made


def random(size: int) -> str:
    return b64encode(os.urandom(size))


def _kdf(application: FastAPI) -> dict[str, Any]:
    s: Settings = application.state.daybook.settings
    return {
        "algorithm": "argon2id",
        "salt": random(SALT_BYTES),
        "memory_kib": s.kdf_memory_kib,
        "iterations": s.kdf_iterations,
        "parallelism": s.kdf_parallelism,
    }


def anonymous_attempts(application: FastAPI, username: str) -> dict[str, dict[str, Any]]:
    """A wrong secret for `username` on every route that checks one without a session."""
    return {
        "/v1/auth/login": {"username": username, "auth_key": random(32), "device_name": "x"},
        "/v1/auth/recovery/keys": {"username": username, "recovery_auth_key": random(32)},
        "/v1/auth/recovery": {
            "username": username,
            "recovery_auth_key": random(32),
            "kdf": _kdf(application),
            "auth_key": random(32),
            "sealed_private_keys": random(SEALED_BYTES),
            "new_recovery_auth_key": random(32),
            "recovery_sealed_private_keys": random(SEALED_BYTES),
            "device_name": "x",
        },
    }


async def test_known_and_unknown_names_cost_the_same_argon2id_work(
    application: FastAPI, http: httpx.AsyncClient, make_api: MakeApi, verifications: list[str]
) -> None:
    await identity.register(await make_api(), "victim", PASSPHRASE, "phone")
    for path in anonymous_attempts(application, "victim"):
        counts = {}
        for name in ("victim", "nobody-at-all"):
            verifications.clear()
            response = await http.post(path, json=anonymous_attempts(application, name)[path])
            assert response.status_code == 401, response.text
            counts[name] = len(verifications)
        assert counts == {"victim": 1, "nobody-at-all": 1}, path


async def test_signed_in_secret_checks_verify_one_hash(
    application: FastAPI, make_api: MakeApi, verifications: list[str]
) -> None:
    phone = await make_api()
    await identity.register(phone, "victim", PASSPHRASE, "phone")
    attempts = {
        "/v1/account/passphrase": {
            "current_auth_key": random(32),
            "kdf": _kdf(application),
            "auth_key": random(32),
            "sealed_private_keys": random(SEALED_BYTES),
        },
        "/v1/account/deletion": {"auth_key": random(32)},
    }
    for path, body in attempts.items():
        verifications.clear()
        with pytest.raises(ApiError) as wrong:
            await phone.call("POST", path, json=body)
        assert wrong.value.status == 401
        assert len(verifications) == 1, path


async def _register_raw(
    http: httpx.AsyncClient, application: FastAPI, username: str, account_id: uuid.UUID
) -> httpx.Response:
    return await http.post(
        "/v1/accounts",
        json={
            "account_id": str(account_id),
            "username": username,
            "kdf": _kdf(application),
            "auth_key": random(32),
            "recovery_auth_key": random(32),
            "signing_public_key": random(32),
            "hpke_public_key": random(32),
            "sealed_private_keys": random(SEALED_BYTES),
            "recovery_sealed_private_keys": random(SEALED_BYTES),
            "device_name": "phone",
        },
    )


async def test_every_refused_registration_looks_the_same(
    application: FastAPI, http: httpx.AsyncClient
) -> None:
    taken_id = uuid.uuid4()
    assert (await _register_raw(http, application, "victim", taken_id)).status_code == 201
    name_taken = await _register_raw(http, application, "VICTIM", uuid.uuid4())
    id_taken = await _register_raw(http, application, "someone-else", taken_id)
    assert name_taken.status_code == id_taken.status_code == 409
    assert name_taken.json() == id_taken.json()
    assert name_taken.json()["code"] == "registration-refused"


async def test_refused_registrations_are_throttled_per_address(throttled_app: FastAPI) -> None:
    """A stalker trying the victim's handles one registration at a time."""

    def client(address: str) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=throttled_app, client=(address, 50000))
        return httpx.AsyncClient(transport=transport, base_url=BASE_URL)

    async with client("203.0.113.66") as stalker, client("192.0.2.10") as other:
        assert (
            await _register_raw(stalker, throttled_app, "victim", uuid.uuid4())
        ).status_code == 201
        for _ in range(REGISTRATION_FREE_REFUSALS):
            refused = await _register_raw(stalker, throttled_app, "victim", uuid.uuid4())
            assert refused.status_code == 409
        throttled = await _register_raw(stalker, throttled_app, "victim", uuid.uuid4())
        assert (throttled.status_code, throttled.json()["code"]) == (429, "too-many-attempts")
        fresh = await _register_raw(other, throttled_app, propose_username(), uuid.uuid4())
        assert fresh.status_code == 201


def test_the_proposed_username_is_random_and_valid() -> None:
    names = {propose_username() for _ in range(200)}
    assert len(names) == 200
    assert all(3 <= len(n) <= 32 and n == n.lower() for n in names)


def _with_cost(settings: Settings, iterations: int) -> Settings:
    return Settings(**{**settings.model_dump(), "kdf_iterations": iterations})


async def test_prelogin_stays_indistinguishable_across_a_cost_rise(settings: Settings) -> None:
    old, new = create_app(settings), create_app(_with_cost(settings, 2))
    unknown = [f"someone-{n}" for n in range(24)]
    try:
        async with (
            DaybookApi(BASE_URL, transport=httpx.ASGITransport(app=old)) as before,
            DaybookApi(BASE_URL, transport=httpx.ASGITransport(app=new)) as after,
        ):
            await identity.register(before, "alice", PASSPHRASE, "phone")
            # The cost rose: alice is still sealed at the old cost, and so
            # does every unknown name look, as every account does.
            alice = await after.prelogin("alice")
            assert (alice["kdf"]["iterations"], alice["current"]["iterations"]) == (1, 2)
            for name in unknown:
                assert (await after.prelogin(name))["kdf"]["iterations"] == 1

            await identity.register(after, "bob", PASSPHRASE, "phone")
            halves = [(await after.prelogin(name))["kdf"] for name in unknown]
            assert {kdf["iterations"] for kdf in halves} == {1, 2}
            assert halves == [(await after.prelogin(name))["kdf"] for name in unknown]

            # Alice signs in after the rise: her client re-seals at the new cost.
            await identity.login(after, "alice", PASSPHRASE, "laptop")
            resealed = (await after.prelogin("alice"))["kdf"]
            assert resealed["iterations"] == 2 and resealed["salt"] != alice["kdf"]["salt"]
            assert (await identity.login(after, "alice", PASSPHRASE, "tablet")).username == "alice"
            # Every account is at the new cost now, so every unknown name is too,
            # and each one that moved has a new salt, as a re-seal gives.
            moved = [(await after.prelogin(name))["kdf"] for name in unknown]
            assert {kdf["iterations"] for kdf in moved} == {2}
            for was, now in zip(halves, moved, strict=True):
                assert (was["salt"] == now["salt"]) == (was["iterations"] == 2)
    finally:
        await old.state.daybook.engine.dispose()
        await new.state.daybook.engine.dispose()


# The fake salt is an HMAC of the name, whatever the database; and the app at
# the default cost makes its dummy hash at the production cost.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_at_the_default_cost_an_unknown_name_keeps_its_earlier_fake_salt(
    settings: Settings,
) -> None:
    """Deploying drawn costs must not change every unknown name's salt at once
    (real accounts' salts stay): at the default cost it is the salt before."""
    default = Settings(
        **{
            **settings.model_dump(),
            "kdf_memory_kib": MIN_KDF_MEMORY_KIB,
            "kdf_iterations": MIN_KDF_ITERATIONS,
            "kdf_parallelism": DEFAULT_KDF_PARALLELISM,
        }
    )
    application = create_app(default)
    secret = application.state.daybook.keys.server_secret
    try:
        async with DaybookApi(BASE_URL, transport=httpx.ASGITransport(app=application)) as api:
            kdf = (await api.prelogin("someone"))["kdf"]
        before = hmac.new(secret, b"daybook/v1/fake-salt\x00someone", hashlib.sha256).digest()
        assert b64decode(kdf["salt"]) == before[:SALT_BYTES]
    finally:
        await application.state.daybook.engine.dispose()
