"""The rules of assignment: an advocate issues a one-time code, the victim
looks at who it names and accepts; a victim has at most one advocate, and
ending the assignment (or replacing the advocate) revokes every share at once."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app import codes
from app.accounts import repository as accounts
from app.assignments import repository
from app.assignments.schemas import AssignmentAccept
from app.case_documents import repository as case_documents
from app.db import utcnow
from app.errors import Conflict, NotFound
from app.handovers import repository as handovers
from app.models import (
    Account,
    Assignment,
    AssignmentCode,
    AssignmentEnd,
    Entry,
    EntryKeyGrant,
    HandoverStatus,
    Organisation,
    OrganisationMember,
    SecurityEventKind,
)
from app.organisations import repository as organisations
from app.ratelimit import service as throttle
from app.security_events import repository as events
from app.sessions.caller import AccountRef
from app.shares import repository as shares
from app.state import AppState

CASE_NOT_FOUND = "No open case with that id for this advocate."


class InvalidCode(NotFound):
    code = "invalid-code"
    title = "Unknown code"


class NoAdvocate(NotFound):
    code = "no-advocate"
    title = "No advocate"


class AdvocateMismatch(Conflict):
    code = "advocate-mismatch"
    title = "Not the expected advocate"


@dataclass(frozen=True)
class AdvocateCard:
    """What a victim is shown of an advocate before trusting them."""

    account: Account
    member: OrganisationMember
    organisation: Organisation


@dataclass(frozen=True)
class AssignmentView:
    assignment: Assignment
    advocate: AdvocateCard


async def issue_code(
    db: AsyncSession, state: AppState, advocate: AccountRef
) -> tuple[AssignmentCode, str]:
    code, mac = codes.ASSIGNMENT.issue(state.keys.server_secret)
    now = utcnow()
    issued = AssignmentCode(
        advocate_id=advocate.id,
        code_mac=mac,
        created_at=now,
        expires_at=now + dt.timedelta(seconds=state.settings.assignment_code_seconds),
    )
    db.add(issued)
    await db.flush()
    return issued, code


def _throttle_keys(state: AppState, victim: AccountRef, address: str) -> throttle.ThrottleKeys:
    return throttle.ThrottleKeys.derive(
        state.keys.server_secret, "assignment-code", victim.username, address
    )


def _refused() -> InvalidCode:
    # The reservation already counted it against the victim and the address.
    return InvalidCode(
        "That code is unknown, used or expired. Check it with your advocate, or ask "
        "them for a new one."
    )


async def preview(
    db: AsyncSession, state: AppState, victim: AccountRef, text: str, address: str
) -> AdvocateCard:
    """Who the code names, without using it up: shown to the victim to confirm."""
    keys = _throttle_keys(state, victim, address)
    await throttle.reserve(db, state, keys)
    mac = codes.ASSIGNMENT.mac_of(state.keys.server_secret, text)
    found = None if mac is None else await repository.live_code(db, mac, utcnow())
    card = None if found is None else await advocate_card(db, found.advocate_id)
    if card is None:
        raise _refused()
    await throttle.refund(db, state, keys)
    return card


async def advocate_card(db: AsyncSession, advocate_id: uuid.UUID) -> AdvocateCard | None:
    """An advocate who is still active; None for anyone else."""
    found = await organisations.active_advocate(db, advocate_id)
    return None if found is None else AdvocateCard(*found)


async def accept(
    db: AsyncSession, state: AppState, victim: AccountRef, body: AssignmentAccept, address: str
) -> tuple[AssignmentView, bool]:
    """Uses the code up and makes its advocate the victim's, ending the case
    with any other advocate. Returns the case and whether it is new."""
    keys = _throttle_keys(state, victim, address)
    await throttle.reserve(db, state, keys)
    mac = codes.ASSIGNMENT.mac_of(state.keys.server_secret, body.code)
    now = utcnow()
    advocate_id = None if mac is None else await repository.take_code(db, mac, now)
    card = None if advocate_id is None else await advocate_card(db, advocate_id)
    if card is None:
        raise _refused()
    if card.account.id != body.advocate_id:
        raise AdvocateMismatch(
            "This code belongs to another advocate than the one in `advocate_id`: look the "
            "code up again and check who it names before accepting."
        )
    await throttle.record_success(db, state, keys)
    await accounts.lock(db, victim.id)
    current = await repository.active_for_victim(db, victim.id)
    if current is not None and current.advocate_id == card.account.id:
        current.label = body.label
        return AssignmentView(current, card), False
    if current is not None:
        await end_assignment(db, current, AssignmentEnd.REPLACED, now)
    await _close_handover(db, victim, now)
    assignment = Assignment(
        id=uuid.uuid4(),
        victim_id=victim.id,
        advocate_id=card.account.id,
        label=body.label,
        started_at=now,
    )
    db.add(assignment)
    await db.flush()
    await events.add(db, victim.id, SecurityEventKind.ADVOCATE_ASSIGNED)
    return AssignmentView(assignment, card), True


async def end_assignment(
    db: AsyncSession, assignment: Assignment, reason: AssignmentEnd, now: dt.datetime
) -> None:
    """Ends the case and revokes every share of it, in this transaction."""
    assignment.ended_at, assignment.end_reason = now, reason
    await shares.revoke(db, assignment.victim_id, assignment.advocate_id)
    await case_documents.revoke(db, assignment.victim_id, assignment.advocate_id)
    await db.flush()
    await events.add(db, assignment.victim_id, SecurityEventKind.ADVOCATE_UNASSIGNED)


async def _close_handover(db: AsyncSession, victim: AccountRef, now: dt.datetime) -> None:
    """A victim who accepts an advocate by code ends any open handover, and
    the shares its old advocate kept for it go."""
    handover = await handovers.open_for_victim(db, victim.id)
    if handover is not None:
        handover.status, handover.decided_at = HandoverStatus.DECLINED, now
        await shares.revoke(db, victim.id, handover.from_advocate_id)
        await case_documents.revoke(db, victim.id, handover.from_advocate_id)
        await db.flush()


async def current(db: AsyncSession, victim: AccountRef) -> AssignmentView:
    assignment = await repository.active_for_victim(db, victim.id)
    card = None if assignment is None else await advocate_card(db, assignment.advocate_id)
    if assignment is None or card is None:
        raise NoAdvocate("This account has no advocate; redeem an advocate's code to have one.")
    return AssignmentView(assignment, card)


async def end(db: AsyncSession, victim: AccountRef) -> None:
    await accounts.lock(db, victim.id)
    assignment = (await current(db, victim)).assignment
    await end_assignment(db, assignment, AssignmentEnd.ENDED_BY_VICTIM, utcnow())


async def cases(db: AsyncSession, advocate: AccountRef) -> Sequence[tuple[Assignment, int]]:
    return await repository.active_for_advocate(db, advocate.id)


async def case(
    db: AsyncSession, advocate: AccountRef, case_id: uuid.UUID
) -> tuple[Assignment, Account]:
    """The advocate's open case with that id, and its victim."""
    found = await repository.active_case(db, advocate.id, case_id)
    if found is None:
        raise NotFound(CASE_NOT_FOUND)
    return found


async def case_entries(
    db: AsyncSession, advocate: AccountRef, case_id: uuid.UUID
) -> tuple[Assignment, Account, Sequence[tuple[EntryKeyGrant, Entry]]]:
    """The case, its victim, and the entries the victim shares in it now."""
    assignment, victim = await case(db, advocate, case_id)
    return assignment, victim, await shares.shared(db, assignment.victim_id, advocate.id)
