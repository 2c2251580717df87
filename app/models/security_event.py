from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import BigInteger, Enum, ForeignKey, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class SecurityEventKind(StrEnum):
    ACCOUNT_CREATED = "account_created"
    SIGN_IN = "sign_in"
    NEW_DEVICE = "new_device"
    SIGN_IN_FAILED = "sign_in_failed"
    SESSION_RENAMED = "session_renamed"
    SESSION_REVOKED = "session_revoked"
    SIGNED_OUT_EVERYWHERE = "signed_out_everywhere"
    REFRESH_TOKEN_REUSED = "refresh_token_reused"  # noqa: S105 - an event name
    PASSPHRASE_CHANGED = "passphrase_changed"  # noqa: S105 - an event name
    ACCOUNT_RECOVERED = "account_recovered"
    LOCKOUT_ENDED = "lockout_ended"
    ADVOCATE_ASSIGNED = "advocate_assigned"
    ADVOCATE_UNASSIGNED = "advocate_unassigned"
    BUNDLE_LINK_USED = "bundle_link_used"  # when only: never from where
    # The organisation deactivated her advocate: the case awaits a new one.
    ADVOCATE_DEACTIVATED = "advocate_deactivated"
    HANDOVER_PROPOSED = "handover_proposed"
    CASE_HANDED_OVER = "case_handed_over"
    HANDOVER_DECLINED = "handover_declined"


class SecurityEvent(Base):
    """What happened to an account, for its owner to see. Never an IP address."""

    __tablename__ = "security_events"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[SecurityEventKind] = mapped_column(
        Enum(
            SecurityEventKind,
            native_enum=False,
            length=32,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # No foreign key: the event outlives the session it mentions.
    session_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    device_name: Mapped[str | None] = mapped_column(String(64))
