"""docs/vectors/log.json, checked against its generator and against plain primitives.

The file must equal what tests/protocol/make_log_vectors.py produces. Each
vector is then checked again from the layouts in docs/protocol (section
Evidence log) with hashlib, struct and Ed25519 alone, and with the C2SP
verifiers a client would reuse.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import struct
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.protocol import merkle, receipts
from app.protocol.checkpoint import open_checkpoint
from app.protocol.cosignature import CosignatureVerifier, open_cosignatures
from app.protocol.key_handover import KeyChain, open_handover
from app.protocol.signed_note import Verifier
from app.protocol.tlog_proof import check_proof
from tests.protocol import make_log_vectors

DOCS = Path(__file__).resolve().parents[2] / "docs" / "vectors"
VECTORS_PATH = DOCS / "log.json"
# The layout of docs/protocol, written out again rather than imported.
RECEIPT_LABEL = b"daybook/v1/receipt\x00"
TOMBSTONE_LABEL = b"daybook/v1/tombstone\x00"
KIND_BYTES = {"entry-version": 1, "attachment": 2, "tombstone": 3, "key-grant": 4}


@cache
def _vectors() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(VECTORS_PATH.read_text(encoding="utf-8"))
    return data


@cache
def _diary() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DOCS / "diary.json").read_text(encoding="utf-8"))
    return data


def _receipts() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = _vectors()["receipts"]
    return found


def _leaf_hashes() -> list[bytes]:
    return [bytes.fromhex(v["leaf_hash_hex"]) for v in _receipts()]


def _mth(leaves: Sequence[bytes]) -> bytes:
    """RFC 9162 MTH over leaf hashes, from its definition."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    return hashlib.sha256(b"\x01" + _mth(leaves[:k]) + _mth(leaves[k:])).digest()


def test_vector_file_is_exactly_the_generator_output() -> None:
    assert VECTORS_PATH.read_text(encoding="utf-8") == make_log_vectors.render(), (
        "docs/vectors/log.json is stale: regenerate it with "
        "`.venv/bin/python -m tests.protocol.make_log_vectors > docs/vectors/log.json`"
    )


@pytest.mark.parametrize("vector", _receipts(), ids=lambda v: str(v["name"]))
def test_receipt_leaf_from_the_layout(vector: dict[str, Any]) -> None:
    received = dt.datetime.fromisoformat(vector["received_at"])
    millis = vector["received_at_ms"]
    assert millis == int(received.timestamp() * 1000)
    assert KIND_BYTES[vector["kind"]] == vector["kind_byte"]
    digest = bytes.fromhex(vector["object_sha256_hex"])
    data = RECEIPT_LABEL + struct.pack(">BQ", vector["kind_byte"], millis) + digest
    assert len(data) == 60
    assert data.hex() == vector["leaf_data_hex"]
    assert base64.urlsafe_b64encode(data).rstrip(b"=").decode() == vector["leaf_data_base64url"]
    assert hashlib.sha256(b"\x00" + data).hexdigest() == vector["leaf_hash_hex"]
    leaf = receipts.decode_leaf(data)
    assert (leaf.kind.label, leaf.received_at, leaf.object_sha256) == (
        vector["kind"],
        received,
        digest,
    )


def test_receipt_objects_are_the_diary_vectors() -> None:
    by_name = {v["name"]: v for v in _receipts()}
    versions = {v["name"]: v for v in _diary()["entry_versions"]}
    for n in (1, 2):
        expected = versions[f"entry-version-{n}"]["commitment_hash_hex"]
        assert by_name[f"receipt-entry-version-{n}"]["object_sha256_hex"] == expected
    [three_chunks] = [s for s in _diary()["stream"] if s["name"] == "stream-three-chunks"]
    assert (
        by_name["receipt-attachment"]["object_sha256_hex"] == three_chunks["ciphertext_sha256_hex"]
    )
    [grant] = _diary()["key_grants"]
    message = bytes.fromhex(grant["signed_message_hex"])
    assert by_name["receipt-key-grant"]["object_sha256_hex"] == hashlib.sha256(message).hexdigest()
    tombstone = by_name["receipt-tombstone"]
    preimage = TOMBSTONE_LABEL + bytes.fromhex(
        versions["entry-version-1"]["entry_id"].replace("-", "")
    )
    assert tombstone["object_preimage_hex"] == preimage.hex()
    assert tombstone["object_sha256_hex"] == hashlib.sha256(preimage).hexdigest()


