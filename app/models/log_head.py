from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base


class LogHead(Base):
    """The evidence log's size, in its one row: the sequencer of appends.

    An append takes the next leaf index by incrementing `size`; the row lock
    that holds until commit orders the appends of every worker, so indexes are
    gapless and a reader never sees a size whose leaves are not committed."""

    __tablename__ = "log_head"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    size: Mapped[int] = mapped_column(BigInteger)
