"""One-time codes that people read out, hand over or type: invitations and
assignment codes.

A code is random characters of Crockford's base32 (no I, L, O or U), shown in
dash-separated groups of 5. Reading one back forgives what people do when
copying it by hand: any case, spaces and dashes, O for 0 and I or L for 1;
anything but ASCII is refused.
The server keeps only HMAC-SHA256(server secret, label || purpose || 0x00 ||
code), so a copy of the database cannot be searched for live codes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUP = 5
LABEL = b"daybook/v1/code/"
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", " -\t")


def new_code(length: int) -> str:
    """`length` random characters (5 bits each), grouped for reading out."""
    text = "".join(secrets.choice(ALPHABET) for _ in range(length))
    return "-".join(text[i : i + GROUP] for i in range(0, length, GROUP))


def normalise(text: str, length: int) -> str | None:
    """The code as it was issued, or None if `text` cannot be one."""
    if not text.isascii():  # str.upper() would turn a dotless i into I, and so into 1
        return None
    compact = text.upper().translate(_SEPARATORS).translate(_READ_AS)
    if len(compact) != length or any(ch not in ALPHABET for ch in compact):
        return None
    return compact


def code_mac(secret: bytes, purpose: str, code: str) -> bytes:
    """What is stored and looked up: `code` in its normalised form."""
    message = LABEL + purpose.encode("ascii") + b"\x00" + code.encode("ascii")
    return hmac.new(secret, message, hashlib.sha256).digest()


@dataclass(frozen=True)
class CodeKind:
    """One use of codes: its HMAC purpose and how many characters it has."""

    purpose: str
    length: int

    def issue(self, secret: bytes) -> tuple[str, bytes]:
        """A new code, as shown, and the HMAC to store."""
        text = new_code(self.length)
        return text, code_mac(secret, self.purpose, text.replace("-", ""))

    def mac_of(self, secret: bytes, typed: str) -> bytes | None:
        """The HMAC to look `typed` up by, or None if it cannot be such a code."""
        normalised = normalise(typed, self.length)
        return None if normalised is None else code_mac(secret, self.purpose, normalised)


# 50 bits: short enough to read out on the phone; redemption is throttled.
ASSIGNMENT = CodeKind("assignment", 10)
# 100 bits: sent in writing and typed once.
INVITATION = CodeKind("invitation", 20)
