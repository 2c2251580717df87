from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, ForeignKey, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class EntryKeyGrant(Base):
    """An entry's content key wrapped to one reader (HPKE) and signed by the granter."""

    __tablename__ = "entry_key_grants"

    entry_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    reader_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    granter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    envelope: Mapped[bytes] = mapped_column(LargeBinary(256))
    signature: Mapped[bytes] = mapped_column(LargeBinary(64))
    granted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A share's end, chosen by the victim; from then on it is as if revoked.
    # Null: until revoked. The owner's own grant never expires.
    expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # A share's receipt in the evidence log (kind key-grant); the owner's own
    # grant has none, since the entry's first version is logged with it.
    log_index: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("log_leaves.index"))
