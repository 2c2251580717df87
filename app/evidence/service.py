"""The rules of the evidence log: appending receipts, and answering its
checkpoint, leaves and proofs from stored subtrees in O(log n) reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import cast

from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.errors import BadRequest, NotFound
from app.evidence import repository
from app.evidence.schemas import ConsistencyProof, InclusionProof, KindName, Receipt
from app.protocol import merkle
from app.protocol.checkpoint import Checkpoint
from app.protocol.merkle import Composite, NodeRef
from app.protocol.receipts import ReceiptKind, ReceiptLeaf, floor_millis
from app.protocol.signed_note import Signer
from app.protocol.tlog_proof import format_proof


class BadTreeSize(BadRequest):
    code = "bad-tree-size"
    title = "Tree size out of range"


def received_now() -> dt.datetime:
    """The time of an accepted write, cut to the millisecond its receipt records,
    so the time stored on the write's row and the one in its leaf are equal."""
    return floor_millis(utcnow())


def receipt(index: int, leaf: ReceiptLeaf) -> Receipt:
    data = leaf.to_bytes()
    return Receipt(
        leaf_index=index,
        kind=cast(KindName, leaf.kind.label),
        received_at=leaf.received_at,
        object_sha256=leaf.object_sha256,
        leaf_hash=merkle.leaf_hash(data),
        leaf_data=data,
    )


def stored_receipt(
    index: int, kind: ReceiptKind, received_at: dt.datetime, object_sha256: bytes
) -> Receipt:
    """The receipt of a stored write, rebuilt from its own row: the leaf holds
    nothing the row does not, so reading a write never reads the log."""
    return receipt(index, ReceiptLeaf.at(kind, received_at, object_sha256))


async def append(
    db: AsyncSession, kind: ReceiptKind, object_sha256: bytes, received_at: dt.datetime
) -> Receipt:
    """Append a receipt as the next leaf, in the caller's transaction, so the
    write and its leaf commit or roll back together. Call it last: the log's
    head stays locked, for every writer, until the transaction ends."""
    leaf = ReceiptLeaf.at(kind, received_at, object_sha256)
    if leaf.received_at != received_at:
        raise ValueError("a receipt time is whole milliseconds: take it from received_now()")
    index = await repository.take_index(db)
    # The subtrees this leaf completes hash in their stored left siblings: one
    # lookup of at most log2(n) rows, then about two rows written per leaf.
    siblings = await repository.nodes(db, merkle.append_siblings(index))
    completed = merkle.append_nodes(index, leaf.leaf_hash, _fixed(siblings))
    await repository.add(db, index, leaf, completed)
    return receipt(index, leaf)


async def leaf(db: AsyncSession, index: int) -> Receipt:
    stored = await repository.leaf(db, index)
    if stored is None:
        raise NotFound(f"The log has no leaf {index}.")
    return stored_receipt(
        stored.index, ReceiptKind(stored.kind), stored.received_at, stored.object_sha256
    )


async def _resolve(db: AsyncSession, composites: Iterable[Composite]) -> merkle.Lookup:
    """Every node the given hashes need, fetched in one query, as a merkle Lookup."""
    found = await repository.nodes(db, merkle.nodes_needed(composites))
    return _fixed(found)


def _fixed(found: Mapping[NodeRef, bytes]) -> merkle.Lookup:
    return lambda _refs: found


def _within(size: int, current: int, name: str) -> None:
    if size > current:
        raise BadTreeSize(
            f"`{name}` is {size} but the log has {current} leaves.", extra={"tree_size": current}
        )


async def checkpoint(db: AsyncSession, origin: str) -> Checkpoint:
    """The current tree head (unsigned)."""
    size = await repository.size(db)
    lookup = await _resolve(db, [merkle.root_nodes(size)])
    return Checkpoint(origin, size, merkle.root_from_nodes(size, lookup))


async def signed_checkpoint(db: AsyncSession, signer: Signer) -> str:
    """The current tree head as a C2SP checkpoint, signed by the server's key."""
    return (await checkpoint(db, signer.name)).sign(signer.private_key)


async def inclusion(db: AsyncSession, index: int, size: int) -> InclusionProof:
    _within(size, await repository.size(db), "size")
    if index >= size:
        raise BadTreeSize(f"Leaf {index} is not in a tree of {size} leaves.")
    # The leaf's hash is its level-0 node: the same single lookup finds it.
    leaf_node = NodeRef(0, index)
    path = merkle.inclusion_proof_nodes(index, size)
    lookup = await _resolve(db, [*path, merkle.root_nodes(size), (leaf_node,)])
    return InclusionProof(
        index=index,
        tree_size=size,
        leaf_hash=lookup([leaf_node])[leaf_node],
        proof=merkle.inclusion_proof_from_nodes(index, size, lookup),
        root_hash=merkle.root_from_nodes(size, lookup),
    )


async def consistency(db: AsyncSession, from_size: int, to_size: int) -> ConsistencyProof:
    _within(to_size, await repository.size(db), "to")
    if from_size > to_size:
        raise BadTreeSize(f"`from` ({from_size}) is larger than `to` ({to_size}).")
    path = merkle.consistency_proof_nodes(from_size, to_size)
    lookup = await _resolve(db, [*path, merkle.root_nodes(from_size), merkle.root_nodes(to_size)])
    return ConsistencyProof(
        from_size=from_size,
        to_size=to_size,
        from_root=merkle.root_from_nodes(from_size, lookup),
        to_root=merkle.root_from_nodes(to_size, lookup),
        proof=merkle.consistency_proof_from_nodes(from_size, to_size, lookup),
    )


async def tlog_proof(db: AsyncSession, signer: Signer, index: int) -> str:
    """A C2SP tlog-proof of leaf `index` against a checkpoint of the current
    size, signed now. The leaf data rides in the (unauthenticated) extra line,
    for a verifier to compare with the write it holds and then hash."""
    found = await leaf(db, index)
    # Read after the leaf: a visible leaf's size is committed, so size > index.
    size = await repository.size(db)
    path = merkle.inclusion_proof_nodes(index, size)
    lookup = await _resolve(db, [*path, merkle.root_nodes(size)])
    head = Checkpoint(signer.name, size, merkle.root_from_nodes(size, lookup))
    proof = merkle.inclusion_proof_from_nodes(index, size, lookup)
    return format_proof(index, proof, head.sign(signer.private_key), extra=found.leaf_data)
