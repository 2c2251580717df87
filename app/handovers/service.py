"""The rules of handing a case over: an organisation admin or the advocate
proposes another advocate; only the victim's device completes it, by
re-wrapping the keys of what she shares (entries and notes) to the new
advocate after checking their fingerprint, then her case documents' keys.
The new case continues the old one; the old advocate's access ends in the
same transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.access_log import repository as access_log
from app.accounts import repository as accounts
from app.assignments import repository as assignments
from app.assignments.service import AdvocateCard, AdvocateMismatch, advocate_card
from app.case_documents import repository as case_documents
from app.db import utcnow
from app.entries.service import InvalidKeyGrant
from app.errors import Conflict, NotFound
from app.handovers import repository
from app.handovers.schemas import HandoverApproval, HandoverProposal, NoteGrantIn
from app.models import (
    AccessKind,
    AccessRecord,
    Assignment,
    AssignmentEnd,
    Handover,
    HandoverReason,
    HandoverStatus,
    NoteKeyGrant,
    Role,
    SecurityEventKind,
)
from app.protocol import hpke, key_grants, notes
from app.security_events import repository as events
from app.sessions.caller import AccountRef, MemberCaller
from app.shares import repository as shares
from app.shares import service as share_service
from app.shares.schemas import ShareRequest
from app.version_checks import signing_key

CASE_NOT_FOUND = "No case with that id that you may hand over."


class NoHandover(NotFound):
    code = "no-handover"
    title = "No handover"


class UnknownAdvocate(NotFound):
    code = "unknown-advocate"
    title = "No such active advocate"


class HandoverNotReady(Conflict):
    code = "handover-not-ready"
    title = "No advocate proposed yet"


@dataclass(frozen=True)
class VictimView:
    handover: Handover
    from_advocate: AdvocateCard | None
    to_advocate: AdvocateCard | None
    shared_entry_ids: Sequence[uuid.UUID]
    note_ids: Sequence[uuid.UUID]


async def _case_to_hand_over(
    db: AsyncSession, caller: MemberCaller, case_id: uuid.UUID
) -> Assignment:
    """An advocate hands over their own open case; an admin any case of the
    organisation's advocates that is open or awaits handover."""
    if caller.account.role is Role.ADVOCATE:
        found = await assignments.active_case(db, caller.account.id, case_id)
        if found is None:
            raise NotFound(CASE_NOT_FOUND)
        return found[0]
    case = await repository.case_of_organisation(db, caller.member.organisation_id, case_id)
    if case is None:
        raise NotFound(CASE_NOT_FOUND)
    if case.ended_at is not None:
        waiting = await repository.open_for_victim(db, case.victim_id)
        if waiting is None or waiting.from_assignment_id != case.id:
            raise NotFound(CASE_NOT_FOUND)
    return case


async def propose(db: AsyncSession, caller: MemberCaller, body: HandoverProposal) -> Handover:
    """Proposes the new advocate, replacing any earlier proposal for the case."""
    case = await _case_to_hand_over(db, caller, body.case_id)
    target = await advocate_card(db, body.to_advocate_id)
    if target is None or target.account.id == case.advocate_id:
        raise UnknownAdvocate("No other active advocate with that id.")
    await accounts.lock(db, case.victim_id)
    now = utcnow()
    handover = await repository.open_for_victim(db, case.victim_id)
    if handover is None:
        handover = Handover(
            id=uuid.uuid4(),
            victim_id=case.victim_id,
            from_assignment_id=case.id,
            from_advocate_id=case.advocate_id,
            reason=body.reason,
            created_at=now,
        )
        db.add(handover)
    elif handover.reason is not HandoverReason.DEACTIVATION:
        handover.reason = body.reason
    handover.to_advocate_id, handover.proposed_by = target.account.id, caller.account.id
    handover.status, handover.proposed_at = HandoverStatus.PROPOSED, now
    await db.flush()
    await events.add(db, case.victim_id, SecurityEventKind.HANDOVER_PROPOSED)
    return handover


async def await_new_advocate(db: AsyncSession, case: Assignment, now: dt.datetime) -> None:
    """The case's advocate was deactivated: the case ends at once (they read
    nothing more), its shares stay until the victim decides, so her device
    knows what to re-wrap, and she is told why."""
    case.ended_at, case.end_reason = now, AssignmentEnd.ADVOCATE_DEACTIVATED
    handover = await repository.open_for_victim(db, case.victim_id)
    if handover is None:
        db.add(
            Handover(
                id=uuid.uuid4(),
                victim_id=case.victim_id,
                from_assignment_id=case.id,
                from_advocate_id=case.advocate_id,
                reason=HandoverReason.DEACTIVATION,
                status=HandoverStatus.AWAITING_ADVOCATE,
                created_at=now,
            )
        )
    else:
        handover.reason = HandoverReason.DEACTIVATION
    await db.flush()
    await events.add(db, case.victim_id, SecurityEventKind.ADVOCATE_DEACTIVATED)


async def of_organisation(
    db: AsyncSession, admin: MemberCaller
) -> Sequence[tuple[Handover, Assignment]]:
    return await repository.open_of_organisation(db, admin.member.organisation_id)


async def _open(db: AsyncSession, victim: AccountRef) -> Handover:
    handover = await repository.open_for_victim(db, victim.id)
    if handover is None:
        raise NoHandover("No handover of this account's case is open.")
    return handover


