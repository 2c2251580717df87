from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, ForeignKey, LargeBinary, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class CaseDocumentGrant(Base):
    """A case document's key wrapped to one reader (HPKE) and signed by the
    granter: the author when the document is made, the victim when she adds
    her advocate later. Holding one is necessary, not sufficient: an advocate
    reads only while assigned to the victim."""

    __tablename__ = "case_document_grants"

    document_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("case_documents.id", ondelete="CASCADE"), primary_key=True
    )
    reader_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    granter_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    envelope: Mapped[bytes] = mapped_column(LargeBinary(256))
    signature: Mapped[bytes] = mapped_column(LargeBinary(64))
    granted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A grant added after the document was made has a key-grant receipt.
    log_index: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("log_leaves.index"))
