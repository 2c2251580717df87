"""The rules of the evidence log: appending receipts, answering its checkpoint,
leaves and proofs from stored subtrees in O(log n) reads, and keeping checkpoints
with the independent time (TSA tokens, witness cosignatures) that backs them."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, cast

from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.errors import BadRequest, Conflict, Forbidden, NotFound
from app.evidence import key_history, repository
from app.evidence.schemas import (
    CheckpointInclusion,
    CheckpointRecord,
    ConsistencyProof,
    CosignatureRecord,
    InclusionProof,
    InclusionProofs,
    KindName,
    LeafEvidence,
    Receipt,
    TimestampRecord,
)
from app.models import LogCheckpoint, LogKey
from app.protocol import merkle
from app.protocol.checkpoint import Checkpoint, CheckpointError
from app.protocol.cosignature import CosignatureError, CosignatureVerifier, open_cosignatures
from app.protocol.key_handover import Handover
from app.protocol.merkle import Composite, NodeRef
from app.protocol.receipts import ReceiptKind, ReceiptLeaf, floor_millis
from app.protocol.signed_note import NoteError, Signer, Verifier, parse_note
from app.protocol.tlog_proof import format_proof

if TYPE_CHECKING:
    from app.protocol.timestamp import Timestamp

# How far ahead of ours a witness's clock may run.
COSIGNATURE_CLOCK_SKEW = dt.timedelta(minutes=5)


class BadTreeSize(BadRequest):
    code = "bad-tree-size"
    title = "Tree size out of range"


class BadCosignature(BadRequest):
    code = "bad-cosignature"
    title = "Bad cosignature"


class UnknownWitness(Forbidden):
    code = "unknown-witness"
    title = "Not a witness of this log"


class NotCheckpointed(NotFound):
    code = "not-checkpointed"
    title = "Not in a kept checkpoint yet"


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
    (found,) = await append_many(db, [(kind, object_sha256)], received_at)
    return found


async def append_many(
    db: AsyncSession, objects: Sequence[tuple[ReceiptKind, bytes]], received_at: dt.datetime
) -> list[Receipt]:
    """Append one receipt per (kind, object hash) as consecutive leaves, in
    order, as `append` does for one: one index taken, one node lookup, one
    insert per table."""
    leaves = [ReceiptLeaf.at(kind, received_at, digest) for kind, digest in objects]
    if leaves and leaves[0].received_at != received_at:
        raise ValueError("a receipt time is whole milliseconds: take it from received_now()")
    first = await repository.take_indexes(db, len(leaves))
    indexes = range(first, first + len(leaves))
    # The subtrees these leaves complete hash in their left siblings: those
    # completed before this batch are stored (one lookup of about log2(n) rows
    # per leaf at most); the others are completed by an earlier leaf of it.
    made_here = {ref for index in indexes for ref in merkle.append_completes(index)}
    wanted = {ref for index in indexes for ref in merkle.append_siblings(index)}
    known = dict(await repository.nodes(db, list(wanted - made_here)))
    completed: list[tuple[NodeRef, bytes]] = []
    for index, leaf in zip(indexes, leaves, strict=True):
        nodes = merkle.append_nodes(index, leaf.leaf_hash, _fixed(known))
        known.update(nodes)
        completed.extend(nodes)
    await repository.add(db, first, leaves, completed)
    return [receipt(index, leaf) for index, leaf in zip(indexes, leaves, strict=True)]


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


async def _signed(db: AsyncSession, signer: Signer, head: Checkpoint) -> str:
    """Sign a tree head read before this call, if the signer holds the log's
    current key. A rotation locks the head, so one that this check misses was
    made at a tree no smaller than `head`'s: a retired key never signs a tree
    larger than the one it handed over."""
    await key_history.current(db, signer)
    return head.sign(signer.private_key)


async def signed_checkpoint(db: AsyncSession, signer: Signer) -> str:
    """The current tree head as a C2SP checkpoint, signed by the server's key."""
    return await _signed(db, signer, await checkpoint(db, signer.name))


