"""Unit tests of the diary cryptography: padding, entry envelopes, commitments,
key grants and STREAM attachments (app.protocol)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from app.protocol import commitment, entries, hpke, key_grants, padding, stream
from app.protocol.encoding import b64decode, b64encode

ENTRY_ID = uuid.UUID("5e0c7a2d-91b4-4c36-8f27-3d1a6b9e0c58")
OWNER_ID = uuid.UUID("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b")
READER_ID = uuid.UUID("c3d4e5f6-a7b8-4c9d-8e0f-112233445566")
ATTACHMENT_ID = uuid.UUID("a7c1e2f3-0b4d-4e5f-9a6b-7c8d9e0f1a2b")
KEY = bytes(range(32))
CHUNK = stream.CHUNK_BYTES


def _flip(data: bytes, index: int) -> bytes:
    changed = bytearray(data)
    changed[index] ^= 0x01
    return bytes(changed)


# ---------------------------------------------------------------- padding


@pytest.mark.parametrize(
    ("length", "bucket"),
    [
        (0, 1024),
        (1, 1024),
        (1023, 1024),
        (1024, 2048),
        (2047, 2048),
        (2048, 4096),
        (131071, 131072),
        (131072, 262144),
        (262143, 262144),
    ],
)
def test_pad_picks_the_smallest_bucket(length: int, bucket: int) -> None:
    plaintext = bytes([0x61]) * length
    padded = padding.pad(plaintext)
    assert padding.bucket_for(length) == bucket
    assert len(padded) == bucket
    assert padded[length] == 0x80
    assert padded[length + 1 :] == bytes(bucket - length - 1)
    assert padding.unpad(padded) == plaintext


def test_pad_refuses_a_plaintext_that_fills_the_largest_bucket() -> None:
    with pytest.raises(ValueError, match="262143"):
        padding.pad(bytes(262144))
    with pytest.raises(ValueError):
        padding.bucket_for(10**6)


@pytest.mark.parametrize("plaintext", [b"", b"\x00", b"\x80", b"x\x80\x00\x00", bytes(1023)])
def test_unpad_keeps_trailing_zero_and_marker_bytes_of_the_plaintext(plaintext: bytes) -> None:
    # The padding is stripped from the end up to the last 0x80 only.
    assert padding.unpad(padding.pad(plaintext)) == plaintext


@pytest.mark.parametrize(
    "padded",
    [
        bytes(1024),
        b"abc\x80" + bytes(1019) + b"\x01",
        b"abc" + bytes(1021),
        b"abc\x81" + bytes(1020),
        b"abc" + bytes(1020) + b"\x01",
    ],
    ids=["all-zero", "nonzero-tail", "no-marker", "wrong-marker", "trailing-one"],
)
def test_unpad_refuses_bad_padding(padded: bytes) -> None:
    assert len(padded) == 1024
    with pytest.raises(ValueError, match="0x80"):
        padding.unpad(padded)


@pytest.mark.parametrize("size", [0, 1, 1023, 1025, 1536, 524288])
def test_unpad_refuses_sizes_that_are_not_buckets(size: int) -> None:
    padded = b"\x80" + bytes(size - 1) if size else b""
    with pytest.raises(ValueError, match="bucket"):
        padding.unpad(padded)


# ---------------------------------------------------------------- entry envelopes


def _envelope(plaintext: bytes = b'{"format":"daybook/v1/entry"}') -> bytes:
    return entries.encrypt_version(plaintext, KEY, ENTRY_ID, 3, OWNER_ID)


def test_entry_envelope_round_trip() -> None:
    for plaintext in (b"", b"hello", bytes(5000), bytes(range(256)) * 1023):
        envelope = entries.encrypt_version(plaintext, KEY, ENTRY_ID, 3, OWNER_ID)
        assert len(envelope) == padding.bucket_for(len(plaintext)) + entries.OVERHEAD_BYTES
        assert envelope[0] == entries.ENVELOPE_VERSION
        entries.check_envelope_layout(envelope)
        assert entries.decrypt_version(envelope, KEY, ENTRY_ID, 3, OWNER_ID) == plaintext


def test_entry_envelopes_use_a_fresh_nonce() -> None:
    assert _envelope()[1:13] != _envelope()[1:13]
    assert len(entries.new_content_key()) == 32
    assert entries.new_content_key() != entries.new_content_key()


def test_entry_envelope_with_a_fixed_nonce_is_deterministic() -> None:
    nonce = bytes(12)
    first = entries.encrypt_version(b"x", KEY, ENTRY_ID, 1, OWNER_ID, nonce=nonce)
    second = entries.encrypt_version(b"x", KEY, ENTRY_ID, 1, OWNER_ID, nonce=nonce)
    assert first == second
    assert first[1:13] == nonce


@pytest.mark.parametrize(
    ("key", "entry_id", "version", "owner_id"),
    [
        (KEY, uuid.UUID(int=1), 3, OWNER_ID),
        (KEY, ENTRY_ID, 2, OWNER_ID),
        (KEY, ENTRY_ID, 4, OWNER_ID),
        (KEY, ENTRY_ID, 3, READER_ID),
        (bytes(32), ENTRY_ID, 3, OWNER_ID),
    ],
    ids=["other-entry", "other-version-2", "other-version-4", "other-owner", "other-key"],
)
def test_entry_envelope_moved_or_wrong_key_fails(
    key: bytes, entry_id: uuid.UUID, version: int, owner_id: uuid.UUID
) -> None:
    with pytest.raises(InvalidTag):
        entries.decrypt_version(_envelope(), key, entry_id, version, owner_id)


@pytest.mark.parametrize("index", [1, 12, 13, 500, 1036, 1037, -1])
def test_entry_envelope_with_a_flipped_byte_fails(index: int) -> None:
    envelope = _envelope()
    # index 1..12 is the nonce, 13.. the ciphertext, the last 16 the tag.
    with pytest.raises(InvalidTag):
        entries.decrypt_version(_flip(envelope, index), KEY, ENTRY_ID, 3, OWNER_ID)


@pytest.mark.parametrize("change", [-1, 1, -17, 1023])
def test_check_envelope_layout_refuses_wrong_lengths(change: int) -> None:
    envelope = _envelope()
    wrong = envelope[:change] if change < 0 else envelope + bytes(change)
    # Not +1024: that is the next bucket's envelope size.
    with pytest.raises(ValueError, match="bytes long"):
        entries.check_envelope_layout(wrong)
    with pytest.raises(ValueError, match="bytes long"):
        entries.decrypt_version(wrong, KEY, ENTRY_ID, 3, OWNER_ID)


@pytest.mark.parametrize("data", [b"", bytes(29), bytes(1024), bytes(262144 + 29 + 1)])
def test_check_envelope_layout_refuses_sizes_that_are_no_bucket(data: bytes) -> None:
    with pytest.raises(ValueError, match="bytes long"):
        entries.check_envelope_layout(data)


@pytest.mark.parametrize("version", [0x00, 0x02, 0xFF])
def test_check_envelope_layout_refuses_unknown_versions(version: int) -> None:
    envelope = bytes([version]) + _envelope()[1:]
    with pytest.raises(ValueError, match="version"):
        entries.check_envelope_layout(envelope)
    with pytest.raises(ValueError, match="version"):
        entries.decrypt_version(envelope, KEY, ENTRY_ID, 3, OWNER_ID)


def test_every_bucket_gives_a_valid_envelope_size() -> None:
    assert sorted(entries.ENVELOPE_SIZES) == [b + 29 for b in padding.BUCKETS]
    assert entries.MAX_ENVELOPE_BYTES == 262144 + 29
    for size in entries.ENVELOPE_SIZES:
        entries.check_envelope_layout(b"\x01" + bytes(size - 1))


# ---------------------------------------------------------------- disclosures

INCIDENT: dict[str, Any] = {
    "occurred_at": "2025-03-14T21:40:00Z",
    "description": "Er stand wieder vor der T\u00fcr.",
    "witnesses": ["Ana"],
    "location": {"lat": 52.5, "lon": 13.4},
}


def test_disclose_round_trip() -> None:
    disclosures = commitment.disclose(INCIDENT)
    assert len(disclosures) == len(INCIDENT)
    plaintext = commitment.encode_plaintext(disclosures)
    assert plaintext.startswith(b'{"disclosures":[')
    assert plaintext.endswith(b'],"format":"daybook/v1/entry"}')
    assert commitment.undisclose(commitment.decode_plaintext(plaintext)) == INCIDENT
    # Fresh salts each time, so the same field never repeats a digest.
    assert set(disclosures).isdisjoint(commitment.disclose(INCIDENT))


def test_disclosure_layout_and_digest() -> None:
    salt = bytes(range(16))
    disclosure = commitment.make_disclosure("description", "T\u00fcr", salt=salt)
    array = json.loads(b64decode(disclosure))
    assert array == [b64encode(salt), "description", "T\u00fcr"]
    assert commitment.disclosure_digest(disclosure) == commitment.sha256(disclosure.encode())
    assert commitment.parse_disclosure(disclosure) == ("description", "T\u00fcr")


def test_undisclose_refuses_a_field_disclosed_twice() -> None:
    first = commitment.make_disclosure("description", "a")
    second = commitment.make_disclosure("description", "b")
    with pytest.raises(ValueError, match="twice"):
        commitment.undisclose([first, second])


@pytest.mark.parametrize("salt_bytes", [15, 17, 0])
def test_disclosure_with_a_wrong_salt_length_is_refused(salt_bytes: int) -> None:
    disclosure = commitment.make_disclosure("description", "x", salt=bytes(salt_bytes))
    with pytest.raises(ValueError, match="salt"):
        commitment.parse_disclosure(disclosure)
    with pytest.raises(ValueError, match="salt"):
        commitment.undisclose([disclosure])


@pytest.mark.parametrize(
    "array",
    [[b64encode(bytes(16)), "a"], {"a": 1}, [b64encode(bytes(16)), 7, "x"], [16, "a", "x"]],
    ids=["two-elements", "object", "name-not-string", "salt-not-string"],
)
def test_disclosure_of_the_wrong_shape_is_refused(array: Any) -> None:
    with pytest.raises(ValueError):
        commitment.parse_disclosure(b64encode(json.dumps(array).encode()))


@pytest.mark.parametrize("text", ["not base64!", "AA==", b64encode(b"\xff\xfe")])
def test_disclosure_that_is_not_base64url_json_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        commitment.parse_disclosure(text)


def test_disclose_refuses_seventeen_fields() -> None:
    sixteen = {f"field_{i}": i for i in range(16)}
    assert len(commitment.disclose(sixteen)) == 16
    with pytest.raises(ValueError, match="16"):
        commitment.disclose({**sixteen, "field_16": 16})


@pytest.mark.parametrize(
    "plaintext",
    [
        b"[]",
        b'{"disclosures":[],"format":"other"}',
        b'{"disclosures":[1],"format":"daybook/v1/entry"}',
    ],
)
def test_decode_plaintext_refuses_other_documents(plaintext: bytes) -> None:
    with pytest.raises(ValueError):
        commitment.decode_plaintext(plaintext)


def test_digest_slots_pads_with_sorted_decoys() -> None:
    disclosures = commitment.disclose(INCIDENT)
    slots = commitment.digest_slots(disclosures)
    assert len(slots) == commitment.DIGEST_SLOTS
    assert len(set(slots)) == commitment.DIGEST_SLOTS
    assert {commitment.disclosure_digest(d) for d in disclosures} <= set(slots)
    assert [b64encode(d) for d in slots] == sorted(b64encode(d) for d in slots)
    # The decoys are random: two calls differ only in them.
    again = commitment.digest_slots(disclosures)
    assert set(slots) & set(again) == {commitment.disclosure_digest(d) for d in disclosures}
    with pytest.raises(ValueError):
        commitment.digest_slots([commitment.make_disclosure(f"f{i}", i) for i in range(17)])


# ---------------------------------------------------------------- commitment documents


def _commitment(version: int = 2, attachments: tuple[uuid.UUID, ...] = ()) -> commitment.Commitment:
    disclosures = commitment.disclose(INCIDENT)
    return commitment.Commitment(
        entry_id=ENTRY_ID,
        owner_id=OWNER_ID,
        version=version,
        previous=None if version == 1 else commitment.sha256(b"previous version"),
        ciphertext_sha256=commitment.sha256(b"envelope"),
        digests=commitment.digest_slots(disclosures),
        attachments=attachments,
    )


def _document(**changes: Any) -> dict[str, Any]:
    document = _commitment(attachments=(ATTACHMENT_ID,)).to_document()
    document.update(changes)
    return document


@pytest.mark.parametrize("version", [1, 2, 2**32 - 1])
def test_commitment_round_trip(version: int) -> None:
    attachments = (ATTACHMENT_ID, uuid.UUID(int=5), uuid.UUID(int=2**128 - 1))
    original = _commitment(version, attachments)
    data = original.to_bytes()
    parsed = commitment.parse_commitment(data)
    assert parsed.to_bytes() == data
    assert parsed.entry_id == ENTRY_ID
    assert parsed.owner_id == OWNER_ID
    assert parsed.version == version
    assert parsed.previous == original.previous
    assert parsed.ciphertext_sha256 == original.ciphertext_sha256
    assert set(parsed.digests) == set(original.digests)
    assert set(parsed.attachments) == set(attachments)
    # Canonical: sorted keys, no whitespace, lists sorted.
    assert data == commitment.canonical_json(json.loads(data))
    assert b" " not in data
    document = json.loads(data)
    assert document["attachments"] == sorted(str(a) for a in attachments)
    assert document["digests"] == sorted(document["digests"])


def test_commitment_hash_is_sha256_of_the_bytes() -> None:
    data = _commitment().to_bytes()
    assert commitment.commitment_hash(data) == commitment.sha256(data)
    assert len(commitment.commitment_hash(data)) == 32


def _refused(document: dict[str, Any] | bytes) -> str:
    """Why parse_commitment refuses the document (it must refuse it)."""
    data = document if isinstance(document, bytes) else commitment.canonical_json(document)
    with pytest.raises(ValueError) as refused:
        commitment.parse_commitment(data)
    return str(refused.value)


def test_parse_refuses_an_extra_field() -> None:
    assert "exactly the fields" in _refused(_document(created_at="2025-03-14T21:40:00Z"))


def test_parse_refuses_a_missing_field() -> None:
    document = _document()
    del document["previous"]
    assert "exactly the fields" in _refused(document)


def test_parse_refuses_non_canonical_whitespace() -> None:
    document = _document()
    assert "canonical" in _refused(json.dumps(document, sort_keys=True).encode())
    assert "canonical" in _refused(commitment.canonical_json(document) + b"\n")
    assert "canonical" in _refused(json.dumps(document, sort_keys=True, indent=2).encode())


def test_parse_refuses_unsorted_keys() -> None:
    document = _document()
    reordered = dict(reversed(list(document.items())))
    assert "canonical" in _refused(json.dumps(reordered, separators=(",", ":")).encode())


def test_parse_refuses_a_repeated_key_and_escaped_characters() -> None:
    """The same document written another way: JSON reads each as the canonical
    one, so only comparing the bytes with its one encoding refuses them."""
    data = commitment.canonical_json(_document())
    repeated = data.replace(b'"version":2', b'"version":2,"version":2')
    assert "canonical" in _refused(repeated)
    entry_id = str(ENTRY_ID).encode()
    escaped = data.replace(entry_id, b"\\u00" + entry_id[:1].hex().encode() + entry_id[1:])
    assert escaped != data and json.loads(escaped) == json.loads(data)
    assert "canonical" in _refused(escaped)


def test_parse_refuses_unsorted_digests() -> None:
    document = _document()
    assert "canonical" in _refused(_document(digests=document["digests"][::-1]))


def test_parse_refuses_unsorted_attachments() -> None:
    ids = sorted([str(ATTACHMENT_ID), str(uuid.UUID(int=1))])
    assert "canonical" in _refused(_document(attachments=ids[::-1]))


@pytest.mark.parametrize("count", [0, 15, 17])
def test_parse_refuses_a_wrong_digest_count(count: int) -> None:
    digests = sorted(b64encode(commitment.sha256(bytes([i]))) for i in range(count))
    assert "16 digests" in _refused(_document(digests=digests))


@pytest.mark.parametrize("version", [0, -1, 2**32, 1.0, "2", True])
def test_parse_refuses_a_bad_version(version: Any) -> None:
    assert "version" in _refused(_document(version=version))


def test_parse_refuses_version_1_with_a_previous_hash() -> None:
    assert "previous" in _refused(_document(version=1))


def test_parse_refuses_version_2_without_a_previous_hash() -> None:
    assert "previous" in _refused(_document(version=2, previous=None))


@pytest.mark.parametrize("field", ["entry_id", "owner_id"])
def test_parse_refuses_an_uppercase_uuid(field: str) -> None:
    assert "lowercase" in _refused(_document(**{field: str(ENTRY_ID).upper()}))


@pytest.mark.parametrize(
    "value", [ENTRY_ID.hex, "{" + str(ENTRY_ID) + "}", "urn:uuid:" + str(ENTRY_ID)]
)
def test_parse_refuses_other_uuid_spellings(value: str) -> None:
    assert "lowercase hyphenated" in _refused(_document(entry_id=value))


def test_parse_refuses_an_uppercase_attachment_id() -> None:
    assert "lowercase" in _refused(_document(attachments=[str(ATTACHMENT_ID).upper()]))


def test_parse_refuses_duplicate_attachment_ids() -> None:
    assert "twice" in _refused(_document(attachments=[str(ATTACHMENT_ID)] * 2))


def test_parse_refuses_too_many_attachments() -> None:
    ids = sorted(str(uuid.UUID(int=i)) for i in range(commitment.MAX_ATTACHMENTS + 1))
    assert "at most" in _refused(_document(attachments=ids))


@pytest.mark.parametrize(
    ("field", "suffix"),
    [("ciphertext_sha256", "="), ("previous", "=="), ("ciphertext_sha256", "+")],
)
def test_parse_refuses_bad_base64url(field: str, suffix: str) -> None:
    document = _document()
    assert "base64url" in _refused(_document(**{field: document[field][:-1] + suffix}))


def test_parse_refuses_standard_base64_alphabet() -> None:
    digests = _document()["digests"]
    bad = [d.replace("-", "+").replace("_", "/") for d in digests]
    assert bad != digests
    assert "base64url" in _refused(_document(digests=bad))


def test_parse_refuses_a_hash_of_the_wrong_length() -> None:
    assert "32 bytes" in _refused(_document(ciphertext_sha256=b64encode(bytes(31))))


def test_parse_refuses_a_wrong_type() -> None:
    assert "type" in _refused(_document(type="daybook/v1/entry"))


@pytest.mark.parametrize("data", [b"", b"not json", b"[]", b"null"])
def test_parse_refuses_non_documents(data: bytes) -> None:
    with pytest.raises(ValueError):
        commitment.parse_commitment(data)


def test_sign_and_verify() -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    data = _commitment().to_bytes()
    signature = commitment.sign(data, key)
    assert len(signature) == 64
    assert commitment.verify(data, signature, key.public_key())
    # The label separates this signature from every other one the account makes.
    key.public_key().verify(signature, commitment.SIGNATURE_LABEL + data)
    assert not commitment.verify(data, key.sign(data), key.public_key())


@pytest.mark.parametrize("index", [0, 10, -1])
def test_verify_fails_for_a_flipped_byte(index: int) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    data = _commitment().to_bytes()
    signature = commitment.sign(data, key)
    assert not commitment.verify(_flip(data, index), signature, key.public_key())
    assert not commitment.verify(data, _flip(signature, index), key.public_key())


def test_verify_fails_for_another_key() -> None:
    data = _commitment().to_bytes()
    signature = commitment.sign(data, ed25519.Ed25519PrivateKey.generate())
    assert not commitment.verify(data, signature, ed25519.Ed25519PrivateKey.generate().public_key())


# ---------------------------------------------------------------- key grants


class _Grant:
    def __init__(self) -> None:
        self.granter = ed25519.Ed25519PrivateKey.generate()
        self.reader = x25519.X25519PrivateKey.generate()
        self.info = key_grants.entry_key_info(ENTRY_ID, READER_ID)
        self.envelope, self.signature = key_grants.grant(
            KEY, self.reader.public_key(), self.info, self.granter
        )


def test_key_grant_round_trip() -> None:
    g = _Grant()
    assert g.info == hpke.wrap_info("entry-key", ENTRY_ID, READER_ID)
    assert len(g.signature) == key_grants.SIGNATURE_BYTES
    assert key_grants.verify_grant(g.envelope, g.signature, g.info, g.granter.public_key())
    opened = key_grants.open_grant(
        g.envelope, g.signature, g.info, g.reader, g.granter.public_key()
    )
    assert opened == KEY


def test_key_grant_signed_message_layout() -> None:
    info, envelope = b"i" * 58, b"e" * 87
    message = key_grants.signed_message(info, envelope)
    assert message == b"daybook/v1/key-grant-signature\x00" + b"\x00\x3a" + info + envelope


def test_key_grant_signed_by_another_key_is_refused() -> None:
    g = _Grant()
    impostor = ed25519.Ed25519PrivateKey.generate()
    forged = impostor.sign(key_grants.signed_message(g.info, g.envelope))
    with pytest.raises(ValueError, match="not signed"):
        key_grants.open_grant(g.envelope, forged, g.info, g.reader, g.granter.public_key())
    # And the genuine signature does not pass for another granter either.
    with pytest.raises(ValueError, match="not signed"):
        key_grants.open_grant(g.envelope, g.signature, g.info, g.reader, impostor.public_key())


def test_key_grant_with_a_flipped_envelope_byte_is_refused() -> None:
    g = _Grant()
    with pytest.raises(ValueError, match="not signed"):
        key_grants.open_grant(
            _flip(g.envelope, -1), g.signature, g.info, g.reader, g.granter.public_key()
        )


@pytest.mark.parametrize(
    "other_info",
    [
        key_grants.entry_key_info(uuid.UUID(int=1), READER_ID),
        key_grants.entry_key_info(ENTRY_ID, uuid.UUID(int=1)),
        hpke.wrap_info("bundle-key", ENTRY_ID, READER_ID),
    ],
    ids=["other-entry", "other-reader", "other-purpose"],
)
def test_key_grant_for_another_entry_or_reader_fails(other_info: bytes) -> None:
    g = _Grant()
    # Moved by the server: the signature covers info, so it no longer verifies.
    with pytest.raises(ValueError, match="not signed"):
        key_grants.open_grant(g.envelope, g.signature, other_info, g.reader, g.granter.public_key())
    # Even if the granter (mistakenly) signed it for the other info, HPKE refuses.
    resigned = g.granter.sign(key_grants.signed_message(other_info, g.envelope))
    with pytest.raises(InvalidTag):
        key_grants.open_grant(g.envelope, resigned, other_info, g.reader, g.granter.public_key())
    with pytest.raises(InvalidTag):
        hpke.unwrap(g.envelope, g.reader, other_info)


def test_key_grant_for_another_reader_key_fails() -> None:
    g = _Grant()
    with pytest.raises(InvalidTag):
        key_grants.open_grant(
            g.envelope,
            g.signature,
            g.info,
            x25519.X25519PrivateKey.generate(),
            g.granter.public_key(),
        )


# ---------------------------------------------------------------- STREAM


def _seal(key: stream.StreamKey, data: bytes, piece: int = 400_009) -> list[bytes]:
    # Feed odd-sized pieces: plaintext_chunks must re-cut them into CHUNK_BYTES.
    pieces = [data[i : i + piece] for i in range(0, len(data), piece)] or [b""]
    return [key.seal_chunk(i, chunk, last) for i, chunk, last in stream.plaintext_chunks(pieces)]


def _open(key: stream.StreamKey, chunks: list[bytes]) -> bytes:
    return b"".join(stream.decrypt_stream(key, chunks))


def _data(size: int) -> bytes:
    return bytes(i % 253 for i in range(size))


@pytest.fixture(scope="module")
def four_chunks() -> tuple[stream.StreamKey, bytes, list[bytes]]:
    key = stream.StreamKey.generate(ATTACHMENT_ID)
    data = _data(3 * CHUNK + 5)
    return key, data, _seal(key, data)


@pytest.mark.parametrize(
    "size",
    [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5],
    ids=["empty", "one", "chunk-1", "chunk", "chunk+1", "3chunks+5"],
)
def test_stream_round_trip(size: int) -> None:
    key = stream.StreamKey.generate(ATTACHMENT_ID)
    data = _data(size)
    chunks = _seal(key, data)
    assert len(chunks) == stream.chunk_count(size)
    assert [len(c) for c in chunks] == stream.chunk_sizes(stream.ciphertext_size(size))
    assert sum(len(c) for c in chunks) == stream.ciphertext_size(size)
    assert all(len(c) == stream.CIPHERTEXT_CHUNK_BYTES for c in chunks[:-1])
    assert _open(key, chunks) == data


def test_plaintext_chunks_of_an_empty_stream_is_one_empty_last_chunk() -> None:
    assert list(stream.plaintext_chunks([])) == [(0, b"", True)]
    assert list(stream.plaintext_chunks([b"", b""])) == [(0, b"", True)]


def test_plaintext_chunks_keeps_a_full_last_chunk() -> None:
    cut = list(stream.plaintext_chunks([bytes(CHUNK)]))
    assert [(i, len(c), last) for i, c, last in cut] == [(0, CHUNK, True)]
    cut = list(stream.plaintext_chunks([bytes(CHUNK // 2)] * 4))
    assert [(i, len(c), last) for i, c, last in cut] == [(0, CHUNK, False), (1, CHUNK, True)]


def test_stream_dropped_chunk_fails(
    four_chunks: tuple[stream.StreamKey, bytes, list[bytes]],
) -> None:
    key, _, chunks = four_chunks
    with pytest.raises(InvalidTag):
        _open(key, [chunks[0], *chunks[2:]])
    with pytest.raises(InvalidTag):
        _open(key, chunks[1:])


def test_stream_reordered_chunks_fail(
    four_chunks: tuple[stream.StreamKey, bytes, list[bytes]],
) -> None:
    key, _, chunks = four_chunks
    with pytest.raises(InvalidTag):
        _open(key, [chunks[1], chunks[0], *chunks[2:]])


def test_stream_truncated_fails(four_chunks: tuple[stream.StreamKey, bytes, list[bytes]]) -> None:
    key, _, chunks = four_chunks
    for cut in (1, 2, 3):
        with pytest.raises(InvalidTag):
            _open(key, chunks[:cut])


def test_stream_duplicated_chunk_fails(
    four_chunks: tuple[stream.StreamKey, bytes, list[bytes]],
) -> None:
    key, _, chunks = four_chunks
    with pytest.raises(InvalidTag):
        _open(key, [chunks[0], chunks[0], *chunks[1:]])
    # The short last chunk repeated is refused by its size before its tag.
    with pytest.raises((InvalidTag, ValueError)):
        _open(key, [*chunks, chunks[-1]])


@pytest.mark.parametrize(("chunk", "index"), [(0, 0), (1, CHUNK // 2), (3, -1), (3, 0)])
def test_stream_flipped_byte_fails(
    four_chunks: tuple[stream.StreamKey, bytes, list[bytes]], chunk: int, index: int
) -> None:
    key, _, chunks = four_chunks
    changed = list(chunks)
    changed[chunk] = _flip(changed[chunk], index)
    with pytest.raises(InvalidTag):
        _open(key, changed)


def test_stream_extended_with_an_extra_chunk_fails(
    four_chunks: tuple[stream.StreamKey, bytes, list[bytes]],
) -> None:
    key, _, chunks = four_chunks
    # An extra chunk sealed under the same key (say by a device holding it)
    # cannot follow the last-flagged chunk.
    extra = key.seal_chunk(len(chunks), b"appended", last=True)
    with pytest.raises((InvalidTag, ValueError)):
        _open(key, [*chunks, extra])


def test_stream_under_another_attachment_id_or_key_fails(
    four_chunks: tuple[stream.StreamKey, bytes, list[bytes]],
) -> None:
    key, data, chunks = four_chunks
    assert _open(key, chunks) == data
    moved = stream.StreamKey(key.key, key.prefix, uuid.UUID(int=1))
    with pytest.raises(InvalidTag):
        _open(moved, chunks)
    other_prefix = stream.StreamKey(key.key, bytes(7), ATTACHMENT_ID)
    with pytest.raises(InvalidTag):
        _open(other_prefix, chunks)


def test_stream_of_no_chunks_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        _open(stream.StreamKey.generate(ATTACHMENT_ID), [])


def test_seal_chunk_refuses_wrong_chunk_sizes() -> None:
    key = stream.StreamKey.generate(ATTACHMENT_ID)
    with pytest.raises(ValueError):
        key.seal_chunk(0, bytes(CHUNK - 1), last=False)
    with pytest.raises(ValueError):
        key.seal_chunk(0, bytes(CHUNK + 1), last=True)


def test_stream_nonce_layout() -> None:
    prefix = bytes.fromhex("f0e1d2c3b4a596")
    assert stream.nonce(prefix, 0, False).hex() == "f0e1d2c3b4a5960000000000"
    assert stream.nonce(prefix, 258, True).hex() == "f0e1d2c3b4a5960000010201"
    assert stream.nonce(prefix, 2**32 - 1, True).hex() == "f0e1d2c3b4a596ffffffff01"
    with pytest.raises(ValueError):
        stream.nonce(prefix, 2**32, False)
    with pytest.raises(ValueError):
        stream.nonce(prefix, -1, False)
    with pytest.raises(ValueError):
        stream.nonce(bytes(8), 0, False)
    assert stream.associated_data(ATTACHMENT_ID) == (
        b"daybook/v1/attachment\x00" + ATTACHMENT_ID.bytes
    )


def test_stream_key_checks_its_key_length() -> None:
    with pytest.raises(ValueError, match="32"):
        stream.StreamKey(bytes(16), bytes(7), ATTACHMENT_ID)


def _plaintext_sizes_for(total: int) -> list[int]:
    """Every plaintext size whose ciphertext is `total` bytes (by brute force on counts)."""
    found = []
    for count in range(1, total // stream.CIPHERTEXT_CHUNK_BYTES + 3):
        size = total - count * stream.TAG_BYTES
        if size >= 0 and stream.chunk_count(size) == count:
            found.append(size)
    return found


def test_chunk_sizes_agrees_with_ciphertext_size() -> None:
    ct_chunk = stream.CIPHERTEXT_CHUNK_BYTES
    sizes = [*range(40), *(k * CHUNK + d for k in (1, 2, 5, 100) for d in range(-20, 21))]
    for size in sizes:
        total = stream.ciphertext_size(size)
        chunk_sizes = stream.chunk_sizes(total)
        assert chunk_sizes is not None, size
        assert sum(chunk_sizes) == total
        assert len(chunk_sizes) == stream.chunk_count(size)
        assert all(c == ct_chunk for c in chunk_sizes[:-1])
        assert stream.TAG_BYTES <= chunk_sizes[-1] <= ct_chunk
    totals = [*range(80), *(k * ct_chunk + d for k in (1, 2, 7) for d in range(-40, 41))]
    for total in totals:
        possible = _plaintext_sizes_for(total)
        assert len(possible) <= 1, total  # the size of the plaintext is never ambiguous
        assert (stream.chunk_sizes(total) is None) == (not possible), total


@pytest.mark.parametrize(
    "total",
    [
        0,
        15,
        stream.CIPHERTEXT_CHUNK_BYTES + 1,
        stream.CIPHERTEXT_CHUNK_BYTES + 15,
        stream.CIPHERTEXT_CHUNK_BYTES + 16,
        2 * stream.CIPHERTEXT_CHUNK_BYTES + 16,
    ],
)
def test_chunk_sizes_refuses_impossible_totals(total: int) -> None:
    assert stream.chunk_sizes(total) is None


def test_ciphertext_size_formula() -> None:
    assert stream.ciphertext_size(0) == 16
    assert stream.ciphertext_size(CHUNK) == CHUNK + 16
    assert stream.ciphertext_size(CHUNK + 1) == CHUNK + 1 + 32
    assert stream.chunk_sizes(16) == [16]
    assert stream.chunk_sizes(CHUNK + 16) == [CHUNK + 16]
