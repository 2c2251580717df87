"""The caller's organisation; for its admins, inviting, listing and
deactivating advocates."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from app.errors import NotFound
from app.models import Role
from app.organisations import service
from app.organisations.schemas import (
    AdvocateList,
    AdvocateSummary,
    InvitationCreate,
    InvitationOut,
    OrganisationOut,
    PendingInvitationList,
    PendingInvitationOut,
)
from app.problem_docs import raises
from app.sessions.dependencies import AdminCaller, CurrentCaller
from app.state import DbSession, State

router = APIRouter(prefix="/v1/organisation", tags=["organisations"])


@router.get("", response_model=OrganisationOut)
@raises(NotFound)
async def own_organisation(caller: CurrentCaller, db: DbSession) -> OrganisationOut:
    """The organisation an advocate or admin acts for; 404 for a victim."""
    if caller.member is None:
        raise NotFound("This account is not a member of an organisation.")
    organisation = await service.own(db, caller.member)
    return OrganisationOut(
        id=organisation.id,
        name=organisation.name,
        created_at=organisation.created_at,
        role=caller.account.role,
        display_name=caller.member.display_name,
    )


@router.post("/invitations", response_model=InvitationOut, status_code=status.HTTP_201_CREATED)
@raises(NotFound)
async def invite_advocate(
    body: InvitationCreate, caller: AdminCaller, db: DbSession, state: State
) -> InvitationOut:
    """A one-time invitation code for a new advocate, shown only here; it
    expires (a week by default)."""
    invitation, code = await service.invite(
        db,
        state,
        caller.member.organisation_id,
        Role.ADVOCATE,
        body.display_name,
        caller.account.id,
    )
    return InvitationOut(
        id=invitation.id,
        code=code,
        role=invitation.role,
        display_name=invitation.display_name,
        expires_at=invitation.expires_at,
    )


@router.get("/advocates", response_model=AdvocateList)
async def list_advocates(caller: AdminCaller, db: DbSession) -> AdvocateList:
    """The organisation's advocates and how many victims each has: never
    which victims, and nothing of their diaries."""
    found = await service.advocates(db, caller)
    return AdvocateList(
        advocates=[
            AdvocateSummary(
                account_id=account.id,
                username=account.username,
                display_name=member.display_name,
                joined_at=member.joined_at,
                deactivated_at=member.deactivated_at,
                active_cases=cases,
            )
            for member, account, cases in found
        ]
    )


@router.post(
    "/advocates/{account_id}/deactivate",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
)
@raises(NotFound)
async def deactivate_advocate(account_id: uuid.UUID, caller: AdminCaller, db: DbSession) -> None:
    """Stop an advocate's access at once: their sessions end and each of their
    cases ends and awaits handover (POST /v1/handovers); each victim is told
    why with the security event `advocate_deactivated`."""
    await service.deactivate(db, caller, account_id)


@router.post(
    "/advocates/{account_id}/reactivate",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
)
@raises(NotFound)
async def reactivate_advocate(account_id: uuid.UUID, caller: AdminCaller, db: DbSession) -> None:
    """The advocate may sign in again; the cases they had stay ended."""
    await service.reactivate(db, caller, account_id)


@router.get("/invitations", response_model=PendingInvitationList)
async def list_invitations(caller: AdminCaller, db: DbSession) -> PendingInvitationList:
    """The organisation's invitations neither used nor expired."""
    found = await service.pending_invitations(db, caller)
    return PendingInvitationList(
        invitations=[PendingInvitationOut.model_validate(i) for i in found]
    )


@router.delete(
    "/invitations/{invitation_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
)
@raises(NotFound)
async def revoke_invitation(invitation_id: uuid.UUID, caller: AdminCaller, db: DbSession) -> None:
    """A pending invitation stops working at once; a used one cannot be revoked
    (deactivate the advocate instead)."""
    await service.revoke_invitation(db, caller, invitation_id)
