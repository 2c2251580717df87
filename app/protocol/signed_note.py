"""C2SP signed notes (c2sp.org/signed-note) with Ed25519 keys, and their key encodings.

A note is a text ending in a newline, a blank line, then one or more signature lines
"— <key name> <base64(4-byte key ID || signature)>" (em dash U+2014, standard base64
with padding). Only Ed25519 (signature type 0x01) is implemented: the log signs its
checkpoints with it, and the other types (witness cosignatures among them) are
unknown keys here, which the spec says to ignore.

Key encodings are those of golang.org/x/mod/sumdb/note, which the spec's examples use:
verifier key "<name>+<8 hex key ID>+<base64(0x01 || public key)>", signer key
"PRIVATE+KEY+<name>+<8 hex key ID>+<base64(0x01 || Ed25519 seed)>".
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from app.protocol.keys import raw_public

SIGNATURE_PREFIX = "\u2014 "  # em dash, space
ED25519_TYPE = 0x01
KEY_ID_BYTES = 4
ED25519_KEY_BYTES = 32
ED25519_SIGNATURE_BYTES = 64
# The spec requires accepting at least 16 signatures and asks for a limit; the Go
# reference stops at 100.
MAX_SIGNATURES = 100
SIGNER_KEY_PREFIX = "PRIVATE+KEY+"

_KEY_ID_HEX = re.compile(r"[0-9a-f]{8}")
_STD_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")


class NoteError(ValueError):
    """The note is malformed, or carries a known key's signature that does not verify."""


class UnverifiedNoteError(NoteError):
    """The note is well formed but no signature from a known key is on it."""


def b64encode_std(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode_std(text: str) -> bytes:
    """Strict RFC 4648 section 4 base64: standard alphabet, padded, canonical."""
    if not _STD_BASE64.fullmatch(text) or len(text) % 4:
        raise ValueError("not padded standard base64")
    try:
        data = base64.b64decode(text, validate=True)
    except binascii.Error as exc:
        raise ValueError(f"not base64: {exc}") from exc
    # Non-zero unused bits would give one value several encodings.
    if b64encode_std(data) != text:
        raise ValueError("non-canonical base64 (trailing bits must be zero)")
    return data


def is_valid_key_name(name: str) -> bool:
    """Non-empty, without Unicode spaces or "+" (and, being note text, no controls)."""
    return (
        name != ""
        and "+" not in name
        and not any(ch.isspace() or ord(ch) < 0x20 or 0xD800 <= ord(ch) <= 0xDFFF for ch in name)
    )


def key_id(name: str, public_key: bytes, signature_type: int = ED25519_TYPE) -> bytes:
    """SHA-256(key name || 0x0A || signature type || public key)[:4]."""
    if not is_valid_key_name(name):
        raise ValueError(f"invalid key name {name!r}")
    digest = hashlib.sha256(name.encode("utf-8") + b"\n" + bytes([signature_type]) + public_key)
    return digest.digest()[:KEY_ID_BYTES]


def split_key(encoded: str, what: str, key_type: int = ED25519_TYPE) -> tuple[str, bytes, bytes]:
    """Split "<name>+<hex key ID>+<base64(key type || key)>" (the base64 may itself
    hold "+") into the name, the claimed key ID and the raw Ed25519 key, refusing
    any key type but `key_type`. The caller checks the key ID."""
    name, sep1, rest = encoded.partition("+")
    hex_id, sep2, key64 = rest.partition("+")
    if not (sep1 and sep2 and is_valid_key_name(name) and _KEY_ID_HEX.fullmatch(hex_id)):
        raise ValueError(f"malformed {what} key")
    try:
        key = b64decode_std(key64)
    except ValueError as exc:
        raise ValueError(f"malformed {what} key: {exc}") from None
    if len(key) != 1 + ED25519_KEY_BYTES:
        raise ValueError(f"malformed {what} key: wrong key length")
    if key[0] != key_type:
        raise ValueError(f"unsupported {what} key type 0x{key[0]:02x}")
    return name, bytes.fromhex(hex_id), key[1:]


@dataclass(frozen=True)
class Verifier:
    """A named Ed25519 public key that verifies note signatures."""

    name: str
    public_key: ed25519.Ed25519PublicKey

    def __post_init__(self) -> None:
        if not is_valid_key_name(self.name):
            raise ValueError(f"invalid key name {self.name!r}")

    @property
    def key_id(self) -> bytes:
        return key_id(self.name, raw_public(self.public_key))

    @classmethod
    def from_vkey(cls, vkey: str) -> Verifier:
        """Parse "<name>+<hex key ID>+<base64(0x01 || public key)>", checking the ID."""
        name, claimed_id, raw = split_key(vkey, "verifier")
        if key_id(name, raw) != claimed_id:
            raise ValueError("verifier key ID does not match the name and key")
        return cls(name, ed25519.Ed25519PublicKey.from_public_bytes(raw))

    def vkey(self) -> str:
        raw = raw_public(self.public_key)
        return f"{self.name}+{self.key_id.hex()}+{b64encode_std(bytes([ED25519_TYPE]) + raw)}"

    def verify(self, message: bytes, signature: bytes) -> bool:
        if len(signature) != ED25519_SIGNATURE_BYTES:
            return False
        try:
            self.public_key.verify(signature, message)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True, repr=False)
