"""Generate docs/vectors/foundation.json from fixed inputs and app.protocol.

    .venv/bin/python -m tests.protocol.make_vectors > docs/vectors/foundation.json

Every output is deterministic except the HPKE envelope (HPKE encryption is
randomised): that one was produced once with `--new-hpke-envelope` and is kept
in HPKE_ENVELOPE_HEX below, so regenerating the file gives the same bytes.
The generator checks that the kept envelope still unwraps.
"""

from __future__ import annotations

import json
import sys
import unicodedata
import uuid
from typing import Any

from cryptography.hazmat.primitives.asymmetric import x25519

from app.protocol import encoding, hpke, kdf, keys, recovery, sealing

FORMAT = "daybook-test-vectors/1"

# Fixed inputs. The account keys are RFC 8032's test 1 Ed25519 seed and
# RFC 7748's Alice X25519 scalar, so their public keys can be checked against
# those RFCs too; the HPKE recipient is RFC 7748's Bob.
ED25519_SEED = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
X25519_SCALAR = bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
HPKE_RECIPIENT_SCALAR = bytes.fromhex(
    "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"
)
ACCOUNT_ID = uuid.UUID("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b")
OBJECT_ID = uuid.UUID("0b1e7c4a-52d3-4e8f-9a61-27c5d8e9f0a1")
RECIPIENT_ID = uuid.UUID("c3d4e5f6-a7b8-4c9d-8e0f-112233445566")
SALT = bytes(range(16))
SALT_2 = bytes.fromhex("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf")
MASTER_KEY = bytes(range(32))
RECOVERY_KEY_1 = bytes(range(32))
RECOVERY_KEY_2 = bytes.fromhex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
NONCE_PASSPHRASE = bytes.fromhex("000102030405060708090a0b")
NONCE_RECOVERY = bytes.fromhex("f0f1f2f3f4f5f6f7f8f9fafb")
HPKE_PLAINTEXT = bytes.fromhex("4242424242424242424242424242424242424242424242424242424242424242")
HPKE_PURPOSE = "entry-key"
ENVELOPE_HEADER_BYTES = 7  # version (1) || kem_id (2) || kdf_id (2) || aead_id (2)

PRODUCTION = {"memory_kib": 65536, "iterations": 3, "parallelism": 4}
CHEAP = {"memory_kib": 1024, "iterations": 1, "parallelism": 1}

# "cafe" + U+0301 COMBINING ACUTE ACCENT: NFD input that NFC turns into "café".
NFD_PASSPHRASE = "cafe\u0301 au lait, s'il vous plai\u0302t \U0001f510"
NFC_PASSPHRASE = "caf\u00e9 au lait, s'il vous pla\u00eet \U0001f510"
ASCII_PASSPHRASE = "correct horse battery staple"

# Produced once by `--new-hpke-envelope`; see the module docstring.
HPKE_ENVELOPE_HEX = (
    "01002000010002a44ccf9dbdc1147f24a2dd8f202f1efd2a63b9a7f2f679355c7d4647d46617187ad2"
    "d881e4f52b7ed689a1be66fccf79efd952a62c10ec5e19c25d4e8b873d769b4c81fe8b1ee72b402d826322efb030"
)


def _argon2id_vector(
    name: str, passphrase: str, salt: bytes, cost: dict[str, int]
) -> dict[str, Any]:
    params = kdf.KdfParams(salt=salt, **cost)
    master = kdf.master_key(passphrase, params)
    split = kdf.split_master_key(master)
    return {
        "name": name,
        "passphrase": passphrase,
        "passphrase_nfc_utf8_hex": unicodedata.normalize("NFC", passphrase).encode().hex(),
        "salt_hex": salt.hex(),
        **cost,
        "master_key_hex": master.hex(),
        "auth_key_hex": split.auth_key.hex(),
        "key_encryption_key_hex": split.key_encryption_key.hex(),
    }


def argon2id_vectors() -> list[dict[str, Any]]:
    vectors = [
        _argon2id_vector("argon2id-production-ascii", ASCII_PASSPHRASE, SALT, PRODUCTION),
        _argon2id_vector("argon2id-production-nfd", NFD_PASSPHRASE, SALT_2, PRODUCTION),
        _argon2id_vector("argon2id-cheap-ascii", ASCII_PASSPHRASE, SALT, CHEAP),
        _argon2id_vector("argon2id-cheap-nfd", NFD_PASSPHRASE, SALT_2, CHEAP),
        _argon2id_vector("argon2id-cheap-nfc", NFC_PASSPHRASE, SALT_2, CHEAP),
    ]
    nfd, nfc = vectors[3], vectors[4]
    assert nfd["master_key_hex"] == nfc["master_key_hex"], "NFC normalisation is not applied"
    return vectors


