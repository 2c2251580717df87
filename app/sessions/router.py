from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.errors import Unauthenticated
from app.models import DeviceSession
from app.problem_docs import raises
from app.ratelimit.service import THROTTLED
from app.sessions import service
from app.sessions.caller import Caller
from app.sessions.dependencies import CurrentCaller
from app.sessions.schemas import (
    LoginRequest,
    RefreshRequest,
    RenameSessionRequest,
    SessionOut,
    TokenPair,
)
from app.state import DbSession, State

auth_router = APIRouter(prefix="/v1/auth", tags=["sign-in"])
sessions_router = APIRouter(prefix="/v1/sessions", tags=["sessions"])


def client_address(request: Request) -> str:
    # Behind a proxy, uvicorn's --proxy-headers puts the real address here.
    return request.client.host if request.client else "unknown"


@auth_router.post("/login", response_model=TokenPair)
@raises(Unauthenticated, service.AccountDeactivated, *THROTTLED)
async def login(body: LoginRequest, request: Request, db: DbSession, state: State) -> TokenPair:
    """Sign in with the auth key derived from the passphrase; opens a device session.

    Failed attempts are throttled per account and per client address with
    exponential back-off (429 with Retry-After)."""
    return await service.login(db, state, body, client_address(request))


@auth_router.post("/refresh", response_model=TokenPair)
@raises(Unauthenticated)
async def refresh(body: RefreshRequest, db: DbSession, state: State) -> TokenPair:
    """Trade a refresh token for a new access and refresh token. Each refresh
    token works once; presenting a used one signs the whole session out."""
    return await service.refresh(db, state, body.refresh_token)


@auth_router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
async def logout(caller: CurrentCaller, db: DbSession) -> None:
    """Sign this device out."""
    await service.revoke(db, caller.account.id, caller.session_id, "signed_out")


def _session_out(session: DeviceSession, caller: Caller) -> SessionOut:
    return SessionOut(
        id=session.id,
        device_name=session.device_name,
        created_at=session.created_at,
        last_used_at=session.last_used_at,
        current=session.id == caller.session_id,
    )


@sessions_router.get("", response_model=list[SessionOut])
async def list_sessions(caller: CurrentCaller, db: DbSession) -> list[SessionOut]:
    """The devices signed in to this account, oldest first."""
    sessions = await service.list_sessions(db, caller.account.id)
    return [_session_out(session, caller) for session in sessions]


@sessions_router.patch("/{session_id}", response_model=SessionOut)
async def rename_session(
    session_id: uuid.UUID, body: RenameSessionRequest, caller: CurrentCaller, db: DbSession
) -> SessionOut:
    session = await service.rename(db, caller.account.id, session_id, body.device_name)
    return _session_out(session, caller)


@sessions_router.delete(
    "/{session_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response
)
async def revoke_session(session_id: uuid.UUID, caller: CurrentCaller, db: DbSession) -> None:
    """Sign one device out; its tokens stop working at once."""
    await service.revoke(db, caller.account.id, session_id, "revoked_by_owner")


@sessions_router.delete("", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
async def sign_out_everywhere(
    caller: CurrentCaller,
    db: DbSession,
    keep_current: Annotated[bool, Query(description="Keep this device signed in.")] = False,
) -> None:
    """Sign out every device of this account (this one too, unless `keep_current`)."""
    await service.sign_out_everywhere(
        db, caller.account.id, keep=caller.session_id if keep_current else None
    )
