"""Key wrapping with HPKE (RFC 9180, base mode) in a self-describing envelope.

Envelope: version (0x01) || kem_id (u16) || kdf_id (u16) || aead_id (u16) || enc || ct.
The suite ids are RFC 9180's, so a post-quantum KEM can be added as a new
suite without breaking stored envelopes.
"""

from __future__ import annotations

import struct
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import x25519

ENVELOPE_VERSION = 0x01
INFO_PREFIX = b"daybook/v1/wrap/"
_HEADER = struct.Struct(">BHHH")


@dataclass(frozen=True)
class SuiteSpec:
    name: str
    kem_id: int
    kdf_id: int
    aead_id: int
    enc_bytes: int
    suite: hpke.Suite


X25519_SHA256_AES256GCM = SuiteSpec(
    name="DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM",
    kem_id=0x0020,
    kdf_id=0x0001,
    aead_id=0x0002,
    enc_bytes=32,
    suite=hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM),
)
SUITES = {(s.kem_id, s.kdf_id, s.aead_id): s for s in (X25519_SHA256_AES256GCM,)}


def wrap_info(purpose: str, object_id: uuid.UUID, recipient_id: uuid.UUID) -> bytes:
    """`info` binds a wrap to what it is for, which object and which recipient."""
    return INFO_PREFIX + purpose.encode("ascii") + b"\x00" + object_id.bytes + recipient_id.bytes


def wrap(plaintext: bytes, recipient: x25519.X25519PublicKey, info: bytes) -> bytes:
    spec = X25519_SHA256_AES256GCM
    header = _HEADER.pack(ENVELOPE_VERSION, spec.kem_id, spec.kdf_id, spec.aead_id)
    return header + spec.suite.encrypt(plaintext, recipient, info=info)


def parse_envelope(envelope: bytes) -> SuiteSpec:
    """Checks what a server can check: version, a known suite, minimum length."""
    if len(envelope) < _HEADER.size:
        raise ValueError("HPKE envelope is too short")
    version, kem_id, kdf_id, aead_id = _HEADER.unpack_from(envelope)
    if version != ENVELOPE_VERSION:
        raise ValueError(f"unknown HPKE envelope version {version}")
    spec = SUITES.get((kem_id, kdf_id, aead_id))
    if spec is None:
        raise ValueError(f"unsupported HPKE suite {kem_id:#06x}/{kdf_id:#06x}/{aead_id:#06x}")
    if len(envelope) < _HEADER.size + spec.enc_bytes + 16:
        raise ValueError("HPKE envelope is too short for its suite")
    return spec


def unwrap(envelope: bytes, recipient: x25519.X25519PrivateKey, info: bytes) -> bytes:
    """Raises ValueError for a malformed envelope, InvalidTag for a wrong key or info."""
    spec = parse_envelope(envelope)
    return spec.suite.decrypt(envelope[_HEADER.size :], recipient, info=info)