async def rotate_key(db: AsyncSession, old: Signer, new: Signer) -> LogKey:
    """Hand the log from `old`, its current key, to `new`, at the current tree,
    by a note both sign. The head stays locked until commit, as an append locks
    it, so no leaf joins the tree between the hand-over and its commit."""
    previous = await key_history.current(db, old)
    await repository.lock_head(db)
    head = await checkpoint(db, old.name)
    handover = Handover(old.name, old.verifier(), new.verifier(), head.size, head.root_hash)
    key = LogKey(
        position=previous.position + 1,
        public_key=key_history.public_key(new),
        verifier_key=new.verifier().vkey(),
        from_size=head.size,
        activated_at=utcnow(),
        handover=handover.sign(old, new),
    )
    if not await repository.add_key(db, key):
        raise Conflict(
            "That key has signed this log before, or another rotation came first: "
            "rotate to a key the log has never had."
        )
    return key


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


async def inclusions(db: AsyncSession, indexes: Sequence[int], size: int) -> InclusionProofs:
    """Several leaves' proofs in one tree: their paths share their upper
    nodes, and every node they need is still one lookup."""
    _within(size, await repository.size(db), "size")
    outside = [index for index in indexes if index >= size]
    if outside:
        raise BadTreeSize(f"Leaf {outside[0]} is not in a tree of {size} leaves.")
    paths = {index: merkle.inclusion_proof_nodes(index, size) for index in indexes}
    leaves = [(NodeRef(0, index),) for index in indexes]
    wanted = [composite for path in paths.values() for composite in path]
    lookup = await _resolve(db, [*wanted, merkle.root_nodes(size), *leaves])
    root_hash = merkle.root_from_nodes(size, lookup)
    proofs = [
        InclusionProof(
            index=index,
            tree_size=size,
            leaf_hash=lookup([NodeRef(0, index)])[NodeRef(0, index)],
            proof=merkle.inclusion_proof_from_nodes(index, size, lookup),
            root_hash=root_hash,
        )
        for index in indexes
    ]
    return InclusionProofs(tree_size=size, root_hash=root_hash, proofs=proofs)


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
    return format_proof(index, proof, await _signed(db, signer, head), extra=found.leaf_data)


# Kept checkpoints and their independent time


async def store_checkpoint(db: AsyncSession, signer: Signer) -> LogCheckpoint | None:
    """Sign and keep a checkpoint of the current tree if it grew since the newest
    kept one; returns it, or None. Workers may race: one row per size is kept, and
    they all sign the same note (Ed25519 is deterministic)."""
    head = await checkpoint(db, signer.name)
    latest = await repository.latest_checkpoint(db)
    if head.size == 0 or (latest is not None and latest.tree_size >= head.size):
        return None
    note = await _signed(db, signer, head)
    if not await repository.add_checkpoint(db, head.size, head.root_hash, note, utcnow()):
        return None
    return await repository.checkpoint(db, head.size)


async def latest_checkpoint(db: AsyncSession) -> LogCheckpoint | None:
    return await repository.latest_checkpoint(db)


async def needs_timestamp(db: AsyncSession, stored: LogCheckpoint, authority: str) -> bool:
    return not await repository.has_timestamp(db, stored.tree_size, authority)


async def add_timestamp(
    db: AsyncSession, stored: LogCheckpoint, authority: str, timestamp: Timestamp
) -> bool:
    """Keep a token that was checked against the checkpoint's signed note."""
    return await repository.add_timestamp(
        db, stored.tree_size, authority, timestamp.gen_time, timestamp.token, utcnow()
    )


async def _records(db: AsyncSession, kept: Sequence[LogCheckpoint]) -> dict[int, CheckpointRecord]:
    """The kept checkpoints with their tokens and cosignatures: two more queries."""
    sizes = [c.tree_size for c in kept]
    timestamps = await repository.timestamps(db, sizes)
    cosignatures = await repository.cosignatures(db, sizes)
    records = {}
    for stored in kept:
        mine = [c for c in cosignatures if c.tree_size == stored.tree_size]
        records[stored.tree_size] = CheckpointRecord(
            tree_size=stored.tree_size,
            root_hash=stored.root_hash,
            created_at=stored.created_at,
            note=stored.note + "".join(c.line for c in mine),
            timestamps=[
                TimestampRecord(authority=t.authority, time=t.gen_time, token=t.token)
                for t in timestamps
                if t.tree_size == stored.tree_size
            ],
            witnesses=[CosignatureRecord(name=c.witness, time=c.signed_at) for c in mine],
        )
    return records


async def checkpoint_record(db: AsyncSession, size: int) -> CheckpointRecord:
    stored = await repository.checkpoint(db, size)
    if stored is None:
        raise NotFound(f"The log keeps no checkpoint of size {size}.")
    return (await _records(db, [stored]))[size]


