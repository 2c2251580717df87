"""Case documents: a victim's safety plan, risk reviews, orders and case
progress, kept with her advocate (docs/protocol, case documents).

Built from the entries' blocks, so a device needs nothing new:

    document_key = 32 random bytes, one per document, for every version
    grant to R   = key grant (key_grants.py) of document_key to reader R,
                   info = wrap_info("case-document-key", document_id, R)    66 bytes
                   signed by the granting device (the author, or the victim)
    aad          = "daybook/v1/case-document" || 0x00 || document_id (16)
                   || version (u32) || victim_id (16) || author_id (16) || kind (1)   78 bytes
    envelope     = the entry envelope (entries.seal_padded): 0x01 || nonce || AES-256-GCM
    commitment   = canonical JSON {author_id, ciphertext_sha256, document_id, kind,
                   previous, type, version, victim_id}, signed by the author's device:
    signature    = Ed25519(author, "daybook/v1/case-document-signature" || 0x00 || commitment)
    receipt      = evidence-log leaf of kind 5, object SHA-256(commitment)

The plaintext is canonical JSON {"content": {...}, "format":
"daybook/v1/case-document", "kind": kind}; the content follows the kind's
JSON Schema in schemas/ (checked by the client, never by the server).
"""

from __future__ import annotations

import struct
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.protocol import hpke, strict_json
from app.protocol.commitment import canonical_json, parse_hash, sha256
from app.protocol.encoding import b64encode, parse_uuid
from app.protocol.entries import open_padded, seal_padded

KINDS = {"safety-plan": 1, "risk-review": 2, "orders": 3, "case-progress": 4}
KEY_PURPOSE = "case-document-key"
AAD_LABEL = b"daybook/v1/case-document\x00"
DOCUMENT_TYPE = "daybook/v1/case-document-version"
PLAINTEXT_FORMAT = "daybook/v1/case-document"
SIGNATURE_LABEL = b"daybook/v1/case-document-signature\x00"
_FIELDS = {
    "author_id",
    "ciphertext_sha256",
    "document_id",
    "kind",
    "previous",
    "type",
    "version",
    "victim_id",
}


def key_info(document_id: uuid.UUID, reader_id: uuid.UUID) -> bytes:
    """The `info` of a document key's wrap to one reader (a key grant)."""
    return hpke.wrap_info(KEY_PURPOSE, document_id, reader_id)


def kind_code(kind: str) -> int:
    if kind not in KINDS:
        raise ValueError(f"a case document's kind is one of {', '.join(KINDS)}")
    return KINDS[kind]


@dataclass(frozen=True)
class DocumentCommitment:
    """What the author's device signs for one version of a case document."""

    document_id: uuid.UUID
    victim_id: uuid.UUID
    author_id: uuid.UUID
    kind: str
    version: int
    previous: bytes | None
    ciphertext_sha256: bytes

    def associated_data(self) -> bytes:
        return associated_data(
            self.document_id, self.version, self.victim_id, self.author_id, self.kind
        )

    def to_bytes(self) -> bytes:
        return canonical_json(
            {
                "author_id": str(self.author_id),
                "ciphertext_sha256": b64encode(self.ciphertext_sha256),
                "document_id": str(self.document_id),
                "kind": self.kind,
                "previous": None if self.previous is None else b64encode(self.previous),
                "type": DOCUMENT_TYPE,
                "version": self.version,
                "victim_id": str(self.victim_id),
            }
        )


def associated_data(
    document_id: uuid.UUID, version: int, victim_id: uuid.UUID, author_id: uuid.UUID, kind: str
) -> bytes:
    if not 1 <= version < 2**32:
        raise ValueError("version numbers run from 1 to 2**32 - 1")
    return (
        AAD_LABEL
        + document_id.bytes
        + struct.pack(">I", version)
        + victim_id.bytes
        + author_id.bytes
        + bytes([kind_code(kind)])
    )


