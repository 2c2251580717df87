"""The evidence bundle's cryptography: the bundle key, the per-entry packages,
and the statement the victim signs (docs/protocol, "Evidence bundles").

The victim hands the police one secret, the 32-byte *bundle key*, in person.
Everything else in the bundle is either proved by it or by signatures it leads
to, so the server that assembles the ZIP can neither read nor forge any of it:

    x25519 private key = HKDF-SHA256(bundle key, info "daybook/v1/bundle-key/x25519")
    statement MAC key  = HKDF-SHA256(bundle key, info "daybook/v1/bundle-key/statement-mac")

For each exported entry the client draws a fresh 32-byte *export key*, wraps
it to the bundle's X25519 public key with HPKE (`info` = wrap_info
("bundle-entry-key", entry id, bundle id)), and seals under it the entry's
*package*: for every version, the disclosures it reveals and the names of the
fields it withholds. The diary's own content key never leaves the device: it
would open every field of every version, including the withheld ones and any
version written after the bundle.

The *statement* fixes what the bundle holds: its id, the owner and the
owner's public keys (whose fingerprint the report prints), the bundle's
public key, the log key the victim's device pinned, and a hash over one record
per entry (its versions' commitment hashes, the attachments included, the
hashes of the wrapped key and package). The owner's device signs it (Ed25519)
and MACs it with the statement MAC key (HMAC-SHA256), so only someone holding
the bundle key could have made it: a server that swapped in its own signing
key would still fail the MAC.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.protocol import hpke, strict_json
from app.protocol.commitment import canonical_json, parse_disclosure
from app.protocol.encoding import b64decode, b64encode, parse_uuid

BUNDLE_FORMAT = "daybook/v1/bundle"
STATEMENT_TYPE = "daybook/v1/bundle-statement"
PACKAGE_FORMAT = "daybook/v1/bundle-entry"
X25519_INFO = b"daybook/v1/bundle-key/x25519"
STATEMENT_MAC_INFO = b"daybook/v1/bundle-key/statement-mac"
STATEMENT_SIGNATURE_LABEL = b"daybook/v1/bundle-statement-signature\x00"
PACKAGE_AAD_LABEL = b"daybook/v1/bundle-entry\x00"
ENTRY_KEY_PURPOSE = "bundle-entry-key"
PACKAGE_VERSION = 0x01
NONCE_BYTES = 12
KEY_BYTES = 32
MAX_PACKAGE_BYTES = 4 * 1024 * 1024
# How far the device's clock may be from another when it seals (its `created_at`
# against the server's clock, or against a time known to follow the seal).
SEAL_CLOCK_SKEW = dt.timedelta(minutes=10)
_STATEMENT_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
_STATEMENT_FIELDS = {
    "bundle_id",
    "created_at",
    "entries_sha256",
    "entry_count",
    "log_key",
    "owner_id",
    "owner_hpke_key",
    "owner_key",
    "recipient_key",
    "type",
}


class BundleFormatError(ValueError):
    """A bundle part is malformed, or does not open with the key given."""


# --- the bundle key ---------------------------------------------------------


def _derive(bundle_key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(
        bundle_key
    )


@dataclass(frozen=True)
class BundleKey:
    """The one secret the police receive, and what it derives."""

    secret: bytes

    @classmethod
    def generate(cls) -> BundleKey:
        return cls(os.urandom(KEY_BYTES))

    @property
    def private_key(self) -> x25519.X25519PrivateKey:
        return x25519.X25519PrivateKey.from_private_bytes(_derive(self.secret, X25519_INFO))

    @property
    def public_bytes(self) -> bytes:
        return self.private_key.public_key().public_bytes_raw()

    @property
    def mac_key(self) -> bytes:
        return _derive(self.secret, STATEMENT_MAC_INFO)


def entry_key_info(entry_id: uuid.UUID, bundle_id: uuid.UUID) -> bytes:
    return hpke.wrap_info(ENTRY_KEY_PURPOSE, entry_id, bundle_id)


# --- per-entry packages -----------------------------------------------------


@dataclass(frozen=True)
class PackageVersion:
    """What one version reveals: some of its disclosures, and the names of the
    fields it withholds."""

    version: int
    disclosures: tuple[str, ...]
    withheld: tuple[str, ...]

    def to_document(self) -> dict[str, Any]:
        return {
            "disclosures": list(self.disclosures),
            "version": self.version,
            "withheld": sorted(self.withheld),
        }


def _package_aad(bundle_id: uuid.UUID, entry_id: uuid.UUID) -> bytes:
    return PACKAGE_AAD_LABEL + bundle_id.bytes + entry_id.bytes


@dataclass(frozen=True)
class Casework:
    """What the victim's device adds to a package at export, beside the
    versions: each file's exhibit number in her whole diary (under the
    original file's attachment id) and the orders the entry names, each as
    `{"document_id", "order"}` with the order as her orders case document
    states it. No version signs these; the package's seal and the signed
    statement over it show that her device wrote them. Both are left out
    of the package when empty, so a package without them is unchanged."""

    exhibit_numbers: Mapping[uuid.UUID, int] = field(default_factory=dict)
    orders: tuple[dict[str, Any], ...] = ()

    def to_document(self) -> dict[str, Any]:
        document: dict[str, Any] = {}
        if self.exhibit_numbers:
            document["exhibit_numbers"] = {str(a): n for a, n in self.exhibit_numbers.items()}
        if self.orders:
            document["orders"] = list(self.orders)
        return document


@dataclass(frozen=True)
class Package:
    versions: list[PackageVersion]
    casework: Casework = Casework()


def seal_package(
    export_key: bytes,
    bundle_id: uuid.UUID,
    entry_id: uuid.UUID,
    versions: Sequence[PackageVersion],
    casework: Casework = Casework(),
) -> bytes:
    """0x01 || nonce (12) || AES-256-GCM(export key, canonical JSON package)."""
    document = {
        "entry_id": str(entry_id),
        "format": PACKAGE_FORMAT,
        "versions": [v.to_document() for v in versions],
        **casework.to_document(),
    }
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(export_key).encrypt(
        nonce, canonical_json(document), _package_aad(bundle_id, entry_id)
    )
    return bytes([PACKAGE_VERSION]) + nonce + sealed


def open_package(
    package: bytes, export_key: bytes, bundle_id: uuid.UUID, entry_id: uuid.UUID
) -> Package:
    if len(package) < 1 + NONCE_BYTES + 16 or package[0] != PACKAGE_VERSION:
        raise BundleFormatError("the package is not a version-1 sealed package")
    nonce, sealed = package[1 : 1 + NONCE_BYTES], package[1 + NONCE_BYTES :]
    try:
        plaintext = AESGCM(export_key).decrypt(nonce, sealed, _package_aad(bundle_id, entry_id))
    except InvalidTag:
        raise BundleFormatError("the package does not decrypt (AES-GCM tag check)") from None
    return _parse_package(plaintext, entry_id)


def _parse_package(plaintext: bytes, entry_id: uuid.UUID) -> Package:
    document = strict_json.loads(plaintext)
    if not isinstance(document, dict) or document.get("format") != PACKAGE_FORMAT:
        raise BundleFormatError(f"the package is not a {PACKAGE_FORMAT} document")
    if document.get("entry_id") != str(entry_id):
        raise BundleFormatError("the package is for another entry")
    versions = [_package_version(v) for v in document.get("versions", [])]
    if [v.version for v in versions] != list(range(1, len(versions) + 1)):
        raise BundleFormatError("the package must list versions 1, 2, ... in order")
    return Package(versions, _casework(document))


def _casework(document: dict[str, Any]) -> Casework:
    numbers, orders = document.get("exhibit_numbers", {}), document.get("orders", [])
    if not isinstance(numbers, dict) or not all(
        type(n) is int and n >= 1 for n in numbers.values()
    ):
        raise BundleFormatError("exhibit_numbers maps attachment ids to numbers from 1")
    try:
        parsed = {uuid.UUID(a): n for a, n in numbers.items()}
    except ValueError:
        parsed = {}
    if [str(a) for a in parsed] != list(numbers):
        raise BundleFormatError("exhibit_numbers is keyed by attachment ids")
    if not isinstance(orders, list) or not all(
        isinstance(o, dict)
        and set(o) == {"document_id", "order"}
        and isinstance(o["document_id"], str)
        and isinstance(o["order"], dict)
        for o in orders
    ):
        raise BundleFormatError("each of orders is {document_id, order}")
    return Casework(parsed, tuple(orders))


def _package_version(value: Any) -> PackageVersion:
    if not isinstance(value, dict) or set(value) != {"disclosures", "version", "withheld"}:
        raise BundleFormatError("a package version has disclosures, version and withheld")
    disclosures, withheld = value["disclosures"], value["withheld"]
    if not all(isinstance(d, str) for d in disclosures) or not all(
        isinstance(w, str) for w in withheld
    ):
        raise BundleFormatError("disclosures and withheld field names are strings")
    revealed = {parse_disclosure(d)[0] for d in disclosures}
    if revealed & set(withheld):
        raise BundleFormatError("a field is both disclosed and withheld")
    return PackageVersion(value["version"], tuple(disclosures), tuple(withheld))


def wrap_export_key(export_key: bytes, bundle_public: bytes, info: bytes) -> bytes:
    return hpke.wrap(export_key, x25519.X25519PublicKey.from_public_bytes(bundle_public), info)


def unwrap_export_key(wrapped: bytes, key: BundleKey, info: bytes) -> bytes:
    try:
        export_key = hpke.unwrap(wrapped, key.private_key, info)
    except (InvalidTag, ValueError) as exc:
        raise BundleFormatError(
            f"the wrapped key does not open with this bundle key: {exc}"
        ) from None
    if len(export_key) != KEY_BYTES:
        raise BundleFormatError("an export key is 32 bytes")
    return export_key


# --- entry records and the statement --------------------------------------


@dataclass(frozen=True)
class EntryRecord:
    """What the statement fixes about one exported entry."""

    entry_id: uuid.UUID
    commitments: tuple[bytes, ...]
    attachments: tuple[uuid.UUID, ...]
    wrapped_key: bytes
    package: bytes

    def to_document(self) -> dict[str, Any]:
        return {
            "attachments": sorted(str(a) for a in self.attachments),
            "commitments": [b64encode(c) for c in self.commitments],
            "entry_id": str(self.entry_id),
            "package_sha256": b64encode(hashlib.sha256(self.package).digest()),
            "wrapped_key_sha256": b64encode(hashlib.sha256(self.wrapped_key).digest()),
        }

    def digest(self) -> bytes:
        return hashlib.sha256(canonical_json(self.to_document())).digest()


class RecordsDigest:
    """SHA-256 over each record's digest, the records in ascending entry id order."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._last: bytes | None = None
        self.count = 0

    def add(self, record: EntryRecord) -> None:
        if self._last is not None and record.entry_id.bytes <= self._last:
            raise ValueError("entry records must come in ascending entry id order, each once")
        self._last = record.entry_id.bytes
        self._digest.update(record.digest())
        self.count += 1

    def digest(self) -> bytes:
        return self._digest.digest()


