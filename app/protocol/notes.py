"""Advocate notes: encrypted to the victim and the advocate, signed by the advocate.

    binding   = note_id || case_id || victim_id || advocate_id || entry_id     80 bytes
                (entry_id is 16 zero bytes for a note on the whole case)
    envelope  = 0x01 || nonce (12) || AES-256-GCM(note_key, nonce, pad(plaintext),
                                                  aad = "daybook/v1/note" || 0x00 || binding)
    wrap to R = HPKE envelope of note_key, info = wrap_info("note-key", note_id, R's account id)
    signed    = "daybook/v1/note-signature" || 0x00 || binding || SHA-256(envelope)
                || SHA-256(victim wrap) || SHA-256(advocate wrap)
    signature = Ed25519 by the advocate over `signed`

The plaintext is canonical JSON {"kind", "text", "written_at"}, padded like an
entry (app/protocol/padding.py) to at most NOTE_MAX_BUCKET bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.protocol import hpke, strict_json
from app.protocol.commitment import canonical_json
from app.protocol.padding import BUCKETS, pad, unpad

ENVELOPE_VERSION = 0x01
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
AAD_LABEL = b"daybook/v1/note\x00"
SIGNATURE_LABEL = b"daybook/v1/note-signature\x00"
KEY_PURPOSE = "note-key"
NO_ENTRY = uuid.UUID(int=0)
NOTE_MAX_BUCKET = 16 * 1024
NOTE_BUCKETS = tuple(b for b in BUCKETS if b <= NOTE_MAX_BUCKET)
ENVELOPE_SIZES = frozenset(1 + NONCE_BYTES + b + TAG_BYTES for b in NOTE_BUCKETS)
MAX_ENVELOPE_BYTES = max(ENVELOPE_SIZES)
KINDS = ("note", "safety-plan")


@dataclass(frozen=True)
class NoteBinding:
    """Where a note belongs; bound into its encryption and its signature."""

    note_id: uuid.UUID
    case_id: uuid.UUID
    victim_id: uuid.UUID
    advocate_id: uuid.UUID
    entry_id: uuid.UUID | None

    def to_bytes(self) -> bytes:
        entry = self.entry_id or NO_ENTRY
        return (
            self.note_id.bytes
            + self.case_id.bytes
            + self.victim_id.bytes
            + self.advocate_id.bytes
            + entry.bytes
        )

    def wrap_info(self, recipient_id: uuid.UUID) -> bytes:
        return hpke.wrap_info(KEY_PURPOSE, self.note_id, recipient_id)


@dataclass(frozen=True)
class NoteContent:
    """What the advocate wrote: `kind` is "note" or "safety-plan" (an action
    agreed with the victim)."""

    kind: str
    text: str
    written_at: dt.datetime

    def to_bytes(self) -> bytes:
        return canonical_json(
            {
                "kind": self.kind,
                "text": self.text,
                "written_at": self.written_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
            }
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> NoteContent:
        """Strict: exactly these three fields, of these types, canonically encoded."""
        value: Any = strict_json.loads(data.decode("utf-8"))
        if not isinstance(value, dict) or set(value) != {"kind", "text", "written_at"}:
            raise ValueError("a note holds exactly kind, text and written_at")
        kind, text, written = value["kind"], value["text"], value["written_at"]
        if kind not in KINDS or not isinstance(text, str) or not isinstance(written, str):
            raise ValueError(f"a note's kind is one of {', '.join(KINDS)}, its text a string")
        note = cls(kind, text, dt.datetime.fromisoformat(written))
        if note.written_at.tzinfo is None or note.to_bytes() != data:
            raise ValueError("a note's plaintext is not in its canonical form")
        return note


@dataclass(frozen=True)
class SealedNote:
    envelope: bytes
    victim_wrap: bytes
    advocate_wrap: bytes
    signature: bytes


def associated_data(binding: NoteBinding) -> bytes:
    return AAD_LABEL + binding.to_bytes()


def signed_message(
    binding: NoteBinding, envelope: bytes, victim_wrap: bytes, advocate_wrap: bytes
) -> bytes:
    def digest(data: bytes) -> bytes:
        return hashlib.sha256(data).digest()

    return (
        SIGNATURE_LABEL
        + binding.to_bytes()
        + digest(envelope)
        + digest(victim_wrap)
        + digest(advocate_wrap)
    )


def seal(
    content: NoteContent,
    binding: NoteBinding,
    victim: x25519.X25519PublicKey,
    advocate: x25519.X25519PublicKey,
    signer: ed25519.Ed25519PrivateKey,
    *,
    note_key: bytes | None = None,
    nonce: bytes | None = None,
) -> SealedNote:
    """Encrypt under a fresh note key, wrap it to both readers, sign it all."""
    note_key = note_key if note_key is not None else os.urandom(KEY_BYTES)
    nonce = nonce if nonce is not None else os.urandom(NONCE_BYTES)
    padded = pad(content.to_bytes())
    if len(padded) > NOTE_MAX_BUCKET:
        raise ValueError(f"a note is limited to {NOTE_MAX_BUCKET - 1} bytes of JSON")
    body = AESGCM(note_key).encrypt(nonce, padded, associated_data(binding))
    envelope = bytes([ENVELOPE_VERSION]) + nonce + body
    victim_wrap = hpke.wrap(note_key, victim, binding.wrap_info(binding.victim_id))
    advocate_wrap = hpke.wrap(note_key, advocate, binding.wrap_info(binding.advocate_id))
    signature = signer.sign(signed_message(binding, envelope, victim_wrap, advocate_wrap))
    return SealedNote(envelope, victim_wrap, advocate_wrap, signature)


def check_layout(envelope: bytes) -> None:
    """What the server can check without the key: version byte and a bucket length."""
    if len(envelope) not in ENVELOPE_SIZES:
        sizes = ", ".join(str(size) for size in sorted(ENVELOPE_SIZES))
        raise ValueError(f"a note envelope is one of {sizes} bytes long, got {len(envelope)}")
    if envelope[0] != ENVELOPE_VERSION:
        raise ValueError(f"unknown note envelope version {envelope[0]}")


def signature_ok(
    binding: NoteBinding, sealed: SealedNote, advocate: ed25519.Ed25519PublicKey
) -> bool:
    message = signed_message(binding, sealed.envelope, sealed.victim_wrap, sealed.advocate_wrap)
    try:
        advocate.verify(sealed.signature, message)
    except InvalidSignature:
        return False
    return True


def note_key(
    sealed: SealedNote,
    binding: NoteBinding,
    reader_id: uuid.UUID,
    reader: x25519.X25519PrivateKey,
) -> bytes:
    """The note key from the reader's own wrap (the victim's or the advocate's)."""
    if reader_id not in (binding.victim_id, binding.advocate_id):
        raise ValueError("the note is for its victim and its advocate only")
    wrap = sealed.victim_wrap if reader_id == binding.victim_id else sealed.advocate_wrap
    return hpke.unwrap(wrap, reader, binding.wrap_info(reader_id))


