from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from pydantic import Field

from app.models import Role
from app.protocol.kdf import SALT_BYTES
from app.protocol.sealing import SEALED_BYTES
from app.wire import Base64Url, Bytes32, DeviceName, RequestModel, ResponseModel, Username

Salt = Annotated[bytes, Base64Url(SALT_BYTES)]
AuthKey = Bytes32
SealedKeys = Annotated[bytes, Base64Url(SEALED_BYTES)]
PublicKey = Bytes32


class KdfParams(ResponseModel):
    """Argon2id parameters (RFC 9106) for the passphrase derivation."""

    algorithm: Literal["argon2id"] = "argon2id"
    salt: Salt
    memory_kib: int = Field(ge=1, description="Argon2id m, in KiB.")
    iterations: int = Field(ge=1, description="Argon2id t.")
    parallelism: int = Field(ge=1, description="Argon2id p (lanes).")


class KdfChoice(RequestModel):
    algorithm: Literal["argon2id"]
    salt: Salt
    memory_kib: int = Field(ge=1)
    iterations: int = Field(ge=1)
    parallelism: int = Field(ge=1)


class PreloginRequest(RequestModel):
    username: Username


class KdfCost(ResponseModel):
    memory_kib: int = Field(ge=1, description="Argon2id m, in KiB.")
    iterations: int = Field(ge=1, description="Argon2id t.")
    parallelism: int = Field(ge=1, description="Argon2id p (lanes).")


class PreloginResponse(ResponseModel):
    kdf: KdfParams = Field(
        description="This username's salt and cost: the cost it was sealed at, which may "
        "be older than `current`."
    )
    current: KdfCost = Field(
        description="The cost new seals must use (registration, passphrase change, "
        "recovery); a client whose `kdf` is cheaper re-seals after signing in."
    )


class LockoutOut(ResponseModel):
    blocked_until: dt.datetime | None = Field(
        description="Until when new devices cannot sign in to this username after failed "
        "attempts; null if they can now."
    )


class RegisterRequest(RequestModel):
    account_id: uuid.UUID = Field(
        description="Chosen by the client (UUID v4); bound into the sealed keys."
    )
    username: Username
    kdf: KdfChoice = Field(
        description="Must equal the server's current parameters with a fresh random salt."
    )
    auth_key: AuthKey
    recovery_auth_key: AuthKey
    signing_public_key: PublicKey
    hpke_public_key: PublicKey
    sealed_private_keys: SealedKeys
    recovery_sealed_private_keys: SealedKeys
    device_name: DeviceName
    invitation_code: str | None = Field(
        default=None,
        max_length=64,
        description="From an organisation: the account becomes one of its advocates (or "
        "admins). Leave it out for a victim's account.",
    )


class AccountOut(ResponseModel):
    id: uuid.UUID
    username: str
    role: Role
    created_at: dt.datetime


class ChangePassphraseRequest(RequestModel):
    current_auth_key: AuthKey
    kdf: KdfChoice
    auth_key: AuthKey
    sealed_private_keys: SealedKeys


class DeleteAccountRequest(RequestModel):
    """Erasing an account needs the passphrase again, not just a token: a
    phone left unlocked must not be enough to destroy the evidence."""

    auth_key: AuthKey = Field(description="Derived from the passphrase, as at sign-in.")


class RecoveryKeysRequest(RequestModel):
    username: Username
    recovery_auth_key: AuthKey


class RecoveryKeysResponse(ResponseModel):
    account_id: uuid.UUID
    recovery_sealed_private_keys: SealedKeys


class RecoverRequest(RequestModel):
    """Sets a new passphrase and a new recovery key: a recovery key works once."""

    username: Username
    recovery_auth_key: AuthKey
    kdf: KdfChoice
    auth_key: AuthKey
    sealed_private_keys: SealedKeys
    new_recovery_auth_key: AuthKey
    recovery_sealed_private_keys: SealedKeys
    device_name: DeviceName
