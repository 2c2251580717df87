from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.db import utcnow
from app.errors import Forbidden, TokenExpired, Unauthenticated
from app.models import Role
from app.problem_docs import raises
from app.sessions import repository
from app.sessions.caller import Caller, MemberCaller
from app.sessions.tokens import token_hash
from app.state import DbSession

# Writing last_used_at on every request would turn each read into a write.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)

bearer = HTTPBearer(auto_error=False, description="An access token from sign-in or refresh.")


@raises(Unauthenticated, TokenExpired)
async def current_caller(
    db: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Caller:
    if credentials is None:
        raise Unauthenticated("Send an access token: `Authorization: Bearer <token>`.")
    found = await repository.by_access_hash(db, token_hash(credentials.credentials))
    if found is None:
        raise Unauthenticated("The access token is unknown; sign in again.")
    now = utcnow()
    if found.revoked_at is not None:
        raise Unauthenticated("This session was signed out; sign in again.")
    if found.member_deactivated_at is not None:
        raise Unauthenticated("This account was deactivated by its organisation.")
    if found.access_expires_at <= now:
        raise TokenExpired("The access token has expired; use the refresh token.")
    if now - found.last_used_at > LAST_USED_RESOLUTION:
        await repository.touch(db, found.id, now)
    return Caller(account=found.account, session_id=found.id, member=found.member)


CurrentCaller = Annotated[Caller, Depends(current_caller)]


def _member_with_role(caller: Caller, role: Role, who: str) -> MemberCaller:
    if caller.account.role is not role or caller.member is None:
        raise Forbidden(f"Only {who} can do this; this account is a {caller.account.role.value}.")
    return MemberCaller(caller.account, caller.session_id, caller.member)


@raises(Forbidden)
async def victim_caller(caller: CurrentCaller) -> Caller:
    if caller.account.role is not Role.VICTIM:
        raise Forbidden(
            f"Only a victim's account can do this; this account is a {caller.account.role.value}."
        )
    return caller


@raises(Forbidden)
async def advocate_caller(caller: CurrentCaller) -> MemberCaller:
    return _member_with_role(caller, Role.ADVOCATE, "an advocate")


@raises(Forbidden)
async def admin_caller(caller: CurrentCaller) -> MemberCaller:
    return _member_with_role(caller, Role.ORG_ADMIN, "an organisation admin")


@raises(Forbidden)
async def member_caller(caller: CurrentCaller) -> MemberCaller:
    """An advocate or an organisation admin."""
    if caller.account.role is Role.ORG_ADMIN:
        return _member_with_role(caller, Role.ORG_ADMIN, "an advocate or an admin")
    return _member_with_role(caller, Role.ADVOCATE, "an advocate or an admin")


VictimCaller = Annotated[Caller, Depends(victim_caller)]
AdvocateCaller = Annotated[MemberCaller, Depends(advocate_caller)]
AdminCaller = Annotated[MemberCaller, Depends(admin_caller)]
OrganisationCaller = Annotated[MemberCaller, Depends(member_caller)]
