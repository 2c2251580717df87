"""Receipts: the leaves of the evidence log, one per ciphertext the server accepts.

A leaf commits to hashes only, never to an account, so publishing the log shows
what kind of object arrived and when, and nothing of whose it is:

    leaf_data = "daybook/v1/receipt" || 0x00        19 bytes
             || kind                                 1 byte
             || received_at                          u64 big-endian, milliseconds
                                                     since 1970-01-01T00:00:00Z
             || object_sha256                        32 bytes
              = 60 bytes
    leaf_hash = SHA-256(0x00 || leaf_data)           (RFC 9162 leaf hash)

`kind` and the object each commits to:

    1 entry-version  the commitment hash: SHA-256 of the commitment document's bytes
    2 attachment     the SHA-256 of the attachment's whole ciphertext
    3 tombstone      SHA-256("daybook/v1/tombstone" || 0x00 || entry id (16 bytes))
    4 key-grant      SHA-256 of the grant message the granter signed (key_grants.signed_message)
    5 case-document  SHA-256 of a case document version's commitment (case_documents.py)

Every leaf has exactly this layout, so its size alone shows it carries nothing else.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import struct
import uuid
from dataclasses import dataclass
from enum import IntEnum

from app.protocol import key_grants, merkle

LABEL = b"daybook/v1/receipt\x00"
TOMBSTONE_LABEL = b"daybook/v1/tombstone\x00"
OBJECT_BYTES = 32
LEAF_BYTES = len(LABEL) + 1 + 8 + OBJECT_BYTES
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MILLISECOND = dt.timedelta(milliseconds=1)


class ReceiptKind(IntEnum):
    ENTRY_VERSION = 1
    ATTACHMENT = 2
    TOMBSTONE = 3
    KEY_GRANT = 4
    CASE_DOCUMENT = 5

    @property
    def label(self) -> str:
        """The name on the wire: "entry-version", "attachment", "tombstone", "key-grant"."""
        return self.name.lower().replace("_", "-")

    @classmethod
    def from_label(cls, label: str) -> ReceiptKind:
        for kind in cls:
            if kind.label == label:
                return kind
        raise ValueError(f"unknown receipt kind {label!r}")


def to_millis(moment: dt.datetime) -> int:
    """Whole milliseconds since the Unix epoch, rounded down."""
    if moment.tzinfo is None:
        raise ValueError("a receipt time must be timezone-aware")
    return (moment - EPOCH) // _MILLISECOND


def from_millis(millis: int) -> dt.datetime:
    """The UTC time of a leaf's `received_at`; ValueError past what datetime holds."""
    try:
        return EPOCH + millis * _MILLISECOND
    except OverflowError:
        raise ValueError(f"receipt time {millis} ms is out of range") from None


def floor_millis(moment: dt.datetime) -> dt.datetime:
    """`moment` as a leaf records it: the times a write stores and logs must be equal."""
    return from_millis(to_millis(moment))


@dataclass(frozen=True)
class ReceiptLeaf:
    """The decoded leaf data of one receipt."""

    kind: ReceiptKind
    received_at_ms: int
    object_sha256: bytes

    def __post_init__(self) -> None:
        if not 0 <= self.received_at_ms < 1 << 64:
            raise ValueError("receipt time must be a u64 of milliseconds")
        if len(self.object_sha256) != OBJECT_BYTES:
            raise ValueError(f"a receipt's object hash is {OBJECT_BYTES} bytes")

    @classmethod
    def at(cls, kind: ReceiptKind, received_at: dt.datetime, object_sha256: bytes) -> ReceiptLeaf:
        return cls(kind, to_millis(received_at), object_sha256)

    @property
    def received_at(self) -> dt.datetime:
        return from_millis(self.received_at_ms)

    def to_bytes(self) -> bytes:
        return LABEL + struct.pack(">BQ", self.kind, self.received_at_ms) + self.object_sha256

    @property
    def leaf_hash(self) -> bytes:
        return merkle.leaf_hash(self.to_bytes())


def encode_leaf(kind: ReceiptKind, received_at: dt.datetime, object_sha256: bytes) -> bytes:
    return ReceiptLeaf.at(kind, received_at, object_sha256).to_bytes()


def decode_leaf(data: bytes) -> ReceiptLeaf:
    """Parse leaf data strictly: the exact size, the label and a known kind."""
    if len(data) != LEAF_BYTES:
        raise ValueError(f"a receipt leaf is {LEAF_BYTES} bytes, not {len(data)}")
    if not data.startswith(LABEL):
        raise ValueError("not a daybook/v1 receipt leaf")
    kind, millis = struct.unpack_from(">BQ", data, len(LABEL))
    try:
        known = ReceiptKind(kind)
    except ValueError:
        raise ValueError(f"unknown receipt kind {kind}") from None
    return ReceiptLeaf(known, millis, data[len(LABEL) + 9 :])


def leaf_hash(data: bytes) -> bytes:
    return merkle.leaf_hash(data)


def entry_version_object(commitment_bytes: bytes) -> bytes:
    """The commitment hash (docs/protocol, commitment document)."""
    return hashlib.sha256(commitment_bytes).digest()


def tombstone_object(entry_id: uuid.UUID) -> bytes:
    return hashlib.sha256(TOMBSTONE_LABEL + entry_id.bytes).digest()


def key_grant_object(info: bytes, envelope: bytes) -> bytes:
    return hashlib.sha256(key_grants.signed_message(info, envelope)).digest()
