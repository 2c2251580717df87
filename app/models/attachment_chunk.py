from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class AttachmentChunk(Base):
    """A chunk that is durably in the blob store (written before this row)."""

    __tablename__ = "attachment_chunks"

    attachment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True
    )
    index: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    size: Mapped[int]
    sha256: Mapped[bytes] = mapped_column(LargeBinary(32))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
