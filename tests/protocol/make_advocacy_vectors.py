"""Generate docs/vectors/advocacy.json from fixed inputs and app.protocol.

    .venv/bin/python -m tests.protocol.make_advocacy_vectors > docs/vectors/advocacy.json

The victim is diary.json's owner (RFC 8032 test 1 seed, RFC 7748 Alice) and
the shared entry is diary.json's entry, with its content key, so a client can
check the share grant against the entry versions it opens. The advocate has
the RFC 8032 test 2 signing seed and the X25519 scalar SHA-256("daybook test
advocate HPKE key"). The one-time codes are MACed under the server secret
SHA-256("daybook test server secret").

Everything a client randomises is fixed here instead: the note keys, the note
nonces, the note and case ids, the codes. Ed25519, AES-GCM with a given nonce
and HMAC are deterministic, so those outputs are reproducible. The exception
is HPKE (its encryption is randomised): the share grant's envelope, the
four note-key wraps and the handover's note grant (to a new advocate with
the X25519 scalar SHA-256("daybook test new advocate HPKE key")) were
produced once with `--new-hpke-envelopes` and are
kept in ENVELOPES_HEX below, so regenerating the file gives the same bytes.
The generator checks that every kept envelope still unwraps and that every
output opens again with app.protocol.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app import codes
from app.protocol import hpke, key_grants, keys, notes, padding, receipts
from app.protocol.encoding import b64encode
from tests.protocol import make_bundle_vectors as bundle
from tests.protocol import make_diary_vectors as diary

FORMAT = "daybook-test-vectors/1"

VICTIM_ID = diary.OWNER_ID
# RFC 8032 section 7.1, test 2.
ADVOCATE_SIGNING_SEED = bytes.fromhex(
    "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"
)
ADVOCATE_HPKE_SCALAR = hashlib.sha256(b"daybook test advocate HPKE key").digest()
ADVOCATE_ID = uuid.UUID("a2c4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e81")
CASE_ID = uuid.UUID("c1a5e7d3-2f4b-4a6c-8e9d-0b1c2d3e4f5a")

# The advocate a case is handed over to (§29.1): only an HPKE key is needed,
# since the victim signs the note grants made to them.
NEW_ADVOCATE_HPKE_SCALAR = hashlib.sha256(b"daybook test new advocate HPKE key").digest()
NEW_ADVOCATE_ID = uuid.UUID("b3d5f7a9-2c4e-4a6b-8d0f-1e3a5c7e9b02")

SHARED_ENTRY_ID = diary.ENTRY_ID
SHARED_AT = dt.datetime(2025, 3, 15, 9, 12, 30, 250000, tzinfo=dt.UTC)


@dataclass(frozen=True)
class _Note:
    name: str
    what: str
    note_id: uuid.UUID
    entry_id: uuid.UUID | None
    content: notes.NoteContent
    note_key: bytes
    nonce: bytes


NOTES = (
    _Note(
        name="note-on-entry",
        what="a safety-plan note on the shared entry; its text is not ASCII",
        note_id=uuid.UUID("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6"),
        entry_id=SHARED_ENTRY_ID,
        content=notes.NoteContent(
            "safety-plan",
            "Agreed with Robin: text me on leaving work; the Caf\u00e9 M\u00fcller staff "
            "will walk her to the station until Friday.",
            dt.datetime(2025, 3, 15, 10, 30, 0, tzinfo=dt.UTC),
        ),
        note_key=bytes(range(0x00, 0x20)),
        nonce=bytes.fromhex("505152535455565758595a5b"),
    ),
    _Note(
        name="note-on-case",
        what="a note on the whole case (entry_id null: 16 zero bytes in the binding)",
        note_id=uuid.UUID("d2f3a4b5-c6d7-4e8f-9a01-b2c3d4e5f6a7"),
        entry_id=None,
        content=notes.NoteContent(
            "note",
            "First meeting. Talked through the diary and what the police need; "
            "next call Thursday 10:00.",
            dt.datetime(2025, 3, 15, 11, 5, 0, tzinfo=dt.UTC),
        ),
        note_key=bytes(range(0x20, 0x40)),
        nonce=bytes.fromhex("606162636465666768696a6b"),
    ),
)

# Produced once by `--new-hpke-envelopes`; see the module docstring.
ENVELOPES_HEX = {
    "share-grant": (
        "01002000010002dd7801b289f1cac5cab7b86f84e6d00079c09f6c7dd9f50e993627de406c1663ed03349028"
        "6f7b1e439b5251c73f2049259e691a08108083c7d3f9941b51f32dae459bc3889c6716a4cff9f48745d147"
    ),
    "note-on-entry/victim": (
        "01002000010002ead536173d50267cd6acd4330783e52757dde8be1c4478eb1a2ac000a5c6a62b0d61e8387f"
        "98d1d2dec7f211678445fe920b583912b0987843dd8f6341d6d46081a56b8837c63dd0d24889be72784f88"
    ),
    "note-on-entry/advocate": (
        "010020000100023fd6dd5c41db87a9085919ac679010c444d5666d7ca25e4cac606d89ab2c31672de4882c82"
        "687322fca5955e4eb4fc3b6fac6105c948fa414a47e1123220bf03cb4448d6e028b11f101bc35efa04c54a"
    ),
    "note-on-case/victim": (
        "01002000010002ab92a8db040f2657b263f868f9422854cd3436663a5dd7bb866220fa394cbb5e48b7719b60"
        "24e90c2812736dab7a5e76ee3b80fffe1d92abf9c171ea9937a7a600a97753ce5267973fd06f23077526d7"
    ),
    "note-on-case/advocate": (
        "0100200001000244439e554affc0e250f95be784172bd0e1d5ac8f3e68a9b725701435a9619119f1ce1469d7"
        "4c78884b4ab7f46c6a553c3ce7d091492cc9badf1213bde7580ab754f434d83337e03dac40195542ac296c"
    ),
    "note-grant": (
        "01002000010002e804d80a1865b7af881448e49a9f4e4269e785a46f08fe52ac6f2584ae99b2061ad030ca67"
        "c310033f773516cd80e5be1b9b282f4dbdd90aac4558a10e9d2bf680659818adbb968e3b2b7ef95839fa1b"
    ),
}

CODE_SECRET = hashlib.sha256(b"daybook test server secret").digest()
ASSIGNMENT_CODE = "1F0KX-7M2QA"
INVITATION_CODE = "8M3QZ-T0VWX-4KD7N-R2HJ9"
ASSIGNMENT_TYPED = (
    ("1F0KX-7M2QA", "as issued"),
    ("1f0kx-7m2qa", "lower case"),
    ("1F0KX 7M2QA", "a space for the dash"),
    ("1F0KX7M2QA", "no dash"),
    ("  1F0KX--7M2QA\t", "extra spaces, dashes and a tab"),
    ("IF0KX-7M2QA", "I for 1"),
    ("lf0kx-7m2qa", "l for 1"),
    ("1FOKX-7M2QA", "O for 0"),
    ("1-F-0-K-X-7-M-2-Q-A", "a dash between every character"),
)
ASSIGNMENT_REJECTED = (
    ("1F0KX-7M2Q", "9 characters"),
    ("1F0KX-7M2QAA", "11 characters"),
    ("1F0KX-7M2QU", "U is not in the alphabet"),
    ("1F0KX_7M2QA", "an underscore is not a separator"),
    ("1F0KX.7M2QA", "a dot is not a separator"),
    ("1F0KX\n7M2QA", "a newline is not a separator"),
    ("", "empty"),
    ("\u0131F0KX-7M2QA", "a dotless i is not I: only ASCII is read"),
)
INVITATION_TYPED = (
    ("8M3QZ-T0VWX-4KD7N-R2HJ9", "as issued"),
    ("8m3qz t0vwx 4kd7n r2hj9", "lower case, spaces"),
    ("8M3QZT0VWX4KD7NR2HJ9", "no dashes"),
    ("8M3QZ-TOVWX-4KD7N-R2HJ9", "O for 0"),
)


def _signer(seed: bytes) -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.from_private_bytes(seed)


def _victim_signer() -> ed25519.Ed25519PrivateKey:
    return _signer(diary.OWNER_SIGNING_SEED)


def _advocate_signer() -> ed25519.Ed25519PrivateKey:
    return _signer(ADVOCATE_SIGNING_SEED)


def _victim_hpke() -> x25519.X25519PrivateKey:
    return x25519.X25519PrivateKey.from_private_bytes(diary.OWNER_HPKE_SCALAR)


def _advocate_hpke() -> x25519.X25519PrivateKey:
    return x25519.X25519PrivateKey.from_private_bytes(ADVOCATE_HPKE_SCALAR)


def _account(account_id: uuid.UUID, signing_seed: bytes, hpke_scalar: bytes) -> dict[str, Any]:
    account = keys.AccountKeys.from_bytes(signing_seed + hpke_scalar)
    return {
        "account_id": str(account_id),
        "signing_seed_hex": signing_seed.hex(),
        "signing_public_key_hex": account.signing_public.hex(),
        "hpke_private_key_hex": hpke_scalar.hex(),
        "hpke_public_key_hex": account.hpke_public.hex(),
        "signing_public_key": b64encode(account.signing_public),
        "hpke_public_key": b64encode(account.hpke_public),
        "fingerprint": keys.fingerprint(account.signing_public, account.hpke_public),
    }


def key_vectors() -> dict[str, Any]:
    return {
        "victim": _account(VICTIM_ID, diary.OWNER_SIGNING_SEED, diary.OWNER_HPKE_SCALAR),
        "advocate": _account(ADVOCATE_ID, ADVOCATE_SIGNING_SEED, ADVOCATE_HPKE_SCALAR),
        "case_id": str(CASE_ID),
    }


# ---------------------------------------------------------------- share grant


def _receipt_json(leaf: receipts.ReceiptLeaf) -> dict[str, Any]:
    """The receipt as the API shows it (docs/protocol §23.2), without its leaf index."""
    data = leaf.to_bytes()
    return {
        "kind": leaf.kind.label,
        "received_at": leaf.received_at.isoformat().replace("+00:00", "Z"),
        "object_sha256": b64encode(leaf.object_sha256),
        "leaf_hash": b64encode(leaf.leaf_hash),
        "leaf_data": b64encode(data),
    }


def share_grant_vectors(envelope: bytes) -> list[dict[str, Any]]:
    info = key_grants.entry_key_info(SHARED_ENTRY_ID, ADVOCATE_ID)
    message = key_grants.signed_message(info, envelope)
    signature = _victim_signer().sign(message)
    victim_key = _victim_signer().public_key()
    opened = key_grants.open_grant(envelope, signature, info, _advocate_hpke(), victim_key)
    assert opened == diary.CONTENT_KEY, "kept share grant envelope is stale"

    # Where a dishonest server might try to use the grant instead: none verifies.
    elsewhere = (
        (
            "another-reader",
            "the same entry, diary.json's reader instead of the advocate",
            SHARED_ENTRY_ID,
            diary.READER_ID,
        ),
        (
            "another-entry",
            "the advocate, bundle.json's entry B instead of the shared entry",
            bundle.ENTRY_B_ID,
            ADVOCATE_ID,
        ),
        ("the-owner", "the victim's own grant for the entry", SHARED_ENTRY_ID, VICTIM_ID),
    )
    refused = []
    for name, why, entry_id, reader_id in elsewhere:
        other = key_grants.entry_key_info(entry_id, reader_id)
        assert not key_grants.verify_grant(envelope, signature, other, victim_key), name
        refused.append(
            {
                "name": name,
                "why": why,
                "entry_id": str(entry_id),
                "reader_id": str(reader_id),
                "info_hex": other.hex(),
                "signed_message_hex": key_grants.signed_message(other, envelope).hex(),
            }
        )

    object_sha256 = receipts.key_grant_object(info, envelope)
    leaf = receipts.ReceiptLeaf.at(receipts.ReceiptKind.KEY_GRANT, SHARED_AT, object_sha256)
    assert receipts.decode_leaf(leaf.to_bytes()) == leaf
    return [
        {
            "name": "share-grant",
            "purpose": key_grants.ENTRY_KEY_PURPOSE,
            "entry_id": str(SHARED_ENTRY_ID),
            "granter_id": str(VICTIM_ID),
            "reader_id": str(ADVOCATE_ID),
            "granter_signing_public_key_hex": keys.raw_public(victim_key).hex(),
            "reader_hpke_private_key_hex": ADVOCATE_HPKE_SCALAR.hex(),
            "content_key_hex": diary.CONTENT_KEY.hex(),
            "info_hex": info.hex(),
            "envelope_hex": envelope.hex(),
            "signature_label": key_grants.SIGNATURE_LABEL.decode("ascii"),
            "signed_message_hex": message.hex(),
            "signature_hex": signature.hex(),
            "request_body": {
                "advocate_id": str(ADVOCATE_ID),
                "grants": [
                    {
                        "entry_id": str(SHARED_ENTRY_ID),
                        "envelope": b64encode(envelope),
                        "signature": b64encode(signature),
                    }
                ],
            },
            "receipt": {
                "kind_byte": int(leaf.kind),
                "received_at_ms": leaf.received_at_ms,
                "object_sha256_hex": object_sha256.hex(),
                "leaf_data_hex": leaf.to_bytes().hex(),
                "leaf_hash_hex": leaf.leaf_hash.hex(),
                "as_json": _receipt_json(leaf),
            },
            "refused_elsewhere": refused,
        }
    ]


# ---------------------------------------------------------------- advocate notes


def _binding(note: _Note) -> notes.NoteBinding:
    return notes.NoteBinding(
        note_id=note.note_id,
        case_id=CASE_ID,
        victim_id=VICTIM_ID,
        advocate_id=ADVOCATE_ID,
        entry_id=note.entry_id,
    )


def _note_vector(note: _Note, victim_wrap: bytes, advocate_wrap: bytes) -> dict[str, Any]:
    binding = _binding(note)
    plaintext = note.content.to_bytes()
    assert notes.NoteContent.from_bytes(plaintext) == note.content
    padded = padding.pad(plaintext)
    aad = notes.associated_data(binding)
    envelope = (
        bytes([notes.ENVELOPE_VERSION])
        + note.nonce
        + AESGCM(note.note_key).encrypt(note.nonce, padded, aad)
    )
    # seal() draws fresh wraps, but with this key and nonce its envelope is the same.
    fresh = notes.seal(
        note.content,
        binding,
        _victim_hpke().public_key(),
        _advocate_hpke().public_key(),
        _advocate_signer(),
        note_key=note.note_key,
        nonce=note.nonce,
    )
    assert fresh.envelope == envelope
    notes.check_layout(envelope)

    victim_info = binding.wrap_info(VICTIM_ID)
    advocate_info = binding.wrap_info(ADVOCATE_ID)
    assert hpke.unwrap(victim_wrap, _victim_hpke(), victim_info) == note.note_key, note.name
    assert hpke.unwrap(advocate_wrap, _advocate_hpke(), advocate_info) == note.note_key, note.name
    message = notes.signed_message(binding, envelope, victim_wrap, advocate_wrap)
    signature = _advocate_signer().sign(message)
    sealed = notes.SealedNote(envelope, victim_wrap, advocate_wrap, signature)
    advocate_key = _advocate_signer().public_key()
    for reader_id, reader in ((VICTIM_ID, _victim_hpke()), (ADVOCATE_ID, _advocate_hpke())):
        opened = notes.open_note(sealed, binding, reader_id, reader, advocate_key)
        assert opened == note.content
    # The victim's copy of the key does not open under the advocate's info.
    try:
        hpke.unwrap(victim_wrap, _victim_hpke(), advocate_info)
    except InvalidTag:
        pass
    else:  # pragma: no cover
        raise AssertionError("a wrap opened under another recipient's info")

    return {
        "name": note.name,
        "what": note.what,
        "note_id": str(note.note_id),
        "case_id": str(CASE_ID),
        "victim_id": str(VICTIM_ID),
        "advocate_id": str(ADVOCATE_ID),
        "entry_id": None if note.entry_id is None else str(note.entry_id),
        "binding_hex": binding.to_bytes().hex(),
        "content": {
            "kind": note.content.kind,
            "text": note.content.text,
            "written_at": note.content.written_at.isoformat(),
        },
        "plaintext": plaintext.decode("ascii"),
        "plaintext_hex": plaintext.hex(),
        "plaintext_length": len(plaintext),
        "padded_length": len(padded),
        "note_key_hex": note.note_key.hex(),
        "nonce_hex": note.nonce.hex(),
        "aad_hex": aad.hex(),
        "envelope_hex": envelope.hex(),
        "envelope_length": len(envelope),
        "victim_wrap": {
            "purpose": notes.KEY_PURPOSE,
            "recipient_id": str(VICTIM_ID),
            "info_hex": victim_info.hex(),
            "envelope_hex": victim_wrap.hex(),
        },
        "advocate_wrap": {
            "purpose": notes.KEY_PURPOSE,
            "recipient_id": str(ADVOCATE_ID),
            "info_hex": advocate_info.hex(),
            "envelope_hex": advocate_wrap.hex(),
        },
        "signature_label": notes.SIGNATURE_LABEL.decode("ascii"),
        "signed_message_hex": message.hex(),
        "signature_hex": signature.hex(),
        "request_body": {
            "entry_id": None if note.entry_id is None else str(note.entry_id),
            "ciphertext": b64encode(envelope),
            "victim_envelope": b64encode(victim_wrap),
            "advocate_envelope": b64encode(advocate_wrap),
            "signature": b64encode(signature),
        },
    }


def _new_advocate_hpke() -> x25519.X25519PrivateKey:
    return x25519.X25519PrivateKey.from_private_bytes(NEW_ADVOCATE_HPKE_SCALAR)


def note_grant_vectors(envelope: bytes) -> list[dict[str, Any]]:
    """A handover's note grant: the victim wraps note-on-entry's key, opened
    from her own wrap, to the new advocate and signs it as a key grant."""
    note = NOTES[0]
    info = hpke.wrap_info(notes.KEY_PURPOSE, note.note_id, NEW_ADVOCATE_ID)
    message = key_grants.signed_message(info, envelope)
    signature = _victim_signer().sign(message)
    victim_key = _victim_signer().public_key()
    opened = key_grants.open_grant(envelope, signature, info, _new_advocate_hpke(), victim_key)
    assert opened == note.note_key, "kept note grant envelope is stale"

    elsewhere = (
        (
            "another-reader",
            "the same note, the old advocate instead of the new one",
            notes.KEY_PURPOSE,
            note.note_id,
            ADVOCATE_ID,
        ),
        (
            "another-note",
            "the new advocate, note-on-case instead of note-on-entry",
            notes.KEY_PURPOSE,
            NOTES[1].note_id,
            NEW_ADVOCATE_ID,
        ),
        (
            "another-purpose",
            "the same ids as an entry key's grant",
            key_grants.ENTRY_KEY_PURPOSE,
            note.note_id,
            NEW_ADVOCATE_ID,
        ),
    )
    refused = []
    for name, why, purpose, object_id, reader_id in elsewhere:
        other = hpke.wrap_info(purpose, object_id, reader_id)
        assert not key_grants.verify_grant(envelope, signature, other, victim_key), name
        refused.append(
            {
                "name": name,
                "why": why,
                "purpose": purpose,
                "object_id": str(object_id),
                "reader_id": str(reader_id),
                "info_hex": other.hex(),
                "signed_message_hex": key_grants.signed_message(other, envelope).hex(),
            }
        )
    reader = _new_advocate_hpke()
    return [
        {
            "name": "note-grant-on-handover",
            "what": "note-on-entry's key, re-wrapped by the victim to the new advocate",
            "purpose": notes.KEY_PURPOSE,
            "note_id": str(note.note_id),
            "granter_id": str(VICTIM_ID),
            "reader_id": str(NEW_ADVOCATE_ID),
            "granter_signing_public_key_hex": keys.raw_public(victim_key).hex(),
            "reader_hpke_private_key_hex": NEW_ADVOCATE_HPKE_SCALAR.hex(),
            "reader_hpke_public_key_hex": keys.raw_public(reader.public_key()).hex(),
            "note_key_hex": note.note_key.hex(),
            "info_hex": info.hex(),
            "envelope_hex": envelope.hex(),
            "signature_label": key_grants.SIGNATURE_LABEL.decode("ascii"),
            "signed_message_hex": message.hex(),
            "signature_hex": signature.hex(),
            "request_body_item": {
                "note_id": str(note.note_id),
                "envelope": b64encode(envelope),
                "signature": b64encode(signature),
            },
            "refused_elsewhere": refused,
        }
    ]


def note_vectors(wraps: dict[str, bytes]) -> list[dict[str, Any]]:
    return [
        _note_vector(note, wraps[f"{note.name}/victim"], wraps[f"{note.name}/advocate"])
        for note in NOTES
    ]


def note_rejected() -> list[dict[str, Any]]:
    """Plaintexts a reader must refuse, each with one defect."""
    good: dict[str, Any] = json.loads(NOTES[0].content.to_bytes())

    def changed(**fields: Any) -> bytes:
        return json.dumps({**good, **fields}, sort_keys=True, separators=(",", ":")).encode()

    cases = {
        "whitespace": (
            json.dumps(good, sort_keys=True, indent=1).encode(),
            "not canonical: whitespace",
        ),
        "unsorted-keys": (
            json.dumps(dict(reversed(good.items())), separators=(",", ":")).encode(),
            "not canonical: keys out of order",
        ),
        "raw-utf8": (
            json.dumps(good, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(),
            "not canonical: non-ASCII text as raw UTF-8 instead of \\u escapes",
        ),
        "z-suffix": (changed(written_at="2025-03-15T10:30:00Z"), "written_at must end +00:00"),
        "fractional-seconds": (
            changed(written_at="2025-03-15T10:30:00.500000+00:00"),
            "written_at is whole seconds",
        ),
        "other-offset": (
            changed(written_at="2025-03-15T11:30:00+01:00"),
            "written_at is in UTC",
        ),
        "no-offset": (changed(written_at="2025-03-15T10:30:00"), "written_at has no offset"),
        "unknown-kind": (changed(kind="reminder"), "kind is note or safety-plan"),
        "text-not-a-string": (changed(text=["a", "b"]), "text is a string"),
        "extra-field": (changed(author="Alex"), "unknown field"),
        "missing-field": (
            json.dumps(
                {k: v for k, v in good.items() if k != "kind"},
                sort_keys=True,
                separators=(",", ":"),
            ).encode(),
            "missing field",
        ),
    }
    out = []
    for name, (data, why) in cases.items():
        try:
            notes.NoteContent.from_bytes(data)
        except ValueError:
            out.append({"name": name, "why": why, "plaintext_hex": data.hex()})
        else:  # pragma: no cover
            raise AssertionError(f"{name} was accepted")
    return out


def note_size_vectors() -> dict[str, Any]:
    lengths = (0, 1023, 1024, 4095, 16383)
    examples = []
    for n in lengths:
        bucket = padding.bucket_for(n)
        assert bucket <= notes.NOTE_MAX_BUCKET
        examples.append(
            {
                "plaintext_length": n,
                "bucket": bucket,
                "envelope_length": 1 + notes.NONCE_BYTES + bucket + notes.TAG_BYTES,
            }
        )
    too_long = notes.NOTE_MAX_BUCKET
    assert padding.bucket_for(too_long) > notes.NOTE_MAX_BUCKET
    return {
        "buckets": list(notes.NOTE_BUCKETS),
        "envelope_lengths": sorted(notes.ENVELOPE_SIZES),
        "examples": examples,
        "too_long_plaintext_length": too_long,
    }


# ---------------------------------------------------------------- one-time codes


def _code_example(purpose: str, length: int, issued: str, typed: Any, rejected: Any) -> Any:
    compact = issued.replace("-", "")
    assert codes.normalise(issued, length) == compact
    mac_input = codes.LABEL + purpose.encode("ascii") + b"\x00" + compact.encode("ascii")
    mac = codes.code_mac(CODE_SECRET, purpose, compact)
    accepted = []
    for text, why in typed:
        assert codes.normalise(text, length) == compact, text
        accepted.append({"text": text, "why": why})
    refused = []
    for text, why in rejected:
        assert codes.normalise(text, length) is None, text
        refused.append({"text": text, "why": why})
    return {
        "name": f"{purpose}-code",
        "purpose": purpose,
        "length": length,
        "bits": 5 * length,
        "issued": issued,
        "normalised": compact,
        "accepted": accepted,
        "rejected": refused,
        "mac_input_hex": mac_input.hex(),
        "mac_hex": mac.hex(),
    }


def code_vectors() -> dict[str, Any]:
    assignment = _code_example(
        "assignment", 10, ASSIGNMENT_CODE, ASSIGNMENT_TYPED, ASSIGNMENT_REJECTED
    )
    invitation = _code_example(
        "invitation",
        20,
        INVITATION_CODE,
        INVITATION_TYPED,
        ((ASSIGNMENT_CODE, "an assignment code is too short for an invitation"),),
    )
    # The purpose is MACed too: the same text under the other purpose is another MAC.
    other = codes.code_mac(CODE_SECRET, "invitation", ASSIGNMENT_CODE.replace("-", ""))
    assert other.hex() != assignment["mac_hex"]
    return {
        "alphabet": codes.ALPHABET,
        "group": codes.GROUP,
        "read_as": {"O": "0", "I": "1", "L": "1"},
        "ignored": [" ", "-", "\t"],
        "label": codes.LABEL.decode("ascii"),
        "server_secret_hex": CODE_SECRET.hex(),
        "examples": [assignment, invitation],
        "assignment_code_as_invitation_mac_hex": other.hex(),
    }


# ---------------------------------------------------------------- the file


def build(envelopes: dict[str, bytes]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "note": (
            "Byte values are lowercase hex (fields ending in _hex). Generated by "
            "tests/protocol/make_advocacy_vectors.py; checked by "
            "tests/protocol/test_advocacy_vectors.py. See docs/protocol, sections Advocacy "
            "and Test vectors. Note keys, nonces, ids and codes are fixed here; a client or "
            "the server draws them at random. The HPKE envelopes were made once."
        ),
        "keys": key_vectors(),
        "share_grants": share_grant_vectors(envelopes["share-grant"]),
        "notes": note_vectors(envelopes),
        "note_grants": note_grant_vectors(envelopes["note-grant"]),
        "note_rejected": note_rejected(),
        "note_sizes": note_size_vectors(),
        "codes": code_vectors(),
    }


def render(envelopes: dict[str, bytes]) -> str:
    """The exact text of docs/vectors/advocacy.json."""
    return json.dumps(build(envelopes), indent=2) + "\n"


def kept_envelopes() -> dict[str, bytes]:
    return {name: bytes.fromhex(text) for name, text in ENVELOPES_HEX.items()}


def _new_envelopes() -> dict[str, bytes]:
    share = key_grants.entry_key_info(SHARED_ENTRY_ID, ADVOCATE_ID)
    out = {"share-grant": hpke.wrap(diary.CONTENT_KEY, _advocate_hpke().public_key(), share)}
    for note in NOTES:
        binding = _binding(note)
        for who, reader_id, reader in (
            ("victim", VICTIM_ID, _victim_hpke()),
            ("advocate", ADVOCATE_ID, _advocate_hpke()),
        ):
            info = binding.wrap_info(reader_id)
            out[f"{note.name}/{who}"] = hpke.wrap(note.note_key, reader.public_key(), info)
    handed = hpke.wrap_info(notes.KEY_PURPOSE, NOTES[0].note_id, NEW_ADVOCATE_ID)
    out["note-grant"] = hpke.wrap(NOTES[0].note_key, _new_advocate_hpke().public_key(), handed)
    return out


def main(argv: list[str]) -> None:
    if "--new-hpke-envelopes" in argv:
        for name, envelope in _new_envelopes().items():
            print(f'    "{name}": "{envelope.hex()}",')
        return
    if not all(ENVELOPES_HEX.values()):
        raise SystemExit("run with --new-hpke-envelopes first and paste them into ENVELOPES_HEX")
    sys.stdout.write(render(kept_envelopes()))


if __name__ == "__main__":
    main(sys.argv[1:])
