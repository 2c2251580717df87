from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import Field

from app.protocol.notes import MAX_ENVELOPE_BYTES
from app.wire import Base64Url, RequestModel, ResponseModel

# The largest note envelope in base64url, plus room for the wraps and the rest.
MAX_NOTE_BODY_BYTES = MAX_ENVELOPE_BYTES * 4 // 3 + 4096
NoteEnvelope = Annotated[bytes, Base64Url(max_size=MAX_ENVELOPE_BYTES)]
KeyWrap = Annotated[bytes, Base64Url(max_size=256)]
Signature = Annotated[bytes, Base64Url(64)]


class NoteIn(RequestModel):
    entry_id: uuid.UUID | None = Field(
        default=None, description="A shared entry the note is about; none for the whole case."
    )
    ciphertext: NoteEnvelope = Field(description="0x01 || nonce || AES-256-GCM(padded note).")
    victim_envelope: KeyWrap = Field(description="The note key, HPKE-wrapped to the victim.")
    advocate_envelope: KeyWrap = Field(description="The note key, HPKE-wrapped to the advocate.")
    signature: Signature = Field(description="Ed25519 by the advocate over the note message.")


class HandedOverKey(ResponseModel):
    """The note key re-wrapped to the caller by the victim when a case was
    handed to them: info wrap_info("note-key", note id, caller), signed by
    the victim as a key grant. Open this instead of `advocate_envelope`."""

    envelope: KeyWrap
    signature: Signature


class NoteOut(ResponseModel):
    id: uuid.UUID
    case_id: uuid.UUID
    victim_id: uuid.UUID
    advocate_id: uuid.UUID
    entry_id: uuid.UUID | None
    ciphertext: NoteEnvelope
    victim_envelope: KeyWrap
    advocate_envelope: KeyWrap
    signature: Signature
    created_at: dt.datetime
    handed_over: HandedOverKey | None = Field(
        default=None, description="Set on a note of an earlier case handed to the caller."
    )


class NoteList(ResponseModel):
    notes: list[NoteOut]
