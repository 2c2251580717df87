"""Holding the server to its evidence log (docs/protocol §23), on the device.

A receipt says "the server logged this". That is worth something only if the
device checks it against the log's signed checkpoints, and only if every
checkpoint it accepts extends the one it accepted before: a server that could
serve a shorter or a different tree later could take any receipt back. So the
device keeps, beside its replica (`LogView`, public data only):

- the log's key, pinned on first use or given by the caller, and compared out
  of band (the CLI shows it; `daybook log show`);
- the latest checkpoint it verified: the signed note, its size and root;
- the receipts it was given and has not proven yet.

On every sync, `advance` fetches the current checkpoint, verifies it with the
pinned key and origin (or, if the log moved to a new key, with the key the
pinned one handed it to by notes both signed: §23.11), checks that it extends
the last one (RFC 9162 consistency proof; equal sizes need equal roots; a log
never shrinks, and each hand-over's tree lies between), proves
every pending receipt in it (RFC 9162 inclusion proof), and only then keeps
it. A failure changes nothing kept and raises a `LogInconsistent` that names
the checkpoints it saw and the proof that failed.

What this cannot see on its own: a server that shows this device one
consistent history and other devices another. Comparing checkpoints between
devices (or with witnesses) closes that; every device doing this check makes
such a fork permanent, since neither history can later be merged into one.
"""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any, Literal

from app.client.api import ApiError, DaybookApi
from app.client.errors import VerificationError
from app.protocol import merkle
from app.protocol.checkpoint import Checkpoint, CheckpointError, open_checkpoint
from app.protocol.encoding import b64decode, b64encode
from app.protocol.key_handover import Handover, KeyChain
from app.protocol.keys import raw_public
from app.protocol.signed_note import (
    NoteError,
    UnverifiedNoteError,
    Verifier,
    b64encode_std,
    parse_note,
)

# Inclusion proofs in flight at once: a fresh device proves one receipt per
# entry, and one round trip after another would be slow on a real network.
PROOFS_PER_REQUEST = 100  # the server answers up to 100 proofs a request

SPLIT_VIEW = "the server is showing different histories to different clients"

# Who the key was pinned from in this sync: the caller's expected key, or the
# server itself (trust on first use, to be compared out of band).
PinnedBy = Literal["caller", "server"]


class LogInconsistent(VerificationError):
    """The evidence log's answers do not hold together. Nothing was kept: the
    last verified checkpoint and the unproven receipts stay as they were."""


class UntrustedCheckpoint(LogInconsistent):
    """The checkpoint is not signed by the pinned key, or is another log's."""


class SplitView(LogInconsistent):
    """The checkpoint does not extend the last one this device verified: the
    log was rolled back or rewritten, or the server keeps more than one."""


class ReceiptNotLogged(LogInconsistent):
    """A receipt the server gave is not in the log its checkpoint signs."""


def show_root(root_hash: bytes) -> str:
    """A root hash as a checkpoint writes it (standard base64), to compare by eye."""
    return b64encode_std(root_hash)


def _tree(checkpoint: Checkpoint) -> str:
    return f"size {checkpoint.size}, root {show_root(checkpoint.root_hash)}"


