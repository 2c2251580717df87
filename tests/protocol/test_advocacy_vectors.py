"""docs/vectors/advocacy.json, checked against its generator and against plain primitives.

The file must equal what tests/protocol/make_advocacy_vectors.py produces, so
it cannot drift from app.protocol. Each vector is then checked a second time
from the byte layouts in docs/protocol §26 with only hashlib, hmac, json
and the `cryptography` primitives (AES-256-GCM, Ed25519, the HPKE suite),
which is what a phone developer will do with their own stack, and finally
with the checks the server itself runs on a share or a note.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid

import pytest
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke as pyca_hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app import codes
from app.entries.service import InvalidKeyGrant, check_key_grant
from app.handovers.schemas import HandoverApproval
from app.handovers.service import check_note_grant
from app.models import Account
from app.notes.schemas import NoteIn
from app.protocol import key_grants, notes, receipts
from app.shares.schemas import ShareRequest
from tests.protocol import make_advocacy_vectors
from tests.protocol.vector_files import Vector, VectorFile, b64_std, b64_text, hex_field

VECTORS = VectorFile("advocacy.json")
DIARY = VectorFile("diary.json")
_group, _ids, _hex = VECTORS.group, VECTORS.ids, hex_field

# The layouts of docs/protocol, written out again rather than imported, so
# a change to a constant in app.protocol shows up here as a failure.
WRAP_INFO_PREFIX = b"daybook/v1/wrap/"
GRANT_SIGNATURE_LABEL = b"daybook/v1/key-grant-signature\x00"
RECEIPT_LABEL = b"daybook/v1/receipt\x00"
NOTE_AAD_LABEL = b"daybook/v1/note\x00"
NOTE_SIGNATURE_LABEL = b"daybook/v1/note-signature\x00"
CODE_LABEL = b"daybook/v1/code/"
FINGERPRINT_LABEL = b"daybook/v1/fingerprint\x00"
HPKE_HEADER = bytes.fromhex("01002000010002")
SUITE = pyca_hpke.Suite(pyca_hpke.KEM.X25519, pyca_hpke.KDF.HKDF_SHA256, pyca_hpke.AEAD.AES_256_GCM)
NOTE_BUCKETS = [1024, 2048, 4096, 8192, 16384]
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _raw_public(key: ed25519.Ed25519PublicKey | x25519.X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _person(name: str) -> Vector:
    person: Vector = VECTORS.data["keys"][name]
    return person


def _hpke_private(name: str) -> x25519.X25519PrivateKey:
    return x25519.X25519PrivateKey.from_private_bytes(_hex(_person(name), "hpke_private_key_hex"))


def _signing_public(name: str) -> ed25519.Ed25519PublicKey:
    return ed25519.Ed25519PublicKey.from_public_bytes(_hex(_person(name), "signing_public_key_hex"))


def _unwrap(envelope: bytes, reader: x25519.X25519PrivateKey, info: bytes) -> bytes:
    """RFC 9180 single-shot base mode, empty aad: the envelope is header || enc || ct."""
    assert envelope[:7] == HPKE_HEADER
    return SUITE.decrypt(envelope[7:], reader, info=info)


# ---------------------------------------------------------------- the file itself


def test_vector_file_is_exactly_the_generator_output() -> None:
    expected = make_advocacy_vectors.render(make_advocacy_vectors.kept_envelopes())
    assert VECTORS.path.read_text(encoding="utf-8") == expected, (
        "docs/vectors/advocacy.json is stale: regenerate it with "
        "`.venv/bin/python -m tests.protocol.make_advocacy_vectors > docs/vectors/advocacy.json`"
    )


def test_vector_file_covers_every_section() -> None:
    data = VECTORS.data
    assert data["format"] == "daybook-test-vectors/1"
    for section in (
        "keys",
        "share_grants",
        "notes",
        "note_grants",
        "note_rejected",
        "note_sizes",
        "codes",
    ):
        assert data[section], section
    assert {n["entry_id"] is None for n in _group("notes")} == {True, False}


@pytest.mark.parametrize("name", ["victim", "advocate"])
def test_keys_and_fingerprints(name: str) -> None:
    person = _person(name)
    signer = ed25519.Ed25519PrivateKey.from_private_bytes(_hex(person, "signing_seed_hex"))
    signing = _raw_public(signer.public_key())
    hpke_public = _raw_public(_hpke_private(name).public_key())
    assert signing.hex() == person["signing_public_key_hex"]
    assert hpke_public.hex() == person["hpke_public_key_hex"]
    assert b64_std(person["signing_public_key"]) == signing
    assert b64_std(person["hpke_public_key"]) == hpke_public
    digest = hashlib.sha256(FINGERPRINT_LABEL + signing + hpke_public).digest()
    text = digest[:20].hex().upper()
    assert person["fingerprint"] == " ".join(text[i : i + 4] for i in range(0, 40, 4))


def test_the_people_are_the_published_ones() -> None:
    # The victim is diary.json's owner; the advocate signs with RFC 8032 test 2.
    diary_keys = DIARY.data["keys"]
    victim = _person("victim")
    assert victim["account_id"] == diary_keys["owner_id"]
    assert victim["signing_seed_hex"] == diary_keys["owner_signing_seed_hex"]
    assert _person("advocate")["signing_public_key_hex"] == (
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"
    )
    assert _person("advocate")["hpke_private_key_hex"] == (
        hashlib.sha256(b"daybook test advocate HPKE key").hexdigest()
    )


# ---------------------------------------------------------------- note grants


def _note_info(purpose: str, object_id: str, reader_id: str) -> bytes:
    purpose_bytes = purpose.encode("ascii") + b"\x00"
    return (
        WRAP_INFO_PREFIX + purpose_bytes + uuid.UUID(object_id).bytes + uuid.UUID(reader_id).bytes
    )


@pytest.mark.parametrize("vector", _group("note_grants"), ids=_ids("note_grants"))
def test_note_grant_layout_and_signature(vector: Vector) -> None:
    assert vector["granter_id"] == _person("victim")["account_id"]
    assert vector["purpose"] == "note-key"
    info = _note_info("note-key", vector["note_id"], vector["reader_id"])
    assert len(info) == 57
    assert info.hex() == vector["info_hex"]
    envelope = _hex(vector, "envelope_hex")
    assert len(envelope) == 87
    assert vector["signature_label"].encode("ascii") == GRANT_SIGNATURE_LABEL
    message = GRANT_SIGNATURE_LABEL + len(info).to_bytes(2, "big") + info + envelope
    assert message.hex() == vector["signed_message_hex"]
    assert _hex(vector, "granter_signing_public_key_hex") == _raw_public(_signing_public("victim"))
    seed = _hex(_person("victim"), "signing_seed_hex")
    signature = ed25519.Ed25519PrivateKey.from_private_bytes(seed).sign(message)
    assert signature.hex() == vector["signature_hex"]


@pytest.mark.parametrize("vector", _group("note_grants"), ids=_ids("note_grants"))
def test_note_grant_unwraps_to_the_notes_key(vector: Vector) -> None:
    reader = x25519.X25519PrivateKey.from_private_bytes(_hex(vector, "reader_hpke_private_key_hex"))
    assert _raw_public(reader.public_key()).hex() == vector["reader_hpke_public_key_hex"]
    key = _unwrap(_hex(vector, "envelope_hex"), reader, _hex(vector, "info_hex"))
    assert key.hex() == vector["note_key_hex"]
    (note,) = [n for n in _group("notes") if n["note_id"] == vector["note_id"]]
    assert note["note_key_hex"] == key.hex()
    opened = key_grants.open_grant(
        _hex(vector, "envelope_hex"),
        _hex(vector, "signature_hex"),
        _hex(vector, "info_hex"),
        reader,
        _signing_public("victim"),
    )
    assert opened == key


@pytest.mark.parametrize("vector", _group("note_grants"), ids=_ids("note_grants"))
def test_note_grant_is_refused_anywhere_else(vector: Vector) -> None:
    envelope, signature = _hex(vector, "envelope_hex"), _hex(vector, "signature_hex")
    assert [r["name"] for r in vector["refused_elsewhere"]] == [
        "another-reader",
        "another-note",
        "another-purpose",
    ]
    for other in vector["refused_elsewhere"]:
        info = _note_info(other["purpose"], other["object_id"], other["reader_id"])
        assert info.hex() == other["info_hex"] != vector["info_hex"]
        message = GRANT_SIGNATURE_LABEL + len(info).to_bytes(2, "big") + info + envelope
        assert message.hex() == other["signed_message_hex"]
        with pytest.raises(InvalidSignature):
            _signing_public("victim").verify(signature, message)


@pytest.mark.parametrize("vector", _group("note_grants"), ids=_ids("note_grants"))
def test_note_grant_as_the_server_checks_it(vector: Vector) -> None:
    """POST /v1/assignment/handover: the item parses in `note_grants`, and the
    server's own check accepts it for the new advocate only."""
    body = {
        "handover_id": str(uuid.uuid4()),
        "to_advocate_id": vector["reader_id"],
        "entry_grants": [],
        "note_grants": [vector["request_body_item"]],
    }
    (grant,) = HandoverApproval.model_validate(body).note_grants
    assert (grant.envelope.hex(), grant.signature.hex()) == (
        vector["envelope_hex"],
        vector["signature_hex"],
    )
    victim = Account(signing_public_key=_hex(vector, "granter_signing_public_key_hex"))
    check_note_grant(victim, uuid.UUID(vector["reader_id"]), grant)
    with pytest.raises(InvalidKeyGrant):
        check_note_grant(victim, uuid.UUID(_person("advocate")["account_id"]), grant)


