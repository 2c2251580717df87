"""docs/vectors/case-documents.json, checked against its generator and against
the byte layouts of docs/protocol §28 built here by hand from plain primitives."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import uuid

import pytest
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tests.protocol import make_advocacy_vectors as advocacy
from tests.protocol import make_case_document_vectors as generator
from tests.protocol.vector_files import Vector, VectorFile, hex_field

VECTORS = VectorFile("case-documents.json")
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
SIGNERS = {
    str(advocacy.VICTIM_ID): advocacy._victim_signer().public_key(),
    str(advocacy.ADVOCATE_ID): advocacy._advocate_signer().public_key(),
}
READERS = {
    str(advocacy.VICTIM_ID): advocacy._victim_hpke(),
    str(advocacy.ADVOCATE_ID): advocacy._advocate_hpke(),
}


def test_vector_file_is_exactly_the_generator_output() -> None:
    assert VECTORS.path.read_text() == generator.render(generator.kept_envelopes()), (
        "docs/vectors/case-documents.json is stale: regenerate it with `.venv/bin/python -m "
        "tests.protocol.make_case_document_vectors > docs/vectors/case-documents.json`"
    )


@pytest.mark.parametrize("vector", VECTORS.group("grants"), ids=VECTORS.ids("grants"))
def test_grant_info_signature_and_key(vector: Vector) -> None:
    info = (
        b"daybook/v1/wrap/case-document-key\x00"
        + uuid.UUID(vector["document_id"]).bytes
        + uuid.UUID(vector["reader_id"]).bytes
    )
    assert hex_field(vector, "info_hex") == info and len(info) == 66
    envelope = hex_field(vector, "envelope_hex")
    signed = b"daybook/v1/key-grant-signature\x00" + struct.pack(">H", 66) + info + envelope
    assert hex_field(vector, "signed_message_hex") == signed
    granter: ed25519.Ed25519PublicKey = SIGNERS[vector["granter_id"]]
    granter.verify(hex_field(vector, "signature_hex"), signed)
    assert envelope[:7] == bytes.fromhex("01002000010002") and len(envelope) == 87
    key = SUITE.decrypt(envelope[7:], READERS[vector["reader_id"]], info=info)
    assert key == hex_field(vector, "document_key_hex")


@pytest.mark.parametrize("vector", VECTORS.group("versions"), ids=VECTORS.ids("versions"))
def test_version_envelope_commitment_and_receipt(vector: Vector) -> None:
    aad = (
        b"daybook/v1/case-document\x00"
        + uuid.UUID(vector["document_id"]).bytes
        + struct.pack(">I", vector["version"])
        + uuid.UUID(vector["victim_id"]).bytes
        + uuid.UUID(vector["author_id"]).bytes
        + bytes([vector["kind_code"]])
    )
    assert hex_field(vector, "aad_hex") == aad and len(aad) == 78
    envelope, nonce = hex_field(vector, "envelope_hex"), hex_field(vector, "nonce_hex")
    assert envelope[0] == 1 and envelope[1:13] == nonce
    padded = AESGCM(hex_field(vector, "document_key_hex")).decrypt(nonce, envelope[13:], aad)
    plaintext = padded[: padded.rindex(b"\x80")]
    assert plaintext.decode("ascii") == vector["plaintext"]
    assert len(padded) == vector["padded_bytes"] == 1024
    document = json.loads(plaintext)
    assert document["format"] == "daybook/v1/case-document"
    assert document["kind"] == vector["kind"]

    commitment = vector["commitment"].encode("ascii")
    fields = json.loads(commitment)
    assert json.dumps(fields, sort_keys=True, separators=(",", ":")).encode() == commitment
    assert fields["type"] == "daybook/v1/case-document-version"
    assert (fields["document_id"], fields["author_id"]) == (
        vector["document_id"],
        vector["author_id"],
    )
    signed = b"daybook/v1/case-document-signature\x00" + commitment
    assert hex_field(vector, "signed_message_hex") == signed
    SIGNERS[vector["author_id"]].verify(hex_field(vector, "signature_hex"), signed)

    leaf = hex_field(vector, "receipt_leaf_data_hex")
    assert leaf[:19] == b"daybook/v1/receipt\x00" and leaf[19] == 5
    assert leaf[28:] == hashlib.sha256(commitment).digest()
    assert hex_field(vector, "receipt_leaf_hash_hex") == hashlib.sha256(b"\x00" + leaf).digest()


def test_versions_are_chained() -> None:
    first, second = VECTORS.group("versions")
    assert json.loads(first["commitment"])["previous"] is None
    previous = hashlib.sha256(first["commitment"].encode()).digest()
    encoded = json.loads(second["commitment"])["previous"]
    assert encoded == base64.urlsafe_b64encode(previous).rstrip(b"=").decode()
