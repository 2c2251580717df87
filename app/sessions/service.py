from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts import repository as accounts
from app.db import transaction, utcnow
from app.errors import Forbidden, NotFound, Unauthenticated
from app.models import Account, DeviceSession, RefreshToken, SecurityEventKind
from app.organisations import repository as organisations
from app.ratelimit import service as throttle
from app.security_events import repository as events
from app.sessions import devices, repository
from app.sessions.schemas import LoginRequest, TokenPair
from app.sessions.tokens import ACCESS_PREFIX, REFRESH_PREFIX, new_token, token_hash
from app.state import AppState


class AccountDeactivated(Forbidden):
    code = "account-deactivated"
    title = "Account deactivated"


async def _issue_tokens(
    db: AsyncSession, session: DeviceSession, state: AppState, now: dt.datetime
) -> TokenPair:
    """New access and refresh tokens for `session`; the old access token stops working."""
    settings = state.settings
    access, refresh = new_token(ACCESS_PREFIX), new_token(REFRESH_PREFIX)
    session.access_token_hash = token_hash(access)
    session.access_expires_at = now + dt.timedelta(seconds=settings.access_token_seconds)
    refresh_expires = now + dt.timedelta(days=settings.refresh_token_days)
    db.add(
        RefreshToken(
            token_hash=token_hash(refresh), session_id=session.id, expires_at=refresh_expires
        )
    )
    await db.flush()
    return TokenPair(
        account_id=session.account_id,
        session_id=session.id,
        access_token=access,
        access_expires_at=session.access_expires_at,
        refresh_token=refresh,
        refresh_expires_at=refresh_expires,
    )


async def open_session(
    db: AsyncSession, state: AppState, account: Account, device_name: str
) -> TokenPair:
    now = utcnow()
    known_device = await repository.device_seen_before(db, account.id, device_name)
    session = DeviceSession(
        id=uuid.uuid4(),
        account_id=account.id,
        device_name=device_name,
        created_at=now,
        last_used_at=now,
    )
    db.add(session)
    tokens = await _issue_tokens(db, session, state, now)
    kinds = [SecurityEventKind.SIGN_IN]
    if not known_device:
        kinds.append(SecurityEventKind.NEW_DEVICE)
    for kind in kinds:
        await events.add(db, account.id, kind, session_id=session.id, device_name=device_name)
    return tokens


async def login(db: AsyncSession, state: AppState, body: LoginRequest, address: str) -> TokenPair:
    account = await accounts.by_username(db, body.username)
    known_device = await devices.recognised(db, account, body.device_token)
    keys = (
        devices.throttle_keys(state, body.device_token)
        if known_device and body.device_token is not None
        else devices.login_keys(state, body.username, address)
    )
    await throttle.reserve(db, state, keys)
    # Verified whether or not the account exists (against a dummy hash if
    # not), so an unknown name costs the same Argon2id work as a known one.
    verified = await state.hasher.verify(account.auth_key_hash if account else None, body.auth_key)
    if account is None or not verified:
        await record_failed_attempt(db, state, account)
        raise Unauthenticated("The username or passphrase is wrong.")
    await throttle.record_success(db, state, keys)
    await refuse_deactivated(db, account)
    if state.hasher.needs_rehash(account.auth_key_hash):
        account.auth_key_hash = await state.hasher.hash(body.auth_key)
    tokens = await open_session(db, state, account, body.device_name)
    return await with_device_token(db, tokens, account, body.device_token)


async def with_device_token(
    db: AsyncSession, tokens: TokenPair, account: Account, presented: str | None
) -> TokenPair:
    token = await devices.issue(db, account, presented)
    return tokens.model_copy(update={"device_token": token})


async def refuse_deactivated(db: AsyncSession, account: Account) -> None:
    """Once the right secret is shown: a deactivated member gets no session."""
    member = await organisations.membership(db, account.id)
    if member is not None and member.deactivated_at is not None:
        raise AccountDeactivated("This account was deactivated by its organisation; ask its admin.")


async def record_failed_attempt(db: AsyncSession, state: AppState, account: Account | None) -> None:
    """The throttle counted the failure when it reserved the attempt; the
    account's owner is told of it. The request fails, but the event must stay:
    so it is written in a transaction of its own, after the request's (which
    is abandoned) lets go of any lock it holds."""
    if account is None:
        return
    account_id = account.id
    await db.rollback()
    async with transaction(state.sessionmaker) as own:
        await events.add(own, account_id, SecurityEventKind.SIGN_IN_FAILED)


async def refresh(db: AsyncSession, state: AppState, refresh_token: str) -> TokenPair:
    now = utcnow()
    presented = token_hash(refresh_token)
    stored = await repository.refresh_token(db, presented)
    if stored is None or stored.expires_at <= now:
        raise Unauthenticated("The refresh token is unknown or expired; sign in again.")
    session = await db.get(DeviceSession, stored.session_id)
    if session is None or session.revoked_at is not None:
        raise Unauthenticated("This session was signed out; sign in again.")
    if stored.used_at is not None or not await repository.mark_refresh_used(db, presented, now):
        await _revoke_after_reuse(db, state, session)
        raise Unauthenticated(
            "This refresh token was already used, so it may have been stolen: "
            "the session is now signed out. Sign in again."
        )
    return await _issue_tokens(db, session, state, now)


async def _revoke_after_reuse(db: AsyncSession, state: AppState, session: DeviceSession) -> None:
    """Like a failed attempt, this must outlast the request's rollback."""
    account_id, session_id, device_name = session.account_id, session.id, session.device_name
    await db.rollback()
    async with transaction(state.sessionmaker) as own:
        await repository.revoke(own, account_id, "refresh_token_reused", utcnow(), only=session_id)
        await events.add(
            own,
            account_id,
            SecurityEventKind.REFRESH_TOKEN_REUSED,
            session_id=session_id,
            device_name=device_name,
        )


async def list_sessions(db: AsyncSession, account_id: uuid.UUID) -> Sequence[DeviceSession]:
    return await repository.for_account(db, account_id)


async def rename(
    db: AsyncSession, account_id: uuid.UUID, session_id: uuid.UUID, device_name: str
) -> DeviceSession:
    session = await repository.owned(db, account_id, session_id)
    if session is None:
        raise NotFound("No such session on this account.")
    session.device_name = device_name
    await events.add(
        db,
        account_id,
        SecurityEventKind.SESSION_RENAMED,
        session_id=session.id,
        device_name=device_name,
    )
    return session


async def revoke(
    db: AsyncSession, account_id: uuid.UUID, session_id: uuid.UUID, reason: str
) -> None:
    session = await repository.owned(db, account_id, session_id)
    if session is None:
        raise NotFound("No such session on this account.")
    await repository.revoke(db, account_id, reason, utcnow(), only=session_id)
    await events.add(
        db,
        account_id,
        SecurityEventKind.SESSION_REVOKED,
        session_id=session_id,
        device_name=session.device_name,
    )


async def sign_out_everywhere(
    db: AsyncSession, account_id: uuid.UUID, *, keep: uuid.UUID | None
) -> None:
    await repository.revoke(db, account_id, "signed_out_everywhere", utcnow(), keep=keep)
    await events.add(db, account_id, SecurityEventKind.SIGNED_OUT_EVERYWHERE, session_id=keep)
