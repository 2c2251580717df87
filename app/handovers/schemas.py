from __future__ import annotations

import datetime as dt
import uuid
from typing import Self

from pydantic import Field, model_validator

from app.assignments.schemas import AdvocateOut, AssignmentOut
from app.entries.schemas import KeyGrantIn
from app.models import HandoverReason, HandoverStatus
from app.shares.schemas import ShareGrantIn
from app.wire import RequestModel, ResponseModel

# The most entries, and the most notes, one handover re-wraps; a full body is
# about 700 KiB of JSON (an 87-byte envelope and a 64-byte signature per grant).
MAX_HANDOVER_GRANTS = 1000
MAX_HANDOVER_BODY_BYTES = 1024 * 1024


class HandoverProposal(RequestModel):
    case_id: uuid.UUID = Field(
        description="The case to hand over: the advocate's own open case, or for an admin "
        "any case of their organisation's advocates that is open or awaits handover."
    )
    to_advocate_id: uuid.UUID = Field(
        description="An active advocate, of this organisation or another."
    )
    reason: HandoverReason = Field(description="Told to the victim.")


class HandoverOut(ResponseModel):
    """A handover as the organisation sees it: never the victim's account."""

    id: uuid.UUID
    case_id: uuid.UUID = Field(description="The case being handed over.")
    label: str = Field(description="The case's label, as the victim chose it.")
    from_advocate_id: uuid.UUID
    to_advocate_id: uuid.UUID | None = Field(description="None while awaiting an advocate.")
    reason: HandoverReason
    status: HandoverStatus
    created_at: dt.datetime
    proposed_at: dt.datetime | None


class HandoverList(ResponseModel):
    handovers: list[HandoverOut]


class VictimHandoverOut(ResponseModel):
    """The victim's open handover: who had the case, who is proposed, why, and
    what her device must re-wrap to the new advocate if she approves."""

    id: uuid.UUID
    case_id: uuid.UUID
    reason: HandoverReason
    status: HandoverStatus
    created_at: dt.datetime
    from_advocate: AdvocateOut | None = Field(
        description="None once the organisation deactivated them."
    )
    from_advocate_id: uuid.UUID
    to_advocate: AdvocateOut | None = Field(
        description="The proposed advocate and their keys: compare the fingerprint computed "
        "from these keys with the one they read out before approving."
    )
    shared_entry_ids: list[uuid.UUID] = Field(
        description="The entries shared in the case: re-wrap each to the new advocate."
    )
    note_ids: list[uuid.UUID] = Field(
        description="The advocates' notes on her cases: re-wrap each note key to them."
    )


class NoteGrantIn(KeyGrantIn):
    """A note's key wrapped to the new advocate: info is wrap_info("note-key",
    note id, new advocate id), signed by the victim as a key grant."""

    note_id: uuid.UUID


class HandoverApproval(RequestModel):
    handover_id: uuid.UUID
    to_advocate_id: uuid.UUID = Field(
        description="The advocate the grants are wrapped to: the one proposed."
    )
    entry_grants: list[ShareGrantIn] = Field(max_length=MAX_HANDOVER_GRANTS)
    note_grants: list[NoteGrantIn] = Field(max_length=MAX_HANDOVER_GRANTS)

    @model_validator(mode="after")
    def _one_grant_each(self) -> Self:
        if len({g.entry_id for g in self.entry_grants}) != len(self.entry_grants):
            raise ValueError("each entry is granted at most once")
        if len({g.note_id for g in self.note_grants}) != len(self.note_grants):
            raise ValueError("each note is granted at most once")
        return self


class HandoverDone(AssignmentOut):
    handed_over_from: uuid.UUID = Field(description="The case this one continues.")
