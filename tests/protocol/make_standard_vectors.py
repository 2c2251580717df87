"""Generate docs/vectors/standards.json: the parts of published standards'
test vectors that the protocol relies on, so a client can check its platform's
primitives without fetching anything else.

    .venv/bin/python -m tests.protocol.make_standard_vectors > docs/vectors/standards.json

- `hpke`: RFC 9180's base-mode vector for our suite, DHKEM(X25519,
  HKDF-SHA256) / HKDF-SHA256 / AES-256-GCM (mode 0, KEM 0x0020, KDF 0x0001,
  AEAD 0x0002), with the encryptions of sequence numbers 0, 1, 2, 255 and 256
  and all its exports; from RFC 9180's test-vectors.json as the
  cryptography-vectors package ships it.
- `ed25519`: RFC 8032 §7.1 TEST 1, 2, 3 and 1024; from the same package's
  `sign.input`, whose first lines are the RFC's tests.
- `rfc3161`: a real RFC 3161 time-stamp token over log.json's checkpoint as
  the server sends it to a TSA (§23.7), from `openssl ts -reply` with a test
  CA. Signatures and times are not reproducible, so it was made once with
  `--new-token` and is kept in KEPT_TOKEN below; regenerating the file gives
  the same bytes, and the generator checks that the token still verifies.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import cryptography_vectors
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.protocol import hpke
from app.protocol.signed_note import Signer
from app.protocol.timestamp import TsaTrust, check_response, timestamp_request, timestamped_note
from tests.protocol import make_log_vectors as log

HPKE_SEQUENCES = (0, 1, 2, 255, 256)
ED25519_TESTS = {"TEST 1": 0, "TEST 2": 1, "TEST 3": 2, "TEST 1024": 1023}

# Made once by `--new-token`; see the module docstring.
KEPT_TOKEN: dict[str, str] = {
    "ca_pem": (
        "-----BEGIN CERTIFICATE-----\n"
        "MIIBpDCCAUugAwIBAgIUSi7HxJpevGR6zRyQq3RDoxWE4hMwCgYIKoZIzj0EAwIw\n"
        "IDEeMBwGA1UEAwwVRGF5Ym9vayBUZXN0IFRTQSBSb290MB4XDTI2MTIwNTAwNTA1\n"
        "OVoXDTI3MDEwNTAwNTA1OVowIDEeMBwGA1UEAwwVRGF5Ym9vayBUZXN0IFRTQSBS\n"
        "b290MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEf/d/sVrRtBXq+X07F738SyB0\n"
        "zRCBorCFM+TrFnTQt9isZlleB/lHUGqi+JPC84uA1RytkjiGaKVfEJHgS85Rl6Nj\n"
        "MGEwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUQOJvAC+DCTYqvThT24qKqpff\n"
        "LbUwHwYDVR0jBBgwFoAUQOJvAC+DCTYqvThT24qKqpffLbUwDgYDVR0PAQH/BAQD\n"
        "AgEGMAoGCCqGSM49BAMCA0cAMEQCIDJ6NGpjTYAUXCvsrSAGqtukyytbfbvGGjdS\n"
        "UdXieEwhAiAOpq+umwUtfDKIew/maRAm1ayJ8lZLShyH9lz4Gb891Q==\n"
        "-----END CERTIFICATE-----\n"
    ),
    "token_base64": (
        "MIIDogYJKoZIhvcNAQcCoIIDkzCCA48CAQMxDzANBglghkgBZQMEAgEFADB4BgsqhkiG9w0BCRAB"
        "BKBpBGcwZQIBAQYJKwYBBAGGjR8BMDEwDQYJYIZIAWUDBAIBBQAEIKziOIzu2/swOVpGDCttRccG"
        "VszTxlagv5KNRCltfsI0AgECGA8yMDI2MTIwNjAwNTA1OVowAwIBAQIJALx4Z6x6pgMmoIIBrTCC"
        "AakwggFOoAMCAQICFFW9UvnqZcNQcLjU/Gcfh3PxjmTvMAoGCCqGSM49BAMCMCAxHjAcBgNVBAMM"
        "FURheWJvb2sgVGVzdCBUU0EgUm9vdDAeFw0yNjEyMDUwMDUwNTlaFw0yNzAxMDUwMDUwNTlaMA4x"
        "DDAKBgNVBAMMA3RzYTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABExsNX8eAnCbeTG4Ya1XoePH"
        "vyXCIm6ny3ZgM3ntuo2emSYvtLdSr15Yop+apuLCSuruYoZMVjeprXzBl+S1KYyjeDB2MAwGA1Ud"
        "EwEB/wQCMAAwHQYDVR0OBBYEFAmq+6kM1ZtonrdtwIlv3ll57G9xMB8GA1UdIwQYMBaAFEDibwAv"
        "gwk2Kr04U9uKiqqX3y21MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMA4GA1UdDwEB/wQEAwIHgDAK"
        "BggqhkjOPQQDAgNJADBGAiEA8hF1LZpWUHBsNLEYSBHk9g5xtHc3C8uRekOLfeHQHpgCIQC5HLvJ"
        "lEyksSdLOZZwyJEdprf7nn8uXttx9DkS5bJFLDGCAUwwggFIAgEBMDgwIDEeMBwGA1UEAwwVRGF5"
        "Ym9vayBUZXN0IFRTQSBSb290AhRVvVL56mXDUHC41PxnH4dz8Y5k7zANBglghkgBZQMEAgEFAKCB"
        "pDAaBgkqhkiG9w0BCQMxDQYLKoZIhvcNAQkQAQQwHAYJKoZIhvcNAQkFMQ8XDTI2MTIwNjAwNTA1"
        "OVowLwYJKoZIhvcNAQkEMSIEIB09QKsXT86x2J78i1GOWvXoVT/H61xxOtWYNr/ylFmfMDcGCyqG"
        "SIb3DQEJEAIvMSgwJjAkMCIEIEVXO/Y4G+krZ/EWv8QvpE7Wd6Osj2lbufKuT14161x8MAoGCCqG"
        "SM49BAMCBEcwRQIhANLp0l7sC3CKVa16syQp3frcjha7E51hWK2N+c9jLHnTAiASVw3EeaWLq9+D"
        "D0/R5SlUIgyOzNiiG8NrgaY7yBkrAw=="
    ),
}


def hpke_vector() -> dict[str, Any]:
    with cryptography_vectors.open_vector_file("HPKE/test-vectors.json", "r") as f:
        every: list[dict[str, Any]] = json.load(f)
    spec = hpke.X25519_SHA256_AES256GCM
    [vector] = [
        v
        for v in every
        if (v["mode"], v["kem_id"], v["kdf_id"], v["aead_id"])
        == (0, spec.kem_id, spec.kdf_id, spec.aead_id)
    ]
    kept = {k: v for k, v in vector.items() if k not in ("encryptions", "exports")}
    kept["encryptions"] = [
        {"sequence_number": seq, **vector["encryptions"][seq]} for seq in HPKE_SEQUENCES
    ]
    kept["exports"] = vector["exports"]
    return {
        "source": "RFC 9180 Appendix A.6.1 (cryptography-vectors HPKE/test-vectors.json)"
    } | kept


def ed25519_vectors() -> list[dict[str, str]]:
    with cryptography_vectors.open_vector_file("asymmetric/Ed25519/sign.input", "r") as f:
        lines = f.read().splitlines()
    found = []
    for name, line_index in ED25519_TESTS.items():
        secret_public, public, message, signature_message, _ = lines[line_index].split(":")
        found.append(
            {
                "name": f"RFC 8032 7.1 {name}",
                "secret_key_hex": secret_public[:64],
                "public_key_hex": public,
                "message_hex": message,
                "signature_hex": signature_message[:128],
            }
        )
    return found


def checkpoint_message() -> bytes:
    """What the server sends a TSA for log.json's checkpoint (§23.7)."""
    signer = Signer(log.ORIGIN, ed25519.Ed25519PrivateKey.from_private_bytes(log.LOG_SEED))
    note = log.build()["log"]["checkpoint"]["signed_note"]
    return timestamped_note(note, signer.verifier())


