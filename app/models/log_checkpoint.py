from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, LargeBinary, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime


class LogCheckpoint(Base):
    """A checkpoint of the evidence log that the server signed and keeps, so that
    independent time (RFC 3161 tokens, witness cosignatures) can be attached to it
    and shown with every leaf it covers.

    The tree size is the key: one checkpoint per size, whichever worker signed it
    first (Ed25519 is deterministic, so every worker signs the same note). Rows
    are only ever added."""

    __tablename__ = "log_checkpoints"

    tree_size: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    root_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    # The signed note with the log's own signature line only; cosignatures are
    # kept apart and appended when it is served.
    note: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
