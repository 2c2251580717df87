from __future__ import annotations

import hashlib
import hmac
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts import repository
from app.accounts.schemas import (
    ChangePassphraseRequest,
    DeleteAccountRequest,
    KdfChoice,
    KdfParams,
    RecoverRequest,
    RecoveryKeysRequest,
    RegisterRequest,
)
from app.attachments import repository as attachments
from app.db import utcnow
from app.errors import BadRequest, Conflict, Forbidden, Unauthenticated
from app.models import Account, Role, SecurityEventKind
from app.organisations import service as organisations
from app.protocol.kdf import SALT_BYTES
from app.ratelimit import service as throttle
from app.security_events import repository as events
from app.sessions import repository as sessions
from app.sessions import service as session_service
from app.sessions.schemas import TokenPair
from app.state import AppState

FAKE_SALT_LABEL = b"daybook/v1/fake-salt\x00"


class KdfMismatch(BadRequest):
    code = "kdf-parameters-rejected"
    title = "KDF parameters rejected"


class UsernameTaken(Conflict):
    code = "username-taken"
    title = "Username taken"


def current_kdf(state: AppState, salt: bytes) -> KdfParams:
    s = state.settings
    return KdfParams(
        salt=salt,
        memory_kib=s.kdf_memory_kib,
        iterations=s.kdf_iterations,
        parallelism=s.kdf_parallelism,
    )


def _require_current_kdf(state: AppState, choice: KdfChoice) -> None:
    """Every account uses the same cost, so parameters reveal nothing about
    whether a username exists."""
    wanted = current_kdf(state, choice.salt)
    if (choice.memory_kib, choice.iterations, choice.parallelism) != (
        wanted.memory_kib,
        wanted.iterations,
        wanted.parallelism,
    ):
        raise KdfMismatch(
            f"Use the server's Argon2id parameters: memory_kib={wanted.memory_kib}, "
            f"iterations={wanted.iterations}, parallelism={wanted.parallelism} "
            "(POST /v1/auth/prelogin returns them)."
        )


async def prelogin(db: AsyncSession, state: AppState, username: str) -> KdfParams:
    account = await repository.by_username(db, username)
    if account is None:
        # Stable per username and indistinguishable from a real random salt.
        mac = hmac.new(
            state.keys.server_secret, FAKE_SALT_LABEL + username.encode(), hashlib.sha256
        )
        return current_kdf(state, mac.digest()[:SALT_BYTES])
    return account_kdf(account)


def account_kdf(account: Account) -> KdfParams:
    return KdfParams(
        salt=account.kdf_salt,
        memory_kib=account.kdf_memory_kib,
        iterations=account.kdf_iterations,
        parallelism=account.kdf_parallelism,
    )


async def register(
    db: AsyncSession, state: AppState, body: RegisterRequest, address: str
) -> TokenPair:
    """A victim's account, or with an invitation an advocate's or admin's."""
    _require_current_kdf(state, body.kdf)
    if await repository.by_username(db, body.username) is not None:
        raise UsernameTaken(f"The username {body.username!r} is taken; choose another.")
    if await repository.by_id(db, body.account_id) is not None:
        raise Conflict("That account id is in use; generate a new random UUID.")
    invitation = None
    if body.invitation_code is not None:
        invitation = await organisations.redeem(
            db, state, body.invitation_code, body.username, address
        )
    account = Account(
        id=body.account_id,
        username=body.username,
        role=Role.VICTIM if invitation is None else invitation.role,
        kdf_salt=body.kdf.salt,
        kdf_memory_kib=body.kdf.memory_kib,
        kdf_iterations=body.kdf.iterations,
        kdf_parallelism=body.kdf.parallelism,
        auth_key_hash=await state.hasher.hash(body.auth_key),
        recovery_auth_key_hash=await state.hasher.hash(body.recovery_auth_key),
        signing_public_key=body.signing_public_key,
        hpke_public_key=body.hpke_public_key,
        sealed_private_keys=body.sealed_private_keys,
        recovery_sealed_private_keys=body.recovery_sealed_private_keys,
    )
    db.add(account)
    await db.flush()
    if invitation is not None:
        await organisations.join(db, account, invitation)
    await events.add(db, account.id, SecurityEventKind.ACCOUNT_CREATED)
    return await session_service.open_session(db, state, account, body.device_name)


