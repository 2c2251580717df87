"""Generate docs/vectors/diary.json from fixed inputs and app.protocol.

    .venv/bin/python -m tests.protocol.make_diary_vectors > docs/vectors/diary.json

Everything a client randomises is fixed here instead: content keys, nonces,
disclosure salts, decoy digests (SHA-256 of fixed 16-byte preimages rather
than of random bytes), the attachment key and nonce prefix. Ed25519 is
deterministic, so the signatures are reproducible too. The one exception is
the HPKE envelope of the key grant (HPKE encryption is randomised): it was
produced once with `--new-hpke-envelope` and is kept in GRANT_ENVELOPE_HEX
below, so regenerating the file gives the same bytes. The generator checks
that the kept envelope still unwraps and that every output parses back.
"""

from __future__ import annotations

import hashlib
import json
import sys
import uuid
from collections.abc import Iterator
from functools import cache
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from app.protocol import commitment, encoding, entries, hpke, key_grants, keys, padding, stream

FORMAT = "daybook-test-vectors/1"

# The owner is foundation.json's account (RFC 8032 test 1 seed, RFC 7748
# Alice); the reader of the key grant is RFC 7748 Bob, foundation's HPKE
# recipient. Reusing them lets a client check both files with one key set.
OWNER_SIGNING_SEED = bytes.fromhex(
    "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
)
OWNER_HPKE_SCALAR = bytes.fromhex(
    "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"
)
READER_HPKE_SCALAR = bytes.fromhex(
    "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"
)
OWNER_ID = uuid.UUID("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b")
READER_ID = uuid.UUID("c3d4e5f6-a7b8-4c9d-8e0f-112233445566")
ENTRY_ID = uuid.UUID("5e0c7a2d-91b4-4c36-8f27-3d1a6b9e0c58")
ATTACHMENT_ID = uuid.UUID("a7c1e2f3-0b4d-4e5f-9a6b-7c8d9e0f1a2b")

CONTENT_KEY = bytes(range(0x40, 0x60))
ENTRY_NONCES = {
    1: bytes.fromhex("101112131415161718191a1b"),
    2: bytes.fromhex("202122232425262728292a2b"),
}

# The attachment referenced by version 2: two full chunks and a short last
# one, so both a non-last chunk after index 0 and the last flag are exercised.
ATTACHMENT_KEY = bytes(range(0x80, 0xA0))
ATTACHMENT_NONCE_PREFIX = bytes.fromhex("f0e1d2c3b4a596")
ATTACHMENT_SIZE = 2 * stream.CHUNK_BYTES + 100
ATTACHMENT_RULE = "byte i of the file is i mod 251, for i from 0 to size - 1"
# Two small attachments whose whole ciphertext is published.
SMALL_ATTACHMENTS = (
    (
        "stream-empty",
        uuid.UUID("0e6f8a9b-1c2d-4e3f-8a4b-5c6d7e8f9a0b"),
        bytes(range(0xC0, 0xE0)),
        bytes.fromhex("01020304050607"),
        b"",
    ),
    (
        "stream-short",
        uuid.UUID("1f7a9b0c-2d3e-4f5a-9b6c-7d8e9f0a1b2c"),
        bytes(range(0xE0, 0x100)),
        bytes.fromhex("a1a2a3a4a5a6a7"),
        b"Photo of the car, 14 March.",
    ),
)
STREAM_EDGE_BYTES = 32

# Produced once by `--new-hpke-envelope`; see the module docstring.
GRANT_ENVELOPE_HEX = (
    "01002000010002bb5eb31e09553d4d54b3c5eb01a8c793588eb685b1f1e9ac0eab3caad7480443f61ffe83"
    "8659ca4b7d31c5acae94c1f7053a82ba0a6d1d1a694ac24c0476fce2d73abde5cd7e38788045b9c40ce7d69c"
)


