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
from app.protocol import hpke, key_grants, notes
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
    binding, sealed = binding_of(wire), _sealed(wire)
    try:
        content = notes.open_note(sealed, binding, reader.account_id, reader.keys.hpke, advocate)
    except Exception as exc:
        raise VerificationError(f"note {binding.note_id}: does not verify ({exc!r})") from exc
    return _verified(wire, binding, content)


def open_handed(
    wire: dict[str, Any],
    reader: Identity,
    advocate: ed25519.Ed25519PublicKey,
    victim: ed25519.Ed25519PublicKey,
) -> VerifiedNote:
    """A note of an earlier case that the victim handed to this advocate: the
    key comes from her grant (checked against `victim`, her signing key), the
    note itself is still checked against its author, the earlier advocate."""
    binding, sealed = binding_of(wire), _sealed(wire)
    grant = wire["handed_over"]
    info = hpke.wrap_info(notes.KEY_PURPOSE, binding.note_id, reader.account_id)
    try:
        key = key_grants.open_grant(
            b64decode(grant["envelope"]),
            b64decode(grant["signature"]),
            info,
            reader.keys.hpke,
            victim,
        )
        content = notes.open_with_key(sealed, binding, key, advocate)
    except Exception as exc:
        raise VerificationError(f"note {binding.note_id}: does not verify ({exc!r})") from exc
    return _verified(wire, binding, content)


def note_grant(
    wire: dict[str, Any], victim: Identity, reader_id: uuid.UUID, reader: x25519.X25519PublicKey
) -> dict[str, Any]:
    """The victim re-wraps a note's key, from her own wrap, to a new reader
    and signs the wrap (a handover's `note_grants`)."""
    binding = binding_of(wire)
    key = notes.note_key(_sealed(wire), binding, victim.account_id, victim.keys.hpke)
    info = hpke.wrap_info(notes.KEY_PURPOSE, binding.note_id, reader_id)
    envelope, signature = key_grants.grant(key, reader, info, victim.keys.signing)
    return {
        "note_id": str(binding.note_id),
        "envelope": b64encode(envelope),
        "signature": b64encode(signature),
    }


def _sealed(wire: dict[str, Any]) -> notes.SealedNote:
    return notes.SealedNote(
        b64decode(wire["ciphertext"]),
        b64decode(wire["victim_envelope"]),
        b64decode(wire["advocate_envelope"]),
        b64decode(wire["signature"]),
    )


def _verified(
    wire: dict[str, Any], binding: notes.NoteBinding, content: notes.NoteContent
) -> VerifiedNote:
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