class Signer:
    """A named Ed25519 private key that signs notes. Its repr shows no key material."""

    name: str
    private_key: ed25519.Ed25519PrivateKey

    def __post_init__(self) -> None:
        if not is_valid_key_name(self.name):
            raise ValueError(f"invalid key name {self.name!r}")

    def __repr__(self) -> str:
        return f"Signer(name={self.name!r}, key_id={self.key_id.hex()})"

    @property
    def key_id(self) -> bytes:
        return self.verifier().key_id

    def verifier(self) -> Verifier:
        return Verifier(self.name, self.private_key.public_key())

    @classmethod
    def from_skey(cls, skey: str) -> Signer:
        """Parse "PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 || seed)>"."""
        if not skey.startswith(SIGNER_KEY_PREFIX):
            raise ValueError("malformed signer key")
        name, claimed_id, seed = split_key(skey[len(SIGNER_KEY_PREFIX) :], "signer")
        signer = cls(name, ed25519.Ed25519PrivateKey.from_private_bytes(seed))
        # The ID is of the public key, so it can be checked only after deriving it.
        if signer.key_id != claimed_id:
            raise ValueError("signer key ID does not match the name and key")
        return signer

    def skey(self) -> str:
        """The secret signer key encoding: anyone holding it can sign as this key."""
        seed = bytes([ED25519_TYPE]) + self.private_key.private_bytes_raw()
        return f"{SIGNER_KEY_PREFIX}{self.name}+{self.key_id.hex()}+{b64encode_std(seed)}"

    def sign(self, message: bytes) -> bytes:
        return self.private_key.sign(message)


@dataclass(frozen=True)
class NoteSignature:
    """One parsed signature line: who claims to have signed, and the raw signature."""

    name: str
    key_id: bytes
    signature: bytes

    def line(self) -> str:
        return f"{SIGNATURE_PREFIX}{self.name} {b64encode_std(self.key_id + self.signature)}\n"


class OpenedNote(NamedTuple):
    """A verified note's text and the names of the known keys whose signatures verified."""

    text: str
    verified: tuple[str, ...]


def _check_note_chars(note: str) -> None:
    if not all(ch == "\n" or ord(ch) >= 0x20 for ch in note):
        raise NoteError("malformed note: control character")
    try:
        note.encode("utf-8")
    except UnicodeEncodeError:
        raise NoteError("malformed note: not valid UTF-8") from None


def check_text(text: str) -> None:
    """Raise NoteError unless `text` can be a note text: UTF-8, no controls, final newline."""
    _check_note_chars(text)
    if not text.endswith("\n"):
        raise NoteError("malformed note: text must end in a newline")


