"""app.protocol.checkpoint: the C2SP tlog-checkpoint text, and signing and opening it."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.protocol import merkle
from app.protocol.checkpoint import Checkpoint, CheckpointError, open_checkpoint
from app.protocol.signed_note import (
    NoteError,
    Signer,
    UnverifiedNoteError,
    parse_note,
    sign_note_with,
)

ORIGIN = "log.daybook.test/evidence"
ROOT = merkle.leaf_hash(b"root")
ROOT_B64 = base64.b64encode(ROOT).decode()
URLSAFE_B64 = base64.urlsafe_b64encode(bytes([0xFF]) * 32).decode()  # "_" and "-" only


def _key(seed: int) -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32)


LOG = Signer(ORIGIN, _key(1))
WITNESS = Signer("witness.example/w1", _key(2))


def test_spec_example_text() -> None:
    # The note text of the example in c2sp.org/tlog-checkpoint.
    text = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
    checkpoint = Checkpoint.parse(text)
    assert checkpoint.origin == "example.com/behind-the-sofa"
    assert checkpoint.size == 20852163
    assert checkpoint.root_hash == base64.b64decode("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=")
    assert checkpoint.extensions == ()
    assert checkpoint.to_text() == text


@pytest.mark.parametrize(
    "checkpoint",
    [
        Checkpoint(ORIGIN, 0, merkle.EMPTY_ROOT),
        Checkpoint(ORIGIN, 1, ROOT),
        Checkpoint(ORIGIN, merkle.MAX_TREE_SIZE, ROOT),
        Checkpoint("any origin, even with spaces+plus é", 10, ROOT),
        Checkpoint(ORIGIN, 42, ROOT, ("ext one", "— ext two")),
    ],
)
def test_round_trip(checkpoint: Checkpoint) -> None:
    text = checkpoint.to_text()
    assert text.endswith("\n") and "\n\n" not in text
    assert Checkpoint.parse(text) == checkpoint


def test_exact_text() -> None:
    assert Checkpoint(ORIGIN, 7, ROOT, ("x",)).to_text() == f"{ORIGIN}\n7\n{ROOT_B64}\nx\n"


MALFORMED = {
    "two lines": f"{ORIGIN}\n7\n",
    "no final newline": f"{ORIGIN}\n7\n{ROOT_B64}",
    "empty origin": f"\n7\n{ROOT_B64}\n",
    "leading zero": f"{ORIGIN}\n07\n{ROOT_B64}\n",
    "zero zero": f"{ORIGIN}\n00\n{ROOT_B64}\n",
    "plus sign": f"{ORIGIN}\n+7\n{ROOT_B64}\n",
    "minus sign": f"{ORIGIN}\n-7\n{ROOT_B64}\n",
    "space": f"{ORIGIN}\n 7\n{ROOT_B64}\n",
    "underscore": f"{ORIGIN}\n1_0\n{ROOT_B64}\n",
    "arabic-indic digit": f"{ORIGIN}\n\u0667\n{ROOT_B64}\n",
    "hex": f"{ORIGIN}\n0x7\n{ROOT_B64}\n",
    "empty size": f"{ORIGIN}\n\n{ROOT_B64}\n",
    "too large": f"{ORIGIN}\n{2**64}\n{ROOT_B64}\n",
    "short hash": f"{ORIGIN}\n7\n{base64.b64encode(ROOT[:31]).decode()}\n",
    "long hash": f"{ORIGIN}\n7\n{base64.b64encode(ROOT + b'x').decode()}\n",
    "unpadded hash": f"{ORIGIN}\n7\n{ROOT_B64.rstrip('=')}\n",
    "url-safe hash": f"{ORIGIN}\n7\n{URLSAFE_B64}\n",
    "hex hash": f"{ORIGIN}\n7\n{ROOT.hex()}\n",
    "empty extension": f"{ORIGIN}\n7\n{ROOT_B64}\n\n",
    "empty middle extension": f"{ORIGIN}\n7\n{ROOT_B64}\na\n\nb\n",
    "control character": f"{ORIGIN}\x01\n7\n{ROOT_B64}\n",
    "carriage return": f"{ORIGIN}\r\n7\n{ROOT_B64}\n",
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_text(case: str) -> None:
    with pytest.raises(CheckpointError):
        Checkpoint.parse(MALFORMED[case])


def test_constructor_validates() -> None:
    for args in [
        ("", 1, ROOT),
        ("a\nb", 1, ROOT),
        (ORIGIN, -1, ROOT),
        (ORIGIN, 2**64, ROOT),
        (ORIGIN, 1, ROOT[:16]),
    ]:
        with pytest.raises(CheckpointError):
            Checkpoint(*args)
    with pytest.raises(CheckpointError):
        Checkpoint(ORIGIN, 1, ROOT, ("",))
    with pytest.raises(CheckpointError):
        Checkpoint(ORIGIN, 1, ROOT, ("two\nlines",))


# ------------------------------------------------------------------- signatures


def test_sign_and_open() -> None:
    checkpoint = Checkpoint(ORIGIN, 5, ROOT)
    note = checkpoint.sign(LOG.private_key)
    text, [signature] = parse_note(note)
    assert text == checkpoint.to_text()
    assert signature.name == ORIGIN  # the key name defaults to the origin
    assert open_checkpoint(note, ORIGIN, [LOG.verifier()]) == checkpoint


def test_witness_cosignatures_are_ignored() -> None:
    checkpoint = Checkpoint(ORIGIN, 5, ROOT)
    note = sign_note_with(checkpoint.to_text(), [LOG, WITNESS])
    assert open_checkpoint(note, ORIGIN, [LOG.verifier()]) == checkpoint
    # A witness alone is not the log.
    with pytest.raises(UnverifiedNoteError):
        open_checkpoint(sign_note_with(checkpoint.to_text(), [WITNESS]), ORIGIN, [LOG.verifier()])


def test_open_refuses_another_origin_key_or_tampering() -> None:
    checkpoint = Checkpoint(ORIGIN, 5, ROOT)
    note = checkpoint.sign(LOG.private_key)
    with pytest.raises(CheckpointError, match=r"not 'other\.example/log'"):
        open_checkpoint(note, "other.example/log", [LOG.verifier()])
    with pytest.raises(UnverifiedNoteError):
        open_checkpoint(note, ORIGIN, [Signer(ORIGIN, _key(3)).verifier()])
    with pytest.raises(NoteError, match="invalid signature"):
        open_checkpoint(note.replace("\n5\n", "\n6\n"), ORIGIN, [LOG.verifier()])


def test_open_refuses_a_signed_text_that_is_not_a_checkpoint() -> None:
    note = sign_note_with(f"{ORIGIN}\n05\n{ROOT_B64}\n", [LOG])
    with pytest.raises(CheckpointError):
        open_checkpoint(note, ORIGIN, [LOG.verifier()])
