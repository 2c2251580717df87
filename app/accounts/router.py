from __future__ import annotations

from fastapi import APIRouter, Request, Response, status

from app.accounts import repository, service
from app.accounts.schemas import (
    AccountOut,
    ChangePassphraseRequest,
    DeleteAccountRequest,
    LockoutOut,
    PreloginRequest,
    PreloginResponse,
    RecoverRequest,
    RecoveryKeysRequest,
    RecoveryKeysResponse,
    RegisterRequest,
)
from app.accounts.service import KdfMismatch, RegistrationRefused
from app.attachments.service import erase_blobs
from app.errors import BadRequest, Forbidden, Unauthenticated
from app.organisations.service import InvalidInvitation
from app.problem_docs import raises
from app.ratelimit.service import THROTTLED
from app.sessions.dependencies import CurrentCaller
from app.sessions.router import client_address
from app.sessions.schemas import TokenPair
from app.sessions.service import AccountDeactivated
from app.state import Blobs, DbSession, State

router = APIRouter(tags=["accounts"])


@router.post("/v1/accounts", response_model=TokenPair, status_code=status.HTTP_201_CREATED)
@raises(KdfMismatch, RegistrationRefused, InvalidInvitation, *THROTTLED)
async def register(
    body: RegisterRequest, request: Request, db: DbSession, state: State
) -> TokenPair:
    """Create an account from keys made on the device, and sign that device in.
    It is a victim's account, unless an organisation's `invitation_code` makes
    it one of its advocates or admins.

    The server receives only public keys, private keys sealed under keys it
    never sees, and the two auth keys, which it stores as argon2id hashes."""
    return await service.register(db, state, body, client_address(request))


@router.post("/v1/auth/prelogin", response_model=PreloginResponse)
async def prelogin(body: PreloginRequest, db: DbSession, state: State) -> PreloginResponse:
    """The Argon2id salt and cost for a username. An unknown username gets
    stable, well-formed fake parameters, so this call cannot tell who exists."""
    return await service.prelogin(db, state, body.username)


@router.get("/v1/account", response_model=AccountOut)
async def me(caller: CurrentCaller) -> AccountOut:
    return AccountOut.model_validate(caller.account)


@router.get("/v1/account/lockout", response_model=LockoutOut)
async def lockout(caller: CurrentCaller, db: DbSession, state: State) -> LockoutOut:
    """Whether failed sign-ins on this username keep new devices out just now.
    Devices that signed in before (with their `device_token`) are not kept out."""
    return LockoutOut(blocked_until=await service.lockout(db, state, caller.account))


@router.delete(
    "/v1/account/lockout", status_code=status.HTTP_204_NO_CONTENT, response_class=Response
)
async def end_lockout(caller: CurrentCaller, db: DbSession, state: State) -> None:
    """End the lockout and forget the failed sign-ins on this username, so a
    new device can sign in at once; a security event records it."""
    await service.end_lockout(db, state, caller.account, caller.session_id)


@router.post(
    "/v1/account/passphrase", status_code=status.HTTP_204_NO_CONTENT, response_class=Response
)
@raises(KdfMismatch, *THROTTLED)
async def change_passphrase(
    body: ChangePassphraseRequest,
    caller: CurrentCaller,
    db: DbSession,
    state: State,
) -> None:
    """Replace the auth key and the passphrase-sealed private keys atomically.
    Every other device is signed out."""
    account = await repository.of_caller(db, caller.account.id)
    await service.change_passphrase(db, state, account, caller.session_id, body)


@router.post(
    "/v1/account/deletion", status_code=status.HTTP_204_NO_CONTENT, response_class=Response
)
@raises(Forbidden, *THROTTLED)
async def delete_account(
    body: DeleteAccountRequest,
    caller: CurrentCaller,
    db: DbSession,
    state: State,
    blobs: Blobs,
) -> None:
    """Erase this victim's account and everything in it, for good: every
    entry, version, file, bundle, case, note and session. It needs the
    passphrase (its auth key) as well as the token. The evidence log keeps its
    leaves, which hold hashes and times and name no one."""
    account = await repository.of_caller(db, caller.account.id)
    erased = await service.delete_account(db, state, account, caller.session_id, body)
    # The rows first: a crash before the blobs go leaves only unreferenced
    # ciphertext, which the clean-up sweeps.
    await db.commit()
    await erase_blobs(blobs, erased)


@router.post("/v1/auth/recovery/keys", response_model=RecoveryKeysResponse)
@raises(Unauthenticated, AccountDeactivated, *THROTTLED)
async def recovery_keys(
    body: RecoveryKeysRequest, request: Request, db: DbSession, state: State
) -> RecoveryKeysResponse:
    """Step 1 of recovery: the private keys sealed under the recovery key."""
    account = await service.recovery_keys(db, state, body, client_address(request))
    return RecoveryKeysResponse(
        account_id=account.id, recovery_sealed_private_keys=account.recovery_sealed_private_keys
    )


@router.post("/v1/auth/recovery", response_model=TokenPair)
@raises(KdfMismatch, BadRequest, Unauthenticated, AccountDeactivated, *THROTTLED)
async def recover(body: RecoverRequest, request: Request, db: DbSession, state: State) -> TokenPair:
    """Step 2 of recovery: set a new passphrase and a new recovery key, keeping
    the same account keys (so no data is lost). Every device is signed out and
    this one is signed in."""
    return await service.recover(db, state, body, client_address(request))