async def change_passphrase(
    db: AsyncSession,
    state: AppState,
    account: Account,
    session_id: uuid.UUID,
    body: ChangePassphraseRequest,
    address: str,
) -> None:
    """Re-seal and re-key in one transaction; every other device is signed out."""
    _require_current_kdf(state, body.kdf)
    keys = throttle.ThrottleKeys.derive(
        state.keys.server_secret, "login", account.username, address
    )
    await throttle.reserve(db, state, keys)
    if not await state.hasher.verify(account.auth_key_hash, body.current_auth_key):
        await session_service.record_failed_attempt(db, state, account)
        raise Unauthenticated("The current passphrase is wrong.")
    await throttle.refund(db, state, keys)
    _set_passphrase(
        account, body.kdf, await state.hasher.hash(body.auth_key), body.sealed_private_keys
    )
    await sessions.revoke(db, account.id, "passphrase_changed", utcnow(), keep=session_id)
    await events.add(db, account.id, SecurityEventKind.PASSPHRASE_CHANGED, session_id=session_id)


def _set_passphrase(account: Account, kdf: KdfChoice, auth_hash: str, sealed: bytes) -> None:
    account.kdf_salt = kdf.salt
    account.kdf_memory_kib = kdf.memory_kib
    account.kdf_iterations = kdf.iterations
    account.kdf_parallelism = kdf.parallelism
    account.auth_key_hash = auth_hash
    account.sealed_private_keys = sealed
    account.credentials_changed_at = utcnow()


async def _recovery_account(
    db: AsyncSession, state: AppState, username: str, recovery_auth_key: bytes, address: str
) -> Account:
    keys = throttle.ThrottleKeys.derive(state.keys.server_secret, "recovery", username, address)
    await throttle.reserve(db, state, keys)
    account = await repository.by_username(db, username)
    stored = account.recovery_auth_key_hash if account else None
    if account is None or not await state.hasher.verify(stored, recovery_auth_key):
        await session_service.record_failed_attempt(db, state, account)
        raise Unauthenticated("The username or recovery key is wrong.")
    await throttle.refund(db, state, keys)
    await session_service.refuse_deactivated(db, account)
    return account


async def recovery_keys(
    db: AsyncSession, state: AppState, body: RecoveryKeysRequest, address: str
) -> Account:
    return await _recovery_account(db, state, body.username, body.recovery_auth_key, address)


async def recover(
    db: AsyncSession, state: AppState, body: RecoverRequest, address: str
) -> TokenPair:
    """New passphrase and new recovery key; every device is signed out."""
    _require_current_kdf(state, body.kdf)
    if body.new_recovery_auth_key == body.recovery_auth_key:
        raise BadRequest("A recovery key works once: generate a new one for the account.")
    account = await _recovery_account(db, state, body.username, body.recovery_auth_key, address)
    _set_passphrase(
        account, body.kdf, await state.hasher.hash(body.auth_key), body.sealed_private_keys
    )
    account.recovery_auth_key_hash = await state.hasher.hash(body.new_recovery_auth_key)
    account.recovery_sealed_private_keys = body.recovery_sealed_private_keys
    await sessions.revoke(db, account.id, "account_recovered", utcnow())
    await events.add(db, account.id, SecurityEventKind.ACCOUNT_RECOVERED)
    return await session_service.open_session(db, state, account, body.device_name)


async def delete_account(
    db: AsyncSession, state: AppState, account: Account, body: DeleteAccountRequest, address: str
) -> list[uuid.UUID]:
    """Erases the account and everything of it: entries and their versions,
    key grants, attachments, bundles and links, cases with their notes and
    access log, sessions and security events (the foreign keys cascade).
    Returns the attachments whose blobs must go once this commits. The
    evidence log keeps its leaves: hashes and times, never whose."""
    if account.role is not Role.VICTIM:
        raise Forbidden(
            "An advocate's or admin's account is closed by its organisation (deactivation), "
            "so that the victims it served keep their access logs."
        )
    keys = throttle.ThrottleKeys.derive(
        state.keys.server_secret, "login", account.username, address
    )
    await throttle.reserve(db, state, keys)
    if not await state.hasher.verify(account.auth_key_hash, body.auth_key):
        await session_service.record_failed_attempt(db, state, account)
        raise Unauthenticated("The passphrase is wrong.")
    await throttle.refund(db, state, keys)
    erased = await attachments.ids_of_owner(db, account.id)
    await attachments.erase(db, erased)
    await repository.delete(db, account.id)
    return erased
