from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import BigInteger, Enum, ForeignKey, Index, Integer, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class AccessKind(StrEnum):
    ENTRY = "entry"
    HISTORY = "history"
    VERSION = "version"
    ATTACHMENT = "attachment"
    ATTACHMENT_CONTENT = "attachment_content"
    # The entry's key re-wrapped by the victim to the advocate a case went to.
    HANDOVER = "handover"


class AccessRecord(Base):
    """One read by an advocate of something the victim shared, for the victim.

    Written in the transaction of the read itself, before the answer goes out,
    so a read that is not recorded is not served. No route changes or removes
    a record; they go only with the victim's account. The entry and
    attachment ids have no foreign key: the record outlives what was read."""

    __tablename__ = "access_records"
    __table_args__ = (Index("ix_access_records_victim_id_id", "victim_id", "id"),)

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    victim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    assignment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assignments.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[AccessKind] = mapped_column(
        Enum(
            AccessKind, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e]
        )
    )
    entry_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    attachment_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # For a version read, its number; for a history page, the first version on it.
    version: Mapped[int | None]
    accessed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
