from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field

from app.protocol.receipts import LEAF_BYTES
from app.wire import Base64Url, Bytes32, ResponseModel

KindName = Literal["entry-version", "attachment", "tombstone", "key-grant"]
LeafData = Annotated[bytes, Base64Url(LEAF_BYTES)]


class Receipt(ResponseModel):
    """Where the server logged an accepted write: leaf `leaf_index` of the
    evidence log. `leaf_data` is the leaf itself (PROTOCOL.md, evidence log);
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


class InclusionProof(ResponseModel):
    index: int
    tree_size: int
    leaf_hash: Bytes32
    proof: list[Bytes32] = Field(description="RFC 9162 inclusion path, leaf sibling first.")
    root_hash: Bytes32 = Field(description="The root of the tree of `tree_size` leaves.")


class ConsistencyProof(ResponseModel):
    from_size: int
    to_size: int
    from_root: Bytes32
    to_root: Bytes32
    proof: list[Bytes32] = Field(description="RFC 9162 consistency proof; empty if equal sizes.")
