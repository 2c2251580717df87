from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import Field

from app.entries.schemas import (
    Ciphertext,
    CommitmentBytes,
    GrantEnvelope,
    KeyGrantIn,
    Signature,
    VersionIn,
)
from app.evidence.schemas import Receipt
from app.wire import INT32_MAX, RequestModel, ResponseModel

Kind = Literal["safety-plan", "risk-review", "orders", "case-progress"]


class DocumentGrantIn(KeyGrantIn):
    reader_id: uuid.UUID = Field(description="Who can unwrap it: the victim or her advocate.")


class DocumentCreate(RequestModel):
    """A new case document with its first version. Retrying the identical
    request answers 200 with the document as it stands."""

    victim_id: uuid.UUID = Field(description="Whose case: the caller, or their client.")
    kind: Kind
    grants: list[DocumentGrantIn] = Field(
        min_length=1,
        max_length=2,
        description="The document key, wrapped to the victim and to her active advocate.",
    )
    version: VersionIn


class DocumentVersionAppend(VersionIn):
    base_version: int = Field(
        ge=1, le=INT32_MAX - 1, description="The version this one replaces: the current one."
    )


class DocumentGrantOut(ResponseModel):
    reader_id: uuid.UUID
    granter_id: uuid.UUID
    envelope: GrantEnvelope
    signature: Signature
    granted_at: dt.datetime


class DocumentVersionOut(ResponseModel):
    document_id: uuid.UUID
    version: int
    author_id: uuid.UUID = Field(description="Whose device signed this version.")
    ciphertext: Ciphertext
    commitment: CommitmentBytes
    signature: Signature
    received_at: dt.datetime = Field(description="When the server accepted this version.")
    receipt: Receipt = Field(description="The version's receipt in the evidence log.")


class DocumentOut(ResponseModel):
    id: uuid.UUID
    victim_id: uuid.UUID
    kind: Kind
    current_version: int
    created_at: dt.datetime
    updated_at: dt.datetime = Field(description="When the current version arrived.")
    updated_by: uuid.UUID = Field(description="The author of the current version.")
    key_grant: DocumentGrantOut = Field(description="The caller's wrapped document key.")
    latest: DocumentVersionOut


class DocumentSummary(ResponseModel):
    id: uuid.UUID
    victim_id: uuid.UUID
    kind: Kind
    current_version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class DocumentList(ResponseModel):
    documents: list[DocumentSummary]


class DocumentVersionPage(ResponseModel):
    versions: list[DocumentVersionOut]
    next_after: int | None = Field(
        description="Pass as `after` for the next page; null when this is the last page."
    )


class DocumentGrantAdded(ResponseModel):
    grant: DocumentGrantOut
    receipt: Receipt = Field(description="The grant's receipt (kind key-grant).")
