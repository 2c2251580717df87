"""Client-side account operations: everything secret is derived, generated
and sealed here, on the device; the server sees only what docs/protocol lists."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from typing import Any

import anyio

from app.client import passphrase as passphrase_strength
from app.client.api import DaybookApi
from app.protocol.encoding import b64decode, b64encode
from app.protocol.kdf import (
    SALT_BYTES,
    DerivedKeys,
    KdfParams,
    derive_from_passphrase,
    derive_from_recovery_key,
)
from app.protocol.keys import AccountKeys, fingerprint
from app.protocol.recovery import format_recovery_key, new_recovery_key, parse_recovery_key
from app.protocol.sealing import SealPurpose, open_sealed, seal


@dataclass(frozen=True)
class Identity:
    """An unlocked account on this device."""

    account_id: uuid.UUID
    username: str
    keys: AccountKeys

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.keys.signing_public, self.keys.hpke_public)


def _params(kdf: dict[str, Any], salt: bytes | None = None) -> KdfParams:
    return KdfParams(
        salt=salt if salt is not None else b64decode(kdf["salt"]),
        memory_kib=int(kdf["memory_kib"]),
        iterations=int(kdf["iterations"]),
        parallelism=int(kdf["parallelism"]),
    )


def _wire_kdf(params: KdfParams) -> dict[str, Any]:
    return {
        "algorithm": "argon2id",
        "salt": b64encode(params.salt),
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "parallelism": params.parallelism,
    }


async def _derive(passphrase: str, params: KdfParams) -> DerivedKeys:
    # Argon2id takes a fraction of a second and 64 MiB: keep the loop free.
    return await anyio.to_thread.run_sync(derive_from_passphrase, passphrase, params)


async def _fresh_params(api: DaybookApi, username: str) -> KdfParams:
    """The server's current cost, with a new random salt."""
    return _params((await api.prelogin(username))["current"], salt=os.urandom(SALT_BYTES))


def _below(params: KdfParams, current: KdfParams) -> bool:
    return params.memory_kib < current.memory_kib or params.iterations < current.iterations


def _recovery_material(account_id: uuid.UUID, keys: AccountKeys) -> tuple[str, bytes, bytes]:
    """A new recovery key: its text for the victim, its auth key, the keys sealed under it."""
    recovery_key = new_recovery_key()
    derived = derive_from_recovery_key(recovery_key)
    sealed = seal(keys.to_bytes(), derived.key_encryption_key, SealPurpose.RECOVERY, account_id)
    return format_recovery_key(recovery_key), derived.auth_key, sealed


async def register(
    api: DaybookApi,
    username: str,
    passphrase: str,
    device_name: str,
    *,
    invitation_code: str | None = None,
) -> tuple[Identity, str]:
    """Create the account (an advocate's or admin's with an organisation's
    invitation code); returns the identity and the recovery key to show once."""
    passphrase_strength.check(passphrase, [username, device_name])
    account_id = uuid.uuid4()
    keys = AccountKeys.generate()
    params = await _fresh_params(api, username)
    derived = await _derive(passphrase, params)
    recovery_text, recovery_auth, recovery_sealed = _recovery_material(account_id, keys)
    sealed = seal(keys.to_bytes(), derived.key_encryption_key, SealPurpose.PASSPHRASE, account_id)
    await api.register(
        {
            "account_id": str(account_id),
            "username": username,
            "kdf": _wire_kdf(params),
            "auth_key": b64encode(derived.auth_key),
            "recovery_auth_key": b64encode(recovery_auth),
            "signing_public_key": b64encode(keys.signing_public),
            "hpke_public_key": b64encode(keys.hpke_public),
            "sealed_private_keys": b64encode(sealed),
            "recovery_sealed_private_keys": b64encode(recovery_sealed),
            "device_name": device_name,
            **({} if invitation_code is None else {"invitation_code": invitation_code}),
        }
    )
    return Identity(account_id, username.lower(), keys), recovery_text


