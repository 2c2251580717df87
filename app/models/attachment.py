from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import BigInteger, Enum, ForeignKey, LargeBinary, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow
from app.protocol import stream


class AttachmentStatus(StrEnum):
    UPLOADING = "uploading"
    COMPLETE = "complete"


class Attachment(Base):
    """An encrypted evidence file, stored as chunks in the blob store.

    `entry_id` is set when a version of an entry first lists the attachment in
    its commitment; from then on it belongs to that entry and goes with it.
    """

    __tablename__ = "attachments"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    entry_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[AttachmentStatus] = mapped_column(
        Enum(
            AttachmentStatus,
            native_enum=False,
            length=16,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    ciphertext_size: Mapped[int] = mapped_column(BigInteger)
    ciphertext_sha256: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    # CRC-32 of the ciphertext, kept at finalising: a bundle ZIP's member header
    # needs it before the member's bytes, and reading 2 GiB twice is not cheap.
    ciphertext_crc32: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Uploads with no activity for the configured time are cleaned up.
    last_activity_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # The receipt of the finalised ciphertext in the evidence log.
    log_index: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("log_leaves.index"))

    @property
    def chunk_sizes(self) -> list[int]:
        """Each chunk's ciphertext size, which the total fixes (app/protocol/stream.py)."""
        sizes = stream.chunk_sizes(self.ciphertext_size)
        assert sizes is not None, "an upload's size is checked when it starts"
        return sizes