def records_digest(records: Iterable[EntryRecord]) -> tuple[int, bytes]:
    """(count, digest) of the records, put in entry id order first."""
    chain = RecordsDigest()
    for record in sorted(records, key=lambda r: r.entry_id.bytes):
        chain.add(record)
    return chain.count, chain.digest()


@dataclass(frozen=True)
class Statement:
    bundle_id: uuid.UUID
    owner_id: uuid.UUID
    owner_key: bytes
    owner_hpke_key: bytes
    recipient_key: bytes
    log_key: str
    created_at: str
    entry_count: int
    entries_sha256: bytes

    def to_bytes(self) -> bytes:
        return canonical_json(
            {
                "bundle_id": str(self.bundle_id),
                "created_at": self.created_at,
                "entries_sha256": b64encode(self.entries_sha256),
                "entry_count": self.entry_count,
                "log_key": self.log_key,
                "owner_id": str(self.owner_id),
                "owner_hpke_key": b64encode(self.owner_hpke_key),
                "owner_key": b64encode(self.owner_key),
                "recipient_key": b64encode(self.recipient_key),
                "type": STATEMENT_TYPE,
            }
        )

    @property
    def sealed_at(self) -> dt.datetime:
        """`created_at`: when the victim's device sealed, by its own clock."""
        return dt.datetime.fromisoformat(self.created_at)


