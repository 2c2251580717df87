"""C2SP tlog-cosignature/v1 (Ed25519): the signed message, key IDs, the line, and
verification, checked against the spec's layout and the Go reference's vectors."""

from __future__ import annotations

import base64
import hashlib

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.protocol.checkpoint import Checkpoint, open_checkpoint
from app.protocol.cosignature import (
    COSIGNATURE_TYPE,
    Cosignature,
    CosignatureError,
    CosignatureSigner,
    CosignatureVerifier,
    cosigned_message,
    open_cosignatures,
)
from app.protocol.keys import raw_public
from app.protocol.signed_note import (
    NoteError,
    NoteSignature,
    Signer,
    UnverifiedNoteError,
    Verifier,
    open_note,
)

ORIGIN = "log.daybook.example/evidence"
TEXT = Checkpoint(ORIGIN, 5, hashlib.sha256(b"root").digest()).to_text()
WHEN = 1_767_225_600  # 2026-01-01T00:00:00Z


def witness(name: str = "witness.example/w1", seed: bytes | None = None) -> CosignatureSigner:
    key = (
        ed25519.Ed25519PrivateKey.generate()
        if seed is None
        else ed25519.Ed25519PrivateKey.from_private_bytes(seed)
    )
    return CosignatureSigner(name, key)


def log_note() -> tuple[Signer, str]:
    log = Signer(ORIGIN, ed25519.Ed25519PrivateKey.generate())
    return log, Checkpoint.parse(TEXT).sign(log.private_key)


def test_the_signed_message_is_header_time_and_note_text() -> None:
    assert cosigned_message(TEXT, 1679315147) == (
        b"cosignature/v1\ntime 1679315147\n" + TEXT.encode()
    )
    assert cosigned_message(TEXT, 0).startswith(b"cosignature/v1\ntime 0\n")
    with pytest.raises(CosignatureError):
        cosigned_message(TEXT, 1 << 63)
    with pytest.raises(NoteError):
        cosigned_message(TEXT.rstrip("\n"), WHEN)


def test_a_cosignature_line_is_key_id_timestamp_and_ed25519_signature() -> None:
    signer = witness(seed=bytes(range(32)))
    cosignature = signer.cosign(TEXT, WHEN)
    line = cosignature.line()
    name, encoded = line.removeprefix("\u2014 ").removesuffix("\n").split(" ")
    raw = base64.b64decode(encoded)
    public = raw_public(signer.private_key.public_key())
    assert name == signer.name
    # SHA-256(name || "\n" || 0x04 || key)[:4]: type 0x04, not the note's 0x01.
    key_id = hashlib.sha256(signer.name.encode() + b"\n\x04" + public).digest()[:4]
    assert raw[:4] == key_id == signer.verifier().key_id
    assert int.from_bytes(raw[4:12], "big") == WHEN
    # The Ed25519 signature over the message, checked with no code of ours.
    expected = b"cosignature/v1\ntime 1767225600\n" + TEXT.encode()
    signer.private_key.public_key().verify(raw[12:], expected)
    assert len(raw) == 4 + 8 + 64
    assert cosignature.time.isoformat() == "2026-01-01T00:00:00+00:00"


def test_vkeys_are_type_0x04_and_their_key_id_is_checked() -> None:
    # A real witness's key, as the Go reference (transparency-dev/formats) parses it.
    remora = CosignatureVerifier.from_vkey(
        "remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2"
    )
    assert remora.name == "remora.n621.de"
    assert remora.key_id.hex() == "da77ade7"
    signer = witness()
    vkey = signer.verifier().vkey()
    assert base64.b64decode(vkey.split("+", 2)[2])[0] == COSIGNATURE_TYPE
    assert CosignatureVerifier.from_vkey(vkey) == signer.verifier()
    # The same key as a note verifier key (type 0x01) is not a witness key, nor back.
    note_vkey = Verifier(signer.name, signer.private_key.public_key()).vkey()
    with pytest.raises(ValueError, match="key type 0x01"):
        CosignatureVerifier.from_vkey(note_vkey)
    with pytest.raises(ValueError, match="key type 0x04"):
        Verifier.from_vkey(vkey)
    name, key_id, key = vkey.split("+", 2)
    with pytest.raises(ValueError, match="key ID"):
        CosignatureVerifier.from_vkey(f"{name}+00000000+{key}")
    with pytest.raises(ValueError, match="key ID"):
        CosignatureVerifier.from_vkey(f"other.example+{key_id}+{key}")


