"""Generate docs/vectors/case-documents.json from fixed inputs and app.protocol.

    .venv/bin/python -m tests.protocol.make_case_document_vectors > docs/vectors/case-documents.json

The victim and the advocate are advocacy.json's. A safety plan is written
by the victim (version 1) and amended by the advocate (version 2), with a
fixed document key and fixed nonces; Ed25519 and AES-GCM with a given nonce
are deterministic, so those outputs are reproducible. HPKE is not: the two
grants of the document key were made once with `--new-hpke-envelopes` and
are kept in ENVELOPES_HEX, which the generator checks still unwrap.
"""

from __future__ import annotations

import hashlib
import json
import sys
import uuid
from typing import Any

from cryptography.hazmat.primitives.asymmetric import x25519

from app.protocol import case_documents, hpke, key_grants, padding, receipts
from app.protocol.entries import seal_padded
from tests.protocol import make_advocacy_vectors as advocacy

FORMAT = "daybook-test-vectors/1"
DOCUMENT_ID = uuid.UUID("0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e")
DOCUMENT_KEY = bytes(range(0xA0, 0xC0))
NONCES = {
    1: bytes.fromhex("b1b2b3b4b5b6b7b8b9babbbc"),
    2: bytes.fromhex("c1c2c3c4c5c6c7c8c9cacbcc"),
}
RECEIVED_MS = {1: 1_764_583_200_125, 2: 1_764_756_044_100}
CONTENT: dict[int, dict[str, Any]] = {
    1: {
        "schema_version": 1,
        "written_at": "2026-12-01T10:00:00+00:00",
        "code_word": {"word": "pineapple", "means": "Call 999 and send them to my flat."},
        "safe_contacts": [
            {
                "id": "sister",
                "name": "Jo (sister)",
                "ways": [{"channel": "text", "safe": True}],
                "voicemail_safe": False,
            }
        ],
        "next_review": "2027-01-12",
    },
    2: {
        "schema_version": 1,
        "written_at": "2026-12-03T16:20:00+00:00",
        "code_word": {"word": "mango", "means": "Come and get me; I can\u2019t talk."},
        "safe_contacts": [
            {
                "id": "sister",
                "name": "Jo (sister)",
                "ways": [{"channel": "text", "safe": True}],
                "voicemail_safe": False,
            }
        ],
        "next_review": "2027-01-12",
    },
}
ENVELOPES_HEX = {
    "victim": (
        "010020000100028b58e113f1e0a58a3a2cc261353a55981c8ae54df636fc39b12f73423d43991f"
        "9bbb62df21e817b1ef732724184041137e40aa473da1c8c7fcea92d1e2561f66f7be8635f25d27"
        "b31e56b9f962d5d647"
    ),
    "advocate": (
        "010020000100021689bc1df3fd7ba06c701bc395fb53de0143c8a2edcf3553ea3bddbf8d7f6f4e"
        "919092e5300c866bfb52d2b4a146c674b60bb16858dca75d0c5b3bdaf58554f2cfa7d3a7418766"
        "482d8a440e381c2019"
    ),
}


def _readers() -> dict[str, tuple[uuid.UUID, x25519.X25519PrivateKey]]:
    return {
        "victim": (advocacy.VICTIM_ID, advocacy._victim_hpke()),
        "advocate": (advocacy.ADVOCATE_ID, advocacy._advocate_hpke()),
    }


def _authors() -> dict[int, tuple[uuid.UUID, Any]]:
    return {
        1: (advocacy.VICTIM_ID, advocacy._victim_signer()),
        2: (advocacy.ADVOCATE_ID, advocacy._advocate_signer()),
    }


