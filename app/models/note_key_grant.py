from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class NoteKeyGrant(Base):
    """An advocate note's key re-wrapped by the victim to the advocate a case
    was handed to (HPKE, info "note-key" with the note id and the reader),
    signed by her: the new advocate reads the notes of the earlier cases."""

    __tablename__ = "note_key_grants"

    note_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("advocate_notes.id", ondelete="CASCADE"), primary_key=True
    )
    reader_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    granter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    envelope: Mapped[bytes] = mapped_column(LargeBinary(256))
    signature: Mapped[bytes] = mapped_column(LargeBinary(64))
    granted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
