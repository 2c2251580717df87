"""docs/vectors/diary.json, checked against its generator and against plain primitives.

The file must equal what tests/protocol/make_diary_vectors.py produces, so it
cannot drift from app.protocol. Each vector is then checked a second time
from the byte layouts in docs/protocol with only hashlib, base64, json and
the `cryptography` primitives (AES-256-GCM, Ed25519, the HPKE suite), which is
what a phone developer will do with their own stack.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from jsonschema import Draft202012Validator

from app.client.incident import validate_incident
from app.protocol import commitment, entries, hpke, key_grants, padding, stream
from tests.protocol import make_diary_vectors
from tests.protocol.vector_files import Vector, VectorFile, b64_std, b64_text, hex_field, jcs

VECTORS = VectorFile("diary.json")
VECTORS_PATH = VECTORS.path
_group, _ids, _hex = VECTORS.group, VECTORS.ids, hex_field
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schemas" / "incident.schema.json"

# The layouts of docs/protocol, written out again rather than imported, so
# a change to a constant in app.protocol shows up here as a failure.
ENTRY_AAD_LABEL = b"daybook/v1/entry\x00"
VERSION_SIGNATURE_LABEL = b"daybook/v1/entry-version-signature\x00"
GRANT_SIGNATURE_LABEL = b"daybook/v1/key-grant-signature\x00"
WRAP_INFO_PREFIX = b"daybook/v1/wrap/"
ATTACHMENT_AAD_LABEL = b"daybook/v1/attachment\x00"
CHUNK = 1 << 20
TAG = 16
HPKE_HEADER = bytes.fromhex("01002000010002")


def _raw_public(key: ed25519.Ed25519PublicKey | x25519.X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


# ---------------------------------------------------------------- the file itself


def test_vector_file_is_exactly_the_generator_output() -> None:
    envelope = bytes.fromhex(make_diary_vectors.GRANT_ENVELOPE_HEX)
    expected = make_diary_vectors.render(envelope)
    assert VECTORS_PATH.read_text(encoding="utf-8") == expected, (
        "docs/vectors/diary.json is stale: regenerate it with "
        "`.venv/bin/python -m tests.protocol.make_diary_vectors > docs/vectors/diary.json`"
    )


def test_vector_file_covers_every_section() -> None:
    data = VECTORS.data
    assert data["format"] == "daybook-test-vectors/1"
    for section in (
        "keys",
        "padding",
        "entry_versions",
        "commitment_rejected",
        "incident_checks",
        "key_grants",
        "stream",
        "stream_sizes",
    ):
        assert data[section], section
    assert [v["version"] for v in _group("entry_versions")] == [1, 2]
    chunk_counts = {len(v["chunks"]) for v in _group("stream")}
    assert 1 in chunk_counts
    assert 3 in chunk_counts


def test_fixed_keys_are_the_rfc_examples() -> None:
    keys = VECTORS.data["keys"]
    signer = ed25519.Ed25519PrivateKey.from_private_bytes(_hex(keys, "owner_signing_seed_hex"))
    assert _raw_public(signer.public_key()).hex() == keys["owner_signing_public_key_hex"]
    # RFC 8032 section 7.1 test 1, and RFC 7748 section 6.1 (Bob).
    assert keys["owner_signing_public_key_hex"] == (
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    )
    reader = x25519.X25519PrivateKey.from_private_bytes(_hex(keys, "reader_hpke_private_key_hex"))
    assert _raw_public(reader.public_key()).hex() == keys["reader_hpke_public_key_hex"]
    assert keys["reader_hpke_public_key_hex"] == (
        "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"
    )


# ---------------------------------------------------------------- padding


def _bucket_by_hand(length: int) -> int:
    bucket = 1024
    while bucket < length + 1:
        bucket *= 2
    assert bucket <= 1 << 18
    return bucket


def test_padding_buckets() -> None:
    vectors = VECTORS.data["padding"]
    assert vectors["buckets"] == [1 << k for k in range(10, 19)]
    for example in vectors["examples"]:
        n = example["plaintext_length"]
        assert _bucket_by_hand(n) == example["bucket"] == padding.bucket_for(n)
    with pytest.raises(ValueError):
        padding.bucket_for(vectors["too_long_plaintext_length"])
    assert vectors["too_long_plaintext_length"] == 1 << 18


def test_padding_example() -> None:
    example = VECTORS.data["padding"]["example"]
    plaintext, padded = _hex(example, "plaintext_hex"), _hex(example, "padded_hex")
    assert padded == plaintext + b"\x80" + bytes(1024 - len(plaintext) - 1)
    assert padding.pad(plaintext) == padded
    assert padding.unpad(padded) == plaintext


@pytest.mark.parametrize(
    "vector",
    VECTORS.data["padding"]["rejected"],
    ids=[v["name"] for v in VECTORS.data["padding"]["rejected"]],
)
def test_padding_rejected(vector: Vector) -> None:
    with pytest.raises(ValueError):
        padding.unpad(_hex(vector, "padded_hex"))


# ---------------------------------------------------------------- entry versions


@pytest.mark.parametrize("vector", _group("entry_versions"), ids=_ids("entry_versions"))
def test_entry_associated_data(vector: Vector) -> None:
    entry_id, owner_id = uuid.UUID(vector["entry_id"]), uuid.UUID(vector["owner_id"])
    aad = ENTRY_AAD_LABEL + entry_id.bytes + vector["version"].to_bytes(4, "big") + owner_id.bytes
    assert aad.hex() == vector["aad_hex"]
    assert entries.associated_data(entry_id, vector["version"], owner_id) == aad


@pytest.mark.parametrize("vector", _group("entry_versions"), ids=_ids("entry_versions"))
def test_entry_envelope_opens_with_plain_aes_gcm(vector: Vector) -> None:
    envelope, nonce = _hex(vector, "envelope_hex"), _hex(vector, "nonce_hex")
    plaintext = _hex(vector, "plaintext_hex")
    assert plaintext == vector["plaintext"].encode("ascii")
    assert len(plaintext) == vector["plaintext_length"]
    # version (0x01) || nonce (12) || AES-256-GCM(padded plaintext) || tag (16)
    assert envelope[0] == 0x01
    assert envelope[1:13] == nonce
    assert len(envelope) == vector["envelope_length"] == 1 + 12 + vector["padded_length"] + 16
    padded = AESGCM(_hex(vector, "content_key_hex")).decrypt(
        nonce, envelope[13:], _hex(vector, "aad_hex")
    )
    assert len(padded) == vector["padded_length"] == _bucket_by_hand(len(plaintext))
    assert padded == plaintext + b"\x80" + bytes(len(padded) - len(plaintext) - 1)
    assert hashlib.sha256(envelope).hexdigest() == vector["ciphertext_sha256_hex"]


@pytest.mark.parametrize("vector", _group("entry_versions"), ids=_ids("entry_versions"))
def test_entry_envelope_matches_app_protocol(vector: Vector) -> None:
    entry_id, owner_id = uuid.UUID(vector["entry_id"]), uuid.UUID(vector["owner_id"])
    key, plaintext = _hex(vector, "content_key_hex"), _hex(vector, "plaintext_hex")
    envelope = entries.encrypt_version(
        plaintext, key, entry_id, vector["version"], owner_id, nonce=_hex(vector, "nonce_hex")
    )
    assert envelope.hex() == vector["envelope_hex"]
    assert entries.decrypt_version(envelope, key, entry_id, vector["version"], owner_id) == (
        plaintext
    )


@pytest.mark.parametrize("vector", _group("entry_versions"), ids=_ids("entry_versions"))
def test_entry_plaintext_and_disclosures(vector: Vector) -> None:
    plaintext = _hex(vector, "plaintext_hex")
    document = json.loads(plaintext)
    assert set(document) == {"disclosures", "format"}
    assert document["format"] == "daybook/v1/entry"
    assert jcs(document) == plaintext
    assert document["disclosures"] == [d["disclosure"] for d in vector["disclosures"]]

    rebuilt: dict[str, Any] = {}
    for item in vector["disclosures"]:
        array_json = b64_std(item["disclosure"]).decode("utf-8")
        assert array_json == item["array_json"]
        salt_text, name, value = json.loads(array_json)
        assert name == item["name"]
        assert b64_std(salt_text) == _hex(item, "salt_hex")
        assert salt_text == item["salt_base64url"]
        assert len(b64_std(salt_text)) == 16
        digest = hashlib.sha256(item["disclosure"].encode("ascii")).digest()
        assert b64_text(digest) == item["digest_base64url"]
        rebuilt[name] = value
        # The reference client writes the array as compact UTF-8 JSON.
        assert (
            commitment.make_disclosure(name, value, salt=b64_std(salt_text)) == item["disclosure"]
        )
    assert rebuilt == vector["incident"]
    assert list(rebuilt) == list(vector["incident"])
    assert commitment.undisclose(commitment.decode_plaintext(plaintext)) == vector["incident"]


@pytest.mark.parametrize("vector", _group("entry_versions"), ids=_ids("entry_versions"))
def test_commitment_document(vector: Vector) -> None:
    data = vector["commitment"].encode("ascii")
    assert data.hex() == vector["commitment_hex"]
    document = json.loads(data)
    assert jcs(document) == data
    assert set(document) == {
        "attachments",
        "ciphertext_sha256",
        "digests",
        "entry_id",
        "owner_id",
        "previous",
        "type",
        "version",
    }
    assert document["type"] == "daybook/v1/entry-version"
    assert document["entry_id"] == vector["entry_id"]
    assert document["owner_id"] == vector["owner_id"]
    assert document["version"] == vector["version"]
    assert b64_std(document["ciphertext_sha256"]).hex() == vector["ciphertext_sha256_hex"]

    real = [d["digest_base64url"] for d in vector["disclosures"]]
    decoys = [
        b64_text(hashlib.sha256(bytes.fromhex(p)).digest()) for p in vector["decoy_preimages_hex"]
    ]
    assert decoys == vector["decoy_digests_base64url"]
    assert len(real) + len(decoys) == 16
    # Sorted as base64url strings (code-point order), not as raw digest bytes.
    assert document["digests"] == sorted(real + decoys)

    assert hashlib.sha256(data).hexdigest() == vector["commitment_hash_hex"]
    assert b64_text(hashlib.sha256(data).digest()) == vector["commitment_hash_base64url"]
    parsed = commitment.parse_commitment(data)
    assert parsed.to_bytes() == data


@pytest.mark.parametrize("vector", _group("entry_versions"), ids=_ids("entry_versions"))
def test_commitment_signature(vector: Vector) -> None:
    keys = VECTORS.data["keys"]
    data = _hex(vector, "commitment_hex")
    signature = _hex(vector, "signature_hex")
    assert vector["signature_label"].encode("ascii") == VERSION_SIGNATURE_LABEL
    public = ed25519.Ed25519PublicKey.from_public_bytes(_hex(keys, "owner_signing_public_key_hex"))
    public.verify(signature, VERSION_SIGNATURE_LABEL + data)
    # Ed25519 is deterministic, so the same seed gives the same signature.
    signer = ed25519.Ed25519PrivateKey.from_private_bytes(_hex(keys, "owner_signing_seed_hex"))
    assert signer.sign(VERSION_SIGNATURE_LABEL + data) == signature
    assert commitment.verify(data, signature, public)
    assert not commitment.verify(data, signature[:-1] + bytes([signature[-1] ^ 1]), public)


def test_version_chain_and_attachment_binding() -> None:
    first, second = _group("entry_versions")
    first_doc, second_doc = json.loads(first["commitment"]), json.loads(second["commitment"])
    assert first_doc["previous"] is None
    assert b64_std(second_doc["previous"]).hex() == first["commitment_hash_hex"]
    assert second_doc["entry_id"] == first_doc["entry_id"]
    # One content key per entry, a fresh nonce and fresh salts per version.
    assert second["content_key_hex"] == first["content_key_hex"]
    assert second["nonce_hex"] != first["nonce_hex"]
    assert not {d["salt_hex"] for d in first["disclosures"]} & {
        d["salt_hex"] for d in second["disclosures"]
    }
    # Version 2 lists, in clear, the attachment whose key it carries encrypted.
    assert first_doc["attachments"] == []
    by_id = {v["attachment_id"]: v for v in _group("stream")}
    (listed,) = second["incident"]["attachments"]
    assert second_doc["attachments"] == [listed["attachment_id"]]
    attachment = by_id[listed["attachment_id"]]
    assert b64_std(listed["key"]).hex() == attachment["key_hex"]
    assert b64_std(listed["nonce_prefix"]).hex() == attachment["nonce_prefix_hex"]
    assert listed["size"] == attachment["plaintext_size"]
    assert listed["sha256"] == attachment["plaintext_sha256_hex"]
    assert b64_std(listed["ciphertext_sha256"]).hex() == attachment["ciphertext_sha256_hex"]


@pytest.mark.parametrize("vector", _group("entry_versions"), ids=_ids("entry_versions"))
def test_incident_is_valid_against_the_schema(vector: Vector) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert list(validator.iter_errors(vector["incident"])) == []


@pytest.mark.parametrize("vector", _group("commitment_rejected"), ids=_ids("commitment_rejected"))
def test_commitment_rejected(vector: Vector) -> None:
    with pytest.raises(ValueError):
        commitment.parse_commitment(vector["commitment"].encode("ascii"))


@pytest.mark.parametrize("vector", _group("incident_checks"), ids=_ids("incident_checks"))
def test_incident_checks(vector: Vector) -> None:
    """The reader's steps after decryption: plaintext, disclosures, schema
    (the SDK runs the same vectors, web/sdk/test/diary.test.ts)."""

    def read() -> None:
        disclosures = commitment.decode_plaintext(vector["plaintext"].encode("ascii"))
        validate_incident(commitment.undisclose(disclosures))

    if vector["valid"]:
        read()
    else:
        with pytest.raises(ValueError):  # IncidentInvalid is a ValueError too
            read()


# ---------------------------------------------------------------- key grants


@pytest.mark.parametrize("vector", _group("key_grants"), ids=_ids("key_grants"))
def test_key_grant_layout_and_signature(vector: Vector) -> None:
    entry_id, reader_id = uuid.UUID(vector["entry_id"]), uuid.UUID(vector["reader_id"])
    info = WRAP_INFO_PREFIX + b"entry-key\x00" + entry_id.bytes + reader_id.bytes
    assert vector["purpose"] == "entry-key"
    assert info.hex() == vector["info_hex"]
    assert key_grants.entry_key_info(entry_id, reader_id) == info

    envelope = _hex(vector, "envelope_hex")
    assert vector["signature_label"].encode("ascii") == GRANT_SIGNATURE_LABEL
    message = GRANT_SIGNATURE_LABEL + len(info).to_bytes(2, "big") + info + envelope
    assert message.hex() == vector["signed_message_hex"]
    assert key_grants.signed_message(info, envelope) == message
    granter = ed25519.Ed25519PublicKey.from_public_bytes(
        _hex(vector, "granter_signing_public_key_hex")
    )
    granter.verify(_hex(vector, "signature_hex"), message)
    seed = _hex(VECTORS.data["keys"], "owner_signing_seed_hex")
    signer = ed25519.Ed25519PrivateKey.from_private_bytes(seed)
    assert signer.sign(message).hex() == vector["signature_hex"]


@pytest.mark.parametrize("vector", _group("key_grants"), ids=_ids("key_grants"))
def test_key_grant_unwraps_to_the_entry_content_key(vector: Vector) -> None:
    envelope, info = _hex(vector, "envelope_hex"), _hex(vector, "info_hex")
    reader = x25519.X25519PrivateKey.from_private_bytes(_hex(vector, "reader_hpke_private_key_hex"))
    assert envelope[:7] == HPKE_HEADER
    # enc || ct is RFC 9180 single-shot base mode with an empty aad.
    key = hpke.X25519_SHA256_AES256GCM.suite.decrypt(envelope[7:], reader, info=info)
    assert key.hex() == vector["content_key_hex"]
    assert {v["content_key_hex"] for v in _group("entry_versions")} == {key.hex()}
    granter = ed25519.Ed25519PublicKey.from_public_bytes(
        _hex(vector, "granter_signing_public_key_hex")
    )
    opened = key_grants.open_grant(envelope, _hex(vector, "signature_hex"), info, reader, granter)
    assert opened == key


# ---------------------------------------------------------------- STREAM


def _stream_plaintext(vector: Vector) -> bytes:
    if "plaintext_hex" in vector:
        return _hex(vector, "plaintext_hex")
    assert vector["plaintext_rule"] == "byte i of the file is i mod 251, for i from 0 to size - 1"
    plaintext = bytes(i % 251 for i in range(vector["plaintext_size"]))
    assert hashlib.sha256(plaintext).hexdigest() == vector["plaintext_sha256_hex"]
    return plaintext


@pytest.mark.parametrize("vector", _group("stream"), ids=_ids("stream"))
def test_stream_with_plain_aes_gcm(vector: Vector) -> None:
    plaintext = _stream_plaintext(vector)
    assert len(plaintext) == vector["plaintext_size"]
    key, prefix = _hex(vector, "key_hex"), _hex(vector, "nonce_prefix_hex")
    assert len(key) == 32
    assert len(prefix) == 7
    aad = ATTACHMENT_AAD_LABEL + uuid.UUID(vector["attachment_id"]).bytes
    aead = AESGCM(key)
    count = max(1, -(-len(plaintext) // CHUNK))
    assert len(vector["chunks"]) == count
    sealed_chunks = []
    for index, chunk in enumerate(vector["chunks"]):
        last = index == count - 1
        piece = plaintext[index * CHUNK : (index + 1) * CHUNK]
        assert chunk["index"] == index
        assert chunk["last"] is last
        assert chunk["plaintext_length"] == len(piece)
        nonce = prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")
        assert chunk["nonce_hex"] == nonce.hex()
        assert chunk["aad_hex"] == aad.hex()
        sealed = aead.encrypt(nonce, piece, aad)
        assert len(sealed) == chunk["ciphertext_length"] == len(piece) + TAG
        assert hashlib.sha256(sealed).hexdigest() == chunk["ciphertext_sha256_hex"]
        assert sealed[:32].hex() == chunk["ciphertext_first_32_hex"]
        assert sealed[-32:].hex() == chunk["ciphertext_last_32_hex"]
        assert aead.decrypt(nonce, sealed, aad) == piece
        sealed_chunks.append(sealed)
    ciphertext = b"".join(sealed_chunks)
    assert len(ciphertext) == vector["ciphertext_size"] == len(plaintext) + count * TAG
    assert hashlib.sha256(ciphertext).hexdigest() == vector["ciphertext_sha256_hex"]
    if "ciphertext_hex" in vector:
        assert ciphertext.hex() == vector["ciphertext_hex"]


@pytest.mark.parametrize("vector", _group("stream"), ids=_ids("stream"))
def test_stream_with_app_protocol(vector: Vector) -> None:
    plaintext = _stream_plaintext(vector)
    key = stream.StreamKey(
        _hex(vector, "key_hex"),
        _hex(vector, "nonce_prefix_hex"),
        uuid.UUID(vector["attachment_id"]),
    )
    # Cut the input in odd pieces: the re-chunking must not depend on them.
    pieces = [plaintext[i : i + 300_007] for i in range(0, len(plaintext), 300_007)]
    sealed = [key.seal_chunk(i, chunk, last) for i, chunk, last in stream.plaintext_chunks(pieces)]
    assert [hashlib.sha256(c).hexdigest() for c in sealed] == [
        c["ciphertext_sha256_hex"] for c in vector["chunks"]
    ]
    assert stream.chunk_sizes(vector["ciphertext_size"]) == [len(c) for c in sealed]
    assert b"".join(stream.decrypt_stream(key, sealed)) == plaintext


def test_stream_sizes() -> None:
    sizes = VECTORS.data["stream_sizes"]
    assert sizes["chunk_bytes"] == CHUNK == stream.CHUNK_BYTES
    assert sizes["ciphertext_chunk_bytes"] == CHUNK + TAG
    for row in sizes["sizes"]:
        n = row["plaintext_size"]
        count = max(1, -(-n // CHUNK))
        assert row["chunk_count"] == count
        assert row["ciphertext_size"] == n + count * TAG == stream.ciphertext_size(n)
        assert row["last_chunk_ciphertext_length"] == n - (count - 1) * CHUNK + TAG
        expected = [CHUNK + TAG] * (count - 1) + [row["last_chunk_ciphertext_length"]]
        assert stream.chunk_sizes(row["ciphertext_size"]) == expected
    for total in sizes["impossible_ciphertext_sizes"]:
        assert stream.chunk_sizes(total) is None