async def _kept_or_signed(db: AsyncSession, signer: Signer, text: str) -> LogCheckpoint | None:
    """The kept checkpoint whose note text is `text`; if none of its size is kept
    but `text` is this log's tree head at that size, it is signed and kept now (a
    witness may cosign what /v1/log/checkpoint served). None: not this log's."""
    try:
        head = Checkpoint.parse(text)
    except CheckpointError:
        return None
    if head.origin != signer.name or head.extensions or head.size == 0:
        return None
    stored = await repository.checkpoint(db, head.size)
    if stored is None:
        if head.size > await repository.size(db):
            return None
        lookup = await _resolve(db, [merkle.root_nodes(head.size)])
        if merkle.root_from_nodes(head.size, lookup) != head.root_hash:
            return None
        note = await _signed(db, signer, head)
        await repository.add_checkpoint(db, head.size, head.root_hash, note, utcnow())
        stored = await repository.checkpoint(db, head.size)
    if stored is None or parse_note(stored.note)[0] != text:
        return None
    return stored


async def _log_key_ids(db: AsyncSession, signer: Signer) -> set[tuple[str, bytes]]:
    """The signature lines the log's own keys make, retired ones included: a
    witness may cosign a checkpoint kept before a rotation."""
    verifiers = [Verifier.from_vkey(key.verifier_key) for key in await repository.keys(db)]
    return {(v.name, v.key_id) for v in [*verifiers, signer.verifier()]}


async def add_cosignatures(
    db: AsyncSession,
    signer: Signer,
    witnesses: Sequence[CosignatureVerifier],
    note: bytes,
) -> CheckpointRecord:
    """Keep the witness cosignatures on a checkpoint note. Every signature line
    must be the log's own or a configured witness's (else 403), every witness's
    must verify (else 400), and the note must be a checkpoint this log signed
    (else 404). A witness's first cosignature of a checkpoint is the one kept."""
    now = utcnow()
    try:
        opened = open_cosignatures(
            note, witnesses, not_after=math.floor((now + COSIGNATURE_CLOCK_SKEW).timestamp())
        )
    except NoteError as exc:
        raise BadCosignature(f"The body is not a signed note: {exc}.") from None
    except CosignatureError as exc:
        raise BadCosignature(f"Refused: {exc}.") from None
    own = await _log_key_ids(db, signer)
    strangers = sorted({s.name for s in opened.others if (s.name, s.key_id) not in own})
    if strangers:
        raise UnknownWitness(
            f"This log accepts no cosignature from {', '.join(strangers)}.",
            extra={"witnesses": strangers},
        )
    if not opened.cosignatures:
        raise BadCosignature("The note carries no witness cosignature.")
    stored = await _kept_or_signed(db, signer, opened.text)
    if stored is None:
        raise NotFound("This log never signed that checkpoint.")
    for cosignature in opened.cosignatures:
        await repository.add_cosignature(
            db, stored.tree_size, cosignature.name, cosignature.line(), cosignature.time, now
        )
    return (await _records(db, [stored]))[stored.tree_size]


async def leaf_evidence(
    db: AsyncSession,
    index: int,
    witnesses: Sequence[CosignatureVerifier],
    retry_after_seconds: float,
) -> LeafEvidence:
    """A receipt with the kept checkpoints that give it independent time, and the
    inclusion proof to each: constant queries of O(log n) rows, however many
    checkpoints are kept."""
    receipt = await leaf(db, index)
    found = await repository.covering(db, index, [w.name for w in witnesses])
    if found.first is None:
        raise NotCheckpointed(
            f"No kept checkpoint includes leaf {index} yet; one is kept every "
            f"{retry_after_seconds:g} seconds.",
            headers={"Retry-After": str(math.ceil(retry_after_seconds))},
        )
    candidates = (found.first, found.timestamped, *found.by_witness.values())
    sizes = sorted({size for size in candidates if size is not None})
    kept = await repository.checkpoints(db, sizes)
    records = await _records(db, kept)
    paths = {size: merkle.inclusion_proof_nodes(index, size) for size in sizes}
    lookup = await _resolve(db, [node for path in paths.values() for node in path])
    return LeafEvidence(
        receipt=receipt,
        checkpoints=[
            CheckpointInclusion(
                **dict(records[size]),
                proof=merkle.inclusion_proof_from_nodes(index, size, lookup),
            )
            for size in sizes
        ],
    )
