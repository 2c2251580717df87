"""app.protocol.signed_note against the C2SP example, the Go reference's example, and
the spec's rules on malformed, unknown, duplicate and invalid signatures."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.protocol import signed_note
from app.protocol.signed_note import (
    NoteError,
    NoteSignature,
    Signer,
    UnverifiedNoteError,
    Verifier,
    open_note,
    parse_note,
    sign_note,
    sign_note_with,
)

C2SP_EXAMPLE = Path(__file__).resolve().parents[1] / "vectors" / "c2sp" / "signed-note-example.json"

# The worked example in the documentation of golang.org/x/mod/sumdb/note (the
# reference implementation; BSD-3-Clause, Copyright 2019 The Go Authors): a signer
# key, its verifier key, and the note its deterministic Ed25519 signature makes.
GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_TEXT = (
    "If you think cryptography is the answer to your problem,\n"
    "then you don't know what your problem is.\n"
)
GO_SIG = (
    "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNX"
    "gKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
)
GO_NOTE = GO_TEXT + "\n" + GO_SIG


def _c2sp() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(C2SP_EXAMPLE.read_text(encoding="utf-8"))
    return data


def _key(seed: int) -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32)


LOG = Signer("log.daybook.test", _key(1))
WITNESS = Signer("witness.example/w1", _key(2))


# ------------------------------------------------------------ published examples


def test_c2sp_example_verifies() -> None:
    v = _c2sp()
    verifier = Verifier.from_vkey(v["vkey"])
    assert verifier.name == v["key_name"]
    assert verifier.key_id.hex() == v["key_id_hex"]
    assert verifier.vkey() == v["vkey"]
    assert v["expected"] == "valid"
    assert open_note(v["note"], [verifier]) == (v["signed_text"], (v["key_name"],))
    assert open_note(v["note"].encode("utf-8"), [verifier]).text == v["signed_text"]


def test_c2sp_example_key_id_is_the_specified_hash() -> None:
    v = _c2sp()
    raw = base64.b64decode(v["vkey"].split("+", 2)[2])
    assert raw[0] == 0x01
    digest = hashlib.sha256(v["key_name"].encode() + b"\n" + b"\x01" + raw[1:]).digest()
    assert digest[:4].hex() == v["key_id_hex"]
    assert signed_note.key_id(v["key_name"], raw[1:]).hex() == v["key_id_hex"]


def test_c2sp_example_refuses_tampering() -> None:
    v = _c2sp()
    verifier = Verifier.from_vkey(v["vkey"])
    with pytest.raises(NoteError):
        open_note(v["note"].replace("example message", "example massage"), [verifier])


def test_go_reference_example() -> None:
    signer = Signer.from_skey(GO_SKEY)
    verifier = Verifier.from_vkey(GO_VKEY)
    assert signer.skey() == GO_SKEY
    assert signer.verifier().vkey() == GO_VKEY
    assert signer.key_id.hex() == "c74f20a3"
    # Ed25519 is deterministic, so signing reproduces the published note exactly.
    assert sign_note(GO_TEXT, signer.name, signer.private_key) == GO_NOTE
    assert open_note(GO_NOTE, [verifier]) == (GO_TEXT, ("PeterNeumann",))


def test_signer_repr_hides_the_key() -> None:
    seed = base64.b64encode(LOG.private_key.private_bytes_raw()).decode()
    assert seed not in repr(LOG) and "PRIVATE" not in repr(LOG)
    assert "log.daybook.test" in repr(LOG)


# ------------------------------------------------------------------ key encodings


def _mangled(key: str) -> list[str]:
    """Every truncation and every one-character change of an encoded key."""
    out = [key[i:j] for i in range(len(key) + 1) for j in range(i + 1, len(key) + 1)]
    out.remove(key)
    out += [key[:i] + chr(ord(key[i]) + 1) + key[i + 1 :] for i in range(len(key))]
    return out


def test_every_mangled_verifier_key_is_refused() -> None:
    for bad in _mangled(GO_VKEY):
        with pytest.raises(ValueError):
            Verifier.from_vkey(bad)


def test_every_mangled_signer_key_is_refused() -> None:
    for bad in _mangled(GO_SKEY):
        with pytest.raises(ValueError):
            Signer.from_skey(bad)


def _vkey(name: str, key_type: int, key: bytes) -> str:
    key_id = hashlib.sha256(name.encode() + b"\n" + bytes([key_type]) + key).digest()[:4]
    return f"{name}+{key_id.hex()}+{base64.b64encode(bytes([key_type]) + key).decode()}"


def test_verifier_key_rules() -> None:
    raw = LOG.verifier().vkey().split("+", 2)
    public = base64.b64decode(raw[2])[1:]
    assert Verifier.from_vkey(_vkey("a", 1, public)).name == "a"
    # Wrong length and unknown types, even with a correct ID.
    with pytest.raises(ValueError):
        Verifier.from_vkey(_vkey("a", 1, public + b"\x00"))
    with pytest.raises(ValueError, match="type 0x04"):
        Verifier.from_vkey(_vkey("a", 4, public))
    # Upper-case hex is not what any encoder writes.
    name, hex_id, key64 = _vkey("a", 1, public).split("+", 2)
    assert hex_id == "08942d87"
    with pytest.raises(ValueError):
        Verifier.from_vkey(f"{name}+{hex_id.upper()}+{key64}")


@pytest.mark.parametrize("name", ["", "a b", "a+b", "a\tb", "a\u00a0b", "a\u2003b", "a\nb"])
def test_bad_key_names(name: str) -> None:
    assert not signed_note.is_valid_key_name(name)
    with pytest.raises(ValueError):
        Signer(name, _key(3))
    with pytest.raises(ValueError):
        sign_note("text\n", name, _key(3))


@pytest.mark.parametrize("name", ["example.com/foo", "oid/1.3.6.1.4.1", "é/ünïcode"])
def test_good_key_names(name: str) -> None:
    assert signed_note.is_valid_key_name(name)
    note = sign_note("text\n", name, _key(3))
    assert open_note(note, [Signer(name, _key(3)).verifier()]).verified == (name,)


# ------------------------------------------------------------------ sign and open


def test_round_trip_and_text_may_hold_blank_lines() -> None:
    for text in ["one line\n", "\n", "a\n\nb\n", "ends with a blank line\n\n", "é ☃\n"]:
        note = sign_note(text, LOG.name, LOG.private_key)
        assert note.startswith(text + "\n\u2014 log.daybook.test ")
        assert open_note(note, [LOG.verifier()]) == (text, (LOG.name,))


@pytest.mark.parametrize("text", ["", "no newline", "tab\there\n", "cr\r\n", "nul\x00\n"])
def test_sign_refuses_bad_text(text: str) -> None:
    with pytest.raises(NoteError):
        sign_note(text, LOG.name, LOG.private_key)


def test_sign_refuses_the_same_key_twice() -> None:
    with pytest.raises(ValueError):
        sign_note_with("t\n", [LOG, LOG])
    with pytest.raises(ValueError):
        sign_note_with("t\n", [])


def test_several_signatures() -> None:
    note = sign_note_with("t\n", [LOG, WITNESS])
    assert open_note(note, [LOG.verifier(), WITNESS.verifier()]).verified == (
        LOG.name,
        WITNESS.name,
    )
    assert open_note(note, [WITNESS.verifier()]).verified == (WITNESS.name,)


def test_unknown_keys_are_ignored_and_alone_are_refused() -> None:
    note = sign_note_with("t\n", [LOG, WITNESS])
    # A key with the same name but another key (so another ID) is unknown.
    impostor = Signer(LOG.name, _key(9))
    with pytest.raises(UnverifiedNoteError):
        open_note(note, [impostor.verifier()])
    with pytest.raises(UnverifiedNoteError):
        open_note(note, [])
    # The same key ID under another name is unknown too.
    renamed = note.replace(f"\u2014 {WITNESS.name} ", "\u2014 other.example ")
    assert open_note(renamed, [LOG.verifier()]).verified == (LOG.name,)


def test_known_key_with_bad_signature_refuses_the_note() -> None:
    text, [sig] = parse_note(sign_note("t\n", LOG.name, LOG.private_key))
    bad = NoteSignature(sig.name, sig.key_id, bytes(64))
    with pytest.raises(NoteError, match="invalid signature"):
        open_note(text + "\n" + bad.line(), [LOG.verifier()])
    # Even next to a good signature from another known key.
    good = sign_note("t\n", WITNESS.name, WITNESS.private_key)
    with pytest.raises(NoteError, match="invalid signature"):
        open_note(good + bad.line(), [LOG.verifier(), WITNESS.verifier()])
    short = NoteSignature(sig.name, sig.key_id, sig.signature[:63])
    with pytest.raises(NoteError, match="invalid signature"):
        open_note(text + "\n" + short.line(), [LOG.verifier()])


def test_duplicate_signatures() -> None:
    note = sign_note("t\n", LOG.name, LOG.private_key)
    line = note.split("\n\n", 1)[1]
    with pytest.raises(NoteError, match="twice"):
        open_note(note + line, [LOG.verifier()])
    # Repeated unknown signatures are ignored like any unknown signature.
    other = sign_note("t\n", WITNESS.name, WITNESS.private_key).split("\n\n", 1)[1]
    assert open_note(note + other + other, [LOG.verifier()]).verified == (LOG.name,)


class _CollidingVerifier(Verifier):
    """Another public key that claims LOG's key ID (as a crafted key could)."""

    @property
    def key_id(self) -> bytes:
        return LOG.key_id