# ---------------------------------------------------------------- share grants


@pytest.mark.parametrize("vector", _group("share_grants"), ids=_ids("share_grants"))
def test_share_grant_layout_and_signature(vector: Vector) -> None:
    entry_id, reader_id = uuid.UUID(vector["entry_id"]), uuid.UUID(vector["reader_id"])
    assert vector["granter_id"] == _person("victim")["account_id"]
    assert vector["reader_id"] == _person("advocate")["account_id"]
    info = WRAP_INFO_PREFIX + b"entry-key\x00" + entry_id.bytes + reader_id.bytes
    assert len(info) == 58
    assert vector["purpose"] == "entry-key"
    assert info.hex() == vector["info_hex"]

    envelope = _hex(vector, "envelope_hex")
    assert len(envelope) == 87
    assert vector["signature_label"].encode("ascii") == GRANT_SIGNATURE_LABEL
    message = GRANT_SIGNATURE_LABEL + len(info).to_bytes(2, "big") + info + envelope
    assert message.hex() == vector["signed_message_hex"]
    granter = _signing_public("victim")
    assert granter == ed25519.Ed25519PublicKey.from_public_bytes(
        _hex(vector, "granter_signing_public_key_hex")
    )
    signature = _hex(vector, "signature_hex")
    granter.verify(signature, message)
    seed = _hex(_person("victim"), "signing_seed_hex")
    assert ed25519.Ed25519PrivateKey.from_private_bytes(seed).sign(message) == signature


