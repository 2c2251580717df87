"""Hand-overs of the log's key are refused unless both keys signed exactly
the six lines, each links to the key before it, and a retired key speaks only
for trees up to the one it handed over."""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.protocol import merkle
from app.protocol.checkpoint import Checkpoint
from app.protocol.key_handover import Handover, HandoverError, KeyChain, open_handover
from app.protocol.signed_note import Signer, UnverifiedNoteError, sign_note_with

ORIGIN = "log.daybook.example/evidence"
ROOT3 = merkle.root([hashlib.sha256(bytes([n])).digest() for n in range(3)])


def key() -> Signer:
    return Signer(ORIGIN, ed25519.Ed25519PrivateKey.generate())


def test_a_hand_over_needs_both_signatures() -> None:
    old, new = key(), key()
    handover = Handover(ORIGIN, old.verifier(), new.verifier(), 3, ROOT3)
    assert open_handover(handover.sign(old, new), ORIGIN) == handover
    for signers, missing in (([old], "new"), ([new], "old")):
        with pytest.raises(HandoverError, match=f"not signed by its {missing} key"):
            open_handover(sign_note_with(handover.to_text(), signers), ORIGIN)
    with pytest.raises(HandoverError, match="not"):
        open_handover(handover.sign(old, new), "elsewhere.example/log")
    tampered = handover.sign(old, new).replace("\n3\n", "\n4\n", 1)
    with pytest.raises(HandoverError, match="not signed by its old key"):
        open_handover(tampered, ORIGIN)
    with pytest.raises(HandoverError, match="to itself"):
        Handover(ORIGIN, old.verifier(), old.verifier(), 3, ROOT3)


def test_a_chain_links_every_key_to_the_one_before() -> None:
    first, second, third = key(), key(), key()
    one = Handover(ORIGIN, first.verifier(), second.verifier(), 3, ROOT3).sign(first, second)
    two = Handover(ORIGIN, second.verifier(), third.verifier(), 3, ROOT3).sign(second, third)
    chain = KeyChain.open(ORIGIN, first.verifier(), [one, two])
    assert [e.last_size for e in chain.eras] == [3, 3, None]
    with pytest.raises(HandoverError, match="but the log's key before it is"):
        KeyChain.open(ORIGIN, first.verifier(), [two])
    smaller = Handover(ORIGIN, second.verifier(), third.verifier(), 2, ROOT3).sign(second, third)
    with pytest.raises(HandoverError, match="smaller than"):
        KeyChain.open(ORIGIN, first.verifier(), [one, smaller])


def test_a_retired_key_signs_no_tree_past_its_hand_over() -> None:
    old, new, stranger = key(), key(), key()
    note = Handover(ORIGIN, old.verifier(), new.verifier(), 3, ROOT3).sign(old, new)
    chain = KeyChain.open(ORIGIN, old.verifier(), [note])
    assert chain.open_checkpoint(Checkpoint(ORIGIN, 3, ROOT3).sign(old.private_key))[0].size == 3
    assert chain.open_checkpoint(Checkpoint(ORIGIN, 9, ROOT3).sign(new.private_key))[0].size == 9
    with pytest.raises(HandoverError, match="handed the log over at a tree of 3"):
        chain.open_checkpoint(Checkpoint(ORIGIN, 4, ROOT3).sign(old.private_key))
    other_root = hashlib.sha256(b"another history").digest()
    with pytest.raises(HandoverError):
        chain.open_checkpoint(Checkpoint(ORIGIN, 3, other_root).sign(old.private_key))
    with pytest.raises(UnverifiedNoteError):
        chain.open_checkpoint(Checkpoint(ORIGIN, 3, ROOT3).sign(stranger.private_key))
