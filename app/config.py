"""Settings, read from DAYBOOK_* environment variables."""

from __future__ import annotations

import json
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal, Self

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from app.console_origins import is_exact_origin
from app.protocol.cosignature import CosignatureVerifier
from app.protocol.signed_note import is_valid_key_name
from app.protocol.stream import CIPHERTEXT_CHUNK_BYTES, MAX_RUN_CHUNKS

# RFC 9106's second recommended option, which the design fixes as the floor.
MIN_KDF_MEMORY_KIB = 64 * 1024
MIN_KDF_ITERATIONS = 3
DEFAULT_KDF_PARALLELISM = 4
PLACEHOLDERS = {"changeme", "change-me", "secret", "placeholder", "example"}
# The lengths of the columns that record them.
MAX_TSA_URL_CHARS = 2048
MAX_WITNESS_NAME_CHARS = 255


class Environment(StrEnum):
    DEVELOPMENT = "development"
    TEST = "test"
    PRODUCTION = "production"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DAYBOOK_", frozen=True)

    environment: Environment = Environment.DEVELOPMENT
    data_dir: Path = Path("data")
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy async URL; defaults to a SQLite file in data_dir.",
    )
    # 32 random bytes, base64url: keys the fake pre-login salts and the
    # hashed client addresses. Generated into data_dir in development.
    server_secret: SecretStr | None = None
    # Ed25519 seed, base64url: signs log checkpoints. Generated into data_dir
    # in development.
    signing_key: SecretStr | None = None
    log_origin: str = Field(
        default="daybook.invalid/log",
        description=(
            "The evidence log's name: the first line of its checkpoints and the name of "
            "its signing key. Set it to a name of this deployment, such as "
            "`diary.example.org/log`, and never change it."
        ),
    )
    checkpoint_interval_seconds: float = Field(
        default=60,
        gt=0,
        description="How often each worker stores a checkpoint of the log, if it grew, "
        "and has the newest stored one time-stamped.",
    )
    tsa_url: str | None = Field(
        default=None,
        description="An RFC 3161 time-stamp authority (http or https URL) that time-stamps "
        "stored checkpoints; unset, none is asked.",
    )
    tsa_certificate: Path | None = Field(
        default=None,
        description="PEM file of the TSA's certificate chain, its self-signed root "
        "included: every token is checked against it before it is kept.",
    )
    tsa_timeout_seconds: float = Field(default=10, gt=0)
    witnesses: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="The witnesses whose C2SP cosignatures the log accepts: their "
        "verifier keys (`<name>+<key id>+<base64(0x04 || Ed25519 key)>`), as a JSON "
        "list or separated by commas or spaces.",
    )

    blob_backend: Literal["local", "s3"] = Field(
        default="local",
        description="Where attachment ciphertext is kept: a local directory, or an "
        "S3-compatible bucket (the DAYBOOK_S3_* settings).",
    )
    s3_bucket: str | None = None
    s3_prefix: str = Field(default="", description="Object names start with this.")
    s3_endpoint_url: str | None = Field(
        default=None, description="For a store other than AWS (MinIO, Ceph, Swift's s3api)."
    )
    s3_region: str = "us-east-1"
    s3_access_key_id: str | None = None
    s3_secret_access_key: SecretStr | None = None
    s3_path_style: bool = Field(
        default=False, description="Path-style addressing, which most non-AWS stores need."
    )
    blob_dir: Path | None = Field(
        default=None, description="Local blob store directory; defaults to data_dir/blobs."
    )
    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    # Of the original file; the ciphertext adds 16 bytes per 1 MiB chunk.
    attachment_max_bytes: int = Field(default=2 * 1024**3, ge=1)
    # Ciphertext bytes per account, counting uploads still in progress.
    attachment_quota_bytes: int = Field(default=20 * 1024**3, ge=1)
    # Run bodies one worker holds at once (§21.2 step 3b): at least one full run.
    run_buffer_bytes: int = Field(default=64 * 1024**2, ge=MAX_RUN_CHUNKS * CIPHERTEXT_CHUNK_BYTES)
    upload_abandon_seconds: float = Field(default=3 * 24 * 3600, gt=0)
    cleanup_interval_seconds: float = Field(default=3600, gt=0)
    access_token_seconds: int = Field(default=15 * 60, ge=30)
    refresh_token_days: int = Field(default=30, ge=1)

    # The Argon2id cost every client must use (and the cost of the server's
    # own hash of the auth key). Only the test environment may go below the
    # design's floor, to keep the suite fast.
    kdf_memory_kib: int = MIN_KDF_MEMORY_KIB
    kdf_iterations: int = MIN_KDF_ITERATIONS
    kdf_parallelism: int = Field(default=DEFAULT_KDF_PARALLELISM, ge=1, le=16)
    hash_concurrency: int = Field(default=4, ge=1)

    login_free_failures: int = Field(default=5, ge=1)
    # Failed sign-ins one client address may make (over every username)
    # before it is slowed: high, since a carrier puts many people behind one
    # address; each username keeps its own limit of login_free_failures.
    login_address_free_failures: int = Field(default=100, ge=1)
    login_backoff_base_seconds: float = Field(default=1.0, gt=0)
    login_backoff_max_seconds: float = Field(default=15 * 60, gt=0)
    # A counter with no new failure for this long starts again from zero.
    login_failure_memory_seconds: float = Field(default=24 * 3600, gt=0)

    # How long an organisation's invitation, and an advocate's assignment
    # code, can be redeemed. Either works once.
    redis_url: SecretStr | None = Field(
        default=None,
        description="Keep the failed-attempt limits in this Redis (`redis://` or `rediss://` "
        "URL) instead of the database; every worker must name the same one.",
    )

    # Turns GET /metrics on, for a scraper holding this token.
    metrics_token: SecretStr | None = None
    log_level: str = Field(default="INFO", pattern="^(DEBUG|INFO|WARNING|ERROR)$")
    console_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="The origins (`https://console.example.org`, or `null` for a console "
        "opened from disk) from which a browser may call this API: a console hosted by the "
        "organisation itself. Comma-separated, exact; unset, only pages this server serves.",
    )
    publish_api_docs: bool | None = Field(
        default=None,
        description="Serve /docs, /redoc and /openapi.json; unset, they are served "
        "everywhere but in production, where they only map the surface for an attacker.",
    )

    push_enabled: bool = Field(
        default=True, description="Send Web Push notifications (RFC 8030) without content."
    )
    vapid_private_key: SecretStr | None = Field(
        default=None,
        description="The VAPID key (RFC 8292): a P-256 private scalar, 32 bytes base64url; "
        "generated in development, required in production when push is enabled.",
    )
    vapid_subject: str = Field(
        default="mailto:operator@daybook.invalid",
        pattern="^(mailto:|https://)",
        description="Who push services may contact about this server (RFC 8292 `sub`).",
    )
    # Only the test suite's local push endpoint: loopback and private
    # addresses are refused everywhere else (a push endpoint is a URL any
    # account gives the server to call: SSRF).
    push_allow_private_endpoints: bool = False
    invitation_seconds: int = Field(default=7 * 24 * 3600, ge=60)
    assignment_code_seconds: int = Field(default=24 * 3600, ge=60)

    @field_validator(
        "server_secret",
        "signing_key",
        "vapid_private_key",
        "metrics_token",
        "redis_url",
        "s3_bucket",
        "s3_endpoint_url",
        "s3_access_key_id",
        "s3_secret_access_key",
        mode="before",
    )
    @classmethod
    def _empty_is_unset(cls, value: Any) -> Any:
        # compose.yaml passes unset variables on as empty strings; an empty
        # metrics token must never mean "open to anyone".
        return None if value == "" else value

    @field_validator("console_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("console_origins")
    @classmethod
    def _exact_origins(cls, value: list[str]) -> list[str]:
        for origin in value:
            if not is_exact_origin(origin):
                raise ValueError(
                    f"DAYBOOK_CONSOLE_ORIGINS: {origin!r} is not an origin: write "
                    "`https://host` or `https://host:port` (no path, no `*`), or `null` for "
                    "a console opened from disk"
                )
        return value

    @field_validator("log_origin")
    @classmethod
    def _key_name(cls, value: str) -> str:
        # It names the signing key in every signed note, so it obeys the note's rules.
        if not is_valid_key_name(value):
            raise ValueError("DAYBOOK_LOG_ORIGIN must be non-empty, without spaces or '+'")
        return value

    @field_validator("tsa_url")
    @classmethod
    def _tsa_url(cls, value: str | None) -> str | None:
        if value is not None and (
            not value.startswith(("http://", "https://")) or len(value) > MAX_TSA_URL_CHARS
        ):
            raise ValueError(
                f"DAYBOOK_TSA_URL must be an http or https URL of at most {MAX_TSA_URL_CHARS} "
                "characters"
            )
        return value

    @field_validator("witnesses", mode="before")
    @classmethod
    def _split_witnesses(cls, value: Any) -> Any:
        if isinstance(value, str):
            text = value.strip()
            # Verifier keys hold no spaces; a name with a comma needs the JSON form.
            return json.loads(text) if text.startswith("[") else text.replace(",", " ").split()
        return value

    @field_validator("witnesses")
    @classmethod
    def _witness_keys(cls, value: list[str]) -> list[str]:
        names = []
        for vkey in value:
            try:
                names.append(CosignatureVerifier.from_vkey(vkey).name)
            except ValueError as exc:
                raise ValueError(
                    f"DAYBOOK_WITNESSES: {vkey!r} is not a witness key: {exc}"
                ) from None
        if len(set(names)) != len(names):
            raise ValueError("DAYBOOK_WITNESSES names a witness twice")
        if any(len(name) > MAX_WITNESS_NAME_CHARS for name in names):
            raise ValueError(f"a witness name is at most {MAX_WITNESS_NAME_CHARS} characters")
        return value

    @model_validator(mode="after")
    def _refuse_unsafe(self) -> Self:
        if self.environment is not Environment.TEST and (
            self.kdf_memory_kib < MIN_KDF_MEMORY_KIB or self.kdf_iterations < MIN_KDF_ITERATIONS
        ):
            raise ValueError(
                f"DAYBOOK_KDF_MEMORY_KIB must be >= {MIN_KDF_MEMORY_KIB} and "
                f"DAYBOOK_KDF_ITERATIONS >= {MIN_KDF_ITERATIONS} outside the test environment"
            )
        if self.environment is Environment.PRODUCTION:
            for name in ("server_secret", "signing_key"):
                value: SecretStr | None = getattr(self, name)
                if value is None:
                    raise ValueError(f"DAYBOOK_{name.upper()} is required in production")
                if value.get_secret_value().lower() in PLACEHOLDERS:
                    raise ValueError(f"DAYBOOK_{name.upper()} is a placeholder; set a real key")
            if self.database_url is None:
                raise ValueError("DAYBOOK_DATABASE_URL is required in production")
            if self.push_enabled and self.vapid_private_key is None:
                raise ValueError("DAYBOOK_VAPID_PRIVATE_KEY is required in production with push")
            if self.push_allow_private_endpoints:
                raise ValueError("DAYBOOK_PUSH_ALLOW_PRIVATE_ENDPOINTS is for tests only")
        if self.blob_backend == "s3" and not self.s3_bucket:
            raise ValueError("DAYBOOK_BLOB_BACKEND=s3 needs DAYBOOK_S3_BUCKET")
        if self.tsa_url is not None and self.tsa_certificate is None:
            # An unchecked token proves nothing: never keep one.
            raise ValueError("DAYBOOK_TSA_URL needs DAYBOOK_TSA_CERTIFICATE to check its tokens")
        return self

    @property
    def api_docs_published(self) -> bool:
        if self.publish_api_docs is not None:
            return self.publish_api_docs
        return self.environment is not Environment.PRODUCTION

    @cached_property
    def witness_keys(self) -> tuple[CosignatureVerifier, ...]:
        return tuple(CosignatureVerifier.from_vkey(vkey) for vkey in self.witnesses)

    @cached_property
    def resolved_blob_dir(self) -> Path:
        return self.blob_dir if self.blob_dir is not None else self.data_dir / "blobs"

    @cached_property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'daybook.sqlite3'}"