@pytest.mark.parametrize("vector", _group("share_grants"), ids=_ids("share_grants"))
def test_share_grant_unwraps_to_the_entry_content_key(vector: Vector) -> None:
    envelope, info = _hex(vector, "envelope_hex"), _hex(vector, "info_hex")
    advocate = _hpke_private("advocate")
    assert vector["reader_hpke_private_key_hex"] == _person("advocate")["hpke_private_key_hex"]
    key = _unwrap(envelope, advocate, info)
    assert key.hex() == vector["content_key_hex"]
    # The key that opens diary.json's entry versions, and the one of its owner's grant.
    assert {v["content_key_hex"] for v in DIARY.group("entry_versions")} == {key.hex()}
    (own,) = DIARY.group("key_grants")
    assert own["entry_id"] == vector["entry_id"]
    assert own["content_key_hex"] == key.hex()
    opened = key_grants.open_grant(
        envelope, _hex(vector, "signature_hex"), info, advocate, _signing_public("victim")
    )
    assert opened == key


@pytest.mark.parametrize("vector", _group("share_grants"), ids=_ids("share_grants"))
def test_share_grant_is_refused_anywhere_else(vector: Vector) -> None:
    envelope, signature = _hex(vector, "envelope_hex"), _hex(vector, "signature_hex")
    granter = _signing_public("victim")
    assert {r["name"] for r in vector["refused_elsewhere"]} == {
        "another-reader",
        "another-entry",
        "the-owner",
    }
    for other in vector["refused_elsewhere"]:
        entry_id, reader_id = uuid.UUID(other["entry_id"]), uuid.UUID(other["reader_id"])
        info = WRAP_INFO_PREFIX + b"entry-key\x00" + entry_id.bytes + reader_id.bytes
        assert info.hex() == other["info_hex"] != vector["info_hex"]
        message = GRANT_SIGNATURE_LABEL + len(info).to_bytes(2, "big") + info + envelope
        assert message.hex() == other["signed_message_hex"]
        with pytest.raises(InvalidSignature):
            granter.verify(signature, message)
    # Nor does the advocate's key open the envelope under another info.
    other_info = _hex(vector["refused_elsewhere"][0], "info_hex")
    with pytest.raises(InvalidTag):
        _unwrap(envelope, _hpke_private("advocate"), other_info)


