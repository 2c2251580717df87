from __future__ import annotations

import datetime as dt
import uuid

from pydantic import Field

from app.models import AccessKind
from app.wire import ResponseModel


class ReaderOut(ResponseModel):
    account_id: uuid.UUID
    display_name: str
    organisation_name: str


class AccessRecordOut(ResponseModel):
    id: int
    accessed_at: dt.datetime
    kind: AccessKind = Field(
        description="What was read: the entry, a page of its history, one version, "
        "an attachment's status or an attachment's content."
    )
    entry_id: uuid.UUID
    attachment_id: uuid.UUID | None
    version: int | None = Field(
        description="The version read, or the first version of a history page."
    )
    case_id: uuid.UUID
    reader: ReaderOut


class AccessLogPage(ResponseModel):
    records: list[AccessRecordOut]
    next_before: int | None = Field(description="Pass as `before` for older records.")
