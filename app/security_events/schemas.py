from __future__ import annotations

import datetime as dt
import uuid

from pydantic import Field

from app.models import SecurityEventKind
from app.wire import ResponseModel


class SecurityEventOut(ResponseModel):
    id: int
    kind: SecurityEventKind
    occurred_at: dt.datetime
    session_id: uuid.UUID | None = Field(description="The device session concerned, if any.")
    device_name: str | None


class SecurityEventPage(ResponseModel):
    events: list[SecurityEventOut] = Field(description="Newest first.")
    next_before: int | None = Field(
        description="Pass as `before` to get the next (older) page; null on the last page."
    )