def test_the_timestamp_of_the_go_references_vector() -> None:
    # transparency-dev/formats note TestCoSigV1Timestamp: this signature is of 1727964367.
    raw = base64.b64decode(
        "ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWW"
        "OworDcFiEBYJXORmnFBOBA=="
    )
    parsed = Cosignature.from_note_signature(NoteSignature("w", raw[:4], raw[4:]))
    assert parsed.timestamp == 1727964367
    # A plain Ed25519 note signature (64 bytes) is not a cosignature.
    with pytest.raises(CosignatureError, match="72 bytes"):
        Cosignature.from_note_signature(NoteSignature("w", raw[:4], raw[12:]))


def test_cosignatures_on_a_checkpoint_verify_and_the_log_signature_still_does() -> None:
    log, note = log_note()
    first, second = witness("witness.example/w1"), witness("witness.example/w2")
    cosigned = second.cosign_note(first.cosign_note(note, WHEN), WHEN + 5)
    opened = open_cosignatures(cosigned, [first.verifier(), second.verifier()])
    assert opened.text == TEXT
    assert [(c.name, c.timestamp) for c in opened.cosignatures] == [
        (first.name, WHEN),
        (second.name, WHEN + 5),
    ]
    assert [s.name for s in opened.others] == [ORIGIN]
    # Only the witnesses one knows are checked; the rest is left to the caller.
    only_second = open_cosignatures(cosigned, [second.verifier()])
    assert [s.name for s in only_second.others] == [ORIGIN, first.name]
    # A checkpoint reader ignores cosignatures as unknown keys, as the spec requires.
    assert open_checkpoint(cosigned, ORIGIN, [log.verifier()]).size == 5
    # And a cosignature is never a note signature of the same key.
    as_note_key = Verifier(first.name, first.private_key.public_key())
    with pytest.raises(UnverifiedNoteError):
        open_note(first.cosign_note(note, WHEN), [as_note_key])


def test_bad_cosignatures_are_refused() -> None:
    _, note = log_note()
    signer = witness()
    key = signer.verifier()
    good = signer.cosign(TEXT, WHEN)

    other_text = TEXT.replace("\n5\n", "\n6\n")
    with pytest.raises(CosignatureError, match="invalid"):
        open_cosignatures(note + signer.cosign(other_text, WHEN).line(), [key])
    moved = Cosignature(good.name, good.key_id, WHEN + 1, good.signature)
    with pytest.raises(CosignatureError, match="invalid"):
        open_cosignatures(note + moved.line(), [key])
    with pytest.raises(CosignatureError, match="twice"):
        open_cosignatures(note + good.line() + good.line(), [key])
    with pytest.raises(CosignatureError, match="future"):
        open_cosignatures(note + good.line(), [key], not_after=WHEN - 1)
    assert open_cosignatures(note + good.line(), [key], not_after=WHEN).cosignatures == (good,)
    short = NoteSignature(good.name, good.key_id, good.signature)
    with pytest.raises(CosignatureError, match="72 bytes"):
        open_cosignatures(note + short.line(), [key])
    with pytest.raises(NoteError):
        open_cosignatures(TEXT, [key])
    # Someone else's key under the witness's name has another key ID: not the witness's.
    impostor = witness(signer.name)
    unknown = open_cosignatures(note + impostor.cosign(TEXT, WHEN).line(), [key])
    assert unknown.cosignatures == ()
    assert [s.name for s in unknown.others] == [ORIGIN, signer.name]


def test_signer_repr_hides_the_key() -> None:
    signer = witness(seed=bytes(32))
    assert "private" not in repr(signer).lower()
    assert signer.verifier().key_id.hex() in repr(signer)
