from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import READ_BEFORE_TRANSACTION, table
from app.models import Account, DeviceSession, OrganisationMember, RefreshToken
from app.sessions.caller import CallerAccount, CallerMember

_SESSIONS, _ACCOUNTS, _MEMBERS = table(DeviceSession), table(Account), table(OrganisationMember)

# Built once: building a statement and its cache key each time cost more
# than running it (about 0.3 ms of every authenticated request). Plain
# columns, no ORM objects: see app/sessions/caller.py.
_BY_ACCESS_HASH = (
    select(
        _SESSIONS.c.id,
        _SESSIONS.c.access_expires_at,
        _SESSIONS.c.last_used_at,
        _SESSIONS.c.revoked_at,
        # CallerAccount's fields, in its order.
        _ACCOUNTS.c.id,
        _ACCOUNTS.c.username,
        _ACCOUNTS.c.role,
        _ACCOUNTS.c.created_at,
        _ACCOUNTS.c.signing_public_key,
        _ACCOUNTS.c.hpke_public_key,
        _MEMBERS.c.organisation_id,
        _MEMBERS.c.display_name,
        _MEMBERS.c.deactivated_at,
    )
    .select_from(
        _SESSIONS.join(_ACCOUNTS, _ACCOUNTS.c.id == _SESSIONS.c.account_id).outerjoin(
            _MEMBERS, _MEMBERS.c.account_id == _ACCOUNTS.c.id
        )
    )
    .where(_SESSIONS.c.access_token_hash == bindparam("access_hash"))
    # A request that only reads then costs PostgreSQL no BEGIN and no COMMIT.
    .execution_options(**{READ_BEFORE_TRANSACTION: True})
)


@dataclass(frozen=True)
class FoundSession:
    """A session found by its access token, with its account and membership."""

    id: uuid.UUID
    access_expires_at: dt.datetime
    last_used_at: dt.datetime
    revoked_at: dt.datetime | None
    account: CallerAccount
    member: CallerMember | None
    member_deactivated_at: dt.datetime | None


async def by_access_hash(session: AsyncSession, access_hash: bytes) -> FoundSession | None:
    """The session, its account and, for advocates and admins, their membership."""
    found = await session.execute(_BY_ACCESS_HASH, {"access_hash": access_hash})
    row = found.one_or_none()
    if row is None:
        return None
    id_, expires, used, revoked = row[:4]
    account = CallerAccount(*row[4:10])
    organisation_id, display_name, deactivated = row[10:]
    return FoundSession(
        id=id_,
        access_expires_at=expires,
        last_used_at=used,
        revoked_at=revoked,
        account=account,
        member=None if organisation_id is None else CallerMember(organisation_id, display_name),
        member_deactivated_at=deactivated,
    )


async def touch(session: AsyncSession, session_id: uuid.UUID, now: dt.datetime) -> None:
    """Record a session's use; written with the request's other changes at commit."""
    device_session = await session.get(DeviceSession, session_id)
    if device_session is not None:
        device_session.last_used_at = now


async def for_account(session: AsyncSession, account_id: uuid.UUID) -> Sequence[DeviceSession]:
    query = (
        select(DeviceSession)
        .where(DeviceSession.account_id == account_id, DeviceSession.revoked_at.is_(None))
        .order_by(DeviceSession.created_at)
    )
    return (await session.scalars(query)).all()


async def owned(
    session: AsyncSession, account_id: uuid.UUID, session_id: uuid.UUID
) -> DeviceSession | None:
    """A live session of this account; another account's id finds nothing."""
    query = select(DeviceSession).where(
        DeviceSession.id == session_id,
        DeviceSession.account_id == account_id,
        DeviceSession.revoked_at.is_(None),
    )
    return (await session.scalars(query)).one_or_none()


async def device_seen_before(session: AsyncSession, account_id: uuid.UUID, name: str) -> bool:
    query = select(
        exists().where(DeviceSession.account_id == account_id, DeviceSession.device_name == name)
    )
    return bool(await session.scalar(query))


async def refresh_token(session: AsyncSession, token_hash: bytes) -> RefreshToken | None:
    return await session.get(RefreshToken, token_hash)


async def mark_refresh_used(session: AsyncSession, token_hash: bytes, now: dt.datetime) -> bool:
    """Atomic: of two concurrent refreshes with one token, exactly one wins."""
    result = await session.execute(
        update(RefreshToken)
        .where(RefreshToken.token_hash == token_hash, RefreshToken.used_at.is_(None))
        .values(used_at=now)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def revoke(
    session: AsyncSession,
    account_id: uuid.UUID,
    reason: str,
    now: dt.datetime,
    *,
    only: uuid.UUID | None = None,
    keep: uuid.UUID | None = None,
) -> None:
    query = update(DeviceSession).where(
        DeviceSession.account_id == account_id, DeviceSession.revoked_at.is_(None)
    )
    if only is not None:
        query = query.where(DeviceSession.id == only)
    if keep is not None:
        query = query.where(DeviceSession.id != keep)
    await session.execute(query.values(revoked_at=now, revoked_reason=reason))
