"""Generate docs/vectors/log.json from fixed inputs and app.protocol.

    .venv/bin/python -m tests.protocol.make_log_vectors > docs/vectors/log.json

The receipts are of the objects in diary.json: entry versions 1 and 2 (their
commitment hashes), the attachment `stream-three-chunks` (its ciphertext
hash), the key grant `entry-key-grant` (its signed grant message) and the
tombstone of the entry. They make a five-leaf log whose checkpoint is signed
by a fixed Ed25519 key, then cosigned by a witness with a fixed key at a fixed
time (Ed25519 is deterministic, so the file is reproducible).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import sys
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519

from app.protocol import merkle, receipts
from app.protocol.checkpoint import Checkpoint
from app.protocol.cosignature import CosignatureSigner, cosigned_message
from app.protocol.encoding import b64encode
from app.protocol.key_grants import entry_key_info, signed_message
from app.protocol.key_handover import Handover
from app.protocol.keys import raw_public
from app.protocol.signed_note import Signer, b64encode_std
from app.protocol.tlog_proof import format_proof
from tests.protocol import make_diary_vectors as diary

FORMAT = "daybook-test-vectors/1"
ORIGIN = "log.daybook.example/evidence"
LOG_SEED = hashlib.sha256(b"daybook test log signing key").digest()
START = dt.datetime(2025, 3, 14, 22, 31, 7, 412000, tzinfo=dt.UTC)
# The leaf whose receipt becomes the example tlog-proof: entry version 2.
PROOF_LEAF = 2
WITNESS = "witness.daybook.example/w1"
WITNESS_SEED = hashlib.sha256(b"daybook test witness key").digest()
WITNESS_TIME = 1741991527  # 2025-03-14T22:32:07Z, a minute after the first receipt
# The log's next key, handed the five-leaf log in the hand-over vector.
NEXT_SEED = hashlib.sha256(b"daybook test log signing key 2").digest()


def _signer() -> Signer:
    return Signer(ORIGIN, ed25519.Ed25519PrivateKey.from_private_bytes(LOG_SEED))


def _objects() -> list[tuple[str, receipts.ReceiptKind, str, bytes, bytes | None]]:
    """(name, kind, what, object SHA-256, its preimage when short) in log order."""
    versions = diary.entry_version_vectors()
    attachment = hashlib.sha256(b"".join(diary.attachment_chunks())).digest()
    grant_message = signed_message(
        entry_key_info(diary.ENTRY_ID, diary.READER_ID), bytes.fromhex(diary.GRANT_ENVELOPE_HEX)
    )
    tombstone = receipts.TOMBSTONE_LABEL + diary.ENTRY_ID.bytes
    kind = receipts.ReceiptKind
    return [
        (
            "receipt-entry-version-1",
            kind.ENTRY_VERSION,
            "diary.json entry-version-1: its commitment_hash_hex",
            bytes.fromhex(versions[0]["commitment_hash_hex"]),
            None,
        ),
        (
            "receipt-attachment",
            kind.ATTACHMENT,
            "diary.json stream-three-chunks: its ciphertext_sha256_hex",
            attachment,
            None,
        ),
        (
            "receipt-entry-version-2",
            kind.ENTRY_VERSION,
            "diary.json entry-version-2: its commitment_hash_hex",
            bytes.fromhex(versions[1]["commitment_hash_hex"]),
            None,
        ),
        (
            "receipt-key-grant",
            kind.KEY_GRANT,
            "diary.json entry-key-grant: SHA-256 of its signed_message_hex",
            hashlib.sha256(grant_message).digest(),
            None,
        ),
        (
            "receipt-tombstone",
            kind.TOMBSTONE,
            f"the tombstone of entry {diary.ENTRY_ID}",
            hashlib.sha256(tombstone).digest(),
            tombstone,
        ),
    ]


def receipt_vectors() -> list[dict[str, Any]]:
    found = []
    for index, (name, kind, what, digest, preimage) in enumerate(_objects()):
        received_at = START + dt.timedelta(minutes=7 * index, milliseconds=index)
        leaf = receipts.ReceiptLeaf.at(kind, received_at, digest)
        data = leaf.to_bytes()
        assert receipts.decode_leaf(data) == leaf
        vector: dict[str, Any] = {
            "name": name,
            "leaf_index": index,
            "kind": kind.label,
            "kind_byte": int(kind),
            "object": what,
        }
        if preimage is not None:
            vector["object_preimage_hex"] = preimage.hex()
        vector.update(
            {
                "object_sha256_hex": digest.hex(),
                "received_at": received_at.isoformat().replace("+00:00", "Z"),
                "received_at_ms": leaf.received_at_ms,
                "leaf_data_hex": data.hex(),
                "leaf_data_base64url": b64encode(data),
                "leaf_hash_hex": leaf.leaf_hash.hex(),
            }
        )
        found.append(vector)
    return found


def rejected_leaves(valid: bytes) -> list[dict[str, str]]:
    label = len(receipts.LABEL)
    cases = {
        "too short": valid[:-1],
        "too long": valid + b"\x00",
        "another label": b"daybook/v1/receipX\x00" + valid[label:],
        "kind 0": valid[:label] + b"\x00" + valid[label + 1 :],
        "kind 6": valid[:label] + b"\x06" + valid[label + 1 :],
    }
    for why, data in cases.items():
        try:
            receipts.decode_leaf(data)
        except ValueError:
            continue
        raise AssertionError(f"{why} was accepted")  # pragma: no cover
    return [{"why": why, "leaf_data_hex": data.hex()} for why, data in cases.items()]


def log_vectors(leaf_hashes: list[bytes], leaves: list[bytes]) -> dict[str, Any]:
    signer = _signer()
    size = len(leaf_hashes)
    root = merkle.root(leaf_hashes)
    signed = Checkpoint(ORIGIN, size, root).sign(signer.private_key)
    proof = merkle.inclusion_proof(PROOF_LEAF, leaf_hashes)
    return {
        "origin": ORIGIN,
        "signing_seed_hex": LOG_SEED.hex(),
        "public_key_hex": raw_public(signer.private_key.public_key()).hex(),
        "verifier_key": signer.verifier().vkey(),
        "key_id_hex": signer.key_id.hex(),
        "roots": [
            {"tree_size": n, "root_hash_hex": merkle.root(leaf_hashes[:n]).hex()}
            for n in range(size + 1)
        ],
        "inclusion_proofs": [
            {
                "leaf_index": index,
                "tree_size": size,
                "proof_hex": [h.hex() for h in merkle.inclusion_proof(index, leaf_hashes)],
            }
            for index in range(size)
        ],
        "consistency_proofs": [
            {
                "from_size": m,
                "to_size": n,
                "proof_hex": [h.hex() for h in merkle.consistency_proof(m, leaf_hashes[:n])],
            }
            for m, n in itertools.combinations(range(1, size + 1), 2)
        ],
        "checkpoint": {
            "text": Checkpoint(ORIGIN, size, root).to_text(),
            "root_hash_base64": b64encode_std(root),
            "signed_note": signed,
        },
        "tlog_proof": {
            "leaf_index": PROOF_LEAF,
            "text": format_proof(PROOF_LEAF, proof, signed, extra=leaves[PROOF_LEAF]),
        },
        "cosignature": cosignature_vector(signed),
        "key_handover": handover_vector(size, root),
    }


def handover_vector(size: int, root: bytes) -> dict[str, Any]:
    """The log handed from its key to the next at the five-leaf tree, and a
    checkpoint the next key signs of that tree."""
    old = _signer()
    new = Signer(ORIGIN, ed25519.Ed25519PrivateKey.from_private_bytes(NEXT_SEED))
    handover = Handover(ORIGIN, old.verifier(), new.verifier(), size, root)
    return {
        "new_signing_seed_hex": NEXT_SEED.hex(),
        "new_verifier_key": new.verifier().vkey(),
        "text": handover.to_text(),
        "signed_note": handover.sign(old, new),
        "new_checkpoint": Checkpoint(ORIGIN, size, root).sign(new.private_key),
    }


def cosignature_vector(signed_note: str) -> dict[str, Any]:
    """A witness's C2SP cosignature/v1 on the signed checkpoint."""
    witness = CosignatureSigner(WITNESS, ed25519.Ed25519PrivateKey.from_private_bytes(WITNESS_SEED))
    text = signed_note[: signed_note.index("\n\n") + 1]
    line = witness.cosign(text, WITNESS_TIME).line()
    return {
        "witness_name": WITNESS,
        "witness_seed_hex": WITNESS_SEED.hex(),
        "witness_public_key_hex": raw_public(witness.private_key.public_key()).hex(),
        "witness_verifier_key": witness.verifier().vkey(),
        "key_id_hex": witness.verifier().key_id.hex(),
        "timestamp": WITNESS_TIME,
        "signed_message": cosigned_message(text, WITNESS_TIME).decode(),
        "line": line,
        "cosigned_note": signed_note + line,
    }


def build() -> dict[str, Any]:
    found = receipt_vectors()
    leaves = [bytes.fromhex(v["leaf_data_hex"]) for v in found]
    return {
        "format": FORMAT,
        "note": (
            "Byte values are lowercase hex (fields ending in _hex). Generated by "
            "tests/protocol/make_log_vectors.py; checked by tests/protocol/test_log_vectors.py. "
            "See docs/protocol, sections Evidence log and Test vectors."
        ),
        "receipts": found,
        "rejected_leaves": rejected_leaves(leaves[0]),
        "log": log_vectors([merkle.leaf_hash(d) for d in leaves], leaves),
    }


def render() -> str:
    """The exact text of docs/vectors/log.json."""
    return json.dumps(build(), indent=2) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
