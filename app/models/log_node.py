from __future__ import annotations

from sqlalchemy import BigInteger, LargeBinary, SmallInteger
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base


class LogNode(Base):
    """The RFC 9162 hash of a complete subtree of the evidence log: the 2**level
    leaves from leaf `index` * 2**level (level 0 holds the leaf hashes).

    Stored when its last leaf is appended and never changed after, so any root
    or proof is a handful of primary-key lookups (app/protocol/merkle.py)."""

    __tablename__ = "log_nodes"

    level: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    index: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))