@pytest.mark.parametrize("vector", _vectors()["rejected_leaves"], ids=lambda v: str(v["why"]))
def test_rejected_leaves(vector: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        receipts.decode_leaf(bytes.fromhex(vector["leaf_data_hex"]))


def test_roots_and_proofs() -> None:
    log = _vectors()["log"]
    hashes = _leaf_hashes()
    for row in log["roots"]:
        assert row["root_hash_hex"] == _mth(hashes[: row["tree_size"]]).hex()
    root = _mth(hashes)
    for row in log["inclusion_proofs"]:
        proof = [bytes.fromhex(h) for h in row["proof_hex"]]
        index, size = row["leaf_index"], row["tree_size"]
        assert merkle.verify_inclusion(index, size, hashes[index], proof, root)
    for row in log["consistency_proofs"]:
        m, n = row["from_size"], row["to_size"]
        proof = [bytes.fromhex(h) for h in row["proof_hex"]]
        assert merkle.verify_consistency(m, n, _mth(hashes[:m]), _mth(hashes[:n]), proof)


def test_signed_checkpoint() -> None:
    log = _vectors()["log"]
    raw = bytes.fromhex(log["public_key_hex"])
    seed = ed25519.Ed25519PrivateKey.from_private_bytes(bytes.fromhex(log["signing_seed_hex"]))
    assert seed.public_key() == ed25519.Ed25519PublicKey.from_public_bytes(raw)
    key_id = hashlib.sha256(log["origin"].encode() + b"\n\x01" + raw).digest()[:4]
    assert key_id.hex() == log["key_id_hex"]
    encoded_key = base64.b64encode(b"\x01" + raw).decode()
    expected_vkey = f"{log['origin']}+{key_id.hex()}+{encoded_key}"
    assert log["verifier_key"] == expected_vkey
    text = log["checkpoint"]["text"]
    assert text == f"{log['origin']}\n5\n{log['checkpoint']['root_hash_base64']}\n"
    assert base64.b64decode(log["checkpoint"]["root_hash_base64"]) == _mth(_leaf_hashes())
    note = log["checkpoint"]["signed_note"]
    assert note.startswith(text + "\n\u2014 " + log["origin"] + " ")
    signature = base64.b64decode(note.rstrip("\n").rsplit(" ", 1)[1])
    assert signature[:4] == key_id
    # Raises if the signature does not verify.
    ed25519.Ed25519PublicKey.from_public_bytes(raw).verify(signature[4:], text.encode())
    opened = open_checkpoint(note, log["origin"], [Verifier.from_vkey(log["verifier_key"])])
    assert opened.size == len(_leaf_hashes())


def test_tlog_proof() -> None:
    log = _vectors()["log"]
    proof = log["tlog_proof"]
    receipt = _receipts()[proof["leaf_index"]]
    leaf_data = bytes.fromhex(receipt["leaf_data_hex"])
    verified = check_proof(
        proof["text"], log["origin"], [Verifier.from_vkey(log["verifier_key"])], leaf_data=leaf_data
    )
    assert verified.index == proof["leaf_index"]
    assert verified.extra == leaf_data
    assert proof["text"].endswith("\n\n" + log["checkpoint"]["signed_note"])


def test_witness_cosignature() -> None:
    log = _vectors()["log"]
    vector = log["cosignature"]
    raw = bytes.fromhex(vector["witness_public_key_hex"])
    seed = bytes.fromhex(vector["witness_seed_hex"])
    assert ed25519.Ed25519PrivateKey.from_private_bytes(seed).public_key() == (
        ed25519.Ed25519PublicKey.from_public_bytes(raw)
    )
    # Key type 0x04, in the key ID and the verifier key.
    key_id = hashlib.sha256(vector["witness_name"].encode() + b"\n\x04" + raw).digest()[:4]
    assert key_id.hex() == vector["key_id_hex"]
    encoded_key = base64.b64encode(b"\x04" + raw).decode()
    assert (
        vector["witness_verifier_key"] == f"{vector['witness_name']}+{key_id.hex()}+{encoded_key}"
    )
    text = log["checkpoint"]["text"]
    message = f"cosignature/v1\ntime {vector['timestamp']}\n{text}"
    assert vector["signed_message"] == message
    assert vector["line"].startswith(f"\u2014 {vector['witness_name']} ")
    signature = base64.b64decode(vector["line"].rstrip("\n").rsplit(" ", 1)[1])
    assert signature[:4] == key_id
    assert struct.unpack(">Q", signature[4:12])[0] == vector["timestamp"]
    # Raises if the signature does not verify.
    ed25519.Ed25519PublicKey.from_public_bytes(raw).verify(signature[12:], message.encode())
    note = vector["cosigned_note"]
    assert note == log["checkpoint"]["signed_note"] + vector["line"]
    witness = CosignatureVerifier.from_vkey(vector["witness_verifier_key"])
    [cosignature] = open_cosignatures(note, [witness]).cosignatures
    assert cosignature.timestamp == vector["timestamp"]
    # The log's own signature still opens the cosigned note.
    opened = open_checkpoint(note, log["origin"], [Verifier.from_vkey(log["verifier_key"])])
    assert opened.size == len(_leaf_hashes())


def test_key_handover() -> None:
    """Six lines from the layout, signed by the old key and then the new one;
    a verifier pinning either key gets the same chain."""
    log = _vectors()["log"]
    vector = log["key_handover"]
    root64 = log["checkpoint"]["root_hash_base64"]
    lines = ["daybook/v1/log-key-handover", log["origin"], log["verifier_key"]]
    lines += [vector["new_verifier_key"], "5", root64]
    assert vector["text"] == "".join(line + "\n" for line in lines)
    note = vector["signed_note"]
    old, new = (
        Verifier.from_vkey(log["verifier_key"]),
        Verifier.from_vkey(vector["new_verifier_key"]),
    )
    text, signatures = note[: note.index("\n\n") + 1], note[note.index("\n\n") + 2 :]
    assert text == vector["text"]
    for line, key in zip(signatures.rstrip("\n").split("\n"), (old, new), strict=True):
        signature = base64.b64decode(line.rsplit(" ", 1)[1])
        assert signature[:4] == key.key_id
        key.public_key.verify(signature[4:], text.encode())
    assert open_handover(note, log["origin"]).size == 5
    chain = KeyChain.open(log["origin"], old, [note])
    assert chain.current.vkey() == new.vkey()
    for signed in (log["checkpoint"]["signed_note"], vector["new_checkpoint"]):
        assert chain.open_checkpoint(signed)[0].size == 5