def attachment_plaintext(size: int) -> bytes:
    pattern = bytes(i % 251 for i in range(251))
    repeats = -(-size // len(pattern))
    return (pattern * repeats)[:size]


@cache
def attachment_chunks() -> tuple[bytes, ...]:
    """The sealed chunks of the attachment version 2 references."""
    key = stream.StreamKey(ATTACHMENT_KEY, ATTACHMENT_NONCE_PREFIX, ATTACHMENT_ID)
    plaintext = attachment_plaintext(ATTACHMENT_SIZE)
    return tuple(key.seal_chunk(*chunk) for chunk in stream.plaintext_chunks([plaintext]))


def incident(version: int) -> dict[str, Any]:
    """The incident of each version, valid against schemas/incident.schema.json.

    Version 2 corrects the description and adds the attachment, whose key and
    nonce prefix travel inside the encrypted entry. The location is not ASCII,
    so the vector shows that disclosures carry UTF-8.
    """
    base: dict[str, Any] = {
        "schema_version": 1,
        "occurred": {"start": "2025-03-14T21:40:00+00:00", "time_zone": "Europe/London"},
        "recorded_at": "2025-03-14T22:15:00+00:00",
        "location": {"description": "Outside my work, Caf\u00e9 M\u00fcller, 12 High Street"},
        "description": "He waited outside my work again and followed me to the station.",
        "behaviours": ["loitering", "following"],
        "perpetrator": {"known": True, "relationship": "ex-partner"},
        "witnesses": [{"name": "Ana (colleague)"}],
    }
    if version == 1:
        return base
    plaintext = attachment_plaintext(ATTACHMENT_SIZE)
    return {
        **base,
        "description": (
            "He waited outside my work again and followed me to the station. "
            "I photographed his car."
        ),
        "attachments": [
            {
                "attachment_id": str(ATTACHMENT_ID),
                "file_name": "pattern.bin",
                "media_type": "application/octet-stream",
                "size": len(plaintext),
                "sha256": hashlib.sha256(plaintext).hexdigest(),
                "key": encoding.b64encode(ATTACHMENT_KEY),
                "nonce_prefix": encoding.b64encode(ATTACHMENT_NONCE_PREFIX),
                "ciphertext_sha256": encoding.b64encode(
                    hashlib.sha256(b"".join(attachment_chunks())).digest()
                ),
            }
        ],
    }


def salt(version: int, index: int) -> bytes:
    return hashlib.sha256(b"daybook test salt %d/%d" % (version, index)).digest()[:16]


def decoy_preimage(version: int, index: int) -> bytes:
    # Clients use 16 random bytes; these are fixed so the vector is reproducible.
    return bytes([0xDC, version, index]) + bytes(13)


def _signing_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.from_private_bytes(OWNER_SIGNING_SEED)


def _reader_key() -> x25519.X25519PrivateKey:
    return x25519.X25519PrivateKey.from_private_bytes(READER_HPKE_SCALAR)


def key_vectors() -> dict[str, Any]:
    owner = keys.AccountKeys.from_bytes(OWNER_SIGNING_SEED + OWNER_HPKE_SCALAR)
    reader = _reader_key()
    return {
        "owner_id": str(OWNER_ID),
        "owner_signing_seed_hex": OWNER_SIGNING_SEED.hex(),
        "owner_signing_public_key_hex": owner.signing_public.hex(),
        "reader_id": str(READER_ID),
        "reader_hpke_private_key_hex": READER_HPKE_SCALAR.hex(),
        "reader_hpke_public_key_hex": keys.raw_public(reader.public_key()).hex(),
    }


def padding_vectors() -> dict[str, Any]:
    lengths = (0, 1, 1023, 1024, 2047, 2048, 100_000, padding.MAX_BUCKET_BYTES - 1)
    examples = [{"plaintext_length": n, "bucket": padding.bucket_for(n)} for n in lengths]
    too_long = padding.MAX_BUCKET_BYTES
    try:
        padding.bucket_for(too_long)
    except ValueError:
        pass
    else:  # pragma: no cover
        raise AssertionError("an over-long plaintext was accepted")
    plaintext = b"abc"
    padded = padding.pad(plaintext)
    assert padding.unpad(padded) == plaintext
    rejected = {
        "no-marker": bytes(1024),
        "nonzero-after-marker": b"abc\x80" + bytes(1019) + b"\x01",
        "not-a-bucket-size": b"abc\x80" + bytes(1019),
    }
    for name, data in rejected.items():
        try:
            padding.unpad(data)
        except ValueError:
            pass
        else:  # pragma: no cover
            raise AssertionError(f"{name} was accepted")
    return {
        "buckets": list(padding.BUCKETS),
        "examples": examples,
        "too_long_plaintext_length": too_long,
        "example": {"plaintext_hex": plaintext.hex(), "padded_hex": padded.hex()},
        "rejected": [{"name": name, "padded_hex": data.hex()} for name, data in rejected.items()],
    }


def _entry_version(version: int, previous: bytes | None) -> tuple[dict[str, Any], bytes]:
    """One signed entry version; returns the vector and its commitment bytes."""
    fields = incident(version)
    disclosures = [
        commitment.make_disclosure(name, value, salt=salt(version, index))
        for index, (name, value) in enumerate(fields.items())
    ]
    assert commitment.undisclose(disclosures) == fields
    plaintext = commitment.encode_plaintext(disclosures)
    assert commitment.decode_plaintext(plaintext) == disclosures
    nonce = ENTRY_NONCES[version]
    envelope = entries.encrypt_version(
        plaintext, CONTENT_KEY, ENTRY_ID, version, OWNER_ID, nonce=nonce
    )
    assert entries.decrypt_version(envelope, CONTENT_KEY, ENTRY_ID, version, OWNER_ID) == plaintext

    preimages = [decoy_preimage(version, k) for k in range(commitment.DIGEST_SLOTS - len(fields))]
    real = [commitment.disclosure_digest(d) for d in disclosures]
    decoys = [commitment.sha256(p) for p in preimages]
    # What commitment.digest_slots does, with fixed decoys instead of random ones.
    digests = tuple(sorted(real + decoys, key=encoding.b64encode))
    attachments = (ATTACHMENT_ID,) if "attachments" in fields else ()
    document = commitment.Commitment(
        entry_id=ENTRY_ID,
        owner_id=OWNER_ID,
        version=version,
        previous=previous,
        ciphertext_sha256=commitment.sha256(envelope),
        digests=digests,
        attachments=attachments,
    )
    data = document.to_bytes()
    assert commitment.parse_commitment(data) == document
    signature = commitment.sign(data, _signing_key())
    assert commitment.verify(data, signature, _signing_key().public_key())

    vector = {
        "name": f"entry-version-{version}",
        "entry_id": str(ENTRY_ID),
        "owner_id": str(OWNER_ID),
        "version": version,
        "incident": fields,
        "disclosures": [
            {
                "name": name,
                "salt_hex": salt(version, index).hex(),
                "salt_base64url": encoding.b64encode(salt(version, index)),
                "array_json": encoding.b64decode(disclosure).decode("utf-8"),
                "disclosure": disclosure,
                "digest_base64url": encoding.b64encode(commitment.disclosure_digest(disclosure)),
            }
            for index, (name, disclosure) in enumerate(zip(fields, disclosures, strict=True))
        ],
        "decoy_preimages_hex": [p.hex() for p in preimages],
        "decoy_digests_base64url": [encoding.b64encode(d) for d in decoys],
        "plaintext": plaintext.decode("ascii"),
        "plaintext_hex": plaintext.hex(),
        "plaintext_length": len(plaintext),
        "padded_length": padding.bucket_for(len(plaintext)),
        "content_key_hex": CONTENT_KEY.hex(),
        "nonce_hex": nonce.hex(),
        "aad_hex": entries.associated_data(ENTRY_ID, version, OWNER_ID).hex(),
        "envelope_hex": envelope.hex(),
        "envelope_length": len(envelope),
        "ciphertext_sha256_hex": commitment.sha256(envelope).hex(),
        "commitment": data.decode("ascii"),
        "commitment_hex": data.hex(),
        "commitment_hash_hex": commitment.commitment_hash(data).hex(),
        "commitment_hash_base64url": encoding.b64encode(commitment.commitment_hash(data)),
        "signature_label": commitment.SIGNATURE_LABEL.decode("ascii"),
        "signature_hex": signature.hex(),
    }
    return vector, data


def entry_version_vectors() -> list[dict[str, Any]]:
    first, first_bytes = _entry_version(1, None)
    second, _ = _entry_version(2, commitment.commitment_hash(first_bytes))
    return [first, second]


def commitment_rejected(version_1: dict[str, Any]) -> list[dict[str, Any]]:
    """Documents a client (and the server) must refuse, each with one defect."""
    document: dict[str, Any] = json.loads(version_1["commitment"])
    canonical = commitment.canonical_json

    def changed(**fields: Any) -> bytes:
        return canonical({**document, **fields})

    without_type = {k: v for k, v in document.items() if k != "type"}
    digests = list(document["digests"])
    cases = {
        "extra-field": (changed(created_at="2025-03-14T21:40:00Z"), "unknown field"),
        "missing-field": (canonical(without_type), "missing field"),
        "whitespace": (
            json.dumps(document, sort_keys=True, indent=1).encode(),
            "not canonical: whitespace",
        ),
        "unsorted-keys": (
            json.dumps(dict(reversed(document.items())), separators=(",", ":")).encode(),
            "not canonical: keys out of order",
        ),
        "unsorted-digests": (changed(digests=digests[::-1]), "digests not sorted"),
        "fifteen-digests": (changed(digests=digests[1:]), "not 16 digests"),
        "version-0": (changed(version=0), "versions start at 1"),
        "version-1-with-previous": (
            changed(previous=document["ciphertext_sha256"]),
            "version 1 has no previous",
        ),
        "version-2-without-previous": (changed(version=2), "version 2 needs previous"),
        "uppercase-uuid": (changed(entry_id=document["entry_id"].upper()), "UUID not lowercase"),
        "duplicate-attachment": (
            changed(attachments=[str(ATTACHMENT_ID)] * 2),
            "attachment listed twice",
        ),
        "padded-base64": (
            changed(ciphertext_sha256=document["ciphertext_sha256"] + "="),
            "base64url with padding",
        ),
        "wrong-type": (changed(type="daybook/v1/entry"), "wrong type"),
    }
    out = []
    for name, (data, why) in cases.items():
        try:
            commitment.parse_commitment(data)
        except ValueError:
            out.append({"name": name, "why": why, "commitment": data.decode("ascii")})
        else:  # pragma: no cover
            raise AssertionError(f"{name} was accepted")
    return out


def key_grant_vectors(envelope: bytes) -> list[dict[str, Any]]:
    reader = _reader_key()
    info = key_grants.entry_key_info(ENTRY_ID, READER_ID)
    message = key_grants.signed_message(info, envelope)
    signature = _signing_key().sign(message)
    opened = key_grants.open_grant(envelope, signature, info, reader, _signing_key().public_key())
    assert opened == CONTENT_KEY, "kept grant envelope is stale"
    return [
        {
            "name": "entry-key-grant",
            "purpose": key_grants.ENTRY_KEY_PURPOSE,
            "entry_id": str(ENTRY_ID),
            "reader_id": str(READER_ID),
            "reader_hpke_private_key_hex": READER_HPKE_SCALAR.hex(),
            "granter_signing_public_key_hex": keys.raw_public(_signing_key().public_key()).hex(),
            "content_key_hex": CONTENT_KEY.hex(),
            "info_hex": info.hex(),
            "envelope_hex": envelope.hex(),
            "signature_label": key_grants.SIGNATURE_LABEL.decode("ascii"),
            "signed_message_hex": message.hex(),
            "signature_hex": signature.hex(),
        }
    ]


def _chunk_vectors(
    key: stream.StreamKey, plaintext: bytes
) -> Iterator[tuple[dict[str, Any], bytes]]:
    for index, chunk, last in stream.plaintext_chunks([plaintext]):
        sealed = key.seal_chunk(index, chunk, last)
        vector = {
            "index": index,
            "last": last,
            "plaintext_length": len(chunk),
            "nonce_hex": stream.nonce(key.prefix, index, last).hex(),
            "aad_hex": stream.associated_data(key.attachment_id).hex(),
            "ciphertext_length": len(sealed),
            "ciphertext_sha256_hex": hashlib.sha256(sealed).hexdigest(),
            "ciphertext_first_32_hex": sealed[:STREAM_EDGE_BYTES].hex(),
            "ciphertext_last_32_hex": sealed[-STREAM_EDGE_BYTES:].hex(),
        }
        yield vector, sealed


def _stream_vector(
    name: str, attachment_id: uuid.UUID, key_bytes: bytes, prefix: bytes, plaintext: bytes
) -> dict[str, Any]:
    key = stream.StreamKey(key_bytes, prefix, attachment_id)
    pairs = list(_chunk_vectors(key, plaintext))
    chunks = [sealed for _, sealed in pairs]
    ciphertext = b"".join(chunks)
    assert b"".join(stream.decrypt_stream(key, chunks)) == plaintext
    assert len(ciphertext) == stream.ciphertext_size(len(plaintext))
    assert stream.chunk_sizes(len(ciphertext)) == [len(c) for c in chunks]
    vector: dict[str, Any] = {
        "name": name,
        "attachment_id": str(attachment_id),
        "key_hex": key_bytes.hex(),
        "nonce_prefix_hex": prefix.hex(),
        "plaintext_size": len(plaintext),
    }
    if len(plaintext) <= STREAM_EDGE_BYTES:
        vector["plaintext_hex"] = plaintext.hex()
    else:
        vector["plaintext_rule"] = ATTACHMENT_RULE
        vector["plaintext_sha256_hex"] = hashlib.sha256(plaintext).hexdigest()
    vector["ciphertext_size"] = len(ciphertext)
    vector["ciphertext_sha256_hex"] = hashlib.sha256(ciphertext).hexdigest()
    if len(ciphertext) <= 2 * STREAM_EDGE_BYTES:
        vector["ciphertext_hex"] = ciphertext.hex()
    vector["chunks"] = [chunk for chunk, _ in pairs]
    return vector


def stream_vectors() -> list[dict[str, Any]]:
    vectors = [_stream_vector(*small) for small in SMALL_ATTACHMENTS]
    referenced = _stream_vector(
        "stream-three-chunks",
        ATTACHMENT_ID,
        ATTACHMENT_KEY,
        ATTACHMENT_NONCE_PREFIX,
        attachment_plaintext(ATTACHMENT_SIZE),
    )
    whole = hashlib.sha256(b"".join(attachment_chunks())).hexdigest()
    assert referenced["ciphertext_sha256_hex"] == whole
    vectors.append(referenced)
    return vectors


def _size_row(plaintext_size: int) -> dict[str, Any]:
    total = stream.ciphertext_size(plaintext_size)
    sizes = stream.chunk_sizes(total)
    assert sizes is not None and len(sizes) == stream.chunk_count(plaintext_size)
    assert sum(sizes) == total
    return {
        "plaintext_size": plaintext_size,
        "chunk_count": len(sizes),
        "ciphertext_size": total,
        "last_chunk_ciphertext_length": sizes[-1],
    }


def stream_size_vectors() -> dict[str, Any]:
    chunk = stream.CHUNK_BYTES
    sizes = (0, 1, chunk - 1, chunk, chunk + 1, 2 * chunk, ATTACHMENT_SIZE, 10 * chunk + 7)
    # Totals no plaintext size produces: a server refuses an upload of such a size.
    impossible = (
        0,
        15,
        stream.CIPHERTEXT_CHUNK_BYTES + 1,
        stream.CIPHERTEXT_CHUNK_BYTES + 16,
        2 * stream.CIPHERTEXT_CHUNK_BYTES + 15,
    )
    for total in impossible:
        assert stream.chunk_sizes(total) is None, total
    return {
        "chunk_bytes": stream.CHUNK_BYTES,
        "ciphertext_chunk_bytes": stream.CIPHERTEXT_CHUNK_BYTES,
        "sizes": [_size_row(n) for n in sizes],
        "impossible_ciphertext_sizes": list(impossible),
    }


def _checked_incident() -> dict[str, Any]:
    """Version 2's incident in schema version 2, with a cost and coordinates:
    every field the incident_checks vectors change."""
    return {
        **incident(2),
        "schema_version": 2,
        "location": {
            "description": "Outside my work",
            "coordinates": {"latitude": 51.5074, "longitude": -0.1278},
        },
        "impact": {"cost": {"amount": 120, "currency": "GBP"}},
    }


def _changed(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed: dict[str, Any] = json.loads(json.dumps(_checked_incident()))
    *parents, last = path
    parent = changed
    for step in parents:
        parent = parent[step]
    parent[last] = value
    return changed


def _plaintext_with(incident: dict[str, Any], raw: dict[str, str]) -> str:
    """The entry plaintext of `incident`, each field of `raw` disclosed with its
    value written as that JSON text verbatim (NaN, 1e400: what json.dumps
    would not write), the salts fixed."""
    disclosures = []
    for index, (name, value) in enumerate(incident.items()):
        salt_text = encoding.b64encode(salt(9, index))
        text = json.dumps([salt_text, name, value], ensure_ascii=False, separators=(",", ":"))
        if name in raw:
            text = f'["{salt_text}","{name}",{raw[name]}]'
        disclosures.append(encoding.b64encode(text.encode()))
    return commitment.encode_plaintext(disclosures).decode("ascii")


# The least integer whose nearest double is infinite: halfway between the
# largest finite double (2^1024 - 2^971) and 2^1024, it rounds to even, up.
OVERFLOW = 2**1024 - 2**970


def incident_checks() -> list[dict[str, Any]]:
    """Entry plaintexts a reader decodes, undiscloses and checks against the
    incident's schema: each refused one breaks a rule only where Python's
    regular expressions or json module would read it otherwise than
    ECMA-262 and JSON.parse do."""
    base = _checked_incident()
    attachment = base["attachments"][0]
    coordinates = json.dumps(base["location"]["coordinates"], separators=(",", ":"))
    cases: list[tuple[str, str, dict[str, Any], dict[str, str]]] = [
        ("accepted", "every field valid", base, {}),
        (
            "sha256-with-final-newline",
            "a pattern's $ is the end of the string (ECMA-262), not before a final newline",
            _changed(("attachments", 0, "sha256"), attachment["sha256"] + "\n"),
            {},
        ),
        (
            "currency-with-final-newline",
            "a pattern's $ is the end of the string",
            _changed(("impact", "cost", "currency"), "GBP\n"),
            {},
        ),
        (
            "file-name-with-final-newline",
            "a pattern's $ is the end of the string",
            _changed(("attachments", 0, "file_name"), "pattern.bin\n"),
            {},
        ),
        (
            "recorded-at-with-final-newline",
            "a date-time ends where RFC 3339 says",
            _changed(("recorded_at",), base["recorded_at"] + "\n"),
            {},
        ),
        (
            "recorded-at-with-a-space",
            "RFC 3339's date-time has a T (ajv-formats alone would take a space)",
            _changed(("recorded_at",), "2025-03-14 22:15:00+00:00"),
            {},
        ),
        (
            "recorded-at-offset-without-colon",
            "an RFC 3339 offset is +hh:mm",
            _changed(("recorded_at",), "2025-03-14T22:15:00+0000"),
            {},
        ),
        (
            "recorded-at-leap-second",
            "no :60 second (the Python client cannot order it)",
            _changed(("recorded_at",), "2016-12-31T23:59:60Z"),
            {},
        ),
        (
            "recorded-at-year-0",
            "no year 0",
            _changed(("recorded_at",), "0000-03-14T22:15:00Z"),
            {},
        ),
        (
            "recorded-at-lowercase",
            "RFC 3339 allows t and z in lowercase",
            _changed(("recorded_at",), "2025-03-14t22:15:00z"),
            {},
        ),
        (
            "latitude-nan",
            "NaN is not JSON",
            base,
            {
                "location": f'{{"description":"Outside my work","coordinates":'
                f"{coordinates.replace('51.5074', 'NaN')}}}"
            },
        ),
        (
            "amount-infinity",
            "Infinity is not JSON",
            base,
            {"impact": '{"cost":{"amount":Infinity,"currency":"GBP"}}'},
        ),
        (
            "amount-beyond-a-double",
            "1e400 is no finite double (JSON.parse gives Infinity)",
            base,
            {"impact": '{"cost":{"amount":1e400,"currency":"GBP"}}'},
        ),
        (
            "amount-rounding-to-the-largest-double",
            "1.7976931348623158e308 rounds down to the largest finite double",
            base,
            {"impact": '{"cost":{"amount":1.7976931348623158e308,"currency":"GBP"}}'},
        ),
        (
            "amount-integer-rounding-to-the-largest-double",
            "2^1024 - 2^970 - 1, 309 digits, rounds down to the largest finite double",
            base,
            {"impact": f'{{"cost":{{"amount":{OVERFLOW - 1},"currency":"GBP"}}}}'},
        ),
        (
            "amount-integer-beyond-a-double",
            "2^1024 - 2^970 rounds to infinity (Python's json would keep the integer)",
            base,
            {"impact": f'{{"cost":{{"amount":{OVERFLOW},"currency":"GBP"}}}}'},
        ),
        (
            "schema-version-unknown",
            "a reader refuses a schema_version it does not know",
            _changed(("schema_version",), 3),
            {},
        ),
        (
            "schema-version-written-2.0",
            "2.0 is the number 2, as JSON Schema's const and JSON.parse read it",
            base,
            {"schema_version": "2.0"},
        ),
    ]
    valid = (
        "accepted",
        "recorded-at-lowercase",
        "amount-rounding-to-the-largest-double",
        "amount-integer-rounding-to-the-largest-double",
        "schema-version-written-2.0",
    )
    return [
        {
            "name": name,
            "why": why,
            "valid": name in valid,
            "plaintext": _plaintext_with(incident, raw),
        }
        for name, why, incident, raw in cases
    ]


def build(grant_envelope: bytes) -> dict[str, Any]:
    versions = entry_version_vectors()
    return {
        "format": FORMAT,
        "note": (
            "Byte values are lowercase hex (fields ending in _hex). Generated by "
            "tests/protocol/make_diary_vectors.py; checked by "
            "tests/protocol/test_diary_vectors.py. See docs/protocol, section Test vectors. "
            "Keys, nonces, salts and decoy preimages are fixed here; a client draws them "
            "at random."
        ),
        "keys": key_vectors(),
        "padding": padding_vectors(),
        "entry_versions": versions,
        "commitment_rejected": commitment_rejected(versions[0]),
        "incident_checks": incident_checks(),
        "key_grants": key_grant_vectors(grant_envelope),
        "stream": stream_vectors(),
        "stream_sizes": stream_size_vectors(),
    }


def render(grant_envelope: bytes) -> str:
    """The exact text of docs/vectors/diary.json."""
    return json.dumps(build(grant_envelope), indent=2) + "\n"


def main(argv: list[str]) -> None:
    if "--new-hpke-envelope" in argv:
        info = key_grants.entry_key_info(ENTRY_ID, READER_ID)
        print(hpke.wrap(CONTENT_KEY, _reader_key().public_key(), info).hex())
        return
    if not GRANT_ENVELOPE_HEX:
        raise SystemExit("run with --new-hpke-envelope first and paste it into GRANT_ENVELOPE_HEX")
    sys.stdout.write(render(bytes.fromhex(GRANT_ENVELOPE_HEX)))


if __name__ == "__main__":
    main(sys.argv[1:])