async def for_victim(db: AsyncSession, victim: AccountRef) -> VictimView:
    handover = await _open(db, victim)
    to = handover.to_advocate_id
    return VictimView(
        handover,
        await advocate_card(db, handover.from_advocate_id),
        None if to is None else await advocate_card(db, to),
        await repository.granted_entry_ids(db, victim.id, handover.from_advocate_id),
        await repository.note_ids_of_victim(db, victim.id),
    )


def check_note_grant(victim: AccountRef, reader_id: uuid.UUID, grant: NoteGrantIn) -> None:
    try:
        hpke.parse_envelope(grant.envelope)
    except ValueError as exc:
        raise InvalidKeyGrant(f"note_grants: {exc}.") from exc
    info = hpke.wrap_info(notes.KEY_PURPOSE, grant.note_id, reader_id)
    key = signing_key(victim)
    if not key_grants.verify_grant(grant.envelope, grant.signature, info, key):
        raise InvalidKeyGrant(
            f"The grant of note {grant.note_id} does not verify with your signing key over "
            "the grant message for this note and the new advocate (docs/protocol, handover)."
        )


async def _checked(
    db: AsyncSession, victim: AccountRef, body: HandoverApproval
) -> tuple[Handover, AdvocateCard]:
    handover = await _open(db, victim)
    if handover.id != body.handover_id:
        raise NoHandover("That handover is not this account's open one; fetch it again.")
    if handover.to_advocate_id is None:
        raise HandoverNotReady("The organisation has not proposed a new advocate yet.")
    if handover.to_advocate_id != body.to_advocate_id:
        raise AdvocateMismatch(
            "`to_advocate_id` is not the proposed advocate: fetch the handover again and "
            "check their fingerprint."
        )
    target = await advocate_card(db, handover.to_advocate_id)
    if target is None:
        raise UnknownAdvocate("The proposed advocate is no longer active; ask for another.")
    known = set(await repository.note_ids_of_victim(db, victim.id))
    missing = sorted(str(g.note_id) for g in body.note_grants if g.note_id not in known)
    if missing:
        raise NotFound("No note with these ids is on this account's cases: " + ", ".join(missing))
    for grant in body.note_grants:
        check_note_grant(victim, target.account.id, grant)
    return handover, target


async def approve(
    db: AsyncSession, victim: AccountRef, body: HandoverApproval
) -> tuple[Assignment, AdvocateCard]:
    """All in one transaction: the old case ends and its shares go; the new
    case starts with the re-wrapped grants, each with its receipt."""
    await accounts.lock(db, victim.id)
    handover, target = await _checked(db, victim, body)
    old = await db.get(Assignment, handover.from_assignment_id)
    assert old is not None, "a handover goes with its case"
    now = utcnow()
    if old.ended_at is None:
        old.ended_at, old.end_reason = now, AssignmentEnd.HANDED_OVER
    await shares.revoke(db, victim.id, handover.from_advocate_id)
    await case_documents.revoke(db, victim.id, handover.from_advocate_id)
    new = Assignment(
        id=uuid.uuid4(),
        victim_id=victim.id,
        advocate_id=target.account.id,
        label=old.label,
        started_at=now,
        handed_over_from=old.id,
    )
    db.add(new)
    await db.flush()
    await _grant_entries(db, victim, new, body)
    for grant in body.note_grants:
        db.add(
            NoteKeyGrant(
                note_id=grant.note_id,
                reader_id=target.account.id,
                granter_id=victim.id,
                envelope=grant.envelope,
                signature=grant.signature,
                granted_at=now,
            )
        )
    handover.status, handover.decided_at = HandoverStatus.COMPLETED, now
    handover.to_assignment_id = new.id
    await db.flush()
    await events.add(db, victim.id, SecurityEventKind.CASE_HANDED_OVER)
    return new, target


async def _grant_entries(
    db: AsyncSession, victim: AccountRef, new: Assignment, body: HandoverApproval
) -> None:
    """Stored as shares to the new case's advocate (checked and logged the
    same way), and shown in the victim's access log as handed over."""
    step = key_grants.MAX_GRANTS_AT_ONCE
    for start in range(0, len(body.entry_grants), step):
        batch = body.entry_grants[start : start + step]
        await share_service.share(
            db, victim, ShareRequest(advocate_id=new.advocate_id, grants=batch)
        )
    for grant in body.entry_grants:
        await access_log.add(
            db,
            AccessRecord(
                victim_id=victim.id,
                assignment_id=new.id,
                kind=AccessKind.HANDOVER,
                entry_id=grant.entry_id,
                accessed_at=new.started_at,
            ),
        )


async def decline(db: AsyncSession, victim: AccountRef) -> None:
    """The victim keeps her current advocate if she still has one; a case
    whose advocate was deactivated stays ended, and its shares go now."""
    await accounts.lock(db, victim.id)
    handover = await _open(db, victim)
    handover.status, handover.decided_at = HandoverStatus.DECLINED, utcnow()
    old = await db.get(Assignment, handover.from_assignment_id)
    if old is not None and old.ended_at is not None:
        await shares.revoke(db, victim.id, handover.from_advocate_id)
        await case_documents.revoke(db, victim.id, handover.from_advocate_id)
    await db.flush()
    await events.add(db, victim.id, SecurityEventKind.HANDOVER_DECLINED)
