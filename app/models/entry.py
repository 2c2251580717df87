from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, ForeignKey, Index, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class Entry(Base):
    """A diary entry: its owner and where it stands. Its content is in EntryVersion.

    `change_seq` is the owner's diary sequence number at the entry's latest
    change; sync pages through it. A deleted entry keeps only this row.
    """

    __tablename__ = "entries"
    __table_args__ = (
        Index("ix_entries_owner_id_change_seq", "owner_id", "change_seq", unique=True),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    current_version: Mapped[int]
    change_seq: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # The tombstone's receipt in the evidence log, once deleted.
    deletion_log_index: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("log_leaves.index")
    )
