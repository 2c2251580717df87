"""Facts about an evidence file before it is encrypted: hash, type, and capture metadata.

`inspect_file` reads the original file once to hash it (the SHA-256 a police
pack lists as the exhibit hash), hashes its metadata-stripped form when it has
one (app/client/metadata_strip.py), and, for images, asks Pillow for the EXIF
capture time and GPS position. `attachment_reference` turns those facts plus
the attachment's STREAM key into the `attachments` item of the incident schema.
"""

from __future__ import annotations

import hashlib
import math
import mimetypes
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any

from PIL import Image

from app.client.metadata_strip import (
    MAX_STRIP_BYTES,
    PNG_MAGIC,
    NotStrippable,
    strip_metadata,
    strippable,
)
from app.protocol.encoding import b64encode
from app.protocol.stream import KEY_BYTES, NONCE_PREFIX_BYTES

READ_BYTES = 1 << 20
FALLBACK_MEDIA_TYPE = "application/octet-stream"

EXIF_IFD = 0x8769
GPS_IFD = 0x8825
DATE_TIME_ORIGINAL = 0x9003
OFFSET_TIME_ORIGINAL = 0x9011
GPS_LATITUDE_REF, GPS_LATITUDE = 1, 2
GPS_LONGITUDE_REF, GPS_LONGITUDE = 3, 4

_EXIF_DATE_TIME = "%Y:%m:%d %H:%M:%S"
_EXIF_OFFSET = re.compile(r"([+-])(\d{2}):(\d{2})")

# What phones produce that Python's built-in table lacks.
_EXTRA_MEDIA_TYPES = {
    ".webp": "image/webp",
    ".heif": "image/heif",
    ".m4a": "audio/mp4",
    ".amr": "audio/amr",
    ".aac": "audio/aac",
    ".ogg": "audio/ogg",
}


def _media_type_table() -> mimetypes.MimeTypes:
    # Only the built-in table, never this machine's /etc/mime.types, so the
    # same file gets the same recorded type on every device.
    table = mimetypes.MimeTypes(filenames=())
    for extension, media_type in _EXTRA_MEDIA_TYPES.items():
        table.add_type(media_type, extension)
    return table


_MEDIA_TYPES = _media_type_table()

# A compressed file is stored as it is, so its type is the compression's.
_ENCODING_TYPES = {
    "gzip": "application/gzip",
    "bzip2": "application/x-bzip2",
    "xz": "application/x-xz",
}


@dataclass(frozen=True)
class FileFacts:
    """What the incident records about an original file.

    captured_at is an RFC 3339 string with its UTC offset, or None;
    capture_location is (latitude, longitude) in decimal degrees, or None;
    stripped_sha256 and stripped_size describe the metadata-stripped form, or
    are None when the file has none (not a JPEG or PNG, or one the filter
    cannot walk).
    """

    file_name: str
    media_type: str
    size: int
    sha256: str
    captured_at: str | None
    capture_location: tuple[float, float] | None
    stripped_sha256: str | None = None
    stripped_size: int | None = None

    @property
    def has_stripped_copy(self) -> bool:
        """A stripped form that differs from the file, so it is a file of its own."""
        return self.stripped_sha256 not in (None, self.sha256)


def inspect_file(path: Path, *, assume_tz: tzinfo | None = UTC) -> FileFacts:
    """Hash the file and read its capture metadata.

    EXIF DateTimeOriginal is a wall-clock time; OffsetTimeOriginal, when the
    camera wrote it, says which offset. Without it the time is taken to be in
    `assume_tz` (UTC by default; pass the device's zone when the photo was
    taken on this device), or dropped when `assume_tz` is None. Unreadable or
    odd metadata means no capture metadata, never an error.
    """
    size, digest = hash_file(path)
    media_type = guess_media_type(path.name)
    captured_at, location = None, None
    if media_type.startswith("image/"):
        captured_at, location = _capture_metadata(path, assume_tz)
    stripped = stripped_form(path) if size <= MAX_STRIP_BYTES else None
    return FileFacts(
        path.name,
        media_type,
        size,
        digest,
        captured_at,
        location,
        None if stripped is None else hashlib.sha256(stripped).hexdigest(),
        None if stripped is None else len(stripped),
    )


def stripped_form(path: Path) -> bytes | None:
    """The file's metadata-stripped form, or None when it has none."""
    with path.open("rb") as file:
        if not strippable(file.read(len(PNG_MAGIC))):
            return None
    try:
        return strip_metadata(path.read_bytes())
    except NotStrippable:
        return None


def guess_media_type(file_name: str) -> str:
    media_type, encoding = _MEDIA_TYPES.guess_type(file_name, strict=False)
    if encoding is not None:
        return _ENCODING_TYPES.get(encoding, FALLBACK_MEDIA_TYPE)
    return media_type.lower() if media_type else FALLBACK_MEDIA_TYPE


