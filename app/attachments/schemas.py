from __future__ import annotations

import datetime as dt
import uuid

from pydantic import Field

from app.evidence.schemas import Receipt
from app.models import AttachmentStatus
from app.protocol.stream import CIPHERTEXT_CHUNK_BYTES, MAX_RUN_CHUNKS, TAG_BYTES
from app.wire import Bytes32, RequestModel, ResponseModel


class UploadStart(RequestModel):
    ciphertext_size: int = Field(
        ge=TAG_BYTES,
        description="Total ciphertext bytes: plaintext size + 16 per chunk (docs/protocol).",
    )


class Finalize(RequestModel):
    ciphertext_sha256: Bytes32 = Field(
        description="SHA-256 of the whole ciphertext, chunks in order; the server checks it."
    )


class AttachmentOut(ResponseModel):
    id: uuid.UUID
    status: AttachmentStatus
    ciphertext_size: int
    chunk_count: int
    chunk_size: int = Field(
        default=CIPHERTEXT_CHUNK_BYTES,
        description="Ciphertext bytes of every chunk but the last.",
    )
    missing_chunks: list[int] = Field(
        description="Indexes still to upload; empty once every chunk has arrived."
    )
    ciphertext_sha256: Bytes32 | None = Field(description="Set when the upload is finalised.")
    entry_id: uuid.UUID | None = Field(description="The entry that references it, once one does.")
    created_at: dt.datetime
    completed_at: dt.datetime | None
    receipt: Receipt | None = Field(
        description="Set when the upload is finalised: the evidence log's receipt of its "
        "ciphertext hash."
    )


class ChunkOut(ResponseModel):
    index: int
    size: int
    sha256: Bytes32
    received_at: dt.datetime


# A run's body: up to MAX_RUN_CHUNKS whole chunks (the body limit, §22).
MAX_RUN_BODY_BYTES = MAX_RUN_CHUNKS * CIPHERTEXT_CHUNK_BYTES


class RunChunkOut(ChunkOut):
    created: bool = Field(
        description="True if this request stored the chunk; false if it was already stored."
    )


class RunOut(ResponseModel):
    chunks: list[RunChunkOut] = Field(
        description="Every chunk of the run, in index order: stored now or before."
    )