@pytest.mark.parametrize("vector", _group("share_grants"), ids=_ids("share_grants"))
def test_share_grant_as_the_server_checks_it(vector: Vector) -> None:
    """POST /v1/shares: the request parses, and the server's own check accepts
    the grant for this entry and this advocate only."""
    body = vector["request_body"]
    request = ShareRequest.model_validate(body)
    assert str(request.advocate_id) == vector["reader_id"]
    (grant,) = request.grants
    assert grant.envelope.hex() == vector["envelope_hex"]
    assert grant.signature.hex() == vector["signature_hex"]
    victim = Account(
        id=uuid.UUID(vector["granter_id"]),
        signing_public_key=_hex(vector, "granter_signing_public_key_hex"),
    )
    check_key_grant(victim, grant.entry_id, request.advocate_id, grant)
    for other in vector["refused_elsewhere"]:
        with pytest.raises(InvalidKeyGrant):
            check_key_grant(
                victim, uuid.UUID(other["entry_id"]), uuid.UUID(other["reader_id"]), grant
            )


@pytest.mark.parametrize("vector", _group("share_grants"), ids=_ids("share_grants"))
def test_share_grant_receipt(vector: Vector) -> None:
    receipt = vector["receipt"]
    message = _hex(vector, "signed_message_hex")
    object_sha256 = hashlib.sha256(message).digest()
    assert object_sha256.hex() == receipt["object_sha256_hex"]
    assert receipt["kind_byte"] == 4
    leaf = (
        RECEIPT_LABEL
        + bytes([receipt["kind_byte"]])
        + receipt["received_at_ms"].to_bytes(8, "big")
        + object_sha256
    )
    assert len(leaf) == 60
    assert leaf.hex() == receipt["leaf_data_hex"]
    leaf_hash = hashlib.sha256(b"\x00" + leaf).digest()
    assert leaf_hash.hex() == receipt["leaf_hash_hex"]
    shown = receipt["as_json"]
    assert shown["kind"] == "key-grant"
    assert b64_std(shown["leaf_data"]) == leaf
    assert b64_std(shown["leaf_hash"]) == leaf_hash
    assert b64_std(shown["object_sha256"]) == object_sha256
    assert shown["received_at"] == "2025-03-15T09:12:30.250000Z"
    assert receipt["received_at_ms"] == 1742029950250
    decoded = receipts.decode_leaf(leaf)
    assert decoded.kind is receipts.ReceiptKind.KEY_GRANT
    assert receipts.key_grant_object(_hex(vector, "info_hex"), _hex(vector, "envelope_hex")) == (
        object_sha256
    )


# ---------------------------------------------------------------- advocate notes


def _binding(vector: Vector) -> bytes:
    entry = uuid.UUID(int=0) if vector["entry_id"] is None else uuid.UUID(vector["entry_id"])
    return (
        b"".join(
            uuid.UUID(vector[field]).bytes
            for field in ("note_id", "case_id", "victim_id", "advocate_id")
        )
        + entry.bytes
    )


def _note_binding(vector: Vector) -> notes.NoteBinding:
    return notes.NoteBinding(
        note_id=uuid.UUID(vector["note_id"]),
        case_id=uuid.UUID(vector["case_id"]),
        victim_id=uuid.UUID(vector["victim_id"]),
        advocate_id=uuid.UUID(vector["advocate_id"]),
        entry_id=None if vector["entry_id"] is None else uuid.UUID(vector["entry_id"]),
    )