def hkdf_vectors() -> list[dict[str, Any]]:
    split = kdf.split_master_key(MASTER_KEY)
    return [
        {
            "name": "hkdf-split",
            "master_key_hex": MASTER_KEY.hex(),
            "auth_key_info": kdf.AUTH_KEY_INFO.decode("ascii"),
            "key_encryption_key_info": kdf.KEK_INFO.decode("ascii"),
            "auth_key_hex": split.auth_key.hex(),
            "key_encryption_key_hex": split.key_encryption_key.hex(),
        }
    ]


def _typo(text: str) -> str:
    """Change one character of the formatted key to another base32 character."""
    index = 7
    replacement = "B" if text[index] != "B" else "C"
    return text[:index] + replacement + text[index + 1 :]


def recovery_vectors() -> list[dict[str, Any]]:
    vectors = []
    for name, key in (("recovery-1", RECOVERY_KEY_1), ("recovery-2", RECOVERY_KEY_2)):
        text = recovery.format_recovery_key(key)
        derived = kdf.derive_from_recovery_key(key)
        typo = _typo(text)
        assert recovery.parse_recovery_key(text) == key
        assert recovery.parse_recovery_key(text.lower().replace("-", " ")) == key
        try:
            recovery.parse_recovery_key(typo)
        except ValueError:
            pass
        else:  # pragma: no cover - the fixed inputs were chosen so this does not happen
            raise AssertionError("typo not caught by the checksum")
        vectors.append(
            {
                "name": name,
                "recovery_key_hex": key.hex(),
                "text": text,
                "also_accepted": [text.lower(), text.replace("-", " "), text.replace("-", "")],
                "rejected_typo": typo,
                "auth_key_info": kdf.RECOVERY_AUTH_KEY_INFO.decode("ascii"),
                "key_encryption_key_info": kdf.RECOVERY_KEK_INFO.decode("ascii"),
                "recovery_auth_key_hex": derived.auth_key.hex(),
                "recovery_key_encryption_key_hex": derived.key_encryption_key.hex(),
            }
        )
    return vectors


def _private_keys() -> keys.AccountKeys:
    return keys.AccountKeys.from_bytes(ED25519_SEED + X25519_SCALAR)


def sealing_vectors() -> list[dict[str, Any]]:
    private = _private_keys().to_bytes()
    passphrase_kek = kdf.split_master_key(MASTER_KEY).key_encryption_key
    recovery_kek = kdf.derive_from_recovery_key(RECOVERY_KEY_1).key_encryption_key
    cases = (
        ("seal-passphrase", sealing.SealPurpose.PASSPHRASE, passphrase_kek, NONCE_PASSPHRASE),
        ("seal-recovery", sealing.SealPurpose.RECOVERY, recovery_kek, NONCE_RECOVERY),
    )
    vectors = []
    for name, purpose, kek, nonce in cases:
        blob = sealing.seal(private, kek, purpose, ACCOUNT_ID, nonce=nonce)
        assert sealing.open_sealed(blob, kek, purpose, ACCOUNT_ID) == private
        vectors.append(
            {
                "name": name,
                "private_keys_hex": private.hex(),
                "kek_hex": kek.hex(),
                "kek_from": "hkdf-split"
                if purpose is sealing.SealPurpose.PASSPHRASE
                else "recovery-1",
                "purpose": purpose.value,
                "account_id": str(ACCOUNT_ID),
                "nonce_hex": nonce.hex(),
                "aad_hex": sealing.associated_data(purpose, ACCOUNT_ID).hex(),
                "sealed_hex": blob.hex(),
                "sealed_base64url": encoding.b64encode(blob),
            }
        )
    return vectors


def public_key_vectors() -> list[dict[str, Any]]:
    account = _private_keys()
    return [
        {
            "name": "account-public-keys",
            "private_keys_hex": account.to_bytes().hex(),
            "signing_public_key_hex": account.signing_public.hex(),
            "hpke_public_key_hex": account.hpke_public.hex(),
            "fingerprint_input_hex": (
                keys.FINGERPRINT_LABEL + account.signing_public + account.hpke_public
            ).hex(),
            "fingerprint": keys.fingerprint(account.signing_public, account.hpke_public),
        }
    ]


