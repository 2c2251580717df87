from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime


class LogTimestamp(Base):
    """An RFC 3161 time-stamp token over a stored checkpoint's signed note
    (app/protocol/timestamp.py), verified when it arrived.

    Kept apart from the checkpoint, keyed by tree size first, so that the earliest
    time-stamped checkpoint covering a leaf is one index seek."""

    __tablename__ = "log_timestamps"

    tree_size: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("log_checkpoints.tree_size"), primary_key=True
    )
    # The TSA, as configured (its URL).
    authority: Mapped[str] = mapped_column(String(2048), primary_key=True)
    gen_time: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # The DER TimeStampToken (a CMS SignedData).
    token: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
