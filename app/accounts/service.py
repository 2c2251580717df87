from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts import repository
from app.accounts.schemas import (
    ChangePassphraseRequest,
    DeleteAccountRequest,
    KdfChoice,
    KdfCost,
    KdfParams,
    PreloginResponse,
    RecoverRequest,
    RecoveryKeysRequest,
    RegisterRequest,
)
from app.attachments import repository as attachments
from app.config import DEFAULT_KDF_PARALLELISM, MIN_KDF_ITERATIONS, MIN_KDF_MEMORY_KIB
from app.db import utcnow
from app.errors import BadRequest, Conflict, Forbidden, Unauthenticated
from app.models import Account, Role, SecurityEventKind
from app.organisations import service as organisations
from app.protocol.kdf import SALT_BYTES
from app.ratelimit import service as throttle
from app.security_events import repository as events
from app.sessions import devices
from app.sessions import repository as sessions
from app.sessions import service as session_service
from app.sessions.caller import AccountRef
from app.sessions.schemas import TokenPair
from app.state import AppState

FAKE_SALT_LABEL = b"daybook/v1/fake-salt\x00"
FAKE_COST_LABEL = b"daybook/v1/fake-cost\x00"
DEFAULT_COST = (MIN_KDF_MEMORY_KIB, MIN_KDF_ITERATIONS, DEFAULT_KDF_PARALLELISM)

# Refused registrations an address may make before it is slowed: enough for
# an office signing up its staff at once, too few to try a list of handles.
REGISTRATION_FREE_REFUSALS = 20


class KdfMismatch(BadRequest):
    code = "kdf-parameters-rejected"
    title = "KDF parameters rejected"


class RegistrationRefused(Conflict):
    """One answer for a taken username and a used account id, so that the
    answer does not say which: and refusals are throttled per address."""

    code = "registration-refused"
    title = "Registration refused"


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


async def prelogin(db: AsyncSession, state: AppState, username: str) -> PreloginResponse:
    """The costs are counted for every name, known or not, so both take the same work."""
    costs = await repository.kdf_costs(db)
    account = await repository.by_username(db, username)
    kdf = account_kdf(account) if account is not None else _fake_kdf(state, username, costs)
    s = state.settings
    current = KdfCost(
        memory_kib=s.kdf_memory_kib, iterations=s.kdf_iterations, parallelism=s.kdf_parallelism
    )
    return PreloginResponse(kdf=kdf, current=current)


def _fake_kdf(
    state: AppState, username: str, costs: list[tuple[tuple[int, int, int], int]]
) -> KdfParams:
    """Stable, well-formed parameters for a name no account has: a cost drawn
    from the costs real accounts hold, in their proportions, so that after a
    cost rise an unknown name looks like an account not yet re-sealed as often
    as a real one does. The draw is a fixed point in [0, 1) per name, laid over
    the costs oldest first: as accounts re-seal at the new cost, the old
    costs' share shrinks and a fake name only ever moves to a newer cost, as a
    real account does, with a new salt, as a real re-seal makes."""
    secret = state.keys.server_secret

    def mac(label: bytes) -> bytes:
        return hmac.new(secret, label + username.encode(), hashlib.sha256).digest()

    s = state.settings
    cost = (s.kdf_memory_kib, s.kdf_iterations, s.kdf_parallelism)
    total = sum(count for _, count in costs)
    point = (int.from_bytes(mac(FAKE_COST_LABEL)[:8], "big") * total) >> 64
    for held, count in costs:
        if point < count:
            cost = held
            break
        point -= count
    memory_kib, iterations, parallelism = cost
    # The default cost keeps the salt fake answers had before costs were
    # drawn, so that deploying this changed no unknown name's salt.
    era = b"" if cost == DEFAULT_COST else f"{memory_kib}/{iterations}/{parallelism}\x00".encode()
    salt = mac(FAKE_SALT_LABEL + era)
    return KdfParams(
        salt=salt[:SALT_BYTES],
        memory_kib=memory_kib,
        iterations=iterations,
        parallelism=parallelism,
    )


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
    refusals = throttle.ThrottleKeys.single(
        state.keys.server_secret, "registration", address, free_failures=REGISTRATION_FREE_REFUSALS
    )
    # Reserved as a refusal before the name is looked up, and given back
    # below once the account is made: a burst counts every refusal.
    await throttle.reserve(db, state, refusals)
    taken = await repository.by_username(db, body.username)
    if taken is not None or await repository.by_id(db, body.account_id) is not None:
        raise RegistrationRefused(
            "This username or account id cannot be used: choose another username "
            "(a random one is safest) and generate a new random account id."
        )
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
    await throttle.refund(db, state, refusals)
    tokens = await session_service.open_session(db, state, account, body.device_name)
    return await session_service.with_device_token(db, tokens, account, None)


def signed_in_keys(state: AppState, session_id: uuid.UUID) -> throttle.ThrottleKeys:
    """Passphrase checks from a signed-in session count on the session's own
    counter: failed sign-ins on the username (a stalker's) never block them,
    and a stolen unlocked phone is still slowed down."""
    return throttle.ThrottleKeys.single(state.keys.server_secret, "signed-in", str(session_id))


async def change_passphrase(
    db: AsyncSession,
    state: AppState,
    account: Account,
    session_id: uuid.UUID,
    body: ChangePassphraseRequest,
) -> None:
    """Re-seal and re-key in one transaction; every other device is signed out."""
    _require_current_kdf(state, body.kdf)
    keys = signed_in_keys(state, session_id)
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
    # Verified whether or not the account exists: the same Argon2id work.
    stored = account.recovery_auth_key_hash if account else None
    verified = await state.hasher.verify(stored, recovery_auth_key)
    if account is None or not verified:
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
    await devices.forget_all(db, account)
    tokens = await session_service.open_session(db, state, account, body.device_name)
    return await session_service.with_device_token(db, tokens, account, None)


async def delete_account(
    db: AsyncSession,
    state: AppState,
    account: Account,
    session_id: uuid.UUID,
    body: DeleteAccountRequest,
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
    keys = signed_in_keys(state, session_id)
    await throttle.reserve(db, state, keys)
    if not await state.hasher.verify(account.auth_key_hash, body.auth_key):
        await session_service.record_failed_attempt(db, state, account)
        raise Unauthenticated("The passphrase is wrong.")
    await throttle.refund(db, state, keys)
    erased = await attachments.ids_of_owner(db, account.id)
    await attachments.erase(db, erased)
    await repository.delete(db, account.id)
    return erased


async def lockout(db: AsyncSession, state: AppState, account: AccountRef) -> dt.datetime | None:
    return await throttle.blocked_until(db, state, devices.login_keys(state, account.username, ""))


async def end_lockout(
    db: AsyncSession, state: AppState, account: AccountRef, session_id: uuid.UUID
) -> None:
    """The owner, signed in, ends a lockout others caused. It also forgets
    their failures, so the next wrong guesses start from zero again."""
    await throttle.record_success(db, state, devices.login_keys(state, account.username, ""))
    await events.add(db, account.id, SecurityEventKind.LOCKOUT_ENDED, session_id=session_id)
