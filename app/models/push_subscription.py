from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, LargeBinary, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class PushSubscription(Base):
    """A browser's or a phone's Web Push subscription (RFC 8030) for one
    account: where to send, and the keys that encrypt what is sent (RFC 8291).
    What is sent is only an opaque kind, never content (docs/protocol, push)."""

    __tablename__ = "push_subscriptions"
    __table_args__ = (UniqueConstraint("account_id", "endpoint"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    endpoint: Mapped[str] = mapped_column(String(2048))
    p256dh: Mapped[bytes] = mapped_column(LargeBinary(65))
    auth: Mapped[bytes] = mapped_column(LargeBinary(16))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
