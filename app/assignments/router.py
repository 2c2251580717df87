"""Assignment: the advocate's code, the victim's look-up and acceptance, and
the advocate's cases and what each shares."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response, status

from app.assignments import service
from app.assignments.schemas import (
    AdvocateOut,
    AssignmentAccept,
    AssignmentCodeOut,
    AssignmentOut,
    CaseDetail,
    CaseList,
    CaseOut,
    CodeLookup,
    SharedEntryList,
    SharedEntryOut,
)
from app.keys.schemas import PublicKeys
from app.models import Assignment
from app.problem_docs import raises
from app.ratelimit.service import THROTTLED
from app.sessions.dependencies import AdvocateCaller, VictimCaller
from app.sessions.router import client_address
from app.state import DbSession, State

codes_router = APIRouter(prefix="/v1/assignment-codes", tags=["advocacy"])
router = APIRouter(prefix="/v1/assignment", tags=["advocacy"])
cases_router = APIRouter(prefix="/v1/cases", tags=["advocacy"])


def advocate_out(card: service.AdvocateCard) -> AdvocateOut:
    return AdvocateOut(
        **PublicKeys.of(card.account).model_dump(),
        display_name=card.member.display_name,
        organisation_id=card.organisation.id,
        organisation_name=card.organisation.name,
    )


def assignment_out(found: service.AssignmentView) -> AssignmentOut:
    a = found.assignment
    return AssignmentOut(
        id=a.id, label=a.label, started_at=a.started_at, advocate=advocate_out(found.advocate)
    )


def case_out(assignment: Assignment, shared: int) -> CaseOut:
    return CaseOut(
        id=assignment.id,
        label=assignment.label,
        victim_id=assignment.victim_id,
        started_at=assignment.started_at,
        shared_entries=shared,
        handed_over_from=assignment.handed_over_from,
    )


@codes_router.post("", response_model=AssignmentCodeOut, status_code=status.HTTP_201_CREATED)
async def issue_code(caller: AdvocateCaller, db: DbSession, state: State) -> AssignmentCodeOut:
    """A one-time code to hand a victim in person or by phone; it expires
    (a day by default). Read your key fingerprint out with it."""
    issued, code = await service.issue_code(db, state, caller.account)
    return AssignmentCodeOut(code=code, expires_at=issued.expires_at)


@codes_router.post("/preview", response_model=AdvocateOut)
@raises(service.InvalidCode, *THROTTLED)
async def preview_code(
    body: CodeLookup, request: Request, caller: VictimCaller, db: DbSession, state: State
) -> AdvocateOut:
    """Who a code names (name, organisation, keys), without using it up.
    Wrong codes are counted: after 5, each try waits longer (429)."""
    card = await service.preview(db, state, caller.account, body.code, client_address(request))
    return advocate_out(card)


@router.post(
    "",
    response_model=AssignmentOut,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": AssignmentOut, "description": "This advocate is already yours."}},
)
@raises(service.InvalidCode, service.AdvocateMismatch, *THROTTLED)
async def accept(
    body: AssignmentAccept,
    request: Request,
    caller: VictimCaller,
    db: DbSession,
    state: State,
    response: Response,
) -> AssignmentOut:
    """Accept the advocate the code names. Any other advocate's case ends, and
    everything shared with them is revoked. The code works once."""
    found, created = await service.accept(db, state, caller.account, body, client_address(request))
    if not created:
        response.status_code = status.HTTP_200_OK
    return assignment_out(found)


@router.get("", response_model=AssignmentOut)
@raises(service.NoAdvocate)
async def current(caller: VictimCaller, db: DbSession) -> AssignmentOut:
    """The victim's advocate; 404 `no-advocate` without one. Compare the keys
    with the ones you accepted: a change means someone else's key."""
    return assignment_out(await service.current(db, caller.account))


@router.delete("", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
@raises(service.NoAdvocate)
async def end(caller: VictimCaller, db: DbSession) -> None:
    """End the case: the advocate loses every shared entry at once (what they
    already downloaded they keep). Their notes stay readable to the victim."""
    await service.end(db, caller.account)


@cases_router.get("", response_model=CaseList)
async def list_cases(caller: AdvocateCaller, db: DbSession) -> CaseList:
    """The advocate's open cases, by the label each victim chose."""
    found = await service.cases(db, caller.account)
    return CaseList(cases=[case_out(a, shared) for a, shared in found])


@cases_router.get("/{case_id}", response_model=CaseDetail)
async def get_case(case_id: uuid.UUID, caller: AdvocateCaller, db: DbSession) -> CaseDetail:
    assignment, victim, shared = await service.case_entries(db, caller.account, case_id)
    return CaseDetail(
        **case_out(assignment, len(shared)).model_dump(), victim_keys=PublicKeys.of(victim)
    )


@cases_router.get("/{case_id}/entries", response_model=SharedEntryList)
async def list_shared_entries(
    case_id: uuid.UUID, caller: AdvocateCaller, db: DbSession
) -> SharedEntryList:
    """The entries the victim shares in this case, oldest share first. Read
    each with GET /v1/entries/{id}: every read is shown to the victim."""
    _assignment, _victim, found = await service.case_entries(db, caller.account, case_id)
    return SharedEntryList(
        entries=[
            SharedEntryOut(
                entry_id=entry.id,
                current_version=entry.current_version,
                updated_at=entry.updated_at,
                shared_at=grant.granted_at,
            )
            for grant, entry in found
        ]
    )
