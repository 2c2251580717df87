from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.access_log import repository
from app.access_log.schemas import AccessLogPage, AccessRecordOut, ReaderOut
from app.sessions.dependencies import VictimCaller
from app.state import DbSession
from app.wire import INT64_MAX, AsciiDigits

router = APIRouter(prefix="/v1/access-log", tags=["advocacy"])


@router.get("", response_model=AccessLogPage)
async def access_log(
    caller: VictimCaller,
    db: DbSession,
    before: Annotated[int | None, Query(ge=1, le=INT64_MAX), AsciiDigits] = None,
    limit: Annotated[int, Query(ge=1, le=200), AsciiDigits] = 50,
) -> AccessLogPage:
    """Every read by an advocate of what this account shared, newest first:
    who, which entry or attachment, when. Advocates cannot change it."""
    rows = await repository.page(db, caller.account.id, before=before, limit=limit + 1)
    records = [
        AccessRecordOut(
            id=record.id,
            accessed_at=record.accessed_at,
            kind=record.kind,
            entry_id=record.entry_id,
            attachment_id=record.attachment_id,
            version=record.version,
            case_id=assignment.id,
            reader=ReaderOut(
                account_id=assignment.advocate_id,
                display_name=member.display_name,
                organisation_name=organisation.name,
            ),
        )
        for record, assignment, member, organisation in rows[:limit]
    ]
    more = len(rows) > limit
    return AccessLogPage(records=records, next_before=records[-1].id if more else None)
