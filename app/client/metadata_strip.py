"""The metadata-stripped form of an evidence file (docs/protocol §18.1).

A photo's EXIF block can hold where it was taken, to the metre. A bundle that
withholds where an incident happened carries each photo in this stripped form
instead of the original, and the device signed the stripped form's SHA-256
when it attached the file, so the police can check that what they hold is
what the device recorded.

The form must be the same byte for byte on every device, now and in years, so
it is a filter over the file's own segments (JPEG) or chunks (PNG) that copies
what it keeps verbatim. Re-encoding with an image library would not do: it
changes pixels, and its output differs between versions. Only these two
formats are stripped; anything else (video, audio, other images) has no
stripped form, and a redacting bundle leaves it out unless the victim says to
include it as it is.
"""

from __future__ import annotations

from collections.abc import Iterator

JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# Larger files are not stripped (the filter works in memory); photos are far smaller.
MAX_STRIP_BYTES = 64 * 1024 * 1024

# JPEG markers. Every segment between SOI and EOI has a two-byte length but these.
_SOI, _EOI, _SOS, _TEM = 0xD8, 0xD9, 0xDA, 0x01
_RST = range(0xD0, 0xD8)
_APP0, _APP2, _APP14, _COM = 0xE0, 0xE2, 0xEE, 0xFE
_APPN = range(0xE0, 0xF0)
_ICC_PROFILE = b"ICC_PROFILE\x00"
_JFIF = b"JFIF\x00"

# PNG chunks kept: those needed to draw the image as the camera meant it.
# Everything else goes: eXIf, tEXt, zTXt, iTXt, tIME and any private chunk.
PNG_KEPT = frozenset(
    {
        b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT",
        b"sRGB", b"cICP", b"mDCv", b"cLLi", b"bKGD", b"hIST", b"pHYs", b"sPLT",
        b"acTL", b"fcTL", b"fdAT",
    }
)  # fmt: skip


class NotStrippable(ValueError):
    """The bytes are not a JPEG or PNG this filter can walk from end to end."""


def strippable(data: bytes) -> bool:
    return data.startswith(JPEG_MAGIC) or data.startswith(PNG_MAGIC)


def strip_metadata(data: bytes) -> bytes:
    """The stripped form of a JPEG or PNG; NotStrippable for anything else."""
    if len(data) > MAX_STRIP_BYTES:
        raise NotStrippable("the file is larger than the stripping limit")
    if data.startswith(JPEG_MAGIC):
        return b"".join(_jpeg_kept(data))
    if data.startswith(PNG_MAGIC):
        return PNG_MAGIC + b"".join(_png_kept(data))
    raise NotStrippable("only JPEG and PNG files have a stripped form")


def _jpeg_kept(data: bytes) -> Iterator[bytes]:
    """SOI, then each marker segment kept or dropped, entropy-coded data copied
    as it is, up to and including the first EOI; what follows EOI (a second
    picture, a maker's trailer) is dropped."""
    yield data[:2]
    position = 2
    while True:
        marker, position = _jpeg_marker(data, position)
        if marker == _EOI:
            yield b"\xff\xd9"
            return
        if marker in _RST or marker == _TEM:
            yield bytes((0xFF, marker))
            continue
        end = _segment_end(data, position)
        if _keep_jpeg_segment(marker, data[position + 2 : end]):
            yield bytes((0xFF, marker)) + data[position:end]
        position = end
        if marker == _SOS:
            scan_end = _scan_end(data, position)
            yield data[position:scan_end]
            position = scan_end


def _jpeg_marker(data: bytes, position: int) -> tuple[int, int]:
    """The marker at `position` (fill bytes 0xFF before it are skipped and dropped)."""
    if data[position : position + 1] != b"\xff":
        raise NotStrippable(f"no JPEG marker at byte {position}")
    while data[position + 1 : position + 2] == b"\xff":
        position += 1
    if position + 2 > len(data):
        raise NotStrippable("the JPEG ends before its EOI marker")
    return data[position + 1], position + 2


def _segment_end(data: bytes, position: int) -> int:
    if position + 2 > len(data):
        raise NotStrippable("a JPEG segment is cut short")
    length = int.from_bytes(data[position : position + 2], "big")
    if length < 2 or position + length > len(data):
        raise NotStrippable(f"a JPEG segment at byte {position} has a bad length")
    return position + length


def _keep_jpeg_segment(marker: int, payload: bytes) -> bool:
    """APP0 only for JFIF, APP2 only for an ICC profile, and APP14 (Adobe colour
    transform) are kept; every other APPn (Exif and XMP in APP1, a JFXX
    thumbnail, MPF, IPTC in APP13, makers' blocks) and COM go. All other
    segments (tables, frame, scan headers) stay."""
    if marker == _APP0:
        return payload.startswith(_JFIF)
    if marker == _APP2:
        return payload.startswith(_ICC_PROFILE)
    if marker in _APPN:
        return marker == _APP14
    return marker != _COM


def _scan_end(data: bytes, position: int) -> int:
    """Where the entropy-coded data after an SOS header ends: at the first 0xFF
    not followed by 0x00 (a stuffed byte), a restart marker or another 0xFF."""
    while True:
        found = data.find(b"\xff", position)
        if found < 0 or found + 1 >= len(data):
            raise NotStrippable("the JPEG ends inside its scan data")
        following = data[found + 1]
        if following == 0x00 or following in _RST:
            position = found + 2
            continue
        if following == 0xFF:
            # Fill bytes before a marker; the marker itself decides.
            position = found + 1
            continue
        return found


def _png_kept(data: bytes) -> Iterator[bytes]:
    position = len(PNG_MAGIC)
    while True:
        if position + 12 > len(data):
            raise NotStrippable("the PNG ends before its IEND chunk")
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        end = position + 12 + length
        if length > 0x7FFFFFFF or end > len(data):
            raise NotStrippable(f"a PNG chunk at byte {position} has a bad length")
        if kind in PNG_KEPT:
            yield data[position:end]
        if kind == b"IEND":
            return
        position = end
