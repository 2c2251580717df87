"""The evidence-log checks of an opened bundle: the signed checkpoint, each
receipt's inclusion proof, and the kept checkpoints that give independent time
(their consistency with the bundle's checkpoint and their RFC 3161 tokens)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.client.police_pack.model import TimeSource
from app.protocol import merkle, receipts, strict_json
from app.protocol.bundle_layout import CHECKPOINT, LOG_KEYS, kept_checkpoint_member
from app.protocol.checkpoint import Checkpoint, CheckpointError
from app.protocol.commitment import canonical_json
from app.protocol.cosignature import CosignatureError, CosignatureVerifier, open_cosignatures
from app.protocol.encoding import b64decode, b64encode
from app.protocol.key_handover import HandoverError, KeyChain
from app.protocol.signed_note import NoteError, Verifier
from app.protocol.timestamp import TimestampError, TsaTrust, timestamped_note, verify_token


class BundleInvalid(ValueError):
    """The bundle failed a check: `item` names what, `check` which check."""

    def __init__(self, item: str, check: str, detail: str) -> None:
        self.item, self.check, self.detail = item, check, detail
        super().__init__(f"{item}: {check} failed: {detail}")


def check_canonical(name: str, data: bytes, expected: Any) -> None:
    """A JSON member must be exactly the canonical JSON of the values the checks
    read from it: no other field, no other order, spacing or number form, so
    that every byte of it is fixed by what was verified."""
    if canonical_json(expected) != data:
        raise BundleInvalid(
            name,
            "canonical form",
            "it is not the canonical JSON of its checked values (a field, spacing, "
            "order or encoding differs)",
        )


def proofs_document(wire: dict[str, Any]) -> dict[str, Any]:
    """A leaf's proofs as a bundle holds them, rebuilt after `LogChecks.included`
    checked them: `time_evidence` in ascending tree size, each size once. The
    hashes are copied, as that check decoded each one strictly (canonical
    base64url, so one string per hash)."""
    evidence = {int(e["tree_size"]): list(e["inclusion_proof"]) for e in wire["time_evidence"]}
    return {
        "inclusion_proof": list(wire["inclusion_proof"]),
        "time_evidence": [
            {"inclusion_proof": evidence[size], "tree_size": size} for size in sorted(evidence)
        ],
    }


def receipt_document(receipt: Receipt) -> dict[str, Any]:
    return {"leaf_data": b64encode(receipt.leaf.to_bytes()), "leaf_index": receipt.leaf_index}


@dataclass(frozen=True)
class Receipt:
    leaf_index: int
    leaf: receipts.ReceiptLeaf
    leaf_hash: bytes


@dataclass
class LogChecks:
    """Checks proofs against the bundle's checkpoint, reading kept checkpoints
    from the bundle (through `read`) the first time a proof names one. The
    victim's statement names `verifier`; checkpoints may be signed by it or by
    the log's other keys, each within its era."""

    verifier: Verifier
    head: Checkpoint
    read: Callable[[str], bytes]
    trust: TsaTrust | None
    chain: KeyChain
    head_key: Verifier  # the key that signed `head`
    witnesses: Sequence[CosignatureVerifier] = ()
    _kept: dict[int, tuple[Checkpoint, tuple[TimeSource, ...]]] = field(default_factory=dict)
    # For the seal time: the newest receipt read, and the times of kept checkpoints
    # larger than the bundle's, which the log kept after the bundle was sealed.
    newest_receipt: dt.datetime | None = None
    after_seal: list[TimeSource] = field(default_factory=list)

    @classmethod
    def open(
        cls,
        verifier: Verifier,
        read: Callable[[str], bytes],
        trust: TsaTrust | None,
        witnesses: Sequence[CosignatureVerifier] = (),
        keys: bytes | None = None,
    ) -> LogChecks:
        """`keys` is the bundle's log/keys.json, if it has one: then the
        checkpoint may be signed by an earlier key of the log, within its era
        (a bundle sealed just after a rotation leads to the last tree the old
        key kept)."""
        chain = (
            KeyChain.open(verifier.name, verifier, ()) if keys is None else _chain(verifier, keys)
        )
        try:
            head, era = chain.open_checkpoint(read(CHECKPOINT))
        except (NoteError, CheckpointError, HandoverError) as exc:
            raise BundleInvalid(CHECKPOINT, "log signature", str(exc)) from None
        return cls(verifier, head, read, trust, chain, era.verifier, witnesses)

    def receipt(
        self, item: str, wire: dict[str, Any], kind: receipts.ReceiptKind, obj: bytes
    ) -> Receipt:
        data = b64decode(wire["leaf_data"])
        try:
            leaf = receipts.decode_leaf(data)
        except ValueError as exc:
            raise BundleInvalid(item, "receipt", str(exc)) from None
        if leaf.kind is not kind or leaf.object_sha256 != obj:
            raise BundleInvalid(item, "receipt", f"the receipt is not for this {kind.label}")
        if self.newest_receipt is None or leaf.received_at > self.newest_receipt:
            self.newest_receipt = leaf.received_at
        return Receipt(int(wire["leaf_index"]), leaf, receipts.leaf_hash(data))

    def included(self, item: str, receipt: Receipt, wire: dict[str, Any]) -> tuple[TimeSource, ...]:
        """Check the receipt's proofs; returns the time sources that back it."""
        proof = [b64decode(h) for h in wire["inclusion_proof"]]
        if not merkle.verify_inclusion(
            receipt.leaf_index, self.head.size, receipt.leaf_hash, proof, self.head.root_hash
        ):
            raise BundleInvalid(
                item, "inclusion proof", f"leaf {receipt.leaf_index} is not in the checkpoint"
            )
        sources = [
            TimeSource(
                "server", self.verifier.name, receipt.leaf.received_at, f"leaf {receipt.leaf_index}"
            )
        ]
        for evidence in wire["time_evidence"]:
            sources.extend(self._independent(item, receipt, evidence))
        return tuple(sources)

    def _independent(
        self, item: str, receipt: Receipt, evidence: dict[str, Any]
    ) -> tuple[TimeSource, ...]:
        kept, sources = self.kept(int(evidence["tree_size"]))
        proof = [b64decode(h) for h in evidence["inclusion_proof"]]
        if not merkle.verify_inclusion(
            receipt.leaf_index, kept.size, receipt.leaf_hash, proof, kept.root_hash
        ):
            raise BundleInvalid(
                item,
                "inclusion proof",
                f"leaf {receipt.leaf_index} is not in checkpoint {kept.size}",
            )
        return sources

    @property
    def kept_sizes(self) -> list[int]:
        """The sizes of the kept checkpoints the proofs named, ascending."""
        return sorted(self._kept)

    def kept(self, size: int) -> tuple[Checkpoint, tuple[TimeSource, ...]]:
        if size not in self._kept:
            self._kept[size] = self._open_kept(size)
        return self._kept[size]

    def _open_kept(self, size: int) -> tuple[Checkpoint, tuple[TimeSource, ...]]:
        name = kept_checkpoint_member(size)
        data = self.read(name)
        document = strict_json.loads(data)
        try:
            kept, era = self.chain.open_checkpoint(document["note"])
        except (NoteError, CheckpointError, HandoverError) as exc:
            raise BundleInvalid(name, "log signature", str(exc)) from None
        if kept.size != size:
            raise BundleInvalid(name, "checkpoint", f"it is of size {kept.size}, not {size}")
        self._consistent(name, kept, [b64decode(h) for h in document["consistency_proof"]])
        message = timestamped_note(document["note"], era.verifier)
        stamps = tuple(self._token(name, t, message) for t in document["timestamps"])
        check_canonical(name, data, _kept_document(document, kept, stamps))
        sources = stamps + self._cosigned(name, document["note"])
        if kept.size > self.head.size:
            # The bundle's checkpoint was the newest kept one when it was sealed.
            self.after_seal.extend(sources)
        return kept, sources

    def _cosigned(self, name: str, note: str) -> tuple[TimeSource, ...]:
        """The cosignatures of the witnesses the police named (`--witness`); the
        others are ignored, as nobody vouched for their keys."""
        try:
            opened = open_cosignatures(note, self.witnesses)
        except (NoteError, CosignatureError) as exc:
            raise BundleInvalid(name, "witness cosignature", str(exc)) from None
        return tuple(
            TimeSource("witness", c.name, c.time, "C2SP tlog-cosignature")
            for c in opened.cosignatures
        )

    def _consistent(self, name: str, kept: Checkpoint, proof: list[bytes]) -> None:
        small, large = sorted((kept, self.head), key=lambda c: c.size)
        ok = small.size == large.size and small.root_hash == large.root_hash and not proof
        if small.size != large.size:
            ok = merkle.verify_consistency(
                small.size, large.size, small.root_hash, large.root_hash, proof
            )
        if not ok:
            raise BundleInvalid(
                name, "consistency proof", "it is not the same log as the bundle's checkpoint"
            )

    def _token(self, name: str, record: dict[str, Any], message: bytes) -> TimeSource:
        """An RFC 3161 token over the checkpoint. Its signature is checked against
        the TSA chain given (or carried in the bundle); without one, only its
        message imprint can be, and the report says so."""
        authority = str(record["authority"])
        if self.trust is None:
            raise BundleInvalid(
                name, "time-stamp", "the bundle carries no TSA certificate; pass --tsa-roots"
            )
        try:
            stamp = verify_token(b64decode(record["token"]), message, self.trust)
        except TimestampError as exc:
            raise BundleInvalid(name, "time-stamp", str(exc)) from None
        return TimeSource(
            "tsa", authority, stamp.gen_time, f"RFC 3161 token, serial {stamp.serial_number}"
        )