def grant_vectors(envelopes: dict[str, bytes]) -> list[dict[str, Any]]:
    """Both grants are made by the victim, the author of version 1."""
    granter = advocacy._victim_signer()
    out = []
    for name, (reader_id, private) in _readers().items():
        info = case_documents.key_info(DOCUMENT_ID, reader_id)
        envelope = envelopes[name]
        if hpke.unwrap(envelope, private, info) != DOCUMENT_KEY:
            raise AssertionError(f"the kept {name} envelope no longer unwraps")
        signed = key_grants.signed_message(info, envelope)
        out.append(
            {
                "name": f"grant-to-{name}",
                "document_id": str(DOCUMENT_ID),
                "reader_id": str(reader_id),
                "granter_id": str(advocacy.VICTIM_ID),
                "info_hex": info.hex(),
                "envelope_hex": envelope.hex(),
                "signed_message_hex": signed.hex(),
                "signature_hex": granter.sign(signed).hex(),
                "document_key_hex": DOCUMENT_KEY.hex(),
            }
        )
    return out


def version_vectors() -> list[dict[str, Any]]:
    out = []
    previous: bytes | None = None
    for number, (author_id, signer) in _authors().items():
        plaintext = case_documents.encode_plaintext("safety-plan", CONTENT[number])
        aad = case_documents.associated_data(
            DOCUMENT_ID, number, advocacy.VICTIM_ID, author_id, "safety-plan"
        )
        envelope = seal_padded(plaintext, DOCUMENT_KEY, aad, nonce=NONCES[number])
        signed = case_documents.DocumentCommitment(
            DOCUMENT_ID,
            advocacy.VICTIM_ID,
            author_id,
            "safety-plan",
            number,
            previous,
            hashlib.sha256(envelope).digest(),
        ).to_bytes()
        sealed = case_documents.SealedVersion(envelope, signed, case_documents.sign(signed, signer))
        check, content = case_documents.open_version(sealed, DOCUMENT_KEY, signer.public_key())
        if content != CONTENT[number] or check.version != number:
            raise AssertionError("a version does not open again")
        leaf = receipts.ReceiptLeaf(
            receipts.ReceiptKind.CASE_DOCUMENT, RECEIVED_MS[number], hashlib.sha256(signed).digest()
        )
        out.append(
            {
                "name": f"safety-plan-version-{number}",
                "document_id": str(DOCUMENT_ID),
                "victim_id": str(advocacy.VICTIM_ID),
                "author_id": str(author_id),
                "kind": "safety-plan",
                "kind_code": case_documents.KINDS["safety-plan"],
                "version": number,
                "document_key_hex": DOCUMENT_KEY.hex(),
                "plaintext": plaintext.decode("ascii"),
                "padded_bytes": len(padding.pad(plaintext)),
                "aad_hex": aad.hex(),
                "nonce_hex": NONCES[number].hex(),
                "envelope_hex": envelope.hex(),
                "commitment": signed.decode("ascii"),
                "signed_message_hex": (case_documents.SIGNATURE_LABEL + signed).hex(),
                "signature_hex": sealed.signature.hex(),
                "receipt_leaf_data_hex": leaf.to_bytes().hex(),
                "receipt_leaf_hash_hex": leaf.leaf_hash.hex(),
            }
        )
        previous = hashlib.sha256(signed).digest()
    return out


def build(envelopes: dict[str, bytes]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "description": "Case documents (docs/protocol §28); the people are advocacy.json's.",
        "grants": grant_vectors(envelopes),
        "versions": version_vectors(),
    }


def render(envelopes: dict[str, bytes]) -> str:
    return json.dumps(build(envelopes), indent=2) + "\n"


def kept_envelopes() -> dict[str, bytes]:
    return {name: bytes.fromhex(text) for name, text in ENVELOPES_HEX.items()}


def main(argv: list[str]) -> None:
    if "--new-hpke-envelopes" in argv:
        for name, (reader_id, private) in _readers().items():
            info = case_documents.key_info(DOCUMENT_ID, reader_id)
            envelope = hpke.wrap(DOCUMENT_KEY, private.public_key(), info)
            print(f'    "{name}": "{envelope.hex()}",')
        return
    if not all(ENVELOPES_HEX.values()):
        raise SystemExit("run with --new-hpke-envelopes first and paste them into ENVELOPES_HEX")
    sys.stdout.write(render(kept_envelopes()))


if __name__ == "__main__":
    main(sys.argv[1:])
