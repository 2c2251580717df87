"""Base64url without padding: the one binary-to-text encoding of the API."""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from typing import Any

_NOT_BASE64URL = "not base64url without padding (alphabet A-Z a-z 0-9 - _)"
_TO_STANDARD = bytes.maketrans(b"-_", b"+/")
_URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
# Of a text of length 4n + 2 (one byte over) or 4n + 3 (two bytes over), the
# last character's bits that belong to no byte.
_UNUSED_BITS = {2: 0b1111, 3: 0b11}
# ASCII digits only, no sign, no leading zero: int() would also take "+1", " 1",
# "1_0" and non-ASCII digits, and str.isdigit() even takes "²", which int() refuses.
_DECIMAL = re.compile(r"0|[1-9][0-9]*")


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: str) -> bytes:
    """Strict decode: url-safe alphabet, no padding, no whitespace, canonical."""
    # The standard alphabet's "+" and "/" and any "=" are refused here; strict
    # mode refuses every other character outside the alphabet (and is, for a
    # ciphertext, three times quicker than matching a regular expression first).
    if "+" in text or "/" in text or "=" in text or len(text) % 4 == 1:
        raise ValueError(_NOT_BASE64URL)
    try:
        standard = text.encode("ascii").translate(_TO_STANDARD) + b"=" * (-len(text) % 4)
        data = binascii.a2b_base64(standard, strict_mode=True)
    except (UnicodeEncodeError, binascii.Error):
        raise ValueError(_NOT_BASE64URL) from None
    # Canonical means the bits the last character carries beyond the data are
    # zero (then re-encoding gives the same text); checked without re-encoding,
    # which cost every parsed commitment 17 encodings.
    if len(text) % 4 and _URLSAFE.index(text[-1]) & _UNUSED_BITS[len(text) % 4]:
        raise ValueError("non-canonical base64url (trailing bits must be zero)")
    return data


def parse_decimal(text: str, maximum: int) -> int:
    """A whole number from 0 to `maximum` written in ASCII digits without a
    leading zero: the one parser of every number a peer sends as text."""
    if len(text) > len(str(maximum)) or not _DECIMAL.fullmatch(text):
        raise ValueError("not a decimal number (ASCII digits 0-9 without a leading zero)")
    value = int(text)
    if value > maximum:
        raise ValueError(f"{value} is larger than {maximum}")
    return value


def parse_uuid(value: Any, name: str) -> uuid.UUID:
    """A UUID written as canonical text (lowercase, hyphenated); ValueError otherwise."""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a UUID string")
    parsed = uuid.UUID(value)
    if str(parsed) != value:
        raise ValueError(f"{name} must be a lowercase hyphenated UUID")
    return parsed