def open_with_key(
    sealed: SealedNote,
    binding: NoteBinding,
    key: bytes,
    advocate: ed25519.Ed25519PublicKey,
) -> NoteContent:
    """Check the advocate's signature and decrypt with the note key, however
    the reader got it (its own wrap, or a key grant after a handover)."""
    if not signature_ok(binding, sealed, advocate):
        raise ValueError("the note is not signed by its advocate")
    check_layout(sealed.envelope)
    nonce, body = sealed.envelope[1 : 1 + NONCE_BYTES], sealed.envelope[1 + NONCE_BYTES :]
    padded = AESGCM(key).decrypt(nonce, body, associated_data(binding))
    return NoteContent.from_bytes(unpad(padded))


def open_note(
    sealed: SealedNote,
    binding: NoteBinding,
    reader_id: uuid.UUID,
    reader: x25519.X25519PrivateKey,
    advocate: ed25519.Ed25519PublicKey,
) -> NoteContent:
    """Check the advocate's signature, unwrap the reader's copy of the key and
    decrypt. Raises ValueError or InvalidTag if any of it fails."""
    if not signature_ok(binding, sealed, advocate):
        raise ValueError("the note is not signed by its advocate")
    return open_with_key(sealed, binding, note_key(sealed, binding, reader_id, reader), advocate)
