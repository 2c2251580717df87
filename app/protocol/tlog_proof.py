"""C2SP transparency log proofs (c2sp.org/tlog-proof): offline proof that a leaf is logged.

    c2sp.org/tlog-proof@v1
    extra <base64 extra data>          (optional; unauthenticated)
    index <leaf index>
    <base64 inclusion proof hash>      (zero or more, leaf sibling first)

    <signed checkpoint, verbatim>

A receipt becomes such a proof: anyone holding the log's verifier key and the
receipt's leaf data can check, with no server, that the signed tree head includes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.protocol.checkpoint import Checkpoint, open_checkpoint
from app.protocol.encoding import parse_decimal
from app.protocol.merkle import HASH_BYTES, MAX_TREE_SIZE, leaf_hash, verify_inclusion
from app.protocol.signed_note import (
    NoteError,
    Verifier,
    b64decode_std,
    b64encode_std,
    parse_note,
)

HEADER = "c2sp.org/tlog-proof@v1"
EXTRA_PREFIX = "extra "
INDEX_PREFIX = "index "
# A tree of at most 2**64 - 1 leaves has paths of at most 64 hashes.
MAX_PROOF_HASHES = 64


class ProofError(ValueError):
    """The proof is malformed, or does not prove the leaf under a trusted checkpoint."""


@dataclass(frozen=True)
class TlogProof:
    """A parsed tlog-proof. Nothing in it is verified until `check_proof`."""

    index: int
    proof: tuple[bytes, ...]
    checkpoint: str  # the signed checkpoint note, verbatim
    extra: bytes | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.index < MAX_TREE_SIZE:
            raise ProofError(f"index {self.index} is not a uint64 leaf index")
        if len(self.proof) > MAX_PROOF_HASHES:
            raise ProofError(f"an inclusion proof has at most {MAX_PROOF_HASHES} hashes")
        if any(len(h) != HASH_BYTES for h in self.proof):
            raise ProofError(f"proof hashes must be {HASH_BYTES} bytes")
        try:
            # Syntax only: the checkpoint must be a signed note to be embedded verbatim.
            parse_note(self.checkpoint)
        except NoteError as exc:
            raise ProofError(f"checkpoint: {exc}") from None

    def to_text(self) -> str:
        lines = [HEADER]
        if self.extra is not None:
            lines.append(EXTRA_PREFIX + b64encode_std(self.extra))
        lines.append(f"{INDEX_PREFIX}{self.index}")
        lines.extend(b64encode_std(h) for h in self.proof)
        return "".join(line + "\n" for line in lines) + "\n" + self.checkpoint


def format_proof(
    index: int, proof: Sequence[bytes], signed_checkpoint: str, extra: bytes | None = None
) -> str:
    """The tlog-proof text for leaf `index`, its inclusion proof, and a signed checkpoint."""
    return TlogProof(index, tuple(proof), signed_checkpoint, extra).to_text()


def parse_proof(text: str) -> TlogProof:
    """Parse a tlog-proof text strictly; raises ProofError. Verifies nothing."""
    header, sep, rest = text.partition("\n")
    if header != HEADER or not sep:
        raise ProofError(f"a tlog-proof starts with the line {HEADER!r}")
    line, _, rest = rest.partition("\n")
    extra = None
    if line.startswith(EXTRA_PREFIX):
        try:
            extra = b64decode_std(line[len(EXTRA_PREFIX) :])
        except ValueError as exc:
            raise ProofError(f"extra data: {exc}") from None
        line, _, rest = rest.partition("\n")
    if not line.startswith(INDEX_PREFIX):
        raise ProofError("expected 'index ' and a decimal number without leading zeroes")
    try:
        index = parse_decimal(line[len(INDEX_PREFIX) :], MAX_TREE_SIZE)
    except ValueError as exc:
        raise ProofError(f"index: {exc}") from None
    hashes: list[bytes] = []
    while True:
        line, sep, rest = rest.partition("\n")
        if not sep:
            raise ProofError("no empty line between the inclusion proof and the checkpoint")
        if line == "":
            break
        if len(hashes) == MAX_PROOF_HASHES:
            raise ProofError(f"an inclusion proof has at most {MAX_PROOF_HASHES} hashes")
        try:
            hashes.append(b64decode_std(line))
        except ValueError as exc:
            raise ProofError(f"proof hash: {exc}") from None
    return TlogProof(index, tuple(hashes), rest, extra)


@dataclass(frozen=True)
class VerifiedProof:
    """What a verified proof establishes: this leaf is at `index` under `checkpoint`."""

    index: int
    checkpoint: Checkpoint
    extra: bytes | None  # carried along, but not authenticated by anything


def check_proof(
    text: str,
    origin: str,
    verifiers: Iterable[Verifier],
    *,
    leaf_data: bytes | None = None,
    leaf: bytes | None = None,
) -> VerifiedProof:
    """Verify a tlog-proof for one leaf, given as its data or its RFC 9162 leaf hash.

    The checkpoint must be signed by one of the log's keys (`verifiers`) and be from
    `origin`, and the inclusion proof must lead from the leaf to its root hash.
    Raises ProofError, or NoteError for the checkpoint's signatures.
    """
    if leaf_data is not None and leaf is None:
        target = leaf_hash(leaf_data)
    elif leaf is not None and leaf_data is None:
        target = leaf
    else:
        raise TypeError("give exactly one of leaf_data and leaf (its leaf hash)")
    parsed = parse_proof(text)
    checkpoint = open_checkpoint(parsed.checkpoint, origin, verifiers)
    if not verify_inclusion(
        parsed.index, checkpoint.size, target, parsed.proof, checkpoint.root_hash
    ):
        raise ProofError("the inclusion proof does not lead to the checkpoint's root hash")
    return VerifiedProof(parsed.index, checkpoint, parsed.extra)


def verify_proof(
    text: str,
    origin: str,
    verifiers: Iterable[Verifier],
    *,
    leaf_data: bytes | None = None,
    leaf: bytes | None = None,
) -> bool:
    """`check_proof` as a yes or no: True only when the proof is valid and trusted."""
    try:
        check_proof(text, origin, verifiers, leaf_data=leaf_data, leaf=leaf)
    except ValueError:  # ProofError, NoteError and CheckpointError alike
        return False
    return True
