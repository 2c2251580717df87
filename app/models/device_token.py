from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class DeviceToken(Base):
    """A device that signed in to the account before (OWASP's device cookie):
    presented at sign-in, it exempts the device from the account's lockout,
    while the device keeps a failure counter of its own. Stored only as the
    token's SHA-256; it outlives the sessions it opened, not the account."""

    __tablename__ = "device_tokens"

    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), primary_key=True)
    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
