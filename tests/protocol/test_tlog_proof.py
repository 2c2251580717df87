"""app.protocol.tlog_proof: C2SP tlog-proof texts, from the log's side to the verifier's."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.protocol import merkle
from app.protocol.checkpoint import Checkpoint
from app.protocol.signed_note import Signer, sign_note_with
from app.protocol.tlog_proof import (
    HEADER,
    ProofError,
    TlogProof,
    check_proof,
    format_proof,
    parse_proof,
    verify_proof,
)

ORIGIN = "log.daybook.test/evidence"


def _key(seed: int) -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32)


LOG = Signer(ORIGIN, _key(1))
WITNESS = Signer("witness.example/w1", _key(2))
LEAVES = [b"receipt %d" % i for i in range(13)]
HASHES = [merkle.leaf_hash(d) for d in LEAVES]
CHECKPOINT = Checkpoint(ORIGIN, len(LEAVES), merkle.root(HASHES))
SIGNED = CHECKPOINT.sign(LOG.private_key)


def _proof_text(index: int, extra: bytes | None = None, signed: str = SIGNED) -> str:
    return format_proof(index, merkle.inclusion_proof(index, HASHES), signed, extra)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_exact_layout() -> None:
    proof = merkle.inclusion_proof(5, HASHES)
    assert len(proof) == 4
    want = f"{HEADER}\nindex 5\n" + "".join(_b64(h) + "\n" for h in proof) + "\n" + SIGNED
    assert format_proof(5, proof, SIGNED) == want
    with_extra = format_proof(5, proof, SIGNED, b"ctx")
    assert with_extra == want.replace("\nindex", f"\nextra {_b64(b'ctx')}\nindex", 1)


def test_every_leaf_verifies_by_data_and_by_hash() -> None:
    for index, (data, leaf) in enumerate(zip(LEAVES, HASHES, strict=True)):
        text = _proof_text(index)
        assert verify_proof(text, ORIGIN, [LOG.verifier()], leaf_data=data)
        assert verify_proof(text, ORIGIN, [LOG.verifier()], leaf=leaf)
        verified = check_proof(text, ORIGIN, [LOG.verifier()], leaf_data=data)
        assert verified.index == index and verified.checkpoint == CHECKPOINT
        assert verified.extra is None


def test_round_trip() -> None:
    for extra in (None, b"", b"\x00opaque\xff"):
        text = _proof_text(7, extra)
        parsed = parse_proof(text)
        assert parsed == TlogProof(7, tuple(merkle.inclusion_proof(7, HASHES)), SIGNED, extra)
        assert parsed.to_text() == text


def test_single_leaf_tree_has_no_proof_hashes() -> None:
    checkpoint = Checkpoint(ORIGIN, 1, HASHES[0]).sign(LOG.private_key)
    text = format_proof(0, [], checkpoint)
    assert text == f"{HEADER}\nindex 0\n\n{checkpoint}"
    assert verify_proof(text, ORIGIN, [LOG.verifier()], leaf_data=LEAVES[0])


def test_refusals() -> None:
    text = _proof_text(3)
    verifiers = [LOG.verifier()]
    assert not verify_proof(text, ORIGIN, verifiers, leaf_data=LEAVES[4])
    assert not verify_proof(text, ORIGIN, verifiers, leaf=LEAVES[3])  # data is not a hash
    assert not verify_proof(text, "other.example/log", verifiers, leaf_data=LEAVES[3])
    assert not verify_proof(text, ORIGIN, [WITNESS.verifier()], leaf_data=LEAVES[3])
    assert not verify_proof(text, ORIGIN, [], leaf_data=LEAVES[3])
    assert not verify_proof(
        text.replace("index 3", "index 2"), ORIGIN, verifiers, leaf_data=LEAVES[3]
    )
    # A proof for another leaf's place.
    assert not verify_proof(_proof_text(4), ORIGIN, verifiers, leaf_data=LEAVES[3])
    with pytest.raises(ProofError, match="root hash"):
        check_proof(_proof_text(4), ORIGIN, verifiers, leaf_data=LEAVES[3])


def test_tampered_proof_hash_is_refused() -> None:
    proof = merkle.inclusion_proof(3, HASHES)
    for i in range(len(proof)):
        bad = list(proof)
        bad[i] = merkle.leaf_hash(b"forged")
        text = format_proof(3, bad, SIGNED)
        assert not verify_proof(text, ORIGIN, [LOG.verifier()], leaf_data=LEAVES[3])


def test_tampered_checkpoint_is_refused() -> None:
    forged_root = _b64(merkle.root([*HASHES[:12], merkle.leaf_hash(b"forged")]))
    tampered = SIGNED.replace(_b64(CHECKPOINT.root_hash), forged_root)
    assert tampered != SIGNED
    text = _proof_text(12, signed=tampered)
    assert not verify_proof(text, ORIGIN, [LOG.verifier()], leaf_data=b"forged")


def test_extra_data_is_not_authenticated() -> None:
    # The spec: applications must not trust it. It can change without breaking the
    # proof, so Daybook must never put anything it relies on there.
    a = _proof_text(2, b"one")
    b = _proof_text(2, b"two")
    for text, extra in ((a, b"one"), (b, b"two")):
        verified = check_proof(text, ORIGIN, [LOG.verifier()], leaf_data=LEAVES[2])
        assert verified.extra == extra


def test_cosigned_checkpoint_verifies_with_the_log_key() -> None:
    cosigned = sign_note_with(CHECKPOINT.to_text(), [LOG, WITNESS])
    text = _proof_text(9, signed=cosigned)
    assert verify_proof(text, ORIGIN, [LOG.verifier()], leaf_data=LEAVES[9])
    assert parse_proof(text).checkpoint == cosigned


def test_leaf_argument_is_exactly_one() -> None:
    text = _proof_text(0)
    with pytest.raises(TypeError):
        verify_proof(text, ORIGIN, [LOG.verifier()])
    with pytest.raises(TypeError):
        verify_proof(text, ORIGIN, [LOG.verifier()], leaf_data=LEAVES[0], leaf=HASHES[0])


_H = _b64(HASHES[0])
MALFORMED = {
    "empty": "",
    "wrong header": f"c2sp.org/tlog-proof@v2\nindex 0\n\n{SIGNED}",
    "header only": f"{HEADER}\n",
    "header without newline": HEADER,
    "missing index": f"{HEADER}\n{_H}\n\n{SIGNED}",
    "index leading zero": f"{HEADER}\nindex 03\n\n{SIGNED}",
    "index negative": f"{HEADER}\nindex -3\n\n{SIGNED}",
    "index plus": f"{HEADER}\nindex +3\n\n{SIGNED}",
    "index not a number": f"{HEADER}\nindex three\n\n{SIGNED}",
    "index two spaces": f"{HEADER}\nindex  3\n\n{SIGNED}",
    "index too large": f"{HEADER}\nindex {2**64}\n\n{SIGNED}",
    "extra after index": f"{HEADER}\nindex 3\nextra {_b64(b'x')}\n\n{SIGNED}",
    "extra not base64": f"{HEADER}\nextra !!notbase64!!\nindex 0\n\n{SIGNED}",
    "extra unpadded": f"{HEADER}\nextra {_b64(b'x').rstrip('=')}\nindex 0\n\n{SIGNED}",
    "two extra lines": f"{HEADER}\nextra {_b64(b'x')}\nextra {_b64(b'y')}\nindex 0\n\n{SIGNED}",
    "hash not base64": f"{HEADER}\nindex 0\n!!notbase64!!\n\n{SIGNED}",
    "hash too long": f"{HEADER}\nindex 0\n{_b64(bytes(64))}\n\n{SIGNED}",
    "hash too short": f"{HEADER}\nindex 0\n{_b64(bytes(31))}\n\n{SIGNED}",
    "hash in hex": f"{HEADER}\nindex 0\n{HASHES[0].hex()}\n\n{SIGNED}",
    "no blank line": f"{HEADER}\nindex 0\n{_H}\n",
    "no checkpoint": f"{HEADER}\nindex 0\n{_H}\n\n",
    "checkpoint unsigned": f"{HEADER}\nindex 0\n\n{CHECKPOINT.to_text()}",
    "checkpoint without final newline": f"{HEADER}\nindex 0\n\n{SIGNED[:-1]}",
    "too many hashes": f"{HEADER}\nindex 0\n" + f"{_H}\n" * 65 + f"\n{SIGNED}",
    "carriage returns": f"{HEADER}\r\nindex 0\r\n\r\n{SIGNED}",
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_proofs(case: str) -> None:
    with pytest.raises(ProofError):
        parse_proof(MALFORMED[case])
    assert not verify_proof(MALFORMED[case], ORIGIN, [LOG.verifier()], leaf=HASHES[0])


def test_format_validates() -> None:
    with pytest.raises(ProofError):
        format_proof(0, [b"short"], SIGNED)
    with pytest.raises(ProofError):
        format_proof(-1, [], SIGNED)
    with pytest.raises(ProofError):
        format_proof(0, [], CHECKPOINT.to_text())
