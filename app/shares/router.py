"""Sharing entries with the victim's advocate, and revoking them."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, BackgroundTasks, Response, status

from app.assignments.service import AdvocateMismatch, NoAdvocate
from app.entries.service import InvalidKeyGrant
from app.evidence import service as evidence
from app.models import EntryKeyGrant
from app.problem_docs import raises
from app.protocol.receipts import ReceiptKind
from app.push.send import NotificationKind, notify
from app.sessions.dependencies import VictimCaller
from app.shares import service
from app.shares.schemas import ShareExpiry, ShareList, ShareOut, ShareRequest
from app.state import DbSession, State

router = APIRouter(prefix="/v1/shares", tags=["advocacy"])


def share_out(grant: EntryKeyGrant) -> ShareOut:
    index = grant.log_index
    return ShareOut(
        entry_id=grant.entry_id,
        shared_at=grant.granted_at,
        expires_at=grant.expires_at,
        expired=service.expired(grant),
        receipt=None
        if index is None
        else evidence.stored_receipt(
            index, ReceiptKind.KEY_GRANT, grant.granted_at, service.grant_object(grant)
        ),
    )


@router.post("", response_model=ShareList)
@raises(
    NoAdvocate, AdvocateMismatch, service.EntriesNotFound, InvalidKeyGrant, service.InvalidExpiry
)
async def share(
    body: ShareRequest,
    caller: VictimCaller,
    db: DbSession,
    state: State,
    background: BackgroundTasks,
) -> ShareList:
    """Share up to 100 entries, with their attachments and every version, with
    the active advocate: each grant wraps the entry's content key to the
    advocate and is signed by this account. All are kept or none; sending a
    grant again changes nothing."""
    kept = await service.share(db, caller.account, body)
    background.add_task(notify, state, [body.advocate_id], NotificationKind.NEW_SHARE)
    return ShareList(advocate_id=body.advocate_id, shares=[share_out(g) for g in kept])


@router.get("", response_model=ShareList)
async def list_shares(caller: VictimCaller, db: DbSession) -> ShareList:
    """Every share to the active advocate, oldest first: those that have
    expired too (`expired`), so that they can be extended."""
    advocate_id, grants = await service.listed(db, caller.account)
    return ShareList(advocate_id=advocate_id, shares=[share_out(g) for g in grants])


@router.patch("/{entry_id}", response_model=ShareOut)
@raises(NoAdvocate, service.InvalidExpiry)
async def set_expiry(
    entry_id: uuid.UUID, body: ShareExpiry, caller: VictimCaller, db: DbSession
) -> ShareOut:
    """Set when one share ends: extend it (an expired one too), shorten it,
    or make it last until revoked (`null`)."""
    return share_out(await service.set_expiry(db, caller.account, entry_id, body.expires_at))


@router.delete("/{entry_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
@raises(NoAdvocate)
async def unshare(entry_id: uuid.UUID, caller: VictimCaller, db: DbSession) -> None:
    """Stop sharing one entry: from now on the advocate gets 404 for it."""
    await service.unshare(db, caller.account, entry_id)


@router.delete("", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
async def unshare_all(caller: VictimCaller, db: DbSession) -> None:
    """Stop sharing everything; the advocate stays assigned."""
    await service.unshare_all(db, caller.account)