def attachment_reference(
    facts: FileFacts,
    attachment_id: uuid.UUID,
    key: bytes,
    nonce_prefix: bytes,
    ciphertext_sha256: bytes,
) -> dict[str, Any]:
    """The incident schema's `attachments` item for an encrypted file."""
    for name, value, length in (
        ("key", key, KEY_BYTES),
        ("nonce_prefix", nonce_prefix, NONCE_PREFIX_BYTES),
        ("ciphertext_sha256", ciphertext_sha256, 32),
    ):
        if len(value) != length:
            raise ValueError(f"{name} must be {length} bytes")
    reference: dict[str, Any] = {
        "attachment_id": str(attachment_id),
        "file_name": facts.file_name,
        "media_type": facts.media_type,
        "size": facts.size,
        "sha256": facts.sha256,
        "key": b64encode(key),
        "nonce_prefix": b64encode(nonce_prefix),
        "ciphertext_sha256": b64encode(ciphertext_sha256),
    }
    if facts.captured_at is not None:
        reference["captured_at"] = facts.captured_at
    # The photo's GPS position is not written into the reference: a bundle
    # discloses the reference whenever it carries the file, so a place here
    # could not be withheld with the incident's location.
    if facts.stripped_sha256 is not None and not facts.has_stripped_copy:
        reference["stripped"] = {"sha256": facts.stripped_sha256, "size": facts.size}
    return reference


def stripped_reference(
    facts: FileFacts,
    attachment_id: uuid.UUID,
    key: bytes,
    nonce_prefix: bytes,
    ciphertext_sha256: bytes,
) -> dict[str, Any]:
    """The `stripped` member of a reference whose stripped form is a file of its own."""
    assert facts.stripped_sha256 is not None and facts.stripped_size is not None
    return {
        "attachment_id": str(attachment_id),
        "size": facts.stripped_size,
        "sha256": facts.stripped_sha256,
        "key": b64encode(key),
        "nonce_prefix": b64encode(nonce_prefix),
        "ciphertext_sha256": b64encode(ciphertext_sha256),
    }


def hash_file(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of the bytes actually read, so both describe the same content."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as file:
        while chunk := file.read(READ_BYTES):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def capture_time(path: Path, assume_tz: tzinfo | None) -> str | None:
    """When an image says it was taken (RFC 3339), or None; see inspect_file."""
    if not guess_media_type(path.name).startswith("image/"):
        return None
    return _capture_metadata(path, assume_tz)[0]


def _capture_metadata(
    path: Path, assume_tz: tzinfo | None
) -> tuple[str | None, tuple[float, float] | None]:
    try:
        # open() reads only the header; no pixels are decoded.
        with Image.open(path) as image:
            exif = image.getexif()
            exif_ifd, gps_ifd = exif.get_ifd(EXIF_IFD), exif.get_ifd(GPS_IFD)
    except Exception:  # any failure in a third-party parser of untrusted input
        return None, None
    return _capture_time(exif_ifd, assume_tz), _capture_location(gps_ifd)


def _capture_time(exif_ifd: dict[int, Any], assume_tz: tzinfo | None) -> str | None:
    wall_clock = _text(exif_ifd.get(DATE_TIME_ORIGINAL))
    if wall_clock is None:
        return None
    try:
        moment = datetime.strptime(wall_clock, _EXIF_DATE_TIME)
    except ValueError:
        return None  # cameras write "0000:00:00 00:00:00" or blanks when unset
    zone = _offset(_text(exif_ifd.get(OFFSET_TIME_ORIGINAL))) or assume_tz
    if zone is None:
        return None
    return moment.replace(tzinfo=zone).isoformat()


def _offset(text: str | None) -> timezone | None:
    match = _EXIF_OFFSET.fullmatch(text or "")
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    if delta >= timedelta(hours=24):
        return None
    return timezone(-delta if sign == "-" else delta)


def _capture_location(gps_ifd: dict[int, Any]) -> tuple[float, float] | None:
    latitude = _degrees(gps_ifd.get(GPS_LATITUDE), _text(gps_ifd.get(GPS_LATITUDE_REF)), "NS")
    longitude = _degrees(gps_ifd.get(GPS_LONGITUDE), _text(gps_ifd.get(GPS_LONGITUDE_REF)), "EW")
    if latitude is None or longitude is None:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude


def _degrees(value: Any, ref: str | None, refs: str) -> float | None:
    """Degrees, minutes, seconds (EXIF rationals) and a hemisphere letter to signed degrees."""
    if ref is None or ref.upper() not in refs:
        return None
    try:
        degrees, minutes, seconds = (float(part) for part in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    total = degrees + minutes / 60 + seconds / 3600
    if not math.isfinite(total) or min(degrees, minutes, seconds) < 0:
        return None  # Pillow turns a zero denominator into NaN
    # Seven decimals is about a centimetre; more is floating-point noise.
    return round(-total if ref.upper() == refs[1] else total, 7)


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", errors="replace")
    if not isinstance(value, str):
        return None
    return value.strip("\x00 ") or None
