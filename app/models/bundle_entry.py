from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base


class BundleEntry(Base):
    """One entry of a bundle: how many of its versions go in, the export key
    wrapped to the bundle key, and the sealed package of what each version
    discloses. The server cannot open either."""

    __tablename__ = "bundle_entries"

    bundle_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("bundles.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    version_count: Mapped[int]
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary(256))
    package: Mapped[bytes] = mapped_column(LargeBinary)
