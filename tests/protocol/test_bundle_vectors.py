"""docs/vectors/bundle.json, checked against its generator and against plain primitives.

The file must equal what tests/protocol/make_bundle_vectors.py produces, so it
cannot drift from app.protocol. Each vector is then checked a second time
from the layouts in docs/protocol (section Evidence bundles) with only
hashlib, hmac, base64, json and the `cryptography` primitives (HKDF-SHA256,
X25519, the HPKE suite, AES-256-GCM, Ed25519), which is what a phone
developer or a forensic tool will do with their own stack.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.protocol import bundle, printable_key
from tests.protocol import make_bundle_vectors
from tests.protocol.vector_files import Vector, VectorFile, b64_std, b64_text, hex_field, jcs

VECTORS = VectorFile("bundle.json")
DIARY = VectorFile("diary.json")
LOG = VectorFile("log.json")
_group, _ids, _hex = VECTORS.group, VECTORS.ids, hex_field

# The layouts of docs/protocol, written out again rather than imported, so
# a change to a constant in app.protocol shows up here as a failure.
X25519_INFO = b"daybook/v1/bundle-key/x25519"
STATEMENT_MAC_INFO = b"daybook/v1/bundle-key/statement-mac"
WRAP_INFO_PREFIX = b"daybook/v1/wrap/"
ENTRY_KEY_PURPOSE = b"bundle-entry-key"
PACKAGE_AAD_LABEL = b"daybook/v1/bundle-entry\x00"
PACKAGE_FORMAT = "daybook/v1/bundle-entry"
STATEMENT_TYPE = "daybook/v1/bundle-statement"
STATEMENT_SIGNATURE_LABEL = b"daybook/v1/bundle-statement-signature\x00"
FINGERPRINT_LABEL = b"daybook/v1/fingerprint\x00"
HPKE_HEADER = bytes.fromhex("01002000010002")
# RFC 9180: KEM 0x0020, KDF 0x0001, AEAD 0x0002, as the envelope header says.
HPKE_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
TAG = 16


def _hkdf(secret: bytes, info: bytes) -> bytes:
    """HKDF-SHA256, no salt, 32 bytes."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def _bundle_key() -> Vector:
    (key,) = _group("bundle_keys")
    return key


def _bundle_private_key() -> x25519.X25519PrivateKey:
    secret = _hex(_bundle_key(), "secret_hex")
    return x25519.X25519PrivateKey.from_private_bytes(_hkdf(secret, X25519_INFO))


def _statement() -> Vector:
    statement: Vector = VECTORS.data["statement"]
    return statement


def _diary_versions() -> dict[int, Vector]:
    return {v["version"]: v for v in DIARY.group("entry_versions")}


# ---------------------------------------------------------------- the file itself


def test_vector_file_is_exactly_the_generator_output() -> None:
    expected = make_bundle_vectors.render(make_bundle_vectors.kept_wrapped_keys())
    assert VECTORS.path.read_text(encoding="utf-8") == expected, (
        "docs/vectors/bundle.json is stale: regenerate it with "
        "`.venv/bin/python -m tests.protocol.make_bundle_vectors > docs/vectors/bundle.json`"
    )


def test_vector_file_covers_every_section() -> None:
    data = VECTORS.data
    assert data["format"] == "daybook-test-vectors/1"
    for section in (
        "bundle_keys",
        "entries",
        "records_digest",
        "statement",
        "statement_rejected",
        "package_casework",
        "package_casework_rejected",
    ):
        assert data[section], section
    assert _ids("entries") == ["entry-a", "entry-b"]
    # Listed A then B, but B's id is smaller: the digest must sort them.
    ids = [uuid.UUID(e["entry_id"]) for e in _group("entries")]
    assert ids[0].bytes > ids[1].bytes


# ---------------------------------------------------------------- the bundle key


@pytest.mark.parametrize("vector", _group("bundle_keys"), ids=_ids("bundle_keys"))
def test_printable_bundle_key(vector: Vector) -> None:
    secret = _hex(vector, "secret_hex")
    assert len(secret) == 32
    checksum = hashlib.sha256(secret).digest()[:2]
    assert checksum.hex() == vector["checksum_hex"]
    text = base64.b32encode(secret + checksum).decode("ascii").rstrip("=")
    assert len(text) == 55
    display = "-".join(text[i : i + 5] for i in range(0, 55, 5))
    assert display == vector["text"] == vector["qr_code_text"]
    assert printable_key.format_key(secret) == display
    for accepted in [vector["text"], *vector["also_accepted"]]:
        assert printable_key.parse_key(accepted, "bundle key") == secret
    with pytest.raises(ValueError, match="checksum"):
        printable_key.parse_key(vector["rejected_typo"], "bundle key")


