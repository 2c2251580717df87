"""Advocate notes on the device: sealed by the advocate, opened and checked
by the advocate or the victim (docs/protocol, advocate notes)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from app.client.errors import VerificationError
from app.client.identity import Identity
from app.protocol import notes
from app.protocol.encoding import b64decode, b64encode


@dataclass(frozen=True)
class VerifiedNote:
    note_id: uuid.UUID
    case_id: uuid.UUID
    advocate_id: uuid.UUID
    entry_id: uuid.UUID | None
    kind: str
    text: str
    written_at: dt.datetime
    received_at: dt.datetime
    # False when the author's key was taken from the server, never compared.
    author_confirmed: bool = True


def _optional_uuid(value: str | None) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(value)


def binding_of(wire: dict[str, Any]) -> notes.NoteBinding:
    return notes.NoteBinding(
        note_id=uuid.UUID(wire["id"]),
        case_id=uuid.UUID(wire["case_id"]),
        victim_id=uuid.UUID(wire["victim_id"]),
        advocate_id=uuid.UUID(wire["advocate_id"]),
        entry_id=_optional_uuid(wire["entry_id"]),
    )


def seal(
    content: notes.NoteContent,
    binding: notes.NoteBinding,
    author: Identity,
    victim: x25519.X25519PublicKey,
) -> dict[str, Any]:
    """The request body of PUT /v1/cases/{case_id}/notes/{note_id}."""
    sealed = notes.seal(
        content, binding, victim, author.keys.hpke.public_key(), author.keys.signing
    )
    return {
        "entry_id": None if binding.entry_id is None else str(binding.entry_id),
        "ciphertext": b64encode(sealed.envelope),
        "victim_envelope": b64encode(sealed.victim_wrap),
        "advocate_envelope": b64encode(sealed.advocate_wrap),
        "signature": b64encode(sealed.signature),
    }


def open_wire(
    wire: dict[str, Any], reader: Identity, advocate: ed25519.Ed25519PublicKey
) -> VerifiedNote:
    """Check and decrypt a note as the server sent it; `advocate` is the
    author's signing key as this device confirmed it."""
    binding = binding_of(wire)
    sealed = notes.SealedNote(
        b64decode(wire["ciphertext"]),
        b64decode(wire["victim_envelope"]),
        b64decode(wire["advocate_envelope"]),
        b64decode(wire["signature"]),
    )
    try:
        content = notes.open_note(sealed, binding, reader.account_id, reader.keys.hpke, advocate)
    except Exception as exc:
        raise VerificationError(f"note {binding.note_id}: does not verify ({exc!r})") from exc
    return VerifiedNote(
        note_id=binding.note_id,
        case_id=binding.case_id,
        advocate_id=binding.advocate_id,
        entry_id=binding.entry_id,
        kind=content.kind,
        text=content.text,
        written_at=content.written_at,
        received_at=dt.datetime.fromisoformat(wire["created_at"]),
    )
