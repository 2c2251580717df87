from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class CaseDocument(Base):
    """A safety plan, risk review, orders register or case progress record of
    a victim's case (docs/protocol, case documents). It belongs to the victim,
    not to one assignment, so it survives a change of advocate. The server
    knows its kind, its versions' sizes and times and who wrote each one."""

    __tablename__ = "case_documents"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    victim_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    current_version: Mapped[int]
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