@pytest.mark.parametrize("vector", _group("bundle_keys"), ids=_ids("bundle_keys"))
def test_bundle_key_derivations(vector: Vector) -> None:
    secret = _hex(vector, "secret_hex")
    assert vector["x25519_info"].encode("ascii") == X25519_INFO
    assert vector["statement_mac_info"].encode("ascii") == STATEMENT_MAC_INFO
    private = _hkdf(secret, X25519_INFO)
    assert private.hex() == vector["x25519_private_key_hex"]
    public = x25519.X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()
    assert public.hex() == vector["x25519_public_key_hex"]
    assert b64_text(public) == vector["x25519_public_key_base64url"]
    assert _hkdf(secret, STATEMENT_MAC_INFO).hex() == vector["statement_mac_key_hex"]

    key = bundle.BundleKey(secret)
    assert key.public_bytes == public
    assert key.mac_key.hex() == vector["statement_mac_key_hex"]


# ---------------------------------------------------------------- wrapped export keys


@pytest.mark.parametrize("vector", _group("entries"), ids=_ids("entries"))
def test_wrap_info(vector: Vector) -> None:
    entry_id, bundle_id = uuid.UUID(vector["entry_id"]), uuid.UUID(vector["bundle_id"])
    wrap = vector["wrap"]
    assert wrap["purpose"].encode("ascii") == ENTRY_KEY_PURPOSE
    info = WRAP_INFO_PREFIX + ENTRY_KEY_PURPOSE + b"\x00" + entry_id.bytes + bundle_id.bytes
    assert len(info) == 16 + 16 + 1 + 16 + 16
    assert info.hex() == wrap["info_hex"]
    assert bundle.entry_key_info(entry_id, bundle_id) == info


@pytest.mark.parametrize("vector", _group("entries"), ids=_ids("entries"))
def test_wrapped_key_unwraps_with_the_bundle_key(vector: Vector) -> None:
    wrap = vector["wrap"]
    envelope, info = _hex(wrap, "wrapped_key_hex"), _hex(wrap, "info_hex")
    assert envelope[:7] == HPKE_HEADER
    assert len(envelope) == 7 + 32 + 32 + TAG
    private = _bundle_private_key()
    # enc || ct is RFC 9180 single-shot base mode with an empty aad.
    export_key = HPKE_SUITE.decrypt(envelope[7:], private, info=info)
    assert export_key.hex() == wrap["export_key_hex"]
    # Bound to the entry and the bundle: the other entry's info does not open it.
    others = [e for e in _group("entries") if e["name"] != vector["name"]]
    with pytest.raises(InvalidTag):
        HPKE_SUITE.decrypt(envelope[7:], private, info=_hex(others[0]["wrap"], "info_hex"))
    key = bundle.BundleKey(_hex(_bundle_key(), "secret_hex"))
    assert bundle.unwrap_export_key(envelope, key, info) == export_key


# ---------------------------------------------------------------- sealed packages


@pytest.mark.parametrize("vector", _group("entries"), ids=_ids("entries"))
def test_package_opens_with_plain_aes_gcm(vector: Vector) -> None:
    entry_id, bundle_id = uuid.UUID(vector["entry_id"]), uuid.UUID(vector["bundle_id"])
    sealed = vector["package"]
    package, nonce = _hex(sealed, "package_hex"), _hex(sealed, "nonce_hex")
    plaintext = _hex(sealed, "plaintext_hex")
    aad = PACKAGE_AAD_LABEL + bundle_id.bytes + entry_id.bytes
    assert aad.hex() == sealed["aad_hex"]
    # 0x01 || nonce (12) || AES-256-GCM(export key, plaintext) || tag (16)
    assert package[0] == 0x01
    assert package[1:13] == nonce
    assert len(package) == 1 + 12 + len(plaintext) + TAG
    export_key = _hex(vector["wrap"], "export_key_hex")
    assert AESGCM(export_key).decrypt(nonce, package[13:], aad) == plaintext
    # The AAD binds the package to its bundle and entry.
    moved = PACKAGE_AAD_LABEL + bundle_id.bytes + uuid.uuid4().bytes
    with pytest.raises(InvalidTag):
        AESGCM(export_key).decrypt(nonce, package[13:], moved)

    opened = bundle.open_package(package, export_key, bundle_id, entry_id).versions
    assert [v.to_document() for v in opened] == sealed["versions"]


