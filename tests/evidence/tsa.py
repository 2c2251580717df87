"""A local RFC 3161 time-stamp authority for the tests: `openssl ts -reply` behind a
tiny threaded HTTP server on 127.0.0.1, with a CA and a TSA certificate made once
per session. Registered as a plugin in tests/conftest.py.

openssl is asked without `-chain`: it writes the certificates of a chain in chain
order, not in DER SET OF order, and rfc3161-client refuses such tokens (see
app/protocol/timestamp.py). The token embeds the TSA certificate (certReq); the
server is configured with the CA's, and checks the chain itself.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.config import Settings
from app.protocol.timestamp import MEDIA_TYPE_REPLY, TsaTrust

OPENSSL = shutil.which("openssl")
POLICY = "1.3.6.1.4.1.99999.1"


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: x509.Certificate | None,
    issuer_key: ec.EllipticCurvePrivateKey,
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    is_ca = issuer is None
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(subject) if issuer is None else issuer.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    )
    if is_ca:
        usage = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
    else:
        usage = x509.KeyUsage(True, False, False, False, False, False, False, False, False)
        # RFC 3161 §2.3: the TSA's certificate has this one critical extended key usage.
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
        )
    return builder.add_extension(usage, critical=True).sign(issuer_key, hashes.SHA256())


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


@dataclass(frozen=True)
class Signer:
    """A TSA's key and certificate, on disk for openssl."""

    key: Path
    certificate: Path


@dataclass(frozen=True)
class TsaPki:
    directory: Path
    ca_pem: Path  # what the server is configured with
    trusted: Signer  # certified by the CA
    rogue: Signer  # a TSA of another CA, which the server must not trust
    rogue_ca_pem: Path

    def trust(self) -> TsaTrust:
        return TsaTrust.from_pem(self.ca_pem.read_bytes())


def _make_signer(directory: Path, name: str, ca_name: str) -> tuple[Signer, x509.Certificate]:
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _certificate(ca_name, ca_key, None, ca_key)
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = _certificate(name, key, ca, ca_key)
    (directory / f"{name}.key").write_bytes(_key_pem(key))
    (directory / f"{name}.pem").write_bytes(_pem(certificate))
    return Signer(directory / f"{name}.key", directory / f"{name}.pem"), ca


@pytest.fixture(scope="session")
def tsa_pki(tmp_path_factory: pytest.TempPathFactory) -> TsaPki:
    if OPENSSL is None:
        pytest.skip("openssl is not installed")
    directory = tmp_path_factory.mktemp("tsa")
    trusted, ca = _make_signer(directory, "tsa", "Daybook Test TSA Root")
    rogue, rogue_ca = _make_signer(directory, "rogue", "Some Other Root")
    (directory / "ca.pem").write_bytes(_pem(ca))
    (directory / "rogue-ca.pem").write_bytes(_pem(rogue_ca))
    return TsaPki(directory, directory / "ca.pem", trusted, rogue, directory / "rogue-ca.pem")


def _openssl_config(directory: Path) -> Path:
    config = directory / "ts.cnf"
    (directory / "serial").write_text("01\n")
    config.write_text(
        "[ tsa ]\n"
        "default_tsa = tsa_config\n"
        "[ tsa_config ]\n"
        f"serial = {directory / 'serial'}\n"
        "crypto_device = builtin\n"
        "signer_digest = sha256\n"
        f"default_policy = {POLICY}\n"
        "digests = sha256, sha384, sha512\n"
        "accuracy = secs:1\n"
        "ordering = no\n"
        "tsa_name = no\n"
        "ess_cert_id_alg = sha256\n"
    )
    return config


@dataclass
class LocalTsa:
    """The running authority. Flip `available` to simulate an outage, `signer` to
    answer with the rogue TSA's key, `delay` to answer slowly."""

    pki: TsaPki
    directory: Path
    url: str = ""
    available: bool = True
    signer: Signer | None = None
    delay: float = 0.0
    answered: int = 0
    asked: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def reply(self, query: bytes) -> bytes:
        """`openssl ts -reply` for one DER query, one at a time (it keeps a serial file)."""
        signer = self.signer or self.pki.trusted
        assert OPENSSL is not None
        with self._lock, tempfile.TemporaryDirectory(dir=self.directory) as work:
            query_file, reply_file = Path(work, "query.tsq"), Path(work, "reply.tsr")
            query_file.write_bytes(query)
            # Fixed arguments of our own and files we wrote: nothing untrusted.
            subprocess.run(  # noqa: S603
                [
                    OPENSSL,
                    "ts",
                    "-reply",
                    "-config",
                    str(self.directory / "ts.cnf"),
                    "-queryfile",
                    str(query_file),
                    "-inkey",
                    str(signer.key),
                    "-signer",
                    str(signer.certificate),
                    "-out",
                    str(reply_file),
                ],
                check=True,
                capture_output=True,
            )
            self.answered += 1
            return reply_file.read_bytes()


def _handler(tsa: LocalTsa) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            query = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            tsa.asked.set()
            if tsa.delay:
                time.sleep(tsa.delay)
            if not tsa.available:
                self.send_error(503, "down for maintenance")
                return
            body = tsa.reply(query)
            self.send_response(200)
            self.send_header("Content-Type", MEDIA_TYPE_REPLY)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def local_tsa(tsa_pki: TsaPki, tmp_path: Path) -> Iterator[LocalTsa]:
    directory = tmp_path / "tsa"
    directory.mkdir()
    _openssl_config(directory)
    tsa = LocalTsa(tsa_pki, directory)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(tsa))
    tsa.url = f"http://127.0.0.1:{server.server_address[1]}/tsr"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield tsa
    server.shutdown()
    server.server_close()
    thread.join()


def with_tsa(settings: Settings, tsa: LocalTsa, **changes: Any) -> Settings:
    """The same settings, with the local TSA configured (and any other changes)."""
    return Settings(
        **{
            **settings.model_dump(),
            "tsa_url": tsa.url,
            "tsa_certificate": tsa.pki.ca_pem,
            "tsa_timeout_seconds": 5,
            **changes,
        }
    )


def openssl_verify(token: bytes, data: bytes, pki: TsaPki) -> str:
    """`openssl ts -verify` of a token over `data`, as an outside verifier would run it."""
    assert OPENSSL is not None
    with tempfile.TemporaryDirectory() as work:
        token_file, data_file = Path(work, "token.der"), Path(work, "note.txt")
        token_file.write_bytes(token)
        data_file.write_bytes(data)
        checked = subprocess.run(  # noqa: S603 - our own fixed arguments
            [
                OPENSSL,
                "ts",
                "-verify",
                "-token_in",
                "-in",
                str(token_file),
                "-data",
                str(data_file),
                "-CAfile",
                str(pki.ca_pem),
            ],
            capture_output=True,
            text=True,
        )
    return checked.stdout + checked.stderr