def hpke_vectors(envelope: bytes) -> list[dict[str, Any]]:
    recipient = x25519.X25519PrivateKey.from_private_bytes(HPKE_RECIPIENT_SCALAR)
    info = hpke.wrap_info(HPKE_PURPOSE, OBJECT_ID, RECIPIENT_ID)
    assert hpke.unwrap(envelope, recipient, info) == HPKE_PLAINTEXT, "kept envelope is stale"
    header = ENVELOPE_HEADER_BYTES
    spec = hpke.X25519_SHA256_AES256GCM
    return [
        {
            "name": "hpke-wrap-entry-key",
            "suite": spec.name,
            "kem_id": spec.kem_id,
            "kdf_id": spec.kdf_id,
            "aead_id": spec.aead_id,
            "recipient_private_key_hex": HPKE_RECIPIENT_SCALAR.hex(),
            "recipient_public_key_hex": keys.raw_public(recipient.public_key()).hex(),
            "purpose": HPKE_PURPOSE,
            "object_id": str(OBJECT_ID),
            "recipient_id": str(RECIPIENT_ID),
            "info_hex": info.hex(),
            "plaintext_hex": HPKE_PLAINTEXT.hex(),
            "envelope_hex": envelope.hex(),
            "envelope_header_hex": envelope[:header].hex(),
            "enc_hex": envelope[header : header + spec.enc_bytes].hex(),
            "ciphertext_hex": envelope[header + spec.enc_bytes :].hex(),
        }
    ]


def hpke_rejected(envelope: bytes) -> list[dict[str, Any]]:
    """Envelopes a client must refuse before any cryptography."""
    body = envelope[ENVELOPE_HEADER_BYTES:]
    cases = (
        ("unknown-version", bytes.fromhex("02002000010002") + body),
        ("unknown-suite-chacha20poly1305", bytes.fromhex("01002000010003") + body),
        ("unknown-suite-pq-kem", bytes.fromhex("01647a00010002") + body),
        ("too-short", envelope[: ENVELOPE_HEADER_BYTES + 32 + 15]),
    )
    out = []
    for name, data in cases:
        try:
            hpke.parse_envelope(data)
        except ValueError:
            out.append({"name": name, "envelope_hex": data.hex()})
        else:  # pragma: no cover
            raise AssertionError(f"{name} was accepted")
    return out


def base64url_vectors() -> dict[str, Any]:
    valid = [b"", b"\x00", b"\xfb\xff", b"\xfb\xff\xbf", b"daybook", bytes(range(16))]
    accepted = [{"bytes_hex": data.hex(), "text": encoding.b64encode(data)} for data in valid]
    for case in accepted:
        assert encoding.b64decode(case["text"]).hex() == case["bytes_hex"]
    rejected = {
        "AB": "non-canonical: the unused low bits of the last character are not zero",
        "AAF": "non-canonical: the unused low bits of the last character are not zero",
        "AA==": "padding is not allowed",
        "+/8": "standard base64 alphabet ('+', '/') is not allowed",
        "A": "a length of 4n+1 characters is impossible",
        "AA AA": "whitespace is not allowed",
    }
    for text in rejected:
        try:
            encoding.b64decode(text)
        except ValueError:
            pass
        else:  # pragma: no cover
            raise AssertionError(f"{text!r} was accepted")
    return {
        "accepted": accepted,
        "rejected": [{"text": text, "why": why} for text, why in rejected.items()],
    }


def build(envelope: bytes) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "note": (
            "Byte values are lowercase hex (fields ending in _hex). Generated by "
            "tests/protocol/make_vectors.py; checked by tests/protocol/test_vectors.py. "
            "See docs/protocol, section Test vectors."
        ),
        "argon2id": argon2id_vectors(),
        "hkdf": hkdf_vectors(),
        "recovery": recovery_vectors(),
        "sealing": sealing_vectors(),
        "public_keys": public_key_vectors(),
        "hpke": hpke_vectors(envelope),
        "hpke_rejected": hpke_rejected(envelope),
        "base64url": base64url_vectors(),
    }


def main(argv: list[str]) -> None:
    if "--new-hpke-envelope" in argv:
        recipient = x25519.X25519PrivateKey.from_private_bytes(HPKE_RECIPIENT_SCALAR)
        info = hpke.wrap_info(HPKE_PURPOSE, OBJECT_ID, RECIPIENT_ID)
        print(hpke.wrap(HPKE_PLAINTEXT, recipient.public_key(), info).hex())
        return
    if not HPKE_ENVELOPE_HEX:
        raise SystemExit("run with --new-hpke-envelope first and paste it into HPKE_ENVELOPE_HEX")
    json.dump(build(bytes.fromhex(HPKE_ENVELOPE_HEX)), sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
