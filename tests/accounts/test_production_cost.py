"""The whole account flow at the production Argon2id floor (64 MiB, 3 passes),
on the client and in the server's hash of the auth key."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
from pydantic import SecretStr

from app.client import identity
from app.client.api import DaybookApi
from app.config import MIN_KDF_ITERATIONS, MIN_KDF_MEMORY_KIB, Environment, Settings
from app.main import create_app
from tests.conftest import BASE_URL


async def _api(settings: Settings) -> AsyncIterator[DaybookApi]:
    application = create_app(settings)
    async with DaybookApi(BASE_URL, transport=httpx.ASGITransport(app=application)) as api:
        yield api
    await application.state.daybook.engine.dispose()


async def test_register_and_login_at_production_cost(database_url: str, tmp_path: Path) -> None:
    settings = Settings(
        environment=Environment.DEVELOPMENT,
        database_url=database_url,
        data_dir=tmp_path,
        server_secret=SecretStr("s" * 43),
        signing_key=SecretStr("k" * 43),
    )
    async for api in _api(settings):
        kdf = await api.prelogin("someone")
        assert (kdf["memory_kib"], kdf["iterations"]) == (MIN_KDF_MEMORY_KIB, MIN_KDF_ITERATIONS)
        me, _ = await identity.register(api, "someone", "a passphrase", "phone")
        again = await identity.login(api, "someone", "a passphrase", "laptop")
        assert again.keys.to_bytes() == me.keys.to_bytes()
        hashed = await _stored_hash(api, settings)
        assert hashed.startswith("$argon2id$") and f"m={MIN_KDF_MEMORY_KIB},t=3" in hashed


async def _stored_hash(_api: DaybookApi, settings: Settings) -> str:
    from sqlalchemy import select

    from app.db import create_engine
    from app.models import Account

    engine = create_engine(settings.resolved_database_url)
    async with engine.connect() as connection:
        stored = (await connection.execute(select(Account.auth_key_hash))).scalar_one()
    await engine.dispose()
    return str(stored)
