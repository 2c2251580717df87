"""Unsafe production settings, and settings that cannot work, stop the server at
start-up with a clear message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import SecretStr, ValidationError

from app.config import Environment, Settings
from app.evidence.tsa import TimestampAuthority
from app.protocol.cosignature import CosignatureSigner
from app.protocol.signed_note import Verifier

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


def test_production_push_needs_a_vapid_key_and_public_endpoints() -> None:
    base: dict[str, Any] = {
        "environment": Environment.PRODUCTION,
        "database_url": "postgresql+asyncpg://db/x",
        "server_secret": SecretStr(KEY),
        "signing_key": SecretStr(KEY),
    }
    with pytest.raises(ValidationError, match="DAYBOOK_VAPID_PRIVATE_KEY is required"):
        Settings(**base)
    Settings(**base, push_enabled=False)
    with pytest.raises(ValidationError, match="for tests only"):
        Settings(**base, vapid_private_key=SecretStr(KEY), push_allow_private_endpoints=True)


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


def _witness_vkey(name: str) -> str:
    key = ed25519.Ed25519PrivateKey.generate()
    return CosignatureSigner(name, key).verifier().vkey()


@pytest.mark.parametrize("separator", [",", " ", ", ", "json"])
def test_witnesses_are_read_as_a_json_list_or_separated_keys(
    separator: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    vkeys = [_witness_vkey("w1.example"), _witness_vkey("w2.example")]
    value = json.dumps(vkeys) if separator == "json" else separator.join(vkeys)
    monkeypatch.setenv("DAYBOOK_WITNESSES", value)
    keys = Settings().witness_keys
    assert [k.vkey() for k in keys] == vkeys
    monkeypatch.delenv("DAYBOOK_WITNESSES")
    assert Settings().witness_keys == ()


def test_a_witness_key_that_does_not_parse_or_repeats_is_refused() -> None:
    log_key = Verifier("w1.example", ed25519.Ed25519PrivateKey.generate().public_key()).vkey()
    with pytest.raises(ValidationError, match=r"DAYBOOK_WITNESSES.*key type 0x01"):
        Settings(witnesses=[log_key])
    with pytest.raises(ValidationError, match="names a witness twice"):
        Settings(witnesses=[_witness_vkey("w1.example"), _witness_vkey("w1.example")])


def test_a_tsa_needs_an_http_url_and_a_certificate_to_check_it(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="DAYBOOK_TSA_CERTIFICATE"):
        Settings(tsa_url="https://tsa.example/tsr")
    with pytest.raises(ValidationError, match="DAYBOOK_TSA_URL"):
        Settings(tsa_url="ftp://tsa.example/tsr", tsa_certificate=tmp_path / "tsa.pem")
    # A file with no self-signed root stops the start.
    (tmp_path / "tsa.pem").write_text("not a certificate")
    settings = Settings(tsa_url="https://tsa.example/tsr", tsa_certificate=tmp_path / "tsa.pem")
    with pytest.raises(ValueError, match="DAYBOOK_TSA_CERTIFICATE"):
        TimestampAuthority.from_settings(settings)
    assert TimestampAuthority.from_settings(Settings()) is None
