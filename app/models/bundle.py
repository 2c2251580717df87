from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import BigInteger, Enum, ForeignKey, LargeBinary, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class BundleStatus(StrEnum):
    OPEN = "open"
    SEALED = "sealed"


class Bundle(Base):
    """An evidence bundle: the entries a victim exports for the police, sealed by
    the victim's signed statement and assembled into a ZIP on each download.
    Everything in it but the log proofs comes from the victim's device."""

    __tablename__ = "bundles"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[BundleStatus] = mapped_column(
        Enum(
            BundleStatus,
            native_enum=False,
            length=16,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    # The X25519 public key derived from the bundle key (never the key itself).
    recipient_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    statement: Mapped[bytes | None] = mapped_column(LargeBinary)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary(64))
    mac: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    sealed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Every proof in the ZIP leads to this kept checkpoint, chosen at sealing.
    checkpoint_size: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("log_checkpoints.tree_size")
    )
    log_key: Mapped[str | None] = mapped_column(Text)
