from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import Enum, ForeignKey, Index, String, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class AssignmentEnd(StrEnum):
    ENDED_BY_VICTIM = "ended_by_victim"
    REPLACED = "replaced"
    ADVOCATE_DEACTIVATED = "advocate_deactivated"
    HANDED_OVER = "handed_over"


class Assignment(Base):
    """A case: one victim and the advocate they accepted, until it ends.

    A victim has at most one assignment that has not ended (the partial unique
    index holds that across workers). Ended assignments stay, so the victim's
    access log and the advocate's notes keep naming them."""

    __tablename__ = "assignments"
    __table_args__ = (
        Index(
            "ix_assignments_one_active_per_victim",
            "victim_id",
            unique=True,
            sqlite_where=text("ended_at IS NULL"),
            postgresql_where=text("ended_at IS NULL"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    victim_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    advocate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    # The victim's name for themself in the advocate's list of cases.
    label: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # The case this one continues, when it was handed over.
    handed_over_from: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("assignments.id", ondelete="SET NULL")
    )
    end_reason: Mapped[AssignmentEnd | None] = mapped_column(
        Enum(
            AssignmentEnd,
            native_enum=False,
            length=32,
            values_callable=lambda e: [m.value for m in e],
        )
    )
