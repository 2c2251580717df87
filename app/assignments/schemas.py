from __future__ import annotations

import datetime as dt
import uuid

from pydantic import Field

from app.keys.schemas import PublicKeys
from app.wire import CaseLabel, RequestModel, ResponseModel

# Codes are typed by hand: allow for the dashes and spaces people add.
CodeText = Field(
    min_length=1, max_length=40, description="As issued; case, dashes and spaces are ignored."
)


class AssignmentCodeOut(ResponseModel):
    code: str = Field(description="10 characters in two groups: read it to the victim.")
    expires_at: dt.datetime


class CodeLookup(RequestModel):
    code: str = CodeText


class AdvocateOut(PublicKeys):
    """An advocate as the victim sees them: name, organisation and keys.
    Compute the fingerprint from the keys and have the victim compare it with
    the one the advocate reads out."""

    display_name: str
    organisation_id: uuid.UUID
    organisation_name: str


class AssignmentAccept(RequestModel):
    code: str = CodeText
    advocate_id: uuid.UUID = Field(
        description="The advocate the victim saw when looking the code up: the code must be theirs."
    )
    label: CaseLabel = Field(description="How the victim is named in the advocate's list of cases.")


class AssignmentOut(ResponseModel):
    id: uuid.UUID = Field(description="The case id.")
    label: str
    started_at: dt.datetime
    advocate: AdvocateOut


class CaseOut(ResponseModel):
    id: uuid.UUID
    label: str = Field(description="The name the victim chose for this list.")
    victim_id: uuid.UUID
    started_at: dt.datetime
    shared_entries: int = Field(description="How many entries the victim shares now.")
    handed_over_from: uuid.UUID | None = Field(
        default=None, description="The earlier case this one continues, after a handover."
    )


class CaseList(ResponseModel):
    cases: list[CaseOut]


class CaseDetail(CaseOut):
    victim_keys: PublicKeys = Field(
        description="The victim's keys, to verify the entries and key grants they signed."
    )


class SharedEntryOut(ResponseModel):
    entry_id: uuid.UUID
    current_version: int
    updated_at: dt.datetime
    shared_at: dt.datetime


class SharedEntryList(ResponseModel):
    entries: list[SharedEntryOut]