def new_token() -> dict[str, str]:
    """A fresh CA, TSA and token over checkpoint_message(), by `openssl ts -reply`."""
    from tests.evidence import tsa  # the test suite's local TSA, only when regenerating

    message = checkpoint_message()
    request = timestamp_request(message)
    with tempfile.TemporaryDirectory() as work:
        directory = Path(work)
        signer, ca = tsa._make_signer(directory, "tsa", "Daybook Test TSA Root")
        config = tsa._openssl_config(directory)
        (directory / "query.tsq").write_bytes(request.as_bytes())
        assert tsa.OPENSSL is not None
        subprocess.run(  # noqa: S603 - our own fixed arguments
            [
                *(tsa.OPENSSL, "ts", "-reply", "-config", str(config)),
                *("-queryfile", str(directory / "query.tsq"), "-inkey", str(signer.key)),
                *("-signer", str(signer.certificate), "-out", str(directory / "reply.tsr")),
            ],
            check=True,
            capture_output=True,
        )
        ca_pem = tsa._pem(ca)
        reply = (directory / "reply.tsr").read_bytes()
    token = check_response(reply, request, message, TsaTrust.from_pem(ca_pem)).token
    return {"ca_pem": ca_pem.decode("ascii"), "token_base64": base64.b64encode(token).decode()}


def rfc3161_vector(kept: dict[str, str]) -> dict[str, Any]:
    from app.protocol.timestamp import verify_token

    message = checkpoint_message()
    token = base64.b64decode(kept["token_base64"])
    checked = verify_token(token, message, TsaTrust.from_pem(kept["ca_pem"].encode()))
    return {
        "description": "A TimeStampToken (RFC 3161, DER) over SHA-256 of `message`: log.json's "
        "checkpoint text and the log's signature line (§23.7). It verifies with "
        "`trust_anchor_pem`, the CA of the TSA whose certificate the token embeds.",
        "message_text": message.decode("utf-8"),
        "message_sha256_hex": hashlib.sha256(message).hexdigest(),
        "trust_anchor_pem": kept["ca_pem"],
        "token_hex": token.hex(),
        "gen_time": checked.gen_time.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
        "serial_number": checked.serial_number,
        "hash_algorithm": "sha256",
    }


def build(kept: dict[str, str]) -> dict[str, Any]:
    return {
        "hpke": hpke_vector(),
        "ed25519": ed25519_vectors(),
        "rfc3161": rfc3161_vector(kept),
    }


def render(kept: dict[str, str] | None = None) -> str:
    return json.dumps(build(kept or KEPT_TOKEN), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    if sys.argv[1:] == ["--new-token"]:
        print(json.dumps(new_token(), indent=4))
    else:
        sys.stdout.write(render())