def _sealed(vector: Vector) -> notes.SealedNote:
    return notes.SealedNote(
        _hex(vector, "envelope_hex"),
        _hex(vector["victim_wrap"], "envelope_hex"),
        _hex(vector["advocate_wrap"], "envelope_hex"),
        _hex(vector, "signature_hex"),
    )


@pytest.mark.parametrize("vector", _group("notes"), ids=_ids("notes"))
def test_note_binding_and_associated_data(vector: Vector) -> None:
    assert vector["case_id"] == VECTORS.data["keys"]["case_id"]
    assert vector["victim_id"] == _person("victim")["account_id"]
    assert vector["advocate_id"] == _person("advocate")["account_id"]
    binding = _binding(vector)
    assert len(binding) == 80
    assert binding.hex() == vector["binding_hex"]
    if vector["entry_id"] is None:
        assert binding[64:] == bytes(16)
    aad = NOTE_AAD_LABEL + binding
    assert aad.hex() == vector["aad_hex"]
    assert notes.associated_data(_note_binding(vector)) == aad


@pytest.mark.parametrize("vector", _group("notes"), ids=_ids("notes"))
def test_note_envelope_opens_with_plain_aes_gcm(vector: Vector) -> None:
    envelope, nonce = _hex(vector, "envelope_hex"), _hex(vector, "nonce_hex")
    plaintext = _hex(vector, "plaintext_hex")
    assert plaintext == vector["plaintext"].encode("ascii")
    assert len(plaintext) == vector["plaintext_length"]
    # version (0x01) || nonce (12) || AES-256-GCM(padded plaintext) || tag (16)
    assert envelope[0] == 0x01
    assert envelope[1:13] == nonce
    bucket = min(b for b in NOTE_BUCKETS if b >= len(plaintext) + 1)
    assert vector["padded_length"] == bucket
    assert len(envelope) == vector["envelope_length"] == 1 + 12 + bucket + 16
    aead = AESGCM(_hex(vector, "note_key_hex"))
    padded = aead.decrypt(nonce, envelope[13:], _hex(vector, "aad_hex"))
    assert padded == plaintext + b"\x80" + bytes(bucket - len(plaintext) - 1)
    assert aead.encrypt(nonce, padded, _hex(vector, "aad_hex")) == envelope[13:]


@pytest.mark.parametrize("vector", _group("notes"), ids=_ids("notes"))
def test_note_plaintext_is_canonical_json(vector: Vector) -> None:
    plaintext = _hex(vector, "plaintext_hex")
    document = json.loads(plaintext)
    assert set(document) == {"kind", "text", "written_at"}
    assert document == vector["content"]
    assert document["kind"] in {"note", "safety-plan"}
    assert document["written_at"].endswith("+00:00")
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    assert canonical.encode("ascii") == plaintext
    parsed = notes.NoteContent.from_bytes(plaintext)
    assert (parsed.kind, parsed.text) == (document["kind"], document["text"])


@pytest.mark.parametrize("vector", _group("notes"), ids=_ids("notes"))
def test_note_key_wraps(vector: Vector) -> None:
    note_id = uuid.UUID(vector["note_id"])
    key = _hex(vector, "note_key_hex")
    wraps = {"victim": vector["victim_wrap"], "advocate": vector["advocate_wrap"]}
    for who, wrap in wraps.items():
        assert wrap["purpose"] == "note-key"
        assert wrap["recipient_id"] == _person(who)["account_id"]
        recipient = uuid.UUID(wrap["recipient_id"])
        info = WRAP_INFO_PREFIX + b"note-key\x00" + note_id.bytes + recipient.bytes
        assert len(info) == 57
        assert info.hex() == wrap["info_hex"]
        envelope = _hex(wrap, "envelope_hex")
        assert len(envelope) == 87
        assert _unwrap(envelope, _hpke_private(who), info) == key
    # Each copy opens only for its own reader and its own info.
    with pytest.raises(InvalidTag):
        _unwrap(
            _hex(wraps["victim"], "envelope_hex"),
            _hpke_private("victim"),
            _hex(wraps["advocate"], "info_hex"),
        )
    with pytest.raises(InvalidTag):
        _unwrap(
            _hex(wraps["advocate"], "envelope_hex"),
            _hpke_private("victim"),
            _hex(wraps["advocate"], "info_hex"),
        )


