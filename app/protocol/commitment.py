"""The signed commitment document of an entry version, with SD-JWT-style disclosures.

Each top-level field of the incident travels inside the ciphertext as a
disclosure: base64url(UTF-8 JSON array [salt, field name, value]), salt being
16 random bytes in base64url. The commitment document, sent in clear and
signed by the owner's device, holds the SHA-256 of every disclosure (padded
with decoy digests to a fixed count and sorted, so neither the number nor the
order of fields shows), the SHA-256 of the ciphertext and the hash of the
previous version's commitment. A bundle can later reveal some disclosures and
withhold others; each revealed one is checked against its digest.

The document is JSON canonicalised by RFC 8785 (JCS). It holds only ASCII
strings, non-negative integers, null and arrays of those, for which JCS is
"sorted keys, no whitespace".
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.protocol import strict_json
from app.protocol.encoding import b64decode, b64encode, parse_uuid

DOCUMENT_TYPE = "daybook/v1/entry-version"
PLAINTEXT_FORMAT = "daybook/v1/entry"
SIGNATURE_LABEL = b"daybook/v1/entry-version-signature\x00"
DIGEST_SLOTS = 16
SALT_BYTES = 16
MAX_ATTACHMENTS = 64
_FIELDS = {
    "attachments",
    "ciphertext_sha256",
    "digests",
    "entry_id",
    "owner_id",
    "previous",
    "type",
    "version",
}


def canonical_json(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode()


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


# --- disclosures -----------------------------------------------------------


def make_disclosure(name: str, value: Any, *, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    array = [b64encode(salt), name, value]
    text = json.dumps(array, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return b64encode(text.encode())


def parse_disclosure(disclosure: str) -> tuple[str, Any]:
    """Returns (field name, value); raises ValueError for anything else."""
    try:
        array = strict_json.loads(b64decode(disclosure))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"disclosure is not base64url JSON: {exc}") from exc
    if not (isinstance(array, list) and len(array) == 3 and isinstance(array[1], str)):
        raise ValueError("a disclosure is a JSON array [salt, field name, value]")
    if not isinstance(array[0], str) or len(b64decode(array[0])) != SALT_BYTES:
        raise ValueError(f"a disclosure's salt is {SALT_BYTES} bytes in base64url")
    return array[1], array[2]


def disclosure_digest(disclosure: str) -> bytes:
    return sha256(disclosure.encode("ascii"))


def disclose(incident: dict[str, Any]) -> list[str]:
    """One freshly salted disclosure per top-level field."""
    if len(incident) > DIGEST_SLOTS:
        raise ValueError(f"an incident has at most {DIGEST_SLOTS} top-level fields")
    return [make_disclosure(name, value) for name, value in incident.items()]


def undisclose(disclosures: list[str]) -> dict[str, Any]:
    incident: dict[str, Any] = {}
    for disclosure in disclosures:
        name, value = parse_disclosure(disclosure)
        if name in incident:
            raise ValueError(f"field {name!r} is disclosed twice")
        incident[name] = value
    return incident


def encode_plaintext(disclosures: list[str]) -> bytes:
    return canonical_json({"disclosures": disclosures, "format": PLAINTEXT_FORMAT})


def decode_plaintext(plaintext: bytes) -> list[str]:
    document = strict_json.loads(plaintext)
    if not isinstance(document, dict) or document.get("format") != PLAINTEXT_FORMAT:
        raise ValueError(f"entry plaintext is not a {PLAINTEXT_FORMAT} document")
    disclosures = document.get("disclosures")
    if not isinstance(disclosures, list) or not all(isinstance(d, str) for d in disclosures):
        raise ValueError("entry plaintext must hold a list of disclosures")
    return disclosures


def digest_slots(disclosures: list[str]) -> tuple[bytes, ...]:
    """The disclosures' digests plus random decoys, DIGEST_SLOTS in all, sorted."""
    if len(disclosures) > DIGEST_SLOTS:
        raise ValueError(f"at most {DIGEST_SLOTS} disclosures per version")
    real = [disclosure_digest(d) for d in disclosures]
    decoys = [sha256(os.urandom(SALT_BYTES)) for _ in range(DIGEST_SLOTS - len(real))]
    return tuple(sorted(real + decoys, key=b64encode))


# --- the commitment document -----------------------------------------------


