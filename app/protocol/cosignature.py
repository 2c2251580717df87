"""C2SP transparency log cosignatures (c2sp.org/tlog-cosignature), Ed25519 type.

A cosignature is a witness's statement that, as of a time, the checkpoint is the
largest consistent tree head it has seen of that log. It is one more signature line
on the signed checkpoint note (app.protocol.signed_note):

    — <witness name> base64(key ID || timestamp || Ed25519 signature)

where the key ID is SHA-256(name || 0x0A || 0x04 || public key)[:4] (signature type
0x04, so a log key never verifies as a witness key), the timestamp is the time of
cosigning in POSIX seconds as a big-endian u64 (at most 2**63 - 1), and the Ed25519
signature is over

    cosignature/v1\n
    time <timestamp in ASCII decimal, no leading zeroes>\n
    <the checkpoint note text, final newline included>

Witness keys are vkeys of type 0x04: "<name>+<hex key ID>+<base64(0x04 || key)>".
The ML-DSA-44 cosignature type (0x06) of the same spec is not implemented: its lines
are unknown keys here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.protocol.keys import raw_public
from app.protocol.signed_note import (
    ED25519_SIGNATURE_BYTES,
    KEY_ID_BYTES,
    NoteSignature,
    b64encode_std,
    check_text,
    is_valid_key_name,
    key_id,
    parse_note,
    split_key,
)

COSIGNATURE_TYPE = 0x04
HEADER = "cosignature/v1\n"
TIMESTAMP_BYTES = 8
MAX_TIMESTAMP = (1 << 63) - 1
SIGNATURE_BYTES = TIMESTAMP_BYTES + ED25519_SIGNATURE_BYTES


class CosignatureError(ValueError):
    """A malformed cosignature, or one from a known witness that does not verify."""


def cosigned_message(text: str, timestamp: int) -> bytes:
    """What a cosignature/v1 signs: the header, the time line and the note text."""
    check_text(text)
    if not 0 <= timestamp <= MAX_TIMESTAMP:
        raise CosignatureError(f"cosignature time {timestamp} is out of range")
    return f"{HEADER}time {timestamp}\n{text}".encode()


@dataclass(frozen=True)
class Cosignature:
    """One cosignature line, parsed: who claims it, when, and the raw signature."""

    name: str
    key_id: bytes
    timestamp: int
    signature: bytes

    def __post_init__(self) -> None:
        if not is_valid_key_name(self.name):
            raise CosignatureError(f"invalid witness name {self.name!r}")
        if len(self.key_id) != KEY_ID_BYTES:
            raise CosignatureError(f"a key ID is {KEY_ID_BYTES} bytes")
        if not 0 <= self.timestamp <= MAX_TIMESTAMP:
            raise CosignatureError(f"cosignature time {self.timestamp} is out of range")
        if len(self.signature) != ED25519_SIGNATURE_BYTES:
            raise CosignatureError(f"an Ed25519 signature is {ED25519_SIGNATURE_BYTES} bytes")

    @classmethod
    def from_note_signature(cls, signature: NoteSignature) -> Cosignature:
        """Read a note signature line as a cosignature (its key must be a witness's)."""
        raw = signature.signature
        if len(raw) != SIGNATURE_BYTES:
            raise CosignatureError(
                f"a cosignature/v1 signature is {SIGNATURE_BYTES} bytes, not {len(raw)}"
            )
        timestamp = int.from_bytes(raw[:TIMESTAMP_BYTES], "big")
        return cls(signature.name, signature.key_id, timestamp, raw[TIMESTAMP_BYTES:])

    @property
    def time(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.timestamp, dt.UTC)

    def line(self) -> str:
        """The signature line, final newline included."""
        raw = self.timestamp.to_bytes(TIMESTAMP_BYTES, "big") + self.signature
        return NoteSignature(self.name, self.key_id, raw).line()


@dataclass(frozen=True)
class CosignatureVerifier:
    """A witness's named Ed25519 public key, which verifies its cosignatures."""

    name: str
    public_key: ed25519.Ed25519PublicKey

    def __post_init__(self) -> None:
        if not is_valid_key_name(self.name):
            raise ValueError(f"invalid witness name {self.name!r}")

    @property
    def key_id(self) -> bytes:
        return key_id(self.name, raw_public(self.public_key), COSIGNATURE_TYPE)

    @classmethod
    def from_vkey(cls, vkey: str) -> CosignatureVerifier:
        """Parse "<name>+<hex key ID>+<base64(0x04 || public key)>", checking the ID."""
        name, claimed_id, raw = split_key(vkey, "witness", COSIGNATURE_TYPE)
        if key_id(name, raw, COSIGNATURE_TYPE) != claimed_id:
            raise ValueError("witness key ID does not match the name and key")
        return cls(name, ed25519.Ed25519PublicKey.from_public_bytes(raw))

    def vkey(self) -> str:
        encoded = b64encode_std(bytes([COSIGNATURE_TYPE]) + raw_public(self.public_key))
        return f"{self.name}+{self.key_id.hex()}+{encoded}"

    def matches(self, signature: NoteSignature | Cosignature) -> bool:
        """Whether the line claims this key: both the name and the key ID must match."""
        return (signature.name, signature.key_id) == (self.name, self.key_id)

    def verify(self, text: str, cosignature: Cosignature) -> bool:
        if not self.matches(cosignature):
            return False
        try:
            self.public_key.verify(
                cosignature.signature, cosigned_message(text, cosignature.timestamp)
            )
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True, repr=False)
class CosignatureSigner:
    """A witness's named Ed25519 private key. Its repr shows no key material."""

    name: str
    private_key: ed25519.Ed25519PrivateKey

    def __post_init__(self) -> None:
        if not is_valid_key_name(self.name):
            raise ValueError(f"invalid witness name {self.name!r}")

    def __repr__(self) -> str:
        return f"CosignatureSigner(name={self.name!r}, key_id={self.verifier().key_id.hex()})"

    def verifier(self) -> CosignatureVerifier:
        return CosignatureVerifier(self.name, self.private_key.public_key())

    def cosign(self, text: str, timestamp: int) -> Cosignature:
        """Cosign a checkpoint note text (the signed part) as of `timestamp`."""
        signature = self.private_key.sign(cosigned_message(text, timestamp))
        return Cosignature(self.name, self.verifier().key_id, timestamp, signature)

    def cosign_note(self, note: str, timestamp: int) -> str:
        """The signed note with this witness's cosignature line added at the end."""
        text, _ = parse_note(note)
        return note + self.cosign(text, timestamp).line()