def statement_time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"


def parse_statement(data: bytes) -> Statement:
    """Strict: exactly the known fields, in canonical form."""
    try:
        document = strict_json.loads(data)
        if not isinstance(document, dict) or set(document) != _STATEMENT_FIELDS:
            raise ValueError(f"a statement has exactly the fields {sorted(_STATEMENT_FIELDS)}")
        if document["type"] != STATEMENT_TYPE:
            raise ValueError(f"statement type must be {STATEMENT_TYPE!r}")
        count = document["entry_count"]
        if type(count) is not int or count < 1:
            raise ValueError("entry_count must be a positive integer")
        statement = Statement(
            bundle_id=parse_uuid(document["bundle_id"], "bundle_id"),
            owner_id=parse_uuid(document["owner_id"], "owner_id"),
            owner_key=b64decode(document["owner_key"]),
            owner_hpke_key=b64decode(document["owner_hpke_key"]),
            recipient_key=b64decode(document["recipient_key"]),
            log_key=str(document["log_key"]),
            created_at=str(document["created_at"]),
            entry_count=count,
            entries_sha256=b64decode(document["entries_sha256"]),
        )
        if not _STATEMENT_TIME.fullmatch(statement.created_at):
            raise ValueError("created_at must be YYYY-MM-DDTHH:MM:SS.mmmZ")
        dt.datetime.fromisoformat(statement.created_at)
    except (ValueError, TypeError, KeyError) as exc:
        raise BundleFormatError(f"the statement is malformed: {exc}") from None
    if statement.to_bytes() != data:
        raise BundleFormatError("the statement is not in canonical form")
    return statement


