from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from pydantic import Field

from app.protocol.bundle import MAX_PACKAGE_BYTES
from app.protocol.commitment import MAX_ATTACHMENTS
from app.wire import INT32_MAX, Base64Url, Bytes32, RequestModel, ResponseModel

MAX_ENTRIES_AT_ONCE = 100
# A batch of entries is sent as JSON (base64url: 4/3 of the bytes); clients
# split their batches below this.
MAX_ENTRIES_BODY_BYTES = 8 * 1024 * 1024
MAX_STATEMENT_BYTES = 4096
# A link lives a week unless the victim says otherwise, and at most 90 days.
DEFAULT_LINK_SECONDS = 7 * 24 * 3600
MAX_LINK_SECONDS = 90 * 24 * 3600

WrappedKey = Annotated[bytes, Base64Url(max_size=256)]
Package = Annotated[bytes, Base64Url(max_size=MAX_PACKAGE_BYTES)]


class BundleCreate(RequestModel):
    recipient_key: Bytes32 = Field(
        description="The X25519 public key derived from the bundle key (never the key itself)."
    )


class BundleEntryIn(RequestModel):
    entry_id: uuid.UUID
    versions: int = Field(
        ge=1,
        le=INT32_MAX,
        description="How many versions go in: the entry's current version, so versions "
        "1 to `versions` are exported.",
    )
    attachments: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=MAX_ATTACHMENTS,
        description="The entry's attachments whose ciphertext goes in; the others are withheld.",
    )
    wrapped_key: WrappedKey = Field(description="The export key, HPKE-wrapped to recipient_key.")
    package: Package = Field(description="0x01 || nonce || AES-256-GCM(package) (docs/protocol).")


class BundleEntriesIn(RequestModel):
    entries: list[BundleEntryIn] = Field(min_length=1, max_length=MAX_ENTRIES_AT_ONCE)


class BundleSeal(RequestModel):
    statement: Annotated[bytes, Base64Url(max_size=MAX_STATEMENT_BYTES)] = Field(
        description="The canonical statement document's bytes."
    )
    signature: Annotated[bytes, Base64Url(64)] = Field(
        description="Ed25519 by the owner over label || statement."
    )
    mac: Bytes32 = Field(description="HMAC-SHA256 of the statement under the bundle's MAC key.")


class BundleOut(ResponseModel):
    id: uuid.UUID
    status: Literal["open", "sealed"]
    created_at: dt.datetime
    sealed_at: dt.datetime | None
    entry_count: int
    attachment_count: int
    attachment_bytes: int = Field(description="Ciphertext bytes of the attachments included.")
    checkpoint_size: int | None = Field(
        description="The tree size of the signed checkpoint every proof in the ZIP leads to."
    )


class BundleList(ResponseModel):
    bundles: list[BundleOut]


class LinkCreate(RequestModel):
    expires_in_seconds: int = Field(
        default=DEFAULT_LINK_SECONDS, ge=60, le=MAX_LINK_SECONDS, description="How long it works."
    )


class LinkOut(ResponseModel):
    id: uuid.UUID
    created_at: dt.datetime
    expires_at: dt.datetime
    revoked_at: dt.datetime | None
    downloads: int
    token_sha256: str = Field(
        description="Base64url SHA-256 of the link's token (all the server keeps of it), so the "
        "owner's client can tell which link a copy of it is."
    )


class LinkCreated(LinkOut):
    token: str = Field(description="Shown once: the server keeps only its SHA-256.")
    path: str = Field(description="Where anyone holding the link downloads the ZIP, no account.")


class LinkList(ResponseModel):
    links: list[LinkOut]
