from __future__ import annotations

import datetime as dt
import uuid
from typing import Self

from pydantic import Field, model_validator

from app.entries.schemas import KeyGrantIn
from app.evidence.schemas import Receipt
from app.protocol.key_grants import MAX_GRANTS_AT_ONCE
from app.wire import RequestModel, ResponseModel

# A full batch is about 32 KiB of JSON (an 87-byte envelope and a 64-byte
# signature per grant, in base64url, with the entry id and field names).
MAX_SHARES_BODY_BYTES = 64 * 1024


class ShareGrantIn(KeyGrantIn):
    """One entry's content key wrapped to the advocate: `info` is the
    entry-key info of this entry and the advocate's account id."""

    entry_id: uuid.UUID


class ShareRequest(RequestModel):
    advocate_id: uuid.UUID = Field(
        description="The advocate the grants are wrapped to: it must be the active one."
    )
    grants: list[ShareGrantIn] = Field(min_length=1, max_length=MAX_GRANTS_AT_ONCE)
    expires_at: dt.datetime | None = Field(
        default=None,
        description="When these shares end by themselves (in the future, with an offset); "
        "null or absent: until revoked.",
    )

    @model_validator(mode="after")
    def _one_grant_per_entry(self) -> Self:
        if len({g.entry_id for g in self.grants}) != len(self.grants):
            raise ValueError("each entry is granted at most once per request")
        return self


class ShareExpiry(RequestModel):
    expires_at: dt.datetime | None = Field(
        description="The share's new end (in the future, with an offset); null: until revoked."
    )


class ShareOut(ResponseModel):
    entry_id: uuid.UUID
    shared_at: dt.datetime
    expires_at: dt.datetime | None = Field(description="When the share ends; null: until revoked.")
    expired: bool = Field(description="True once it has ended: the advocate gets 404 for it.")
    receipt: Receipt | None = Field(
        description="The grant's receipt in the evidence log (kind key-grant)."
    )


class ShareList(ResponseModel):
    advocate_id: uuid.UUID | None = Field(description="The active advocate, if any.")
    shares: list[ShareOut]