async def login(api: DaybookApi, username: str, passphrase: str, device_name: str) -> Identity:
    """Sign in and unlock the account keys with the passphrase. An account
    sealed at a cheaper Argon2id cost than the server's current one is
    re-sealed at the current cost (a passphrase change to the same passphrase)."""
    pre = await api.prelogin(username)
    params = _params(pre["kdf"])
    derived = await _derive(passphrase, params)
    signed_in = await api.login(username, derived.auth_key, device_name)
    who = await unlock(api, uuid.UUID(signed_in["account_id"]), username, derived)
    current = _params(pre["current"], salt=os.urandom(SALT_BYTES))
    if _below(params, current):
        await _seal_passphrase(api, who, derived.auth_key, passphrase, current)
    return who


async def unlock(
    api: DaybookApi, account_id: uuid.UUID, username: str, derived: DerivedKeys
) -> Identity:
    own = await api.own_keys()
    plain = open_sealed(
        b64decode(own["sealed_private_keys"]),
        derived.key_encryption_key,
        SealPurpose.PASSPHRASE,
        account_id,
    )
    keys = AccountKeys.from_bytes(plain)
    if (keys.signing_public, keys.hpke_public) != (
        b64decode(own["signing_public_key"]),
        b64decode(own["hpke_public_key"]),
    ):
        raise ValueError("the server's public keys do not match the sealed private keys")
    return Identity(account_id, username.lower(), keys)


async def change_passphrase(api: DaybookApi, identity: Identity, current: str, new: str) -> None:
    """Re-seal the same account keys under a key derived from the new passphrase."""
    passphrase_strength.check(new, [identity.username])
    own = await api.own_keys()
    current_keys = await _derive(current, _params(own["kdf"]))
    params = await _fresh_params(api, identity.username)
    await _seal_passphrase(api, identity, current_keys.auth_key, new, params)


async def _seal_passphrase(
    api: DaybookApi, identity: Identity, current_auth_key: bytes, new: str, params: KdfParams
) -> None:
    derived = await _derive(new, params)
    sealed = seal(
        identity.keys.to_bytes(),
        derived.key_encryption_key,
        SealPurpose.PASSPHRASE,
        identity.account_id,
    )
    await api.change_passphrase(
        {
            "current_auth_key": b64encode(current_auth_key),
            "kdf": _wire_kdf(params),
            "auth_key": b64encode(derived.auth_key),
            "sealed_private_keys": b64encode(sealed),
        }
    )


async def delete_account(api: DaybookApi, passphrase: str) -> None:
    """Erase the signed-in account and all of it on the server, for good; the
    passphrase is asked again so that an unlocked device is not enough."""
    own = await api.own_keys()
    derived = await _derive(passphrase, _params(own["kdf"]))
    await api.delete_account(derived.auth_key)


async def recover(
    api: DaybookApi, username: str, recovery_text: str, new_passphrase: str, device_name: str
) -> tuple[Identity, str]:
    """Open the keys with the recovery key, set a new passphrase and a new
    recovery key (returned, to show once). The account keys do not change."""
    passphrase_strength.check(new_passphrase, [username, device_name])
    recovery = derive_from_recovery_key(parse_recovery_key(recovery_text))
    found = await api.recovery_keys(username, recovery.auth_key)
    account_id = uuid.UUID(found["account_id"])
    plain = open_sealed(
        b64decode(found["recovery_sealed_private_keys"]),
        recovery.key_encryption_key,
        SealPurpose.RECOVERY,
        account_id,
    )
    keys = AccountKeys.from_bytes(plain)
    params = await _fresh_params(api, username)
    derived = await _derive(new_passphrase, params)
    new_text, new_recovery_auth, recovery_sealed = _recovery_material(account_id, keys)
    await api.recover(
        {
            "username": username,
            "recovery_auth_key": b64encode(recovery.auth_key),
            "kdf": _wire_kdf(params),
            "auth_key": b64encode(derived.auth_key),
            "sealed_private_keys": b64encode(
                seal(
                    keys.to_bytes(), derived.key_encryption_key, SealPurpose.PASSPHRASE, account_id
                )
            ),
            "new_recovery_auth_key": b64encode(new_recovery_auth),
            "recovery_sealed_private_keys": b64encode(recovery_sealed),
            "device_name": device_name,
        }
    )
    return Identity(account_id, username.lower(), keys), new_text