@pytest.mark.parametrize("vector", _group("entries"), ids=_ids("entries"))
def test_package_plaintext(vector: Vector) -> None:
    sealed = vector["package"]
    plaintext = _hex(sealed, "plaintext_hex")
    assert plaintext == sealed["plaintext"].encode("ascii")
    document = json.loads(plaintext)
    assert jcs(document) == plaintext
    assert document == {
        "entry_id": vector["entry_id"],
        "format": PACKAGE_FORMAT,
        "versions": sealed["versions"],
    }
    for number, version in enumerate(document["versions"], start=1):
        assert set(version) == {"disclosures", "version", "withheld"}
        assert version["version"] == number
        assert version["withheld"] == sorted(version["withheld"])
        names = {json.loads(b64_std(d))[1] for d in version["disclosures"]}
        assert not names & set(version["withheld"])


@pytest.mark.parametrize("vector", _group("package_casework"), ids=_ids("package_casework"))
def test_package_with_casework(vector: Vector) -> None:
    """Entry A's package with the fields a device adds for the police pack:
    the same versions, then `exhibit_numbers` and `orders`, canonical JSON."""
    entry_id, bundle_id = uuid.UUID(vector["entry_id"]), uuid.UUID(vector["bundle_id"])
    (entry_a, _b) = _group("entries")
    assert vector["export_key_hex"] == entry_a["wrap"]["export_key_hex"]
    plaintext = vector["plaintext"].encode("ascii")
    document = json.loads(plaintext)
    assert jcs(document) == plaintext
    assert document == {
        "entry_id": vector["entry_id"],
        "exhibit_numbers": vector["exhibit_numbers"],
        "format": PACKAGE_FORMAT,
        "orders": vector["orders"],
        "versions": entry_a["package"]["versions"],
    }
    assert list(vector["exhibit_numbers"]) == entry_a["record"]["attachments"]
    aad = PACKAGE_AAD_LABEL + bundle_id.bytes + entry_id.bytes
    assert aad.hex() == vector["aad_hex"]
    export_key, nonce = _hex(vector, "export_key_hex"), _hex(vector, "nonce_hex")
    package = _hex(vector, "package_hex")
    assert package == b"\x01" + nonce + AESGCM(export_key).encrypt(nonce, plaintext, aad)

    opened = bundle.open_package(package, export_key, bundle_id, entry_id)
    assert [v.to_document() for v in opened.versions] == entry_a["package"]["versions"]
    numbers = {uuid.UUID(a): n for a, n in vector["exhibit_numbers"].items()}
    assert opened.casework == bundle.Casework(numbers, tuple(vector["orders"]))


@pytest.mark.parametrize(
    "vector", _group("package_casework_rejected"), ids=_ids("package_casework_rejected")
)
def test_package_casework_rejected(vector: Vector) -> None:
    (good,) = _group("package_casework")
    entry_id, bundle_id = uuid.UUID(good["entry_id"]), uuid.UUID(good["bundle_id"])
    export_key, nonce = _hex(good, "export_key_hex"), _hex(good, "nonce_hex")
    aad = PACKAGE_AAD_LABEL + bundle_id.bytes + entry_id.bytes
    sealed = AESGCM(export_key).encrypt(nonce, vector["plaintext"].encode("ascii"), aad)
    with pytest.raises(bundle.BundleFormatError):
        bundle.open_package(b"\x01" + nonce + sealed, export_key, bundle_id, entry_id)


def test_entry_a_discloses_the_signed_fields_and_withholds_witnesses() -> None:
    vector = next(e for e in _group("entries") if e["name"] == "entry-a")
    diary_versions = _diary_versions()
    for version in vector["package"]["versions"]:
        signed = diary_versions[version["version"]]
        assert signed["entry_id"] == vector["entry_id"]
        digests = set(json.loads(signed["commitment"])["digests"])
        for disclosure in version["disclosures"]:
            digest = hashlib.sha256(disclosure.encode("ascii")).digest()
            assert b64_text(digest) in digests
        every_field = [d["name"] for d in signed["disclosures"]]
        revealed = [json.loads(b64_std(d))[1] for d in version["disclosures"]]
        assert version["withheld"] == ["witnesses"]
        assert sorted(revealed + version["withheld"]) == sorted(every_field)


