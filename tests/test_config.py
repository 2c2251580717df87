"""Unsafe production settings stop the server at start-up with a clear message."""

from __future__ import annotations

import pytest
from pydantic import SecretStr, ValidationError

from app.config import Environment, Settings

KEY = "q" * 43


def test_production_requires_keys_and_a_database() -> None:
    with pytest.raises(ValidationError, match="DAYBOOK_SERVER_SECRET is required"):
        Settings(environment=Environment.PRODUCTION, database_url="postgresql+asyncpg://db/x")
    with pytest.raises(ValidationError, match="DAYBOOK_DATABASE_URL is required"):
        Settings(
            environment=Environment.PRODUCTION,
            server_secret=SecretStr(KEY),
            signing_key=SecretStr(KEY),
        )


def test_placeholder_secrets_are_refused() -> None:
    with pytest.raises(ValidationError, match="placeholder"):
        Settings(
            environment=Environment.PRODUCTION,
            database_url="postgresql+asyncpg://db/x",
            server_secret=SecretStr("changeme"),
            signing_key=SecretStr(KEY),
        )


@pytest.mark.parametrize("environment", [Environment.DEVELOPMENT, Environment.PRODUCTION])
def test_argon2id_cost_below_the_design_floor_is_refused(environment: Environment) -> None:
    with pytest.raises(ValidationError, match="DAYBOOK_KDF_MEMORY_KIB must be >= 65536"):
        Settings(
            environment=environment,
            database_url="postgresql+asyncpg://db/x",
            server_secret=SecretStr(KEY),
            signing_key=SecretStr(KEY),
            kdf_memory_kib=1024,
        )


def test_defaults_are_the_production_floor() -> None:
    settings = Settings()
    assert (settings.kdf_memory_kib, settings.kdf_iterations) == (65536, 3)
    assert settings.resolved_database_url.startswith("sqlite+aiosqlite:///")


@pytest.mark.parametrize("origin", ["", "daybook log", "daybook+log", "daybook\nlog"])
def test_a_log_origin_that_cannot_name_a_key_is_refused(origin: str) -> None:
    with pytest.raises(ValidationError, match="DAYBOOK_LOG_ORIGIN"):
        Settings(log_origin=origin)
