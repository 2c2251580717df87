from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Integer, LargeBinary, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime


class LogKey(Base):
    """A key that has signed the evidence log, in order: the first has no
    hand-over, each later one the signed note by which its predecessor handed
    the log over to it. The highest position is the current key; a server
    process holding any other key signs nothing. Rows are only ever added."""

    __tablename__ = "log_keys"

    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    verifier_key: Mapped[str] = mapped_column(Text)
    # The tree size when the key took over: 0 for the first.
    from_size: Mapped[int] = mapped_column(BigInteger)
    activated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    handover: Mapped[str | None] = mapped_column(Text)
