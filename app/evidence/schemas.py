from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field

from app.protocol.receipts import LEAF_BYTES
from app.wire import Base64Url, Bytes32, ResponseModel

KindName = Literal["entry-version", "attachment", "tombstone", "key-grant", "case-document"]
LeafData = Annotated[bytes, Base64Url(LEAF_BYTES)]


class Receipt(ResponseModel):
    """Where the server logged an accepted write: leaf `leaf_index` of the
    evidence log. `leaf_data` is the leaf itself (docs/protocol, evidence log);
    everything else here is decoded from it or computed from it."""

    leaf_index: int = Field(ge=0)
    kind: KindName
    received_at: dt.datetime = Field(description="When the server accepted it, to the millisecond.")
    object_sha256: Bytes32 = Field(description="The hash of what was accepted.")
    leaf_hash: Bytes32 = Field(description="SHA-256(0x00 || leaf_data), RFC 9162.")
    leaf_data: LeafData


class LogKey(ResponseModel):
    origin: str = Field(description="The log's name: a checkpoint's first line.")
    verifier_key: str = Field(
        description="Signed-note verifier key: `<origin>+<key id hex>+<base64(0x01 || key)>`."
    )
    key_id: str = Field(description="4 bytes, hex: the key id on checkpoint signatures.")
    public_key: Bytes32 = Field(description="The raw Ed25519 public key.")


class LogKeyRecord(LogKey):
    """One key the log has had, and how it got the log."""

    from_size: int = Field(ge=0, description="The tree size when it took over: 0 for the first.")
    activated_at: dt.datetime = Field(description="When it took over, by the server's clock.")
    handover: str | None = Field(
        description="The signed hand-over note from the key before it (docs/protocol §23.11), "
        "signed by both keys; null for the log's first key."
    )


class LogKeyHistory(ResponseModel):
    """Every key that has signed the log, first to current."""

    origin: str
    keys: list[LogKeyRecord]


class InclusionProof(ResponseModel):
    index: int
    tree_size: int
    leaf_hash: Bytes32
    proof: list[Bytes32] = Field(description="RFC 9162 inclusion path, leaf sibling first.")
    root_hash: Bytes32 = Field(description="The root of the tree of `tree_size` leaves.")


class InclusionProofs(ResponseModel):
    tree_size: int
    root_hash: Bytes32 = Field(description="The root of the tree of `tree_size` leaves.")
    proofs: list[InclusionProof] = Field(description="One per index asked for, in that order.")


class ConsistencyProof(ResponseModel):
    from_size: int
    to_size: int
    from_root: Bytes32
    to_root: Bytes32
    proof: list[Bytes32] = Field(description="RFC 9162 consistency proof; empty if equal sizes.")


# A DER TimeStampToken is a few KiB, even with the TSA's certificate chain.
MAX_TOKEN_BYTES = 64 * 1024
TimestampToken = Annotated[bytes, Base64Url(max_size=MAX_TOKEN_BYTES)]


class TimestampRecord(ResponseModel):
    """An RFC 3161 time-stamp token over the checkpoint's signed note (the `note`
    here without the cosignature lines): proof, checkable with the TSA's
    certificate alone, that the checkpoint existed at `time`."""

    authority: str = Field(description="The TSA that issued it: its URL.")
    time: dt.datetime = Field(description="The token's genTime: when the TSA signed it.")
    token: TimestampToken = Field(
        description="The DER TimeStampToken (RFC 3161 §2.4.2, a CMS SignedData)."
    )


class CosignatureRecord(ResponseModel):
    name: str = Field(description="The witness: its key name, as on its signature line.")
    time: dt.datetime = Field(description="When the witness cosigned, by its own clock.")


class CheckpointRecord(ResponseModel):
    """A checkpoint the log keeps, with the independent time attached to it."""

    tree_size: int
    root_hash: Bytes32
    created_at: dt.datetime = Field(description="When the server signed it, by its own clock.")
    note: str = Field(
        description="The signed checkpoint note: the log's signature line, then each "
        "kept witness cosignature line (C2SP tlog-cosignature)."
    )
    timestamps: list[TimestampRecord]
    witnesses: list[CosignatureRecord]


class CheckpointInclusion(CheckpointRecord):
    proof: list[Bytes32] = Field(
        description="RFC 9162 inclusion path of the leaf in this checkpoint's tree, "
        "leaf sibling first."
    )


class LeafEvidence(ResponseModel):
    """A receipt and the kept checkpoints that include it, each with its inclusion
    proof: the time the server received the write, and the independent times by
    which it was logged."""

    receipt: Receipt
    checkpoints: list[CheckpointInclusion] = Field(
        description="Smallest first: the first kept checkpoint that includes the leaf, "
        "then, where it is a later one, the first with a TSA token and the first each "
        "configured witness cosigned."
    )
