"""docs/vectors/standards.json: the RFC 9180, RFC 8032 and RFC 3161 vectors the
protocol points to, run through app.protocol (the suite object, envelope
parsing and account keys it uses; its time-stamp token check). The file must
equal what tests/protocol/make_standard_vectors.py produces."""

from __future__ import annotations

import struct
import uuid

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.bindings._rust import openssl as rust_openssl
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.protocol import hpke, keys
from app.protocol.timestamp import TimestampError, TsaTrust, verify_token
from tests.protocol import make_standard_vectors
from tests.protocol.vector_files import Vector, VectorFile, hex_field

VECTORS = VectorFile("standards.json")


def test_vector_file_is_exactly_the_generator_output() -> None:
    assert VECTORS.path.read_text(encoding="utf-8") == make_standard_vectors.render(), (
        "docs/vectors/standards.json is stale: regenerate it with `.venv/bin/python -m "
        "tests.protocol.make_standard_vectors > docs/vectors/standards.json`"
    )


# ---------------------------------------------------------------- RFC 9180


def test_hpke_vector_is_our_suite() -> None:
    vector = VECTORS.data["hpke"]
    ids = (vector["kem_id"], vector["kdf_id"], vector["aead_id"])
    header = struct.pack(">BHHH", hpke.ENVELOPE_VERSION, *ids)
    assert vector["mode"] == 0
    assert hpke.parse_envelope(header + bytes(48)) is hpke.X25519_SHA256_AES256GCM
    recipient = x25519.X25519PrivateKey.from_private_bytes(hex_field(vector, "skRm"))
    assert keys.raw_public(recipient.public_key()) == hex_field(vector, "pkRm")


def test_hpke_key_schedule_and_aead() -> None:
    """The suite object app.protocol wraps with opens the RFC's first message (its
    public single-shot API has no `aad`, which every RFC message uses, hence the
    test hook); the later sequence numbers check the RFC's key and nonce rule."""
    vector = VECTORS.data["hpke"]
    recipient = x25519.X25519PrivateKey.from_private_bytes(hex_field(vector, "skRm"))
    enc, info = hex_field(vector, "enc"), hex_field(vector, "info")
    encryptions: list[Vector] = vector["encryptions"]
    first = encryptions[0]
    assert first["sequence_number"] == 0
    suite = hpke.X25519_SHA256_AES256GCM.suite
    opened = rust_openssl.hpke._decrypt_with_aad(
        suite, enc + hex_field(first, "ct"), recipient, info=info, aad=hex_field(first, "aad")
    )
    assert opened == hex_field(first, "pt")
    with pytest.raises(InvalidTag):
        rust_openssl.hpke._decrypt_with_aad(
            suite, enc + hex_field(first, "ct"), recipient, info=info + b"x", aad=b""
        )
    base_nonce = hex_field(vector, "base_nonce")
    aead = AESGCM(hex_field(vector, "key"))
    for entry in encryptions:
        seq = entry["sequence_number"]
        nonce = (int.from_bytes(base_nonce, "big") ^ seq).to_bytes(len(base_nonce), "big")
        assert nonce == hex_field(entry, "nonce")
        assert aead.decrypt(nonce, hex_field(entry, "ct"), hex_field(entry, "aad")) == hex_field(
            entry, "pt"
        )


def test_hpke_wrap_to_the_rfc_recipient() -> None:
    vector = VECTORS.data["hpke"]
    recipient = x25519.X25519PrivateKey.from_private_bytes(hex_field(vector, "skRm"))
    info = hpke.wrap_info("entry-key", uuid.UUID(int=7), uuid.UUID(int=8))
    plaintext = hex_field(vector["encryptions"][0], "pt")
    envelope = hpke.wrap(plaintext, recipient.public_key(), info)
    assert hpke.unwrap(envelope, recipient, info) == plaintext


# ---------------------------------------------------------------- RFC 8032


@pytest.mark.parametrize("vector", VECTORS.group("ed25519"), ids=VECTORS.ids("ed25519"))
def test_ed25519(vector: Vector) -> None:
    seed, message = hex_field(vector, "secret_key_hex"), hex_field(vector, "message_hex")
    signature = hex_field(vector, "signature_hex")
    account = keys.AccountKeys.from_bytes(seed + bytes(32))
    assert account.signing_public == hex_field(vector, "public_key_hex")
    assert account.signing.sign(message) == signature
    public = ed25519.Ed25519PublicKey.from_public_bytes(account.signing_public)
    public.verify(signature, message)


# ---------------------------------------------------------------- RFC 3161


def _token() -> tuple[bytes, bytes, TsaTrust]:
    vector = VECTORS.data["rfc3161"]
    message = vector["message_text"].encode("utf-8")
    return (
        hex_field(vector, "token_hex"),
        message,
        TsaTrust.from_pem(vector["trust_anchor_pem"].encode("ascii")),
    )


def test_rfc3161_token_verifies() -> None:
    vector = VECTORS.data["rfc3161"]
    token, message, trust = _token()
    assert make_standard_vectors.checkpoint_message() == message
    checked = verify_token(token, message, trust)
    assert checked.gen_time.isoformat().replace("+00:00", "Z") == vector["gen_time"]
    assert checked.serial_number == vector["serial_number"]


def test_rfc3161_token_is_for_that_message_only() -> None:
    token, message, trust = _token()
    with pytest.raises(TimestampError):
        verify_token(token, message + b" ", trust)


def test_rfc3161_token_with_a_changed_byte_is_refused() -> None:
    token, message, trust = _token()
    changed = bytearray(token)
    changed[-10] ^= 0x01  # inside the signature
    with pytest.raises(TimestampError):
        verify_token(bytes(changed), message, trust)
