"""RFC 3161 time-stamp tokens over signed checkpoints: independent time for the log.

The server asks a time-stamp authority (TSA) to time-stamp the SHA-256 of a signed
checkpoint note (its UTF-8 bytes, the log's signature line included), with a nonce
and certReq set, and keeps the TimeStampToken of the answer: the CMS SignedData of
RFC 3161 §2.4.2, in DER, whose TSTInfo holds that hash and the TSA's genTime. Anyone
holding the note, the token and the TSA's root certificate can check, with no
server, that the note existed at genTime (within the token's accuracy):
`openssl ts -verify -token_in -in token.der -data note.txt -CAfile tsa-root.pem`,
or `verify_token` here. Witness cosignature lines, added to the note later, are
not covered: `timestamped_note` takes them off again.

Parsing and CMS verification are rfc3161-client's. It reads DER strictly: a token
whose embedded certificates are not in DER SET OF order (openssl's `ts -reply
-chain` writes them in chain order) cannot be parsed by it, and is refused here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import rfc3161_client
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import ExtendedKeyUsageOID
from rfc3161_client import (
    HashAlgorithm,
    PKIStatus,
    TimeStampRequest,
    TimestampRequestBuilder,
    TimeStampResponse,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

from app.protocol.signed_note import Verifier, parse_note

SHA256_OID = x509.ObjectIdentifier("2.16.840.1.101.3.4.2.1")
# A granted PKIStatusInfo, DER: SEQUENCE { INTEGER 0 }.
_GRANTED = bytes.fromhex("3003020100")
MEDIA_TYPE_QUERY = "application/timestamp-query"
MEDIA_TYPE_REPLY = "application/timestamp-reply"


class TimestampError(ValueError):
    """A time-stamp answer that is refused, or a token that does not verify."""


def _is_self_signed(certificate: x509.Certificate) -> bool:
    if certificate.issuer != certificate.subject:
        return False
    try:
        certificate.verify_directly_issued_by(certificate)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _is_tsa(certificate: x509.Certificate) -> bool:
    try:
        usage = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    except x509.ExtensionNotFound:
        return False
    return ExtendedKeyUsageOID.TIME_STAMPING in usage.value


def canonical_pem(data: bytes) -> bytes:
    """A PEM certificate chain as its certificates alone, each re-encoded, in
    order: no comment, attribute line or other spacing, so one chain has one
    encoding (a bundle carries it this way). ValueError if it holds none."""
    try:
        certificates = x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise ValueError(f"not a PEM certificate chain: {exc}") from None
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certificates)


@dataclass(frozen=True)
class TsaTrust:
    """What a token must chain to: one or more root certificates, any intermediates,
    and optionally the TSA's own certificate, which then must be the token's signer."""

    roots: tuple[x509.Certificate, ...]
    intermediates: tuple[x509.Certificate, ...] = ()
    signer: x509.Certificate | None = None

    def __post_init__(self) -> None:
        if not self.roots:
            raise ValueError("a TSA trust needs at least one root certificate")

    @classmethod
    def from_pem(cls, data: bytes) -> TsaTrust:
        """From a PEM file of the TSA's chain: its self-signed root (required), any
        intermediates, and optionally the TSA certificate itself (the one with the
        timeStamping extended key usage), which then pins the signer."""
        try:
            certificates = x509.load_pem_x509_certificates(data)
        except ValueError as exc:
            raise ValueError(f"not a PEM certificate chain: {exc}") from None
        roots = [c for c in certificates if _is_self_signed(c)]
        if not roots:
            raise ValueError("the TSA certificate chain must include its self-signed root")
        signers = [c for c in certificates if _is_tsa(c) and c not in roots]
        if len(signers) > 1:
            raise ValueError("the TSA certificate chain holds several TSA certificates")
        rest = [c for c in certificates if c not in roots and c not in signers]
        return cls(tuple(roots), tuple(rest), signers[0] if signers else None)

    def verifier(self, nonce: int | None = None) -> rfc3161_client.Verifier:
        builder = VerifierBuilder()
        for root in self.roots:
            builder = builder.add_root_certificate(root)
        for intermediate in self.intermediates:
            builder = builder.add_intermediate_certificate(intermediate)
        if self.signer is not None:
            builder = builder.tsa_certificate(self.signer)
        if nonce is not None:
            builder = builder.nonce(nonce)
        return builder.build()


@dataclass(frozen=True)
class Timestamp:
    """A verified token: the DER TimeStampToken and the time the TSA put in it."""

    token: bytes
    gen_time: dt.datetime
    serial_number: int


def imprint(message: bytes) -> bytes:
    """The hash a TSA signs for `message` here: SHA-256."""
    return hashlib.sha256(message).digest()


def timestamp_request(message: bytes) -> TimeStampRequest:
    """A request for SHA-256(message), with a random 64-bit nonce, asking the TSA to
    embed its certificate so that the token carries what a verifier needs."""
    return (
        TimestampRequestBuilder()
        .data(message)
        .hash_algorithm(HashAlgorithm.SHA256)
        .nonce(nonce=True)
        .cert_request(cert_request=True)
        .build()
    )


def timestamped_note(note: str, log_key: Verifier) -> bytes:
    """The bytes a checkpoint's tokens cover, from the note as served with witness
    cosignatures: its text and the log's own signature line, without the rest."""
    text, signatures = parse_note(note)
    own = [s for s in signatures if (s.name, s.key_id) == (log_key.name, log_key.key_id)]
    if len(own) != 1:
        raise TimestampError("the note does not carry exactly one signature of the log")
    return (text + "\n" + own[0].line()).encode("utf-8")