@dataclass(frozen=True)
class CosignedNote:
    """A note's text, the verified cosignatures of known witnesses (in note order),
    and every other signature line, unverified (the log's own among them)."""

    text: str
    cosignatures: tuple[Cosignature, ...]
    others: tuple[NoteSignature, ...]


def open_cosignatures(
    note: str | bytes,
    witnesses: Iterable[CosignatureVerifier],
    *,
    not_after: int | None = None,
) -> CosignedNote:
    """Verify every cosignature of a known witness on a signed note.

    A line is a known witness's when both its name and its key ID match one of
    `witnesses`; every such line must be a well-formed cosignature that verifies,
    at most one per witness, and (when `not_after` is given) not dated after it.
    Other lines are returned untouched for the caller to judge. Raises NoteError for
    a malformed note, CosignatureError for a bad known cosignature.
    """
    known = {(w.name, w.key_id): w for w in witnesses}
    text, signatures = parse_note(note)
    verified: list[Cosignature] = []
    others: list[NoteSignature] = []
    for signature in signatures:
        witness = known.get((signature.name, signature.key_id))
        if witness is None:
            others.append(signature)
            continue
        where = f"{signature.name}+{signature.key_id.hex()}"
        cosignature = Cosignature.from_note_signature(signature)
        if any(witness.matches(seen) for seen in verified):
            raise CosignatureError(f"note cosigned twice by {where}")
        if not_after is not None and cosignature.timestamp > not_after:
            raise CosignatureError(f"cosignature by {where} is dated in the future")
        if not witness.verify(text, cosignature):
            raise CosignatureError(f"invalid cosignature by {where}")
        verified.append(cosignature)
    return CosignedNote(text, tuple(verified), tuple(others))
