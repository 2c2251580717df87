from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime


class LogCosignature(Base):
    """A witness's C2SP cosignature on a stored checkpoint
    (app/protocol/cosignature.py), verified against a configured witness key when
    it arrived. The first one a witness sends for a checkpoint is kept: it is the
    earliest time it vouches for."""

    __tablename__ = "log_cosignatures"
    # The earliest checkpoint a witness cosigned after a leaf: one index seek.
    __table_args__ = (Index("ix_log_cosignatures_witness_tree_size", "witness", "tree_size"),)

    tree_size: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("log_checkpoints.tree_size"), primary_key=True
    )
    witness: Mapped[str] = mapped_column(String(255), primary_key=True)
    # The note signature line as received, final newline included.
    line: Mapped[str] = mapped_column(Text)
    # The time the witness put in its cosignature.
    signed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
