from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from pydantic import Field

from app.evidence.schemas import Receipt
from app.protocol.entries import MAX_ENVELOPE_BYTES
from app.wire import INT32_MAX, Base64Url, Bytes32, RequestModel, ResponseModel

Signature = Annotated[bytes, Base64Url(64)]
Ciphertext = Annotated[bytes, Base64Url(max_size=MAX_ENVELOPE_BYTES)]
CommitmentBytes = Annotated[bytes, Base64Url(max_size=4096)]
GrantEnvelope = Annotated[bytes, Base64Url(max_size=256)]


class KeyGrantIn(RequestModel):
    envelope: GrantEnvelope = Field(
        description="HPKE envelope of the content key; info binds entry and reader.",
    )
    signature: Signature = Field(description="Ed25519 by the granter over the grant message.")


class VersionIn(RequestModel):
    ciphertext: Ciphertext = Field(
        description="Entry envelope: 0x01 || nonce || AES-256-GCM(padded plaintext).",
    )
    commitment: CommitmentBytes = Field(description="The canonical commitment document's bytes.")
    signature: Signature = Field(description="Ed25519 by the owner over the commitment.")


class EntryCreate(RequestModel):
    """Creates an entry with its first version. Retrying the identical request
    is harmless: it answers 200 with the entry's current state."""

    key_grant: KeyGrantIn = Field(description="The content key, wrapped to the owner.")
    version: VersionIn


class VersionAppend(VersionIn):
    base_version: int = Field(
        ge=1,
        le=INT32_MAX - 1,
        description="The version this one replaces: the entry's current version.",
    )


MAX_BATCH_ITEMS = 100
# A batch of up to 100 typical entries (the 2 to 8 KiB buckets) fits; a batch
# of large ones is split by the client (docs/protocol, request size limits).
MAX_BATCH_BODY_BYTES = 8 * 1024 * 1024


class BatchCreate(RequestModel):
    """`PUT /v1/entries/{entry_id}` as one item of a batch."""

    op: Literal["create"]
    entry_id: uuid.UUID
    key_grant: KeyGrantIn = Field(description="The content key, wrapped to the owner.")
    version: VersionIn


class BatchAppend(RequestModel):
    """`POST /v1/entries/{entry_id}/versions` as one item of a batch."""

    op: Literal["append"]
    entry_id: uuid.UUID
    base_version: int = Field(
        ge=1,
        le=INT32_MAX - 1,
        description="The version this one replaces: the entry's current version.",
    )
    version: VersionIn


BatchItem = Annotated[BatchCreate | BatchAppend, Field(discriminator="op")]


class EntryBatch(RequestModel):
    """Creates and edits, each as its single request would be, in order."""

    items: list[BatchItem] = Field(min_length=1, max_length=MAX_BATCH_ITEMS)


class KeyGrantOut(ResponseModel):
    reader_id: uuid.UUID
    granter_id: uuid.UUID
    envelope: GrantEnvelope
    signature: Signature
    granted_at: dt.datetime


class VersionOut(ResponseModel):
    entry_id: uuid.UUID
    version: int
    ciphertext: Ciphertext
    ciphertext_sha256: Bytes32
    commitment: CommitmentBytes
    commitment_sha256: Bytes32
    signature: Signature
    received_at: dt.datetime = Field(description="When the server accepted this version.")
    receipt: Receipt = Field(description="The version's receipt in the evidence log.")


class EntryOut(ResponseModel):
    """An entry's current state; a deleted entry is a tombstone with no content."""

    id: uuid.UUID
    owner_id: uuid.UUID
    deleted: bool
    current_version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    key_grant: KeyGrantOut | None = Field(description="The caller's wrapped key; null if deleted.")
    latest: VersionOut | None = Field(description="The current version; null if deleted.")
    deletion_receipt: Receipt | None = Field(
        description="The tombstone's receipt in the evidence log; null unless deleted."
    )


class VersionPage(ResponseModel):
    versions: list[VersionOut]
    next_after: int | None = Field(
        description="Pass as `after` for the next page; null when this is the last page."
    )


class SyncPage(ResponseModel):
    changes: list[EntryOut] = Field(
        description="Entries changed since the cursor, in change order, each once."
    )
    cursor: str = Field(description="Opaque; send it back as `cursor` for the next page.")
    more: bool = Field(description="True if more changes are waiting: ask again at once.")


ItemCode = Literal[
    "entry-id-taken",
    "entry-deleted",
    "invalid-key-grant",
    "invalid-version",
    "attachment-unavailable",
    "not-found",
    "forbidden",
    "stale-version",
]


class ItemProblem(ResponseModel):
    """The problem document the item's single request would have answered."""

    type: str = Field(description="`urn:daybook:problem:` followed by `code`.")
    title: str
    status: int
    detail: str = Field(description="For people; may change.")
    code: ItemCode
    current_version: int | None = Field(default=None, description="With `stale-version`.")
    attachment_ids: list[str] | None = Field(
        default=None, description="With `attachment-unavailable`."
    )


class BatchResult(ResponseModel):
    """One item's answer: its single request's status and body."""

    status: int = Field(description="201 written, 200 written before, else the refusal's.")
    entry: EntryOut | None = Field(description="A create's entry; null otherwise.")
    version: VersionOut | None = Field(description="An append's version; null otherwise.")
    problem: ItemProblem | None = Field(description="Why the item was refused; null if not.")


class BatchOut(ResponseModel):
    results: list[BatchResult] = Field(description="One per item, in the items' order.")
