"""Passphrase and recovery-key derivations (client side).

Argon2id(passphrase) -> master key -> HKDF-SHA256 -> auth key (sent at login)
and key-encryption key (never leaves the device).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
SALT_BYTES = 16
AUTH_KEY_INFO = b"daybook/v1/auth-key"
KEK_INFO = b"daybook/v1/key-encryption-key"
RECOVERY_AUTH_KEY_INFO = b"daybook/v1/recovery-auth-key"
RECOVERY_KEK_INFO = b"daybook/v1/recovery-key-encryption-key"


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    memory_kib: int
    iterations: int
    parallelism: int


@dataclass(frozen=True)
class DerivedKeys:
    auth_key: bytes
    key_encryption_key: bytes


def hkdf(ikm: bytes, info: bytes) -> bytes:
    """HKDF-SHA256 with an empty salt and 32 bytes of output."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(ikm)


def master_key(passphrase: str, params: KdfParams) -> bytes:
    # NFC so that the same passphrase typed on iOS and Android gives the same key.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.parallelism,
        memory_cost=params.memory_kib,
    ).derive(secret)


def split_master_key(master: bytes) -> DerivedKeys:
    return DerivedKeys(
        auth_key=hkdf(master, AUTH_KEY_INFO), key_encryption_key=hkdf(master, KEK_INFO)
    )


def derive_from_passphrase(passphrase: str, params: KdfParams) -> DerivedKeys:
    return split_master_key(master_key(passphrase, params))


def derive_from_recovery_key(recovery_key: bytes) -> DerivedKeys:
    return DerivedKeys(
        auth_key=hkdf(recovery_key, RECOVERY_AUTH_KEY_INFO),
        key_encryption_key=hkdf(recovery_key, RECOVERY_KEK_INFO),
    )
