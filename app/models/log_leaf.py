from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, LargeBinary, SmallInteger
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime


class LogLeaf(Base):
    """One receipt of the evidence log (app/protocol/receipts.py): what kind of
    object arrived, its SHA-256 and when; no account. Rows are only ever
    added: the log is append-only, and outlives the objects it records."""

    __tablename__ = "log_leaves"

    index: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    kind: Mapped[int] = mapped_column(SmallInteger)
    object_sha256: Mapped[bytes] = mapped_column(LargeBinary(32))
    # Whole milliseconds, as the leaf data records it.
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    leaf_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