def parse_note(note: str | bytes) -> tuple[str, list[NoteSignature]]:
    """Split a signed note into its text and signature lines, verifying nothing.

    The text (with its final newline) ends at the last blank line; each line after
    must be a well-formed signature line. Raises NoteError otherwise.
    """
    if isinstance(note, bytes):
        try:
            note = note.decode("utf-8")
        except UnicodeDecodeError:
            raise NoteError("malformed note: not valid UTF-8") from None
    _check_note_chars(note)
    split = note.rfind("\n\n")
    if split < 0:
        raise NoteError("malformed note: no blank line before the signatures")
    text, block = note[: split + 1], note[split + 2 :]
    if not block.endswith("\n"):
        raise NoteError("malformed note: no signatures, or no final newline")
    lines = block[:-1].split("\n")
    if len(lines) > MAX_SIGNATURES:
        raise NoteError(f"malformed note: more than {MAX_SIGNATURES} signatures")
    signatures = []
    for line in lines:
        if not line.startswith(SIGNATURE_PREFIX):
            raise NoteError("malformed note: a signature line must start with an em dash")
        name, _, encoded = line[len(SIGNATURE_PREFIX) :].partition(" ")
        try:
            raw = b64decode_std(encoded)
        except ValueError:
            raise NoteError("malformed note: signature is not base64") from None
        if not is_valid_key_name(name) or len(raw) <= KEY_ID_BYTES:
            raise NoteError("malformed note: bad key name or signature")
        signatures.append(NoteSignature(name, raw[:KEY_ID_BYTES], raw[KEY_ID_BYTES:]))
    return text, signatures


def open_note(note: str | bytes, verifiers: Iterable[Verifier]) -> OpenedNote:
    """Verify a signed note against known keys and return its text and signer names.

    Per the spec, a signature is from a known key when both its name and its key ID
    match one (either alone is an unknown key, ignored), and every known key's
    signature is verified. The note is refused (NoteError) when it is malformed, when
    any known key's signature fails, when a known key signed it twice, and
    (UnverifiedNoteError) when no known key signed it.
    """
    known: dict[tuple[str, bytes], Verifier] = {}
    for verifier in verifiers:
        slot = (verifier.name, verifier.key_id)
        other = known.setdefault(slot, verifier)
        if raw_public(other.public_key) != raw_public(verifier.public_key):
            raise ValueError(f"two verifier keys share the name and ID {verifier.vkey()}")
    text, signatures = parse_note(note)
    message = text.encode("utf-8")
    verified: list[str] = []
    seen: set[tuple[str, bytes]] = set()
    for signature in signatures:
        slot = (signature.name, signature.key_id)
        match = known.get(slot)
        if match is None:
            continue
        if slot in seen:
            raise NoteError(f"note signed twice by {signature.name}+{signature.key_id.hex()}")
        seen.add(slot)
        if not match.verify(message, signature.signature):
            raise NoteError(f"invalid signature by {signature.name}+{signature.key_id.hex()}")
        verified.append(signature.name)
    if not verified:
        raise UnverifiedNoteError("note has no signature from a known key")
    return OpenedNote(text, tuple(verified))


def sign_note(text: str, name: str, private_key: ed25519.Ed25519PrivateKey) -> str:
    """Sign `text` (which must end in a newline) as key `name`: text, blank line, signature."""
    return sign_note_with(text, [Signer(name, private_key)])


def sign_note_with(text: str, signers: Iterable[Signer]) -> str:
    """Sign `text` with one or more keys, one signature line each, in the given order."""
    check_text(text)
    signer_list = list(signers)
    if len({(s.name, s.key_id) for s in signer_list}) != len(signer_list):
        # open_note refuses a note signed twice by one key.
        raise ValueError("the same key twice")
    message = text.encode("utf-8")
    lines = [NoteSignature(s.name, s.key_id, s.sign(message)).line() for s in signer_list]
    if not lines:
        raise ValueError("a signed note needs at least one signature")
    if len(lines) > MAX_SIGNATURES:
        raise ValueError(f"at most {MAX_SIGNATURES} signatures")
    return text + "\n" + "".join(lines)
