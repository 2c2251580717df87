"""Handing a case to another advocate: proposed by an organisation admin or
the advocate, approved by the victim's device (docs/protocol, handover)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Response, status

from app.assignments.router import advocate_out, assignment_out
from app.assignments.service import AdvocateMismatch, AssignmentView
from app.entries.service import InvalidKeyGrant
from app.errors import NotFound
from app.handovers import service
from app.handovers.schemas import (
    HandoverApproval,
    HandoverDone,
    HandoverList,
    HandoverOut,
    HandoverProposal,
    VictimHandoverOut,
)
from app.models import Assignment, Handover
from app.problem_docs import raises
from app.push.send import NotificationKind, notify
from app.sessions.bodies import authenticated_json
from app.sessions.dependencies import AdminCaller, OrganisationCaller, VictimCaller
from app.shares.service import EntriesNotFound
from app.state import DbSession, State

router = APIRouter(prefix="/v1/handovers", tags=["advocacy"])
organisation_router = APIRouter(prefix="/v1/organisation/handovers", tags=["organisations"])
victim_router = APIRouter(prefix="/v1/assignment/handover", tags=["advocacy"])


def handover_out(handover: Handover, case: Assignment) -> HandoverOut:
    return HandoverOut(
        id=handover.id,
        case_id=case.id,
        label=case.label,
        from_advocate_id=handover.from_advocate_id,
        to_advocate_id=handover.to_advocate_id,
        reason=handover.reason,
        status=handover.status,
        created_at=handover.created_at,
        proposed_at=handover.proposed_at,
    )


@router.post("", response_model=HandoverOut, status_code=status.HTTP_201_CREATED)
@raises(NotFound, service.UnknownAdvocate)
async def propose(
    body: HandoverProposal,
    caller: OrganisationCaller,
    db: DbSession,
    state: State,
    background: BackgroundTasks,
) -> HandoverOut:
    """Propose another advocate for a case (replacing an earlier proposal).
    Nothing moves until the victim approves on her device, which re-wraps the
    keys of what she shares to them; she sees `handover_proposed`."""
    handover = await service.propose(db, caller, body)
    victim = [handover.victim_id]
    background.add_task(notify, state, victim, NotificationKind.HANDOVER_REQUEST)
    case = await db.get(Assignment, handover.from_assignment_id)
    assert case is not None, "a handover goes with its case"
    return handover_out(handover, case)


@organisation_router.get("", response_model=HandoverList)
async def list_handovers(caller: AdminCaller, db: DbSession) -> HandoverList:
    """Open handovers of the organisation's advocates' cases, those awaiting a
    new advocate after a deactivation first among them by age."""
    found = await service.of_organisation(db, caller)
    return HandoverList(handovers=[handover_out(h, case) for h, case in found])


@victim_router.get("", response_model=VictimHandoverOut)
@raises(service.NoHandover)
async def victim_handover(caller: VictimCaller, db: DbSession) -> VictimHandoverOut:
    """This account's open handover, if any: why, from whom, to whom, and what
    to re-wrap. 404 `no-handover` without one."""
    view = await service.for_victim(db, caller.account)
    h = view.handover
    return VictimHandoverOut(
        id=h.id,
        case_id=h.from_assignment_id,
        reason=h.reason,
        status=h.status,
        created_at=h.created_at,
        from_advocate_id=h.from_advocate_id,
        from_advocate=None if view.from_advocate is None else advocate_out(view.from_advocate),
        to_advocate=None if view.to_advocate is None else advocate_out(view.to_advocate),
        shared_entry_ids=list(view.shared_entry_ids),
        note_ids=list(view.note_ids),
    )


@victim_router.post("", response_model=HandoverDone, status_code=status.HTTP_201_CREATED)
@raises(
    service.NoHandover,
    service.HandoverNotReady,
    service.UnknownAdvocate,
    AdvocateMismatch,
    EntriesNotFound,
    InvalidKeyGrant,
)
async def approve(
    # The role first: a caller who may not approve is refused before the body is read.
    caller: VictimCaller,
    body: Annotated[HandoverApproval, authenticated_json(HandoverApproval)],
    db: DbSession,
    state: State,
    background: BackgroundTasks,
) -> HandoverDone:
    """Approve the proposed advocate with every key re-wrapped to them and
    signed by this account. At once: the old advocate's case ends and their
    shares go; the new case continues it with the same shares and notes."""
    new, card = await service.approve(db, caller.account, body)
    background.add_task(notify, state, [new.advocate_id], NotificationKind.NEW_SHARE)
    assert new.handed_over_from is not None
    done = assignment_out(AssignmentView(new, card))
    return HandoverDone(**done.model_dump(), handed_over_from=new.handed_over_from)


@victim_router.delete("", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
@raises(service.NoHandover)
async def decline(caller: VictimCaller, db: DbSession) -> None:
    """Decline: a case whose advocate is still active carries on with them;
    one whose advocate was deactivated stays ended, and its shares go."""
    await service.decline(db, caller.account)
