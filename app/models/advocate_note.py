from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, LargeBinary, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class AdvocateNote(Base):
    """A note an advocate wrote on a case, or on one shared entry of it.

    Encrypted under its own key, which is wrapped to the victim and to the
    advocate, and signed by the advocate (docs/protocol, advocate notes). Notes
    are never changed; a correction is a new note. `entry_id` has no foreign
    key: the note stays if the victim deletes the entry."""

    __tablename__ = "advocate_notes"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    assignment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assignments.id", ondelete="CASCADE"), index=True
    )
    entry_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    victim_envelope: Mapped[bytes] = mapped_column(LargeBinary(256))
    advocate_envelope: Mapped[bytes] = mapped_column(LargeBinary(256))
    signature: Mapped[bytes] = mapped_column(LargeBinary(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