def _der_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    encoded = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(encoded)]) + encoded


def granted_response(token: bytes) -> bytes:
    """A TimeStampResp (status granted) around a bare token, as the parser wants one."""
    body = _GRANTED + token
    return b"\x30" + _der_length(len(body)) + body


def _decode(der: bytes) -> TimeStampResponse:
    try:
        return decode_timestamp_response(der)
    except ValueError as exc:
        raise TimestampError(f"not a DER time-stamp response: {exc}") from None


def _check(
    response: TimeStampResponse, message: bytes, trust: TsaTrust, nonce: int | None
) -> Timestamp:
    if response.status != PKIStatus.GRANTED:
        reasons = "; ".join(response.status_string) or "no reason given"
        raise TimestampError(f"the TSA refused (status {response.status}): {reasons}")
    info = response.tst_info
    if info.message_imprint.hash_algorithm != SHA256_OID:
        raise TimestampError("the token's message imprint is not SHA-256")
    if info.message_imprint.message != imprint(message):
        raise TimestampError("the token is for another message")
    if nonce is not None and info.nonce != nonce:
        raise TimestampError("the token's nonce is not the request's")
    try:
        trust.verifier(nonce).verify(response, imprint(message))
    except (VerificationError, ValueError) as exc:
        raise TimestampError(f"the token does not verify: {exc}") from None
    gen_time = info.gen_time
    if gen_time.tzinfo is None:
        gen_time = gen_time.replace(tzinfo=dt.UTC)
    return Timestamp(response.time_stamp_token(), gen_time, info.serial_number)


def check_response(
    der: bytes, request: TimeStampRequest, message: bytes, trust: TsaTrust
) -> Timestamp:
    """Check a TSA's answer to `request` for `message` (RFC 3161 §2.4.2): granted,
    the message's SHA-256, the request's nonce, and a signature that chains to
    `trust`. Returns the token; raises TimestampError."""
    return _check(_decode(der), message, trust, request.nonce)


def verify_token(token: bytes, message: bytes, trust: TsaTrust) -> Timestamp:
    """Check a kept token over `message` offline: SHA-256 imprint, signature chaining
    to `trust` (certificates valid at genTime). Raises TimestampError."""
    return _check(_decode(granted_response(token)), message, trust, None)