def parse_commitment(data: bytes) -> DocumentCommitment:
    """Strict: exactly the known fields, of the right types, canonically encoded."""
    document = strict_json.loads(data)
    if not isinstance(document, dict) or set(document) != _FIELDS:
        raise ValueError(f"a case document commitment has exactly the fields {sorted(_FIELDS)}")
    if document["type"] != DOCUMENT_TYPE:
        raise ValueError(f"commitment type must be {DOCUMENT_TYPE!r}")
    version, previous, kind = document["version"], document["previous"], document["kind"]
    if type(version) is not int or not 1 <= version < 2**32:
        raise ValueError("version must be an integer from 1")
    if not isinstance(kind, str):
        raise ValueError("kind must be a string")
    kind_code(kind)
    if (version == 1) != (previous is None):
        raise ValueError("previous is null for version 1 and a hash for every later version")
    commitment = DocumentCommitment(
        document_id=parse_uuid(document["document_id"], "document_id"),
        victim_id=parse_uuid(document["victim_id"], "victim_id"),
        author_id=parse_uuid(document["author_id"], "author_id"),
        kind=kind,
        version=version,
        previous=None if previous is None else parse_hash(previous, "previous"),
        ciphertext_sha256=parse_hash(document["ciphertext_sha256"], "ciphertext_sha256"),
    )
    if commitment.to_bytes() != data:
        raise ValueError("commitment is not in canonical form (sorted keys, no whitespace)")
    return commitment


def sign(commitment_bytes: bytes, key: ed25519.Ed25519PrivateKey) -> bytes:
    return key.sign(SIGNATURE_LABEL + commitment_bytes)


def verify(commitment_bytes: bytes, signature: bytes, key: ed25519.Ed25519PublicKey) -> bool:
    try:
        key.verify(signature, SIGNATURE_LABEL + commitment_bytes)
    except InvalidSignature:
        return False
    return True


def encode_plaintext(kind: str, content: dict[str, Any]) -> bytes:
    kind_code(kind)
    return canonical_json({"content": content, "format": PLAINTEXT_FORMAT, "kind": kind})


def decode_plaintext(plaintext: bytes, kind: str) -> dict[str, Any]:
    """Strict: the format, the signed kind, an object of content, canonical bytes."""
    value: Any = strict_json.loads(plaintext.decode("ascii"))
    if not isinstance(value, dict) or set(value) != {"content", "format", "kind"}:
        raise ValueError("a case document holds exactly content, format and kind")
    if value["format"] != PLAINTEXT_FORMAT or value["kind"] != kind:
        raise ValueError(f"not a {PLAINTEXT_FORMAT} document of kind {kind}")
    content = value["content"]
    if not isinstance(content, dict) or encode_plaintext(kind, content) != plaintext:
        raise ValueError("a case document's plaintext is not in its canonical form")
    return content


@dataclass(frozen=True)
class SealedVersion:
    ciphertext: bytes
    commitment: bytes
    signature: bytes


def seal_version(
    content: dict[str, Any],
    document_key: bytes,
    commitment: DocumentCommitment,
    author: ed25519.Ed25519PrivateKey,
    *,
    nonce: bytes | None = None,
) -> SealedVersion:
    """`commitment.ciphertext_sha256` is filled in here; pass 32 zero bytes."""
    plaintext = encode_plaintext(commitment.kind, content)
    ciphertext = seal_padded(plaintext, document_key, commitment.associated_data(), nonce=nonce)
    signed = DocumentCommitment(
        commitment.document_id,
        commitment.victim_id,
        commitment.author_id,
        commitment.kind,
        commitment.version,
        commitment.previous,
        sha256(ciphertext),
    ).to_bytes()
    return SealedVersion(ciphertext, signed, sign(signed, author))


def open_version(
    sealed: SealedVersion, document_key: bytes, author: ed25519.Ed25519PublicKey
) -> tuple[DocumentCommitment, dict[str, Any]]:
    """Check the author's signature and the ciphertext's hash, then decrypt.
    Raises ValueError or InvalidTag; the caller checks ids, chain and author."""
    if not verify(sealed.commitment, sealed.signature, author):
        raise ValueError("the version is not signed by its author")
    signed = parse_commitment(sealed.commitment)
    if sha256(sealed.ciphertext) != signed.ciphertext_sha256:
        raise ValueError("the ciphertext is not the one the author signed")
    plaintext = open_padded(sealed.ciphertext, document_key, signed.associated_data())
    return signed, decode_plaintext(plaintext, signed.kind)
