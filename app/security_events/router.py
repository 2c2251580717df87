from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.security_events import repository
from app.security_events.schemas import SecurityEventOut, SecurityEventPage
from app.sessions.dependencies import CurrentCaller
from app.state import DbSession
from app.wire import INT64_MAX, AsciiDigits

router = APIRouter(prefix="/v1/account/security-events", tags=["security events"])


@router.get("", response_model=SecurityEventPage)
async def list_security_events(
    caller: CurrentCaller,
    db: DbSession,
    before: Annotated[int | None, Query(ge=1, le=INT64_MAX), AsciiDigits] = None,
    limit: Annotated[int, Query(ge=1, le=200), AsciiDigits] = 50,
) -> SecurityEventPage:
    """Sign-ins (with device name), new devices, failed sign-ins, passphrase
    changes, recovery and session revocations on the caller's account."""
    events = await repository.list_for_account(
        db, caller.account.id, before=before, limit=limit + 1
    )
    page = [SecurityEventOut.model_validate(e) for e in events[:limit]]
    return SecurityEventPage(events=page, next_before=page[-1].id if len(events) > limit else None)