# ---------------------------------------------------------------- entry records


@pytest.mark.parametrize("vector", _group("entries"), ids=_ids("entries"))
def test_entry_record(vector: Vector) -> None:
    record = vector["record"]
    wrapped = _hex(vector["wrap"], "wrapped_key_hex")
    package = _hex(vector["package"], "package_hex")
    assert hashlib.sha256(wrapped).hexdigest() == record["wrapped_key_sha256_hex"]
    assert hashlib.sha256(package).hexdigest() == record["package_sha256_hex"]
    commitments = [bytes.fromhex(c) for c in record["commitments_hex"]]
    document = jcs(
        {
            "attachments": sorted(record["attachments"]),
            "commitments": [b64_text(c) for c in commitments],
            "entry_id": vector["entry_id"],
            "package_sha256": b64_text(hashlib.sha256(package).digest()),
            "wrapped_key_sha256": b64_text(hashlib.sha256(wrapped).digest()),
        }
    )
    assert document == record["document"].encode("ascii")
    assert hashlib.sha256(document).hexdigest() == record["digest_hex"]

    built = bundle.EntryRecord(
        entry_id=uuid.UUID(vector["entry_id"]),
        commitments=tuple(commitments),
        attachments=tuple(uuid.UUID(a) for a in record["attachments"]),
        wrapped_key=wrapped,
        package=package,
    )
    assert built.digest().hex() == record["digest_hex"]


def test_entry_a_record_fixes_the_diary_versions_and_attachment() -> None:
    vector = next(e for e in _group("entries") if e["name"] == "entry-a")
    diary_versions = _diary_versions()
    assert vector["record"]["commitments_hex"] == [
        diary_versions[n]["commitment_hash_hex"] for n in (1, 2)
    ]
    # The attachment whose ciphertext goes in: the one version 2 lists.
    assert (
        vector["record"]["attachments"]
        == json.loads(diary_versions[2]["commitment"])["attachments"]
    )


def test_records_digest() -> None:
    digest = VECTORS.data["records_digest"]
    by_name = {e["name"]: e for e in _group("entries")}
    assert digest["entries"] == list(by_name)
    ordered = sorted(by_name.values(), key=lambda e: uuid.UUID(e["entry_id"]).bytes)
    assert digest["order"] == [e["entry_id"] for e in ordered]
    record_digests = [bytes.fromhex(e["record"]["digest_hex"]) for e in ordered]
    assert [d.hex() for d in record_digests] == digest["digests_in_order_hex"]
    assert digest["entry_count"] == len(ordered) == 2
    assert hashlib.sha256(b"".join(record_digests)).hexdigest() == digest["entries_sha256_hex"]

    # The listed order (A, B) gives another hash; app.protocol refuses it.
    listed = [bytes.fromhex(by_name[n]["record"]["digest_hex"]) for n in digest["entries"]]
    assert hashlib.sha256(b"".join(listed)).hexdigest() != digest["entries_sha256_hex"]
    records = [
        bundle.EntryRecord(
            entry_id=uuid.UUID(e["entry_id"]),
            commitments=tuple(bytes.fromhex(c) for c in e["record"]["commitments_hex"]),
            attachments=tuple(uuid.UUID(a) for a in e["record"]["attachments"]),
            wrapped_key=_hex(e["wrap"], "wrapped_key_hex"),
            package=_hex(e["package"], "package_hex"),
        )
        for e in by_name.values()
    ]
    count, found = bundle.records_digest(records)
    assert (count, found.hex()) == (2, digest["entries_sha256_hex"])
    chain = bundle.RecordsDigest()
    chain.add(records[0])
    with pytest.raises(ValueError, match="ascending entry id order"):
        chain.add(records[1])


# ---------------------------------------------------------------- the statement