@dataclass(frozen=True)
class Commitment:
    entry_id: uuid.UUID
    owner_id: uuid.UUID
    version: int
    previous: bytes | None
    ciphertext_sha256: bytes
    digests: tuple[bytes, ...]
    attachments: tuple[uuid.UUID, ...] = ()

    def to_document(self) -> dict[str, Any]:
        return {
            "attachments": sorted(str(a) for a in self.attachments),
            "ciphertext_sha256": b64encode(self.ciphertext_sha256),
            "digests": sorted(b64encode(d) for d in self.digests),
            "entry_id": str(self.entry_id),
            "owner_id": str(self.owner_id),
            "previous": None if self.previous is None else b64encode(self.previous),
            "type": DOCUMENT_TYPE,
            "version": self.version,
        }

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_document())


def commitment_hash(commitment_bytes: bytes) -> bytes:
    return sha256(commitment_bytes)


def parse_hash(value: Any, name: str) -> bytes:
    """A SHA-256 digest field of a commitment document: 32 bytes in base64url."""
    if not isinstance(value, str) or len(raw := b64decode(value)) != 32:
        raise ValueError(f"{name} must be 32 bytes in base64url")
    return raw


def parse_commitment(data: bytes) -> Commitment:
    """Strict parse: exactly the known fields, right types, canonical bytes."""
    document = strict_json.loads(data)
    if not isinstance(document, dict) or set(document) != _FIELDS:
        raise ValueError(f"a commitment document has exactly the fields {sorted(_FIELDS)}")
    if document["type"] != DOCUMENT_TYPE:
        raise ValueError(f"commitment type must be {DOCUMENT_TYPE!r}")
    version = document["version"]
    if type(version) is not int or not 1 <= version < 2**32:
        raise ValueError("version must be an integer from 1")
    digests, attachments = document["digests"], document["attachments"]
    if not isinstance(digests, list) or len(digests) != DIGEST_SLOTS:
        raise ValueError(f"digests must list exactly {DIGEST_SLOTS} digests")
    if not isinstance(attachments, list) or len(attachments) > MAX_ATTACHMENTS:
        raise ValueError(f"attachments must list at most {MAX_ATTACHMENTS} ids")
    previous = document["previous"]
    commitment = Commitment(
        entry_id=parse_uuid(document["entry_id"], "entry_id"),
        owner_id=parse_uuid(document["owner_id"], "owner_id"),
        version=version,
        previous=None if previous is None else parse_hash(previous, "previous"),
        ciphertext_sha256=parse_hash(document["ciphertext_sha256"], "ciphertext_sha256"),
        digests=tuple(parse_hash(d, "digest") for d in digests),
        attachments=tuple(parse_uuid(a, "attachment id") for a in attachments),
    )
    if len(set(commitment.attachments)) != len(commitment.attachments):
        raise ValueError("an attachment is listed twice")
    if len(set(commitment.digests)) != len(commitment.digests):
        raise ValueError("a digest is listed twice")
    if (version == 1) != (previous is None):
        raise ValueError("previous is null for version 1 and a hash for every later version")
    # Each field is in its one form now (lowercase UUIDs, canonical base64url),
    # so the document re-encoded with its lists sorted is what to_bytes()
    # would give, without re-encoding seventeen hashes.
    lists_sorted = digests == sorted(digests) and attachments == sorted(attachments)
    if not lists_sorted or canonical_json(document) != data:
        raise ValueError("commitment is not in canonical form (RFC 8785, lists sorted)")
    return commitment


def check_disclosures(signed: Commitment, disclosures: list[str]) -> None:
    """Every disclosure must be one of the signed digests."""
    digests = set(signed.digests)
    for disclosure in disclosures:
        if disclosure_digest(disclosure) not in digests:
            name, _value = parse_disclosure(disclosure)
            raise ValueError(f"field {name!r} does not match any signed digest")


def sign(commitment_bytes: bytes, key: ed25519.Ed25519PrivateKey) -> bytes:
    return key.sign(SIGNATURE_LABEL + commitment_bytes)


def verify(commitment_bytes: bytes, signature: bytes, key: ed25519.Ed25519PublicKey) -> bool:
    try:
        key.verify(signature, SIGNATURE_LABEL + commitment_bytes)
    except InvalidSignature:
        return False
    return True
