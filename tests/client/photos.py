"""Photos carrying a place in every way phones write one: EXIF GPS, XMP, comments,
PNG text chunks; made with Pillow plus raw segments and chunks built by hand."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, PngImagePlugin
from PIL.TiffImagePlugin import IFDRational

GPS_IFD = 0x8825
# The EXIF IFD entry pointing at the GPS IFD (tag 0x8825, LONG, count 1), in
# both byte orders: present only where a GPS block is.
GPS_POINTER_ENTRIES = (b"\x25\x88\x04\x00\x01\x00\x00\x00", b"\x88\x25\x00\x04\x00\x00\x00\x01")
PLACE_TEXT = b"51.507400,-0.127800"
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description'
    b' exif:GPSLatitude="51,30.44N" exif:GPSLongitude="0,7.66W"/></rdf:RDF></x:xmpmeta>'
)


def gps_exif() -> Image.Exif:
    """51 30' 26.46" N, 0 7' 39.9" W, with a camera model and a capture time."""
    exif = Image.Exif()
    exif[0x0110] = "Daybook test phone"
    exif.get_ifd(0x8769)[0x9003] = "2026:09:01 20:15:00"
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (IFDRational(51, 1), IFDRational(30, 1), IFDRational(2646, 100))
    gps[3] = "W"
    gps[4] = (IFDRational(0, 1), IFDRational(7, 1), IFDRational(399, 10))
    return exif


def _picture() -> Image.Image:
    picture = Image.new("RGB", (24, 16), "navy")
    for x in range(24):
        picture.putpixel((x, x % 16), (200, 40 + 8 * x, 30))
    return picture


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def jpeg_with_place() -> bytes:
    """A JPEG with Exif GPS (APP1), XMP (APP1), IPTC-like text (APP13), a comment
    (COM), an ICC profile (APP2) to keep, and a trailer after EOI."""
    out = io.BytesIO()
    _picture().save(out, format="JPEG", exif=gps_exif(), quality=90, comment=PLACE_TEXT)
    data = out.getvalue()
    extra = (
        _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + XMP)
        + _segment(0xED, b"Photoshop 3.0\x00" + PLACE_TEXT)
        + _segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + b"not a real profile")
    )
    return data[:2] + extra + data[2:] + b"TRAILER " + PLACE_TEXT


def _chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload)
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def png_with_place() -> bytes:
    """A PNG with an eXIf chunk holding GPS and tEXt, zTXt and iTXt chunks naming the place."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Location", PLACE_TEXT.decode())
    info.add_text("Comment", PLACE_TEXT.decode(), zip=True)
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    out = io.BytesIO()
    _picture().save(out, format="PNG", exif=gps_exif(), pnginfo=info)
    return out.getvalue()


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as picture:
        return picture.convert("RGB").tobytes()


def gps_of(data: bytes) -> dict[int, object]:
    with Image.open(io.BytesIO(data)) as picture:
        return dict(picture.getexif().get_ifd(GPS_IFD))


def shows_place(data: bytes) -> bool:
    """Any trace of the place: a GPS block, XMP, or the place's text."""
    return (
        bool(gps_of(data))
        or any(entry in data for entry in GPS_POINTER_ENTRIES)
        or b"xmpmeta" in data
        or PLACE_TEXT in data
        or b"Exif\x00\x00" in data
    )