def test_colliding_verifiers_are_a_configuration_error() -> None:
    v = LOG.verifier()
    note = sign_note("t\n", LOG.name, LOG.private_key)
    assert open_note(note, [v, v]).verified == (LOG.name,)
    with pytest.raises(ValueError, match="share the name and ID"):
        open_note(note, [v, _CollidingVerifier(LOG.name, _key(9).public_key())])


def _sig_line(name: str = LOG.name, raw: bytes | None = None) -> str:
    if raw is None:
        raw = LOG.key_id + LOG.sign(b"t\n")
    return f"\u2014 {name} {base64.b64encode(raw).decode()}\n"


MALFORMED = {
    "no blank line": "t\n" + _sig_line(),
    "no signatures": "t\n\n",
    "only blank line": "t\n\n\n",
    "no final newline": "t\n\n" + _sig_line()[:-1],
    "control character": "t\x01\n\n" + _sig_line(),
    "carriage return": "t\r\n\n" + _sig_line(),
    "hyphen not em dash": "t\n\n" + _sig_line().replace("\u2014", "-"),
    "en dash": "t\n\n" + _sig_line().replace("\u2014", "\u2013"),
    "no space after dash": "t\n\n" + _sig_line().replace("\u2014 ", "\u2014"),
    "name with plus": "t\n\n" + _sig_line(name="a+b"),
    "empty name": "t\n\n" + _sig_line(name=""),
    "two spaces": "t\n\n" + _sig_line().replace(LOG.name + " ", LOG.name + "  "),
    "bad base64": "t\n\n" + f"\u2014 {LOG.name} !!!!\n",
    "unpadded base64": "t\n\n" + _sig_line().replace("=", ""),
    "url-safe base64": "t\n\n"
    + _sig_line(raw=b"\xfb\xff" + LOG.key_id + bytes(61)).replace("+", "-").replace("/", "_"),
    "key ID only": "t\n\n" + _sig_line(raw=LOG.key_id),
    "text after signatures": "t\n\n" + _sig_line() + "trailing text\n",
    "blank line after signatures": "t\n\n" + _sig_line() + "\n",
    "too many signatures": "t\n\n" + _sig_line() * (signed_note.MAX_SIGNATURES + 1),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_notes(case: str) -> None:
    with pytest.raises(NoteError):
        open_note(MALFORMED[case], [LOG.verifier()])


def test_non_canonical_base64_is_malformed() -> None:
    encoded = _sig_line().split(" ")[-1].strip()
    assert encoded.endswith("=")
    # 68 bytes leave 2 unused bits before "=": set them.
    last = encoded[-2]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    tweaked = encoded[:-2] + alphabet[alphabet.index(last) | 1] + "="
    assert tweaked != encoded and base64.b64decode(tweaked) == base64.b64decode(encoded)
    with pytest.raises(NoteError):
        open_note(f"t\n\n\u2014 {LOG.name} {tweaked}\n", [LOG.verifier()])


def test_invalid_utf8_bytes_are_malformed() -> None:
    note = sign_note("t\n", LOG.name, LOG.private_key).encode()
    with pytest.raises(NoteError):
        open_note(b"\xff" + note, [LOG.verifier()])
    with pytest.raises(NoteError):
        open_note("\ud800" + note.decode(), [LOG.verifier()])


def test_many_signatures_up_to_the_limit_are_accepted() -> None:
    signers = [Signer(f"w{i}.example", _key(10 + i)) for i in range(signed_note.MAX_SIGNATURES)]
    note = sign_note_with("t\n", signers)
    assert len(open_note(note, [s.verifier() for s in signers[:16]]).verified) == 16
