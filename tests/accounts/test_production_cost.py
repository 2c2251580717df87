"""The whole account flow at the production Argon2id floor (64 MiB, 3 passes),
on the client and in the server's hash of the auth key."""

from __future__ import annotations

from pathlib import Path

import httpx
from pydantic import SecretStr
from sqlalchemy import select

from app.client import identity
from app.client.api import DaybookApi
from app.config import MIN_KDF_ITERATIONS, MIN_KDF_MEMORY_KIB, Environment, Settings
from app.main import create_app
from app.models import Account
from tests.conftest import BASE_URL


async def test_register_and_login_at_production_cost(database_url: str, tmp_path: Path) -> None:
    settings = Settings(
        environment=Environment.DEVELOPMENT,
        database_url=database_url,
        data_dir=tmp_path,
        server_secret=SecretStr("s" * 43),
        signing_key=SecretStr("k" * 43),
    )
    application = create_app(settings)
    state = application.state.daybook
    try:
        async with DaybookApi(BASE_URL, transport=httpx.ASGITransport(app=application)) as api:
            kdf = (await api.prelogin("someone"))["kdf"]
            assert (kdf["memory_kib"], kdf["iterations"]) == (
                MIN_KDF_MEMORY_KIB,
                MIN_KDF_ITERATIONS,
            )
            me, _ = await identity.register(api, "someone", "a long enough passphrase", "phone")
            again = await identity.login(api, "someone", "a long enough passphrase", "laptop")
        assert again.keys.to_bytes() == me.keys.to_bytes()
        async with state.sessionmaker() as db:
            stored = (await db.scalars(select(Account.auth_key_hash))).one()
        assert stored.startswith("$argon2id$") and f"m={MIN_KDF_MEMORY_KIB},t=3" in stored
    finally:
        await state.engine.dispose()
