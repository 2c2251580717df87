"""Handing the evidence log from one signing key to the next (docs/protocol §23.11).

A hand-over is a C2SP signed note whose text is six lines, each ending in a
newline:

    daybook/v1/log-key-handover
    <origin>
    <old verifier key>
    <new verifier key>
    <tree size>
    <root hash, standard base64>

signed by the old key and by the new key, both named by the origin. The old
key's signature carries trust forward: a device that pinned the old key moves
to the new one. The new key's signature carries it back: a verifier that
pinned the new key accepts the old key's checkpoints. Either way the old key
speaks only for trees of at most `tree size` leaves, the last tree it signed,
whose root is `root hash`: a stolen old key cannot sign a longer log.

A log's hand-overs form a chain from its first key to its current one; a
`KeyChain` checks every link and says which key may sign a tree of which size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.protocol.checkpoint import Checkpoint, open_checkpoint
from app.protocol.encoding import parse_decimal
from app.protocol.keys import raw_public
from app.protocol.merkle import HASH_BYTES, MAX_TREE_SIZE
from app.protocol.signed_note import (
    NoteError,
    Signer,
    UnverifiedNoteError,
    Verifier,
    b64decode_std,
    b64encode_std,
    open_note,
    parse_note,
    sign_note_with,
)

LABEL = "daybook/v1/log-key-handover"


class HandoverError(ValueError):
    """The hand-over is malformed, not signed by both keys, or breaks the chain."""


def _same(a: Verifier, b: Verifier) -> bool:
    return a.vkey() == b.vkey()


@dataclass(frozen=True)
class Handover:
    """The old key's last tree, and the key that signs the log after it."""

    origin: str
    old: Verifier
    new: Verifier
    size: int
    root_hash: bytes

    def __post_init__(self) -> None:
        if self.old.name != self.origin or self.new.name != self.origin:
            raise HandoverError("both keys must be named by the log's origin")
        if raw_public(self.old.public_key) == raw_public(self.new.public_key):
            raise HandoverError("a key cannot hand the log over to itself")
        if not 0 <= self.size <= MAX_TREE_SIZE or len(self.root_hash) != HASH_BYTES:
            raise HandoverError("the tree size must be a uint64 and the root 32 bytes")

    def to_text(self) -> str:
        lines = (
            LABEL,
            self.origin,
            self.old.vkey(),
            self.new.vkey(),
            str(self.size),
            b64encode_std(self.root_hash),
        )
        return "".join(line + "\n" for line in lines)

    @classmethod
    def parse(cls, text: str) -> Handover:
        """The hand-over a note text states, verifying no signature."""
        lines = text.split("\n")
        if len(lines) != 7 or lines[6] != "" or lines[0] != LABEL:
            raise HandoverError(f"not a hand-over: six lines, the first {LABEL!r}, expected")
        _label, origin, old, new, size, root = lines[:6]
        try:
            return cls(
                origin,
                Verifier.from_vkey(old),
                Verifier.from_vkey(new),
                parse_decimal(size, MAX_TREE_SIZE),
                b64decode_std(root),
            )
        except ValueError as exc:
            raise HandoverError(f"malformed hand-over: {exc}") from None

    def sign(self, old: Signer, new: Signer) -> str:
        """The signed note: the old key's signature line, then the new key's."""
        if not (_same(old.verifier(), self.old) and _same(new.verifier(), self.new)):
            raise HandoverError("the signers are not the hand-over's old and new keys")
        return sign_note_with(self.to_text(), [old, new])


def open_handover(note: str, origin: str) -> Handover:
    """Verify a hand-over note: both keys must have signed its text."""
    try:
        text, _signatures = parse_note(note)
    except NoteError as exc:
        raise HandoverError(f"not a signed note: {exc}") from None
    handover = Handover.parse(text)
    if handover.origin != origin:
        raise HandoverError(f"the hand-over is of the log {handover.origin!r}, not {origin!r}")
    for role, key in (("old", handover.old), ("new", handover.new)):
        try:
            open_note(note, [key])
        except NoteError as exc:
            raise HandoverError(f"not signed by its {role} key {key.vkey()}: {exc}") from None
    return handover


@dataclass(frozen=True)
class KeyEra:
    """A key of the log and the largest tree it may sign (None: any, the current key)."""

    verifier: Verifier
    last_size: int | None
    last_root: bytes | None


@dataclass(frozen=True)
class KeyChain:
    """Every key the log has had, first to current, from its verified hand-overs."""

    origin: str
    eras: tuple[KeyEra, ...]
    handovers: tuple[Handover, ...]

    @classmethod
    def open(cls, origin: str, first: Verifier, notes: Sequence[str]) -> KeyChain:
        """The chain from `first` through `notes`, in order: each hand-over's old
        key is the one before it, and the old keys' trees never shrink."""
        eras: list[KeyEra] = []
        handovers: list[Handover] = []
        current = first
        for note in notes:
            handover = open_handover(note, origin)
            if not _same(handover.old, current):
                raise HandoverError(
                    f"the hand-over to {handover.new.vkey()} is from {handover.old.vkey()}, "
                    f"but the log's key before it is {current.vkey()}"
                )
            if handovers and handover.size < handovers[-1].size:
                raise HandoverError(
                    f"the hand-over to {handover.new.vkey()} is at a tree of {handover.size} "
                    f"leaves, smaller than the {handovers[-1].size} of the one before"
                )
            eras.append(KeyEra(current, handover.size, handover.root_hash))
            handovers.append(handover)
            current = handover.new
        eras.append(KeyEra(current, None, None))
        return cls(origin, tuple(eras), tuple(handovers))

    @property
    def current(self) -> Verifier:
        return self.eras[-1].verifier

    def era_of(self, key: Verifier) -> KeyEra | None:
        return next((era for era in self.eras if _same(era.verifier, key)), None)

    def verifiers(self) -> list[Verifier]:
        return [era.verifier for era in self.eras]

    def open_checkpoint(self, note: str | bytes) -> tuple[Checkpoint, KeyEra]:
        """A checkpoint signed by one of the log's keys, of a tree that key may
        sign: any, for the current key; for a retired one, at most the tree it
        handed over, and that very tree at its size."""
        _text, signatures = parse_note(note)
        signed = {(s.name, s.key_id) for s in signatures}
        era = next(
            (e for e in reversed(self.eras) if (e.verifier.name, e.verifier.key_id) in signed),
            None,
        )
        if era is None:
            raise UnverifiedNoteError("the checkpoint is signed by no key this log has had")
        checkpoint = open_checkpoint(note, self.origin, [era.verifier])
        if era.last_size is None:
            return checkpoint, era
        if checkpoint.size > era.last_size or (
            checkpoint.size == era.last_size and checkpoint.root_hash != era.last_root
        ):
            raise HandoverError(
                f"the retired key {era.verifier.vkey()} handed the log over at a tree of "
                f"{era.last_size} leaves, but signed this one of {checkpoint.size}"
            )
        return checkpoint, era
