from __future__ import annotations

import datetime as dt
import uuid

from pydantic import Field

from app.models import Role
from app.wire import DisplayName, RequestModel, ResponseModel


class OrganisationOut(ResponseModel):
    id: uuid.UUID
    name: str
    created_at: dt.datetime
    role: Role = Field(description="The caller's role in it.")
    display_name: str = Field(description="The caller's name as victims see it.")


class InvitationCreate(RequestModel):
    display_name: DisplayName = Field(
        description="The advocate's name as victims will see it before accepting them."
    )


class InvitationOut(ResponseModel):
    id: uuid.UUID
    code: str = Field(
        description="Shown once: give it to the advocate, who registers with it "
        "(`invitation_code` of POST /v1/accounts)."
    )
    role: Role
    display_name: str
    expires_at: dt.datetime


class AdvocateSummary(ResponseModel):
    account_id: uuid.UUID
    username: str
    display_name: str
    joined_at: dt.datetime
    deactivated_at: dt.datetime | None
    active_cases: int = Field(description="How many victims the advocate has now; never who.")


class AdvocateList(ResponseModel):
    advocates: list[AdvocateSummary]


class PendingInvitationOut(ResponseModel):
    """An invitation not used yet; its code was shown once and is not kept."""

    id: uuid.UUID
    role: Role
    display_name: str
    created_at: dt.datetime
    expires_at: dt.datetime


class PendingInvitationList(ResponseModel):
    invitations: list[PendingInvitationOut]
