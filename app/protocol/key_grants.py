"""A content key wrapped to one reader with HPKE, and signed by the granting device.

HPKE base mode does not say who wrapped a key, so the granter signs
label || len(info) (u16) || info || envelope with its Ed25519 key, and the
reader checks that signature before trusting the key.
"""

from __future__ import annotations

import struct
import uuid

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from app.protocol import hpke

SIGNATURE_LABEL = b"daybook/v1/key-grant-signature\x00"
ENTRY_KEY_PURPOSE = "entry-key"
SIGNATURE_BYTES = 64
# The most grants one share request carries (POST /v1/shares, docs/protocol/26-advocacy.md).
MAX_GRANTS_AT_ONCE = 100


def entry_key_info(entry_id: uuid.UUID, reader_id: uuid.UUID) -> bytes:
    return hpke.wrap_info(ENTRY_KEY_PURPOSE, entry_id, reader_id)


def signed_message(info: bytes, envelope: bytes) -> bytes:
    return SIGNATURE_LABEL + struct.pack(">H", len(info)) + info + envelope


def grant(
    content_key: bytes,
    reader: x25519.X25519PublicKey,
    info: bytes,
    granter: ed25519.Ed25519PrivateKey,
) -> tuple[bytes, bytes]:
    """Returns (HPKE envelope, Ed25519 signature)."""
    envelope = hpke.wrap(content_key, reader, info)
    return envelope, granter.sign(signed_message(info, envelope))


def verify_grant(
    envelope: bytes, signature: bytes, info: bytes, granter: ed25519.Ed25519PublicKey
) -> bool:
    try:
        granter.verify(signature, signed_message(info, envelope))
    except InvalidSignature:
        return False
    return True


def open_grant(
    envelope: bytes,
    signature: bytes,
    info: bytes,
    reader: x25519.X25519PrivateKey,
    granter: ed25519.Ed25519PublicKey,
) -> bytes:
    """Raises ValueError unless the granter signed this wrap, InvalidTag if it does not open."""
    if not verify_grant(envelope, signature, info, granter):
        raise ValueError("the key grant is not signed by the expected account")
    content_key = hpke.unwrap(envelope, reader, info)
    if len(content_key) != 32:
        raise ValueError("a granted content key is 32 bytes")
    return content_key