@pytest.mark.parametrize("vector", _group("notes"), ids=_ids("notes"))
def test_note_signature(vector: Vector) -> None:
    envelope = _hex(vector, "envelope_hex")
    victim_wrap = _hex(vector["victim_wrap"], "envelope_hex")
    advocate_wrap = _hex(vector["advocate_wrap"], "envelope_hex")
    assert vector["signature_label"].encode("ascii") == NOTE_SIGNATURE_LABEL
    message = (
        NOTE_SIGNATURE_LABEL
        + _binding(vector)
        + hashlib.sha256(envelope).digest()
        + hashlib.sha256(victim_wrap).digest()
        + hashlib.sha256(advocate_wrap).digest()
    )
    assert len(message) == 26 + 80 + 3 * 32
    assert message.hex() == vector["signed_message_hex"]
    signature = _hex(vector, "signature_hex")
    _signing_public("advocate").verify(signature, message)
    seed = _hex(_person("advocate"), "signing_seed_hex")
    assert ed25519.Ed25519PrivateKey.from_private_bytes(seed).sign(message) == signature
    # Not the victim's signature, and not valid for the wraps swapped.
    with pytest.raises(InvalidSignature):
        _signing_public("victim").verify(signature, message)
    swapped = (
        NOTE_SIGNATURE_LABEL
        + _binding(vector)
        + hashlib.sha256(envelope).digest()
        + hashlib.sha256(advocate_wrap).digest()
        + hashlib.sha256(victim_wrap).digest()
    )
    with pytest.raises(InvalidSignature):
        _signing_public("advocate").verify(signature, swapped)


@pytest.mark.parametrize("vector", _group("notes"), ids=_ids("notes"))
def test_note_opens_for_both_readers_with_app_protocol(vector: Vector) -> None:
    binding, sealed = _note_binding(vector), _sealed(vector)
    author = _signing_public("advocate")
    for who in ("victim", "advocate"):
        reader_id = uuid.UUID(_person(who)["account_id"])
        content = notes.open_note(sealed, binding, reader_id, _hpke_private(who), author)
        assert content.to_bytes() == _hex(vector, "plaintext_hex")
    # Another case, or another entry, in the binding: the signature fails.
    moved = notes.NoteBinding(
        binding.note_id, uuid.uuid4(), binding.victim_id, binding.advocate_id, binding.entry_id
    )
    with pytest.raises(ValueError):
        notes.open_note(sealed, moved, binding.victim_id, _hpke_private("victim"), author)


@pytest.mark.parametrize("vector", _group("notes"), ids=_ids("notes"))
def test_note_as_the_server_checks_it(vector: Vector) -> None:
    """PUT /v1/cases/{case_id}/notes/{note_id}: the body parses; the layout and
    the advocate's signature are what the server checks."""
    body = NoteIn.model_validate(vector["request_body"])
    assert body.ciphertext.hex() == vector["envelope_hex"]
    assert (body.entry_id is None) is (vector["entry_id"] is None)
    notes.check_layout(body.ciphertext)
    sealed = notes.SealedNote(
        body.ciphertext, body.victim_envelope, body.advocate_envelope, body.signature
    )
    assert notes.signature_ok(_note_binding(vector), sealed, _signing_public("advocate"))
    assert not notes.signature_ok(_note_binding(vector), sealed, _signing_public("victim"))


@pytest.mark.parametrize("vector", _group("note_rejected"), ids=_ids("note_rejected"))
def test_note_plaintext_rejected(vector: Vector) -> None:
    with pytest.raises(ValueError):
        notes.NoteContent.from_bytes(_hex(vector, "plaintext_hex"))


def test_note_sizes() -> None:
    sizes = VECTORS.data["note_sizes"]
    assert sizes["buckets"] == NOTE_BUCKETS
    assert sizes["envelope_lengths"] == [1 + 12 + b + 16 for b in NOTE_BUCKETS]
    assert sizes["envelope_lengths"] == [1053, 2077, 4125, 8221, 16413]
    for example in sizes["examples"]:
        n = example["plaintext_length"]
        bucket = min(b for b in NOTE_BUCKETS if b >= n + 1)
        assert example["bucket"] == bucket
        assert example["envelope_length"] == 1 + 12 + bucket + 16
    assert sizes["too_long_plaintext_length"] == 16384
    for length in sizes["envelope_lengths"]:
        notes.check_layout(b"\x01" + bytes(length - 1))
    for length in (1052, 1054, 16414, 32797):
        with pytest.raises(ValueError):
            notes.check_layout(b"\x01" + bytes(length - 1))
    with pytest.raises(ValueError):
        notes.check_layout(b"\x02" + bytes(1052))


