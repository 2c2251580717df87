"""Account key pairs (Ed25519 signing, X25519 for HPKE) and their fingerprint."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

PUBLIC_KEY_BYTES = 32
PRIVATE_KEYS_BYTES = 64
FINGERPRINT_LABEL = b"daybook/v1/fingerprint\x00"
FINGERPRINT_BYTES = 20


def raw_public(key: ed25519.Ed25519PublicKey | x25519.X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class AccountKeys:
    signing: ed25519.Ed25519PrivateKey
    hpke: x25519.X25519PrivateKey

    @classmethod
    def generate(cls) -> AccountKeys:
        return cls(ed25519.Ed25519PrivateKey.generate(), x25519.X25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, data: bytes) -> AccountKeys:
        """Parse the 64-byte private-key plaintext: Ed25519 seed || X25519 scalar."""
        if len(data) != PRIVATE_KEYS_BYTES:
            raise ValueError(f"private keys must be {PRIVATE_KEYS_BYTES} bytes")
        return cls(
            ed25519.Ed25519PrivateKey.from_private_bytes(data[:32]),
            x25519.X25519PrivateKey.from_private_bytes(data[32:]),
        )

    def to_bytes(self) -> bytes:
        return self.signing.private_bytes_raw() + self.hpke.private_bytes_raw()

    @property
    def signing_public(self) -> bytes:
        return raw_public(self.signing.public_key())

    @property
    def hpke_public(self) -> bytes:
        return raw_public(self.hpke.public_key())


def fingerprint(signing_public: bytes, hpke_public: bytes) -> str:
    """Human-comparable: the first 20 bytes of SHA-256, as 10 groups of 4 hex digits."""
    digest = hashlib.sha256(FINGERPRINT_LABEL + signing_public + hpke_public).digest()
    text = digest[:FINGERPRINT_BYTES].hex().upper()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))
