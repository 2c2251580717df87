from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import Enum, ForeignKey, Index, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class HandoverReason(StrEnum):
    LEAVE = "leave"
    CASELOAD = "caseload"
    DEACTIVATION = "deactivation"
    OTHER = "other"


class HandoverStatus(StrEnum):
    # The advocate was deactivated and nobody is proposed yet.
    AWAITING_ADVOCATE = "awaiting_advocate"
    # A new advocate is proposed; the victim decides on her device.
    PROPOSED = "proposed"
    COMPLETED = "completed"
    DECLINED = "declined"


def _enum(kind: type[StrEnum]) -> Enum:
    return Enum(kind, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e])


class Handover(Base):
    """A case on its way from one advocate to another (docs/protocol, handover).

    Only the victim's device can complete it: it re-wraps the keys of what
    she shares to the new advocate after checking their fingerprint. A victim
    has at most one open handover (the partial unique index). The old
    advocate's grants stay until it is decided, so her device knows what to
    re-wrap; the old advocate reads nothing meanwhile once their case ended."""

    __tablename__ = "handovers"
    __table_args__ = (
        Index(
            "ix_handovers_one_open_per_victim",
            "victim_id",
            unique=True,
            sqlite_where=text("decided_at IS NULL"),
            postgresql_where=text("decided_at IS NULL"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    victim_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    from_assignment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assignments.id", ondelete="CASCADE"), index=True
    )
    from_advocate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE")
    )
    to_advocate_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE")
    )
    # Who proposed the new advocate: an admin or the advocate; no foreign key,
    # the record outlives their account.
    proposed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    reason: Mapped[HandoverReason] = mapped_column(_enum(HandoverReason))
    status: Mapped[HandoverStatus] = mapped_column(_enum(HandoverStatus))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    proposed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    to_assignment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("assignments.id", ondelete="SET NULL")
    )
