from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, ForeignKey, LargeBinary, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class CaseDocumentVersion(Base):
    """One signed, encrypted version of a case document; only ever added.
    `author_id` has no foreign key: a version stays when its author's account
    goes (a former advocate's), and the victim still verifies it."""

    __tablename__ = "case_document_versions"

    document_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("case_documents.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    author_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    commitment: Mapped[bytes] = mapped_column(LargeBinary)
    commitment_sha256: Mapped[bytes] = mapped_column(LargeBinary(32))
    signature: Mapped[bytes] = mapped_column(LargeBinary(64))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    log_index: Mapped[int] = mapped_column(BigInteger, ForeignKey("log_leaves.index"))
