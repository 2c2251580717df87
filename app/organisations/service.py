"""The rules of organisations: created on the server, joined by invitation;
their admins invite, list and deactivate advocates, and never see a diary."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app import codes
from app.accounts import repository as accounts
from app.assignments import repository as assignments
from app.db import utcnow
from app.errors import BadRequest, NotFound
from app.handovers.service import await_new_advocate
from app.models import (
    Account,
    Invitation,
    Organisation,
    OrganisationMember,
    Role,
)
from app.organisations import repository
from app.ratelimit import service as throttle
from app.sessions import repository as sessions
from app.sessions.caller import CallerMember, MemberCaller
from app.state import AppState


class InvalidInvitation(BadRequest):
    code = "invalid-invitation"
    title = "Invitation not valid"


async def create_organisation(db: AsyncSession, name: str) -> Organisation:
    organisation = Organisation(id=uuid.uuid4(), name=name, created_at=utcnow())
    db.add(organisation)
    await db.flush()
    return organisation


async def invite(
    db: AsyncSession,
    state: AppState,
    organisation_id: uuid.UUID,
    role: Role,
    display_name: str,
    created_by: uuid.UUID | None,
) -> tuple[Invitation, str]:
    """A one-time invitation to join as `role`; returns it and its code."""
    if await repository.by_id(db, organisation_id) is None:
        raise NotFound("No organisation with that id.")
    code, mac = codes.INVITATION.issue(state.keys.server_secret)
    now = utcnow()
    invitation = Invitation(
        organisation_id=organisation_id,
        role=role,
        display_name=display_name,
        code_mac=mac,
        created_by=created_by,
        created_at=now,
        expires_at=now + dt.timedelta(seconds=state.settings.invitation_seconds),
    )
    db.add(invitation)
    await db.flush()
    return invitation, code


async def redeem(
    db: AsyncSession, state: AppState, text: str, username: str, address: str
) -> Invitation:
    """Uses the invitation up (a registration that fails later undoes that).
    Wrong codes are throttled like sign-ins, per username and per address."""
    keys = throttle.ThrottleKeys.derive(state.keys.server_secret, "invitation", username, address)
    await throttle.reserve(db, state, keys)
    mac = codes.INVITATION.mac_of(state.keys.server_secret, text)
    found = None if mac is None else await repository.take_invitation(db, mac, utcnow())
    if found is None:
        raise InvalidInvitation(
            "That invitation code is unknown, used or expired: ask the organisation for a new one."
        )
    await throttle.refund(db, state, keys)
    return found


async def join(db: AsyncSession, account: Account, invitation: Invitation) -> OrganisationMember:
    invitation.used_by = account.id
    member = OrganisationMember(
        account_id=account.id,
        organisation_id=invitation.organisation_id,
        display_name=invitation.display_name,
        joined_at=utcnow(),
    )
    db.add(member)
    await db.flush()
    return member


async def own(db: AsyncSession, member: CallerMember) -> Organisation:
    organisation = await repository.by_id(db, member.organisation_id)
    assert organisation is not None, "a member's organisation goes with its members"
    return organisation


async def advocates(
    db: AsyncSession, admin: MemberCaller
) -> Sequence[tuple[OrganisationMember, Account, int]]:
    return await repository.advocates_with_case_counts(db, admin.member.organisation_id)


async def _advocate(
    db: AsyncSession, admin: MemberCaller, account_id: uuid.UUID
) -> OrganisationMember:
    member = await repository.advocate_of(db, admin.member.organisation_id, account_id)
    if member is None:
        raise NotFound("No advocate with that id in your organisation.")
    return member


async def deactivate(db: AsyncSession, admin: MemberCaller, account_id: uuid.UUID) -> None:
    """At once: the advocate's tokens stop working and every case of theirs
    ends and awaits handover to another advocate; each victim is told why.
    Doing it again changes nothing."""
    member = await _advocate(db, admin, account_id)
    if member.deactivated_at is not None:
        return
    now = utcnow()
    member.deactivated_at = now
    for assignment, _shared in await assignments.active_for_advocate(db, account_id):
        # As for the victim's own changes: a share racing this waits, then finds no case.
        await accounts.lock(db, assignment.victim_id)
        await await_new_advocate(db, assignment, now)
    await sessions.revoke(db, account_id, "deactivated", now)
    await db.flush()


async def reactivate(db: AsyncSession, admin: MemberCaller, account_id: uuid.UUID) -> None:
    """The advocate may sign in again. Their ended cases stay ended: a victim
    comes back to them only by a new code or a handover she approves."""
    member = await _advocate(db, admin, account_id)
    member.deactivated_at = None
    await db.flush()


async def pending_invitations(db: AsyncSession, admin: MemberCaller) -> Sequence[Invitation]:
    return await repository.pending_invitations(db, admin.member.organisation_id, utcnow())


async def revoke_invitation(
    db: AsyncSession, admin: MemberCaller, invitation_id: uuid.UUID
) -> None:
    """A pending invitation of the organisation stops working at once."""
    if not await repository.delete_pending_invitation(
        db, admin.member.organisation_id, invitation_id, utcnow()
    ):
        raise NotFound("No pending invitation with that id in your organisation.")
