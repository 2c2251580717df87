"""C2SP transparency log checkpoints (c2sp.org/tlog-checkpoint): a signed tree head.

The note text is at least three non-empty lines: the log's origin, the tree size in
ASCII decimal without leading zeroes, and the RFC 9162 root hash in standard padded
base64; any further lines are opaque, non-empty extension lines. The checkpoint is
then signed as a note (app.protocol.signed_note) by the log's Ed25519 key, whose
name should be the origin.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import ed25519

from app.protocol.encoding import parse_decimal
from app.protocol.merkle import HASH_BYTES, MAX_TREE_SIZE
from app.protocol.signed_note import (
    NoteError,
    Verifier,
    b64decode_std,
    b64encode_std,
    check_text,
    open_note,
    sign_note,
)


class CheckpointError(ValueError):
    """The text is not a well-formed checkpoint, or is not the expected log's."""


def _check_line(line: str, what: str) -> None:
    if line == "":
        raise CheckpointError(f"{what} must not be empty")
    if "\n" in line:
        raise CheckpointError(f"{what} must be one line")
    try:
        check_text(line + "\n")
    except NoteError as exc:
        raise CheckpointError(f"{what}: {exc}") from None


@dataclass(frozen=True)
class Checkpoint:
    """The note text of a checkpoint: origin, tree size, root hash, extension lines."""

    origin: str
    size: int
    root_hash: bytes
    extensions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _check_line(self.origin, "origin")
        if not 0 <= self.size <= MAX_TREE_SIZE:
            raise CheckpointError(f"tree size {self.size} is not a uint64")
        if len(self.root_hash) != HASH_BYTES:
            raise CheckpointError(f"root hash must be {HASH_BYTES} bytes")
        for line in self.extensions:
            _check_line(line, "extension line")

    def to_text(self) -> str:
        lines = [self.origin, str(self.size), b64encode_std(self.root_hash), *self.extensions]
        return "".join(line + "\n" for line in lines)

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        """Parse a checkpoint note text (the signed part, final newline included)."""
        if not text.endswith("\n"):
            raise CheckpointError("checkpoint text must end in a newline")
        lines = text[:-1].split("\n")
        if len(lines) < 3:
            raise CheckpointError("checkpoint text has fewer than three lines")
        origin, size, root_hash, *extensions = lines
        try:
            tree_size = parse_decimal(size, MAX_TREE_SIZE)
        except ValueError as exc:
            raise CheckpointError(f"tree size: {exc}") from None
        try:
            decoded = b64decode_std(root_hash)
        except ValueError as exc:
            raise CheckpointError(f"root hash: {exc}") from None
        return cls(origin, tree_size, decoded, tuple(extensions))

    def sign(self, private_key: ed25519.Ed25519PrivateKey, name: str | None = None) -> str:
        """The signed checkpoint note, by key `name` (default, as recommended: the origin)."""
        return sign_note(self.to_text(), self.origin if name is None else name, private_key)


def open_checkpoint(note: str | bytes, origin: str, verifiers: Iterable[Verifier]) -> Checkpoint:
    """Verify a signed checkpoint from the log `origin` and parse it.

    `verifiers` are the log's keys: at least one must have signed (other signatures,
    such as witness cosignatures, are ignored as the note spec requires). Raises
    NoteError for a bad or missing signature, CheckpointError for a malformed text
    or a checkpoint of another log.
    """
    text, _ = open_note(note, verifiers)
    checkpoint = Checkpoint.parse(text)
    if checkpoint.origin != origin:
        raise CheckpointError(f"checkpoint is from {checkpoint.origin!r}, not {origin!r}")
    return checkpoint