def test_statement_document() -> None:
    vector = _statement()
    data = _hex(vector, "statement_hex")
    assert data == vector["statement"].encode("ascii")
    expected = jcs(
        {
            "bundle_id": vector["bundle_id"],
            "created_at": vector["created_at"],
            "entries_sha256": b64_text(_hex(vector, "entries_sha256_hex")),
            "entry_count": vector["entry_count"],
            "log_key": vector["log_key"],
            "owner_id": vector["owner_id"],
            "owner_hpke_key": b64_text(_hex(vector, "owner_hpke_key_hex")),
            "owner_key": b64_text(_hex(vector, "owner_key_hex")),
            "recipient_key": b64_text(_hex(vector, "recipient_key_hex")),
            "type": STATEMENT_TYPE,
        }
    )
    assert data == expected
    # Milliseconds, UTC, "Z".
    assert len(vector["created_at"]) == len("2025-03-14T23:05:09.125Z")
    assert vector["created_at"].endswith("Z")
    assert bundle.parse_statement(data).to_bytes() == data


def test_statement_names_the_other_vectors() -> None:
    vector = _statement()
    digest = VECTORS.data["records_digest"]
    assert vector["entry_count"] == digest["entry_count"]
    assert vector["entries_sha256_hex"] == digest["entries_sha256_hex"]
    assert vector["recipient_key_hex"] == _bundle_key()["x25519_public_key_hex"]
    assert {e["bundle_id"] for e in _group("entries")} == {vector["bundle_id"]}
    diary_keys = DIARY.data["keys"]
    assert vector["owner_id"] == diary_keys["owner_id"]
    assert vector["owner_key_hex"] == diary_keys["owner_signing_public_key_hex"]
    assert vector["log_key"] == LOG.data["log"]["verifier_key"]
    signing, hpke_key = _hex(vector, "owner_key_hex"), _hex(vector, "owner_hpke_key_hex")
    # RFC 7748 section 6.1: Alice's public key.
    assert hpke_key.hex() == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
    hexdigits = hashlib.sha256(FINGERPRINT_LABEL + signing + hpke_key).hexdigest()[:40].upper()
    fingerprint = " ".join(hexdigits[i : i + 4] for i in range(0, 40, 4))
    assert fingerprint == vector["owner_fingerprint"]


def test_statement_signature() -> None:
    vector = _statement()
    data, signature = _hex(vector, "statement_hex"), _hex(vector, "signature_hex")
    assert vector["signature_label"].encode("ascii") == STATEMENT_SIGNATURE_LABEL
    owner = ed25519.Ed25519PublicKey.from_public_bytes(_hex(vector, "owner_key_hex"))
    owner.verify(signature, STATEMENT_SIGNATURE_LABEL + data)
    # Ed25519 is deterministic, so the same seed gives the same signature.
    signer = ed25519.Ed25519PrivateKey.from_private_bytes(_hex(vector, "owner_signing_seed_hex"))
    assert signer.sign(STATEMENT_SIGNATURE_LABEL + data) == signature
    assert bundle.statement_signature_ok(data, signature, owner)
    # Without the label, or over other bytes, it does not verify.
    assert not bundle.statement_signature_ok(data + b" ", signature, owner)
    assert signer.sign(data) != signature


def test_statement_mac() -> None:
    vector = _statement()
    data, mac = _hex(vector, "statement_hex"), _hex(vector, "mac_hex")
    mac_key = _hkdf(_hex(_bundle_key(), "secret_hex"), STATEMENT_MAC_INFO)
    assert hmac.new(mac_key, data, hashlib.sha256).digest() == mac
    key = bundle.BundleKey(_hex(_bundle_key(), "secret_hex"))
    assert bundle.statement_mac_ok(data, mac, key)
    assert not bundle.statement_mac_ok(data, mac, bundle.BundleKey(bytes(32)))


def test_statement_member() -> None:
    vector = _statement()
    member = vector["statement_member"].encode("ascii")
    document = json.loads(member)
    assert jcs(document) == member
    assert set(document) == {"mac", "signature", "statement"}
    assert b64_std(document["statement"]) == _hex(vector, "statement_hex")
    assert b64_std(document["signature"]) == _hex(vector, "signature_hex")
    assert b64_std(document["mac"]) == _hex(vector, "mac_hex")


@pytest.mark.parametrize("vector", _group("statement_rejected"), ids=_ids("statement_rejected"))
def test_statement_rejected(vector: Vector) -> None:
    with pytest.raises(bundle.BundleFormatError):
        bundle.parse_statement(vector["statement"].encode("ascii"))
