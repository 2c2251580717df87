from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.db import utcnow
from app.errors import TokenExpired, Unauthenticated
from app.models import Account, DeviceSession
from app.sessions import repository
from app.sessions.tokens import token_hash
from app.state import DbSession

# Writing last_used_at on every request would turn each read into a write.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)

bearer = HTTPBearer(auto_error=False, description="An access token from sign-in or refresh.")


@dataclass(frozen=True)
class Caller:
    account: Account
    session: DeviceSession


async def current_caller(
    db: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Caller:
    if credentials is None:
        raise Unauthenticated("Send an access token: `Authorization: Bearer <token>`.")
    found = await repository.by_access_hash(db, token_hash(credentials.credentials))
    if found is None:
        raise Unauthenticated("The access token is unknown; sign in again.")
    session, account = found
    now = utcnow()
    if session.revoked_at is not None:
        raise Unauthenticated("This session was signed out; sign in again.")
    if session.access_expires_at <= now:
        raise TokenExpired("The access token has expired; use the refresh token.")
    if now - session.last_used_at > LAST_USED_RESOLUTION:
        session.last_used_at = now
    return Caller(account=account, session=session)


CurrentCaller = Annotated[Caller, Depends(current_caller)]
