"""Generate docs/vectors/bundle.json from fixed inputs and app.protocol.

    .venv/bin/python -m tests.protocol.make_bundle_vectors > docs/vectors/bundle.json

The bundle exports two entries. Entry A is diary.json's entry: both its
versions, with the field `witnesses` withheld, and its attachment
`stream-three-chunks`. Entry B is a one-version entry that discloses only a
description; its commitment hash is a stand-in (the SHA-256 of a fixed text),
since its vectors check only the record, the records digest and the package.
The owner is diary.json's (RFC 8032 test 1, RFC 7748 Alice) and the log key
is log.json's, so a client can check the three files together.

Everything a client randomises is fixed here instead: the bundle key, the
bundle id, the export keys and the package nonces. HKDF, AES-GCM with a given
nonce, Ed25519 and HMAC are deterministic, so those outputs are reproducible.
The exception is HPKE (its encryption is randomised): the wrapped export keys
were produced once with `--new-hpke-envelopes` and are kept in
WRAPPED_KEYS_HEX below, so regenerating the file gives the same bytes. The
generator checks that every kept envelope still unwraps and that every output
parses back with app.protocol.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.protocol import bundle, commitment, keys, printable_key
from app.protocol.encoding import b64encode
from tests.protocol import make_diary_vectors as diary
from tests.protocol import make_log_vectors as log

FORMAT = "daybook-test-vectors/1"

BUNDLE_SECRET = hashlib.sha256(b"daybook test bundle key").digest()
BUNDLE_ID = uuid.UUID("b5d1e0c2-7a3f-4e68-9c1d-2f0a8b6e4d93")
CREATED_AT = dt.datetime(2025, 3, 14, 23, 5, 9, 125000, tzinfo=dt.UTC)
WITHHELD_FIELD = "witnesses"

# Entry B sorts before entry A (0b… < 5e…): the records digest takes them in
# entry id order, not in the order the vector lists them.
ENTRY_B_ID = uuid.UUID("0b7e3c1a-5d2f-4a68-8e9b-1c4d7f2a6e35")
ENTRY_B_COMMITMENT_RULE = 'SHA-256("daybook test entry B version 1")'
ENTRY_B_COMMITMENT = hashlib.sha256(b"daybook test entry B version 1").digest()
ENTRY_B_DESCRIPTION = "A message from an unknown number: 'I saw you at the station.'"
ENTRY_B_SALT = hashlib.sha256(b"daybook test salt B/1/0").digest()[:16]

EXPORT_KEYS = {diary.ENTRY_ID: bytes(range(0x60, 0x80)), ENTRY_B_ID: bytes(range(0xA0, 0xC0))}
PACKAGE_NONCES = {
    diary.ENTRY_ID: bytes.fromhex("303132333435363738393a3b"),
    ENTRY_B_ID: bytes.fromhex("404142434445464748494a4b"),
}

# Produced once by `--new-hpke-envelopes`; see the module docstring.
WRAPPED_KEYS_HEX = {
    diary.ENTRY_ID: (
        "01002000010002c4ebb7564e4ea12d99c7d03efbc3bf7223d051024f2eeda10f86af89a6299843ce348612"
        "7853de15b8565d18ff76702c63c9d8b150593efca6a122442e3419218b6fde134482b03c9d1ff0f330645bab"
    ),
    ENTRY_B_ID: (
        "0100200001000291f6a23909ed760dd6607a9298ed6ade04480e447d46fa9e93086996eb0c1b60c4c3c2bf"
        "7ec04a20af87d37c3dfcd03f7857ca59a7b6cecdc201b84273443cdb67883ebc17680a1fdfabc222e6ad9822"
    ),
}


@dataclass(frozen=True)
class _Entry:
    name: str
    entry_id: uuid.UUID
    what: str
    commitments: tuple[bytes, ...]
    attachments: tuple[uuid.UUID, ...]
    versions: tuple[bundle.PackageVersion, ...]


def bundle_key() -> bundle.BundleKey:
    return bundle.BundleKey(BUNDLE_SECRET)


def _owner() -> keys.AccountKeys:
    return keys.AccountKeys.from_bytes(diary.OWNER_SIGNING_SEED + diary.OWNER_HPKE_SCALAR)


@cache
def _entries() -> tuple[_Entry, _Entry]:
    """Entry A (diary.json's, `witnesses` withheld) and entry B, in that order."""
    versions_a = []
    for version in diary.entry_version_vectors():
        disclosures = [
            d["disclosure"] for d in version["disclosures"] if d["name"] != WITHHELD_FIELD
        ]
        assert len(disclosures) == len(version["disclosures"]) - 1
        versions_a.append(
            bundle.PackageVersion(version["version"], tuple(disclosures), ("witnesses",))
        )
    entry_a = _Entry(
        name="entry-a",
        entry_id=diary.ENTRY_ID,
        what="diary.json's entry: versions 1 and 2, `witnesses` withheld, its attachment included",
        commitments=tuple(
            bytes.fromhex(v["commitment_hash_hex"]) for v in diary.entry_version_vectors()
        ),
        attachments=(diary.ATTACHMENT_ID,),
        versions=tuple(versions_a),
    )
    description = commitment.make_disclosure("description", ENTRY_B_DESCRIPTION, salt=ENTRY_B_SALT)
    entry_b = _Entry(
        name="entry-b",
        entry_id=ENTRY_B_ID,
        what=(
            "a one-version entry disclosing only its description; its commitment hash is "
            f"the stand-in {ENTRY_B_COMMITMENT_RULE}"
        ),
        commitments=(ENTRY_B_COMMITMENT,),
        attachments=(),
        versions=(bundle.PackageVersion(1, (description,), ()),),
    )
    return entry_a, entry_b


def bundle_key_vectors() -> list[dict[str, Any]]:
    key = bundle_key()
    text = printable_key.format_key(BUNDLE_SECRET)
    # Change one character to another base32 character: the checksum must catch it.
    typo = text[:7] + ("B" if text[7] != "B" else "C") + text[8:]
    assert printable_key.parse_key(text, "bundle key") == BUNDLE_SECRET
    assert printable_key.parse_key(text.lower().replace("-", " "), "bundle key") == BUNDLE_SECRET
    try:
        printable_key.parse_key(typo, "bundle key")
    except ValueError:
        pass
    else:  # pragma: no cover - the fixed key was chosen so this does not happen
        raise AssertionError("typo not caught by the checksum")
    private = key.private_key.private_bytes_raw()
    assert keys.raw_public(key.private_key.public_key()) == key.public_bytes
    return [
        {
            "name": "bundle-key",
            "secret_hex": BUNDLE_SECRET.hex(),
            "checksum_hex": hashlib.sha256(BUNDLE_SECRET).digest()[:2].hex(),
            "text": text,
            "qr_code_text": text,
            "also_accepted": [text.lower(), text.replace("-", " "), text.replace("-", "")],
            "rejected_typo": typo,
            "x25519_info": bundle.X25519_INFO.decode("ascii"),
            "x25519_private_key_hex": private.hex(),
            "x25519_public_key_hex": key.public_bytes.hex(),
            "x25519_public_key_base64url": b64encode(key.public_bytes),
            "statement_mac_info": bundle.STATEMENT_MAC_INFO.decode("ascii"),
            "statement_mac_key_hex": key.mac_key.hex(),
        }
    ]


def _package(entry: _Entry) -> tuple[bytes, bytes, bytes]:
    """(plaintext, AAD, package): what bundle.seal_package makes, with a fixed nonce."""
    document = {
        "entry_id": str(entry.entry_id),
        "format": bundle.PACKAGE_FORMAT,
        "versions": [v.to_document() for v in entry.versions],
    }
    plaintext = commitment.canonical_json(document)
    aad = bundle.PACKAGE_AAD_LABEL + BUNDLE_ID.bytes + entry.entry_id.bytes
    nonce = PACKAGE_NONCES[entry.entry_id]
    sealed = AESGCM(EXPORT_KEYS[entry.entry_id]).encrypt(nonce, plaintext, aad)
    package = bytes([bundle.PACKAGE_VERSION]) + nonce + sealed
    opened = bundle.open_package(
        package, EXPORT_KEYS[entry.entry_id], BUNDLE_ID, entry.entry_id
    ).versions
    assert opened == [
        bundle.PackageVersion(v.version, v.disclosures, tuple(sorted(v.withheld)))
        for v in entry.versions
    ]
    return plaintext, aad, package


def _record(entry: _Entry, wrapped: bytes) -> bundle.EntryRecord:
    return bundle.EntryRecord(
        entry_id=entry.entry_id,
        commitments=entry.commitments,
        attachments=entry.attachments,
        wrapped_key=wrapped,
        package=_package(entry)[2],
    )


def entry_vectors(wrapped: dict[uuid.UUID, bytes]) -> list[dict[str, Any]]:
    found = []
    key = bundle_key()
    for entry in _entries():
        info = bundle.entry_key_info(entry.entry_id, BUNDLE_ID)
        envelope = wrapped[entry.entry_id]
        unwrapped = bundle.unwrap_export_key(envelope, key, info)
        assert unwrapped == EXPORT_KEYS[entry.entry_id], "kept wrapped key is stale"
        plaintext, aad, package = _package(entry)
        record = _record(entry, envelope)
        document = commitment.canonical_json(record.to_document())
        found.append(
            {
                "name": entry.name,
                "what": entry.what,
                "entry_id": str(entry.entry_id),
                "bundle_id": str(BUNDLE_ID),
                "wrap": {
                    "purpose": bundle.ENTRY_KEY_PURPOSE,
                    "info_hex": info.hex(),
                    "export_key_hex": EXPORT_KEYS[entry.entry_id].hex(),
                    "wrapped_key_hex": envelope.hex(),
                },
                "package": {
                    "versions": [v.to_document() for v in entry.versions],
                    "plaintext": plaintext.decode("ascii"),
                    "plaintext_hex": plaintext.hex(),
                    "nonce_hex": PACKAGE_NONCES[entry.entry_id].hex(),
                    "aad_hex": aad.hex(),
                    "package_hex": package.hex(),
                },
                "record": {
                    "commitments_hex": [c.hex() for c in entry.commitments],
                    "attachments": [str(a) for a in entry.attachments],
                    "wrapped_key_sha256_hex": hashlib.sha256(envelope).hexdigest(),
                    "package_sha256_hex": hashlib.sha256(package).hexdigest(),
                    "document": document.decode("ascii"),
                    "digest_hex": record.digest().hex(),
                },
            }
        )
    return found


def records_digest_vector(wrapped: dict[uuid.UUID, bytes]) -> dict[str, Any]:
    records = [_record(entry, wrapped[entry.entry_id]) for entry in _entries()]
    count, digest = bundle.records_digest(records)
    ordered = sorted(records, key=lambda r: r.entry_id.bytes)
    return {
        "entries": [entry.name for entry in _entries()],
        "order": [str(r.entry_id) for r in ordered],
        "digests_in_order_hex": [r.digest().hex() for r in ordered],
        "entry_count": count,
        "entries_sha256_hex": digest.hex(),
    }


def _statement(wrapped: dict[uuid.UUID, bytes]) -> bundle.Statement:
    records = [_record(entry, wrapped[entry.entry_id]) for entry in _entries()]
    count, digest = bundle.records_digest(records)
    owner = _owner()
    return bundle.Statement(
        bundle_id=BUNDLE_ID,
        owner_id=diary.OWNER_ID,
        owner_key=owner.signing_public,
        owner_hpke_key=owner.hpke_public,
        recipient_key=bundle_key().public_bytes,
        log_key=log._signer().verifier().vkey(),
        created_at=bundle.statement_time(CREATED_AT),
        entry_count=count,
        entries_sha256=digest,
    )


def statement_vector(wrapped: dict[uuid.UUID, bytes]) -> dict[str, Any]:
    statement = _statement(wrapped)
    data = statement.to_bytes()
    assert bundle.parse_statement(data) == statement
    signing = ed25519.Ed25519PrivateKey.from_private_bytes(diary.OWNER_SIGNING_SEED)
    signature = bundle.sign_statement(data, signing)
    assert bundle.statement_signature_ok(data, signature, signing.public_key())
    mac = bundle.statement_mac(data, bundle_key())
    assert bundle.statement_mac_ok(data, mac, bundle_key())
    member = commitment.canonical_json(
        {"mac": b64encode(mac), "signature": b64encode(signature), "statement": b64encode(data)}
    )
    return {
        "bundle_id": str(statement.bundle_id),
        "owner_id": str(statement.owner_id),
        "owner_signing_seed_hex": diary.OWNER_SIGNING_SEED.hex(),
        "owner_key_hex": statement.owner_key.hex(),
        "owner_hpke_key_hex": statement.owner_hpke_key.hex(),
        "owner_fingerprint": keys.fingerprint(statement.owner_key, statement.owner_hpke_key),
        "recipient_key_hex": statement.recipient_key.hex(),
        "log_key": statement.log_key,
        "created_at": statement.created_at,
        "entry_count": statement.entry_count,
        "entries_sha256_hex": statement.entries_sha256.hex(),
        "statement": data.decode("ascii"),
        "statement_hex": data.hex(),
        "signature_label": bundle.STATEMENT_SIGNATURE_LABEL.decode("ascii"),
        "signature_hex": signature.hex(),
        "mac_hex": mac.hex(),
        "statement_member": member.decode("ascii"),
    }


def statement_rejected(statement: dict[str, Any]) -> list[dict[str, str]]:
    """Statements a verifier (and the server) must refuse, each with one defect."""
    document: dict[str, Any] = json.loads(statement["statement"])
    canonical = commitment.canonical_json

    def changed(**fields: Any) -> bytes:
        return canonical({**document, **fields})

    cases = {
        "extra-field": (changed(note="hello"), "unknown field"),
        "missing-field": (
            canonical({k: v for k, v in document.items() if k != "log_key"}),
            "missing field",
        ),
        "whitespace": (
            json.dumps(document, sort_keys=True, indent=1).encode(),
            "not canonical: whitespace",
        ),
        "unsorted-keys": (
            json.dumps(dict(reversed(document.items())), separators=(",", ":")).encode(),
            "not canonical: keys out of order",
        ),
        "zero-entries": (changed(entry_count=0), "entry_count below 1"),
        "wrong-type": (changed(type="daybook/v1/bundle"), "wrong type"),
        "padded-base64": (
            changed(entries_sha256=document["entries_sha256"] + "="),
            "base64url with padding",
        ),
        "created-at-seconds": (
            changed(created_at="2025-03-14T23:05:09Z"),
            "created_at not to the millisecond",
        ),
        "created-at-offset": (
            changed(created_at="2025-03-14T23:05:09.125+00:00"),
            "created_at with an offset instead of Z",
        ),
    }
    out = []
    for name, (data, why) in cases.items():
        try:
            bundle.parse_statement(data)
        except bundle.BundleFormatError:
            out.append({"name": name, "why": why, "statement": data.decode("ascii")})
        else:  # pragma: no cover
            raise AssertionError(f"{name} was accepted")
    return out


# Entry A's package again, as a device that prints police packs writes it
# (§25.2): its file's diary-wide exhibit number and the order it names.
CASEWORK_NONCE = bytes.fromhex("505152535455565758595a5b")
CASEWORK_EXHIBIT_NUMBER = 3
ORDERS_DOCUMENT_ID = uuid.UUID("7d8e9fa0-b1c2-4d3e-8f4a-5b6c7d8e9f01")
CASEWORK_ORDER = {
    "id": "spo-1",
    "type": "stalking-protection-order",
    "issued_by": "Northshire Magistrates' Court",
    "reference": "NM/2025/0117",
    "start": "2025-02-01",
    "end": "2027-02-01",
    "conditions": [{"id": "c1", "text": "Not to contact the applicant by any means."}],
}


def _casework() -> bundle.Casework:
    return bundle.Casework(
        {diary.ATTACHMENT_ID: CASEWORK_EXHIBIT_NUMBER},
        ({"document_id": str(ORDERS_DOCUMENT_ID), "order": CASEWORK_ORDER},),
    )


def _casework_document(**changed: Any) -> dict[str, Any]:
    entry = _entries()[0]
    document = {
        "entry_id": str(entry.entry_id),
        "format": bundle.PACKAGE_FORMAT,
        "versions": [v.to_document() for v in entry.versions],
        **_casework().to_document(),
    }
    return {**document, **changed}


def casework_vectors() -> list[dict[str, Any]]:
    entry = _entries()[0]
    plaintext = commitment.canonical_json(_casework_document())
    aad = bundle.PACKAGE_AAD_LABEL + BUNDLE_ID.bytes + entry.entry_id.bytes
    export_key = EXPORT_KEYS[entry.entry_id]
    sealed = AESGCM(export_key).encrypt(CASEWORK_NONCE, plaintext, aad)
    package = bytes([bundle.PACKAGE_VERSION]) + CASEWORK_NONCE + sealed
    opened = bundle.open_package(package, export_key, BUNDLE_ID, entry.entry_id)
    assert opened.casework == _casework()
    return [
        {
            "name": "entry-a-with-casework",
            "what": "entry-a's package with its file's exhibit number and the order it names",
            "entry_id": str(entry.entry_id),
            "bundle_id": str(BUNDLE_ID),
            "export_key_hex": export_key.hex(),
            "exhibit_numbers": {str(diary.ATTACHMENT_ID): CASEWORK_EXHIBIT_NUMBER},
            "orders": [{"document_id": str(ORDERS_DOCUMENT_ID), "order": CASEWORK_ORDER}],
            "plaintext": plaintext.decode("ascii"),
            "nonce_hex": CASEWORK_NONCE.hex(),
            "aad_hex": aad.hex(),
            "package_hex": package.hex(),
        }
    ]


def casework_rejected() -> list[dict[str, str]]:
    """Package plaintexts of entry A whose casework an opener must refuse."""
    attachment = str(diary.ATTACHMENT_ID)
    order = {"document_id": str(ORDERS_DOCUMENT_ID), "order": CASEWORK_ORDER}
    cases = (
        ("number-zero", "an exhibit number is at least 1", {"exhibit_numbers": {attachment: 0}}),
        ("number-text", "an exhibit number is an integer", {"exhibit_numbers": {attachment: "3"}}),
        ("number-true", "true is not a number", {"exhibit_numbers": {attachment: True}}),
        (
            "id-upper-case",
            "an attachment id is a canonical (lower-case) UUID",
            {"exhibit_numbers": {attachment.upper(): 3}},
        ),
        ("numbers-list", "exhibit_numbers is an object", {"exhibit_numbers": [3]}),
        ("orders-object", "orders is a list", {"orders": order}),
        (
            "order-extra-key",
            "an order item has exactly document_id and order",
            {"orders": [{**order, "note": "x"}]},
        ),
        (
            "order-no-document",
            "an order item names its document",
            {"orders": [{"order": CASEWORK_ORDER}]},
        ),
    )
    rejected = []
    for name, why, changed in cases:
        plaintext = commitment.canonical_json(_casework_document(**changed))
        try:
            bundle._parse_package(plaintext, diary.ENTRY_ID)
        except bundle.BundleFormatError:
            rejected.append({"name": name, "why": why, "plaintext": plaintext.decode("ascii")})
            continue
        raise AssertionError(f"{name} was accepted")
    return rejected


def build(wrapped: dict[uuid.UUID, bytes]) -> dict[str, Any]:
    statement = statement_vector(wrapped)
    return {
        "format": FORMAT,
        "note": (
            "Byte values are lowercase hex (fields ending in _hex). Generated by "
            "tests/protocol/make_bundle_vectors.py; checked by "
            "tests/protocol/test_bundle_vectors.py. See docs/protocol, sections Evidence "
            "bundles and Test vectors. The bundle key, bundle id, export keys and nonces are "
            "fixed here; a client draws them at random."
        ),
        "bundle_keys": bundle_key_vectors(),
        "entries": entry_vectors(wrapped),
        "records_digest": records_digest_vector(wrapped),
        "statement": statement,
        "statement_rejected": statement_rejected(statement),
        "package_casework": casework_vectors(),
        "package_casework_rejected": casework_rejected(),
    }


def render(wrapped: dict[uuid.UUID, bytes]) -> str:
    """The exact text of docs/vectors/bundle.json."""
    return json.dumps(build(wrapped), indent=2) + "\n"


def kept_wrapped_keys() -> dict[uuid.UUID, bytes]:
    return {entry_id: bytes.fromhex(text) for entry_id, text in WRAPPED_KEYS_HEX.items()}


def main(argv: list[str]) -> None:
    if "--new-hpke-envelopes" in argv:
        public = bundle_key().public_bytes
        for entry_id, export_key in EXPORT_KEYS.items():
            info = bundle.entry_key_info(entry_id, BUNDLE_ID)
            print(entry_id, bundle.wrap_export_key(export_key, public, info).hex())
        return
    sys.stdout.write(render(kept_wrapped_keys()))


if __name__ == "__main__":
    main(sys.argv[1:])