def _kept_document(
    document: dict[str, Any], kept: Checkpoint, stamps: Sequence[TimeSource]
) -> dict[str, Any]:
    """A kept checkpoint's member rebuilt from what was checked; the authority's
    URL is the one thing in it that is the server's word (docs/protocol §25.7)."""
    return {
        "consistency_proof": list(document["consistency_proof"]),  # each decoded strictly
        "note": document["note"],
        "root_hash": b64encode(kept.root_hash),
        "timestamps": [
            {"authority": stamp.name, "time": stamp.time.isoformat(), "token": record["token"]}
            for stamp, record in zip(stamps, document["timestamps"], strict=True)
        ],
        "tree_size": kept.size,
    }


def _chain(verifier: Verifier, keys: bytes) -> KeyChain:
    """The log's keys from log/keys.json, every hand-over verified; the key the
    statement names must be one of them."""
    try:
        history = strict_json.loads(keys)["keys"]
        first = Verifier.from_vkey(str(history[0]["verifier_key"]))
        handovers = [str(k["handover"]) for k in history[1:]]
        chain = KeyChain.open(verifier.name, first, handovers)
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise BundleInvalid(LOG_KEYS, "key hand-overs", str(exc)) from None
    rebuilt = [{"handover": None, "verifier_key": first.vkey()}] + [
        {"handover": text, "verifier_key": h.new.vkey()}
        for text, h in zip(handovers, chain.handovers, strict=True)
    ]
    check_canonical(LOG_KEYS, keys, {"keys": rebuilt})
    if chain.era_of(verifier) is None:
        raise BundleInvalid(LOG_KEYS, "key hand-overs", f"none leads to {verifier.vkey()}")
    return chain