@dataclass
class LogView:
    """What this device has verified of the evidence log, kept with its replica."""

    verifier_key: str | None = None  # the pinned key, as a signed-note verifier key
    checkpoint: str | None = None  # the last verified checkpoint, the signed note verbatim
    size: int = 0
    root: bytes | None = None
    # Receipts given to this device and not yet proven: leaf index -> leaf hash.
    pending: dict[int, bytes] = field(default_factory=dict)

    def expect(self, leaf_index: int, leaf_hash: bytes) -> None:
        """Remember a receipt, to prove it at the next sync."""
        known = self.pending.setdefault(leaf_index, leaf_hash)
        if known != leaf_hash:
            raise LogInconsistent(
                f"the server gave two different receipts for leaf {leaf_index}: leaf hash "
                f"{b64encode(known)} and leaf hash {b64encode(leaf_hash)}"
            )

    def to_json(self) -> dict[str, Any]:
        return {
            "verifier_key": self.verifier_key,
            "checkpoint": self.checkpoint,
            "size": self.size,
            "root": None if self.root is None else b64encode(self.root),
            "pending": [
                {"leaf_index": index, "leaf_hash": b64encode(leaf)}
                for index, leaf in sorted(self.pending.items())
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LogView:
        root = data.get("root")
        return cls(
            verifier_key=data.get("verifier_key"),
            checkpoint=data.get("checkpoint"),
            size=int(data.get("size", 0)),
            root=None if root is None else b64decode(root),
            pending={
                int(item["leaf_index"]): b64decode(item["leaf_hash"])
                for item in data.get("pending", [])
            },
        )


@dataclass(frozen=True)
class LogReport:
    """What one sync established about the evidence log."""

    origin: str
    verifier_key: str
    key_id: str  # hex, as on the checkpoint's signature line
    pinned_now: PinnedBy | None  # None: the key was pinned before this sync
    previous_size: int | None  # None: no earlier checkpoint to compare with
    size: int
    root_hash: bytes
    proven: int  # receipts whose inclusion this sync proved
    rotated_from: str | None = None  # the key pinned before, if the log moved to a new one


async def advance(api: DaybookApi, view: LogView, *, expected_key: str | None = None) -> LogReport:
    """Verify the server's current checkpoint against what `view` holds, prove
    the pending receipts in it, and keep it in `view`; raises LogInconsistent
    (leaving `view` as it was) when anything fails.

    `expected_key` is the log's verifier key as the operator publishes it: it
    is pinned if nothing is, and must be the key that signs the checkpoint (the
    pinned one, or the one it handed the log to). Without it the first sync
    pins the key the server sends (trust on first use).
    """
    expected = None if expected_key is None else parse_key(expected_key)
    pinned, pinned_now = await _verifier(api, view, expected)
    previous = _kept_checkpoint(view, pinned)
    note = await api.log_checkpoint()
    verifier, handovers = await _signing_key(api, pinned, note)
    if expected is not None and expected.vkey() != verifier.vkey():
        raise UntrustedCheckpoint(
            f"this device pinned the log key {pinned.vkey()}, which signs the log now as "
            f"{verifier.vkey()}, but the expected key is {expected.vkey()}"
        )
    current = _open(note, verifier)
    for handover in handovers:
        previous = await _through_handover(api, previous, handover)
    if previous is not None:
        await _check_extends(api, previous, current)
    await _prove_all(api, current, sorted(view.pending.items()))
    proven = len(view.pending)
    view.verifier_key, view.checkpoint = verifier.vkey(), note
    view.size, view.root = current.size, current.root_hash
    view.pending.clear()
    return LogReport(
        origin=verifier.name,
        verifier_key=verifier.vkey(),
        key_id=verifier.key_id.hex(),
        pinned_now=pinned_now,
        previous_size=None if previous is None else previous.size,
        size=current.size,
        root_hash=current.root_hash,
        proven=proven,
        rotated_from=pinned.vkey() if handovers else None,
    )


# ---------------------------------------------------------------- the key


def parse_key(vkey: str) -> Verifier:
    """A verifier key "<origin>+<key id>+<base64 key>"; ValueError if malformed."""
    try:
        return Verifier.from_vkey(vkey.strip())
    except ValueError as exc:
        raise ValueError(f"not a log verifier key ({exc}): {vkey!r}") from None


async def _verifier(
    api: DaybookApi, view: LogView, expected: Verifier | None
) -> tuple[Verifier, PinnedBy | None]:
    if view.verifier_key is not None:
        return parse_key(view.verifier_key), None
    if expected is not None:
        return expected, "caller"
    return _served_key(await api.log_key()), "server"


def _served_key(body: dict[str, Any]) -> Verifier:
    """The key of GET /v1/log/key, whose fields must agree with each other."""
    try:
        verifier = Verifier.from_vkey(str(body["verifier_key"]))
        claims = (str(body["origin"]), str(body["key_id"]), b64decode(body["public_key"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise UntrustedCheckpoint(f"the log key the server sent is malformed: {exc}") from exc
    if claims != (verifier.name, verifier.key_id.hex(), raw_public(verifier.public_key)):
        raise UntrustedCheckpoint(
            f"the log key the server sent contradicts itself: origin {claims[0]!r} and key id "
            f"{claims[1]!r} beside the verifier key {verifier.vkey()}"
        )
    return verifier


async def _signing_key(
    api: DaybookApi, pinned: Verifier, note: str
) -> tuple[Verifier, tuple[Handover, ...]]:
    """The key the checkpoint must verify with: the pinned one, unless the note
    is signed by another key of the same log and the log's hand-overs lead
    from the pinned key to it; then also those hand-overs, in order."""
    try:
        _text, signatures = parse_note(note)
    except NoteError:
        return pinned, ()  # _open names what is wrong with it
    signers = {(s.name, s.key_id) for s in signatures}
    if (pinned.name, pinned.key_id) in signers or pinned.name not in {n for n, _ in signers}:
        return pinned, ()
    chain = await _chain(api, pinned)
    era = next(i for i, e in enumerate(chain.eras) if e.verifier.vkey() == pinned.vkey())
    return chain.current, chain.handovers[era:]


async def _chain(api: DaybookApi, pinned: Verifier) -> KeyChain:
    """The log's keys from GET /v1/log/keys, every hand-over checked; the
    pinned key must be one of them."""
    what = "the log's key history"
    body = await _ask(api.log_keys(), what)
    try:
        keys = body["keys"]
        first = parse_key(str(keys[0]["verifier_key"]))
        chain = KeyChain.open(pinned.name, first, [str(k["handover"]) for k in keys[1:]])
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise UntrustedCheckpoint(f"{what} does not hold together: {exc}") from exc
    if chain.era_of(pinned) is None:
        raise UntrustedCheckpoint(
            f"the log's checkpoint is not signed by the pinned key {pinned.vkey()} but by "
            f"{chain.current.vkey()}, and no hand-over signed by the pinned key leads to it"
        )
    return chain


async def _through_handover(
    api: DaybookApi, previous: Checkpoint | None, handover: Handover
) -> Checkpoint:
    """The old key's last tree, as a checkpoint it signed: it must extend the
    last one this device verified, which it must not pass."""
    last = Checkpoint(handover.origin, handover.size, handover.root_hash)
    if previous is not None:
        if previous.size > last.size:
            raise SplitView(
                f"the retired log key {handover.old.vkey()} handed the log over at "
                f"{_tree(last)}, but this device verified a checkpoint it signed of "
                f"{_tree(previous)}: it signed past its hand-over, or {SPLIT_VIEW}."
            )
        await _check_extends(api, previous, last)
    return last


# ---------------------------------------------------------- checkpoints


def _signers(note: str) -> str:
    try:
        _text, signatures = parse_note(note)
    except NoteError:
        return "nobody"
    return ", ".join(f"{s.name}+{s.key_id.hex()}" for s in signatures)


def _open(note: str, verifier: Verifier) -> Checkpoint:
    """The checkpoint, signed by the pinned key and of the pinned key's log."""
    try:
        found = open_checkpoint(note, verifier.name, [verifier])
    except UnverifiedNoteError:
        raise UntrustedCheckpoint(
            f"the log's checkpoint is not signed by the pinned key {verifier.vkey()} "
            f"(signed by {_signers(note)})"
        ) from None
    except (NoteError, CheckpointError) as exc:
        raise UntrustedCheckpoint(
            f"the log's checkpoint does not verify with the pinned key {verifier.vkey()}: {exc}"
        ) from exc
    if found.size == 0 and found.root_hash != merkle.EMPTY_ROOT:
        raise LogInconsistent(
            f"the log's checkpoint has no leaves but the root of some: {_tree(found)}"
        )
    return found


def kept_checkpoint(view: LogView) -> Checkpoint | None:
    """The last checkpoint this device verified, verified again with the pinned key."""
    if view.verifier_key is None:
        return None
    return _kept_checkpoint(view, parse_key(view.verifier_key))


def _kept_checkpoint(view: LogView, verifier: Verifier) -> Checkpoint | None:
    """The last verified checkpoint, verified again: the file it was kept in
    is checked like anything the server sends."""
    if view.checkpoint is None:
        return None
    try:
        kept = open_checkpoint(view.checkpoint, verifier.name, [verifier])
    except ValueError as exc:
        raise LogInconsistent(
            f"the checkpoint kept on this computer does not verify with the pinned key: {exc}"
        ) from exc
    if (kept.size, kept.root_hash) != (view.size, view.root):
        raise LogInconsistent(
            "the checkpoint kept on this computer is not its recorded size and root"
        )
    return kept


async def _check_extends(api: DaybookApi, old: Checkpoint, new: Checkpoint) -> None:
    """RFC 9162 2.1.4: the tree of `new` is an append-only extension of `old`'s."""
    if new.size < old.size:
        raise SplitView(
            f"the evidence log shrank: at the last sync this device verified {_tree(old)}, "
            f"and the server now signs {_tree(new)}. A log only grows: the server rolled "
            f"its log back, or {SPLIT_VIEW}."
        )
    if new.size == old.size:
        if new.root_hash != old.root_hash:
            raise SplitView(
                f"two signed checkpoints of {new.size} leaves with different roots: "
                f"{show_root(old.root_hash)} at the last sync, {show_root(new.root_hash)} now. "
                f"The server rewrote its log, or {SPLIT_VIEW}."
            )
        return
    if old.size == 0:
        return  # the empty tree is a prefix of every tree
    what = f"the consistency proof from size {old.size} to size {new.size}"
    body = await _ask(api.consistency_proof(old.size, new.size), what)
    proof = _hashes(body, what)
    if not merkle.verify_consistency(old.size, new.size, old.root_hash, new.root_hash, proof):
        raise SplitView(
            f"{what} does not verify: the log the server signs now ({_tree(new)}) does not "
            f"extend the one this device verified at the last sync ({_tree(old)}). "
            f"The server rewrote its log, or {SPLIT_VIEW}."
        )


# ------------------------------------------------------------- receipts


async def _prove_all(api: DaybookApi, head: Checkpoint, pending: list[tuple[int, bytes]]) -> None:
    """Every receipt against `head`, a batch of proofs per request; the lowest
    failing leaf is the one reported."""
    for index, leaf in pending:
        if index >= head.size:
            raise ReceiptNotLogged(
                f"{_receipt(index, leaf)} is past the end of the log the server signs "
                f"({_tree(head)}), though the receipt came first: the server gave a receipt "
                f"for a write it did not log, or {SPLIT_VIEW}."
            )
    for start in range(0, len(pending), PROOFS_PER_REQUEST):
        batch = pending[start : start + PROOFS_PER_REQUEST]
        what = f"the inclusion proofs of {len(batch)} leaves in the tree of size {head.size}"
        body = await _ask(api.inclusion_proofs([index for index, _ in batch], head.size), what)
        proofs = body.get("proofs")
        if not isinstance(proofs, list) or len(proofs) != len(batch):
            raise LogInconsistent(f"{what} are malformed: one proof per leaf expected")
        for (index, leaf), proof in zip(batch, proofs, strict=True):
            _check_inclusion(head, index, leaf, proof)


def _check_inclusion(head: Checkpoint, index: int, leaf: bytes, body: dict[str, Any]) -> None:
    """RFC 9162 2.1.3: leaf hash `leaf` is leaf `index` of the tree of `head`."""
    what = f"the inclusion proof of leaf {index} in the tree of size {head.size}"
    proof = _hashes(body, what)
    if not merkle.verify_inclusion(index, head.size, leaf, proof, head.root_hash):
        raise ReceiptNotLogged(
            f"{what} does not verify: {_receipt(index, leaf)} is not in the log the server "
            f"signs ({_tree(head)}). The server gave a receipt for a write it did not log, "
            f"or {SPLIT_VIEW}."
        )


def _receipt(index: int, leaf: bytes) -> str:
    return f"the receipt of leaf {index} (leaf hash {b64encode(leaf)})"


# ----------------------------------------------------------------- wire


async def _ask(call: Awaitable[dict[str, Any]], what: str) -> dict[str, Any]:
    """A proof the server's own checkpoint promises: refusing it is an answer too."""
    try:
        return await call
    except ApiError as exc:
        if exc.status >= 500:
            raise
        raise LogInconsistent(f"the server refused {what}: {exc}") from exc


def _hashes(body: dict[str, Any], what: str) -> list[bytes]:
    try:
        hashes = [b64decode(item) for item in body["proof"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise LogInconsistent(f"{what} is malformed: {exc}") from exc
    if len(hashes) > 64 or any(len(h) != merkle.HASH_BYTES for h in hashes):
        raise LogInconsistent(f"{what} is malformed: not at most 64 hashes of 32 bytes")
    return hashes