def seal_time_problem(
    sealed_at: dt.datetime, newest_receipt: dt.datetime, later: dt.datetime, later_is: str
) -> str | None:
    """Why a statement's `created_at` (the device's clock) cannot be when the
    bundle was sealed, or None. A bundle is sealed after the newest receipt it
    holds (by the server's clock, with no allowance: the device had those
    receipts before it sealed), and no later than SEAL_CLOCK_SKEW after
    `later`, a time known to follow the seal (`later_is` says what it is)."""
    if sealed_at < newest_receipt:
        return (
            f"it is before {statement_time(newest_receipt)}, when the server received "
            "the newest version or file it seals"
        )
    if sealed_at > later + SEAL_CLOCK_SKEW:
        minutes = SEAL_CLOCK_SKEW // dt.timedelta(minutes=1)
        return f"it is more than {minutes} minutes after {statement_time(later)}, {later_is}"
    return None


def sign_statement(statement: bytes, owner: ed25519.Ed25519PrivateKey) -> bytes:
    return owner.sign(STATEMENT_SIGNATURE_LABEL + statement)


def statement_signature_ok(
    statement: bytes, signature: bytes, owner: ed25519.Ed25519PublicKey
) -> bool:
    try:
        owner.verify(signature, STATEMENT_SIGNATURE_LABEL + statement)
    except InvalidSignature:
        return False
    return True


def statement_mac(statement: bytes, key: BundleKey) -> bytes:
    return hmac.new(key.mac_key, statement, hashlib.sha256).digest()


def statement_mac_ok(statement: bytes, mac: bytes, key: BundleKey) -> bool:
    return hmac.compare_digest(statement_mac(statement, key), mac)