# ---------------------------------------------------------------- one-time codes


def _normalise_by_hand(text: str, length: int) -> str | None:
    """docs/protocol §26.2: ASCII only; upper-case; drop spaces, tabs and dashes; O→0, I→1, L→1."""
    if any(ord(ch) > 0x7F for ch in text):
        return None
    compact = "".join(ch for ch in text.upper() if ch not in " \t-")
    compact = compact.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(compact) != length or any(ch not in CROCKFORD for ch in compact):
        return None
    return compact


def test_code_alphabet() -> None:
    data = VECTORS.data["codes"]
    assert data["alphabet"] == CROCKFORD == codes.ALPHABET
    assert len(CROCKFORD) == 32
    assert not set("ILOU") & set(CROCKFORD)
    assert data["group"] == 5
    assert data["label"].encode("ascii") == CODE_LABEL
    assert data["server_secret_hex"] == hashlib.sha256(b"daybook test server secret").hexdigest()


@pytest.mark.parametrize("vector", VECTORS.data["codes"]["examples"], ids=lambda v: v["name"])
def test_code_normalisation(vector: Vector) -> None:
    length = vector["length"]
    assert vector["bits"] == 5 * length
    issued = vector["issued"]
    groups = issued.split("-")
    assert all(len(g) == 5 for g in groups)
    assert len(groups) == length // 5
    assert vector["normalised"] == "".join(groups)
    assert all(ch in CROCKFORD for ch in vector["normalised"])
    for typed in vector["accepted"]:
        assert _normalise_by_hand(typed["text"], length) == vector["normalised"], typed
        assert codes.normalise(typed["text"], length) == vector["normalised"], typed
    for typed in vector["rejected"]:
        assert _normalise_by_hand(typed["text"], length) is None, typed
        assert codes.normalise(typed["text"], length) is None, typed


@pytest.mark.parametrize("vector", VECTORS.data["codes"]["examples"], ids=lambda v: v["name"])
def test_code_mac(vector: Vector) -> None:
    secret = _hex(VECTORS.data["codes"], "server_secret_hex")
    message = CODE_LABEL + vector["purpose"].encode("ascii") + b"\x00"
    message += vector["normalised"].encode("ascii")
    assert message.hex() == vector["mac_input_hex"]
    mac = hmac.new(secret, message, hashlib.sha256).digest()
    assert mac.hex() == vector["mac_hex"]
    assert codes.code_mac(secret, vector["purpose"], vector["normalised"]) == mac


def test_code_mac_depends_on_the_purpose() -> None:
    data = VECTORS.data["codes"]
    assignment = data["examples"][0]
    assert assignment["purpose"] == "assignment"
    message = CODE_LABEL + b"invitation\x00" + assignment["normalised"].encode("ascii")
    mac = hmac.new(_hex(data, "server_secret_hex"), message, hashlib.sha256).hexdigest()
    assert mac == data["assignment_code_as_invitation_mac_hex"] != assignment["mac_hex"]


def test_request_bodies_are_base64url_of_the_bytes() -> None:
    (grant,) = _group("share_grants")
    (sent,) = grant["request_body"]["grants"]
    assert sent["envelope"] == b64_text(_hex(grant, "envelope_hex"))
    assert sent["signature"] == b64_text(_hex(grant, "signature_hex"))
    for note in _group("notes"):
        body = note["request_body"]
        assert body["ciphertext"] == b64_text(_hex(note, "envelope_hex"))
        assert body["victim_envelope"] == b64_text(_hex(note["victim_wrap"], "envelope_hex"))
        assert body["advocate_envelope"] == b64_text(_hex(note["advocate_wrap"], "envelope_hex"))
        assert body["signature"] == b64_text(_hex(note, "signature_hex"))
        assert body["entry_id"] == note["entry_id"]
