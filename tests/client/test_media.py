"""Reading an evidence file's hash, media type and EXIF capture metadata."""

from __future__ import annotations

import hashlib
import os
import uuid
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from app.client import media
from app.client.incident import validate_incident
from app.client.media import (
    FileFacts,
    attachment_reference,
    guess_media_type,
    inspect_file,
    stripped_reference,
)
from app.client.metadata_strip import strip_metadata
from app.protocol.encoding import b64decode

LONDON = ZoneInfo("Europe/London")


def write_photo(path: Path, exif: Image.Exif | None = None) -> Path:
    Image.new("RGB", (16, 12), "navy").save(
        path, format="JPEG", exif=Image.Exif() if exif is None else exif
    )
    return path


def exif_with(
    date_time: str | None = "2024:05:01 14:30:15", offset: str | None = "+02:00"
) -> Image.Exif:
    exif = Image.Exif()
    exif_ifd = exif.get_ifd(media.EXIF_IFD)
    if date_time is not None:
        exif_ifd[media.DATE_TIME_ORIGINAL] = date_time
    if offset is not None:
        exif_ifd[media.OFFSET_TIME_ORIGINAL] = offset
    return exif


def add_gps(exif: Image.Exif) -> Image.Exif:
    # 51° 30' 26.46" N, 0° 7' 39.9" W: Trafalgar Square.
    gps = exif.get_ifd(media.GPS_IFD)
    gps[media.GPS_LATITUDE_REF] = "N"
    gps[media.GPS_LATITUDE] = (IFDRational(51, 1), IFDRational(30, 1), IFDRational(2646, 100))
    gps[media.GPS_LONGITUDE_REF] = "W"
    gps[media.GPS_LONGITUDE] = (0.0, 7.0, 39.9)
    return exif


def test_photo_with_exif_time_offset_and_gps(tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "car.jpg", add_gps(exif_with()))
    facts = inspect_file(photo)
    data = photo.read_bytes()
    assert facts.file_name == "car.jpg"
    assert facts.media_type == "image/jpeg"
    assert facts.size == len(data)
    assert facts.sha256 == hashlib.sha256(data).hexdigest()
    assert facts.captured_at == "2024-05-01T14:30:15+02:00"
    assert facts.capture_location is not None
    latitude, longitude = facts.capture_location
    assert latitude == pytest.approx(51.50735)
    assert longitude == pytest.approx(-0.12775)


def test_southern_and_eastern_hemispheres_keep_their_signs(tmp_path: Path) -> None:
    exif = Image.Exif()
    gps = exif.get_ifd(media.GPS_IFD)
    gps[media.GPS_LATITUDE_REF], gps[media.GPS_LATITUDE] = "S", (33.0, 51.0, 36.0)
    gps[media.GPS_LONGITUDE_REF], gps[media.GPS_LONGITUDE] = "E", (151.0, 12.0, 36.0)
    facts = inspect_file(write_photo(tmp_path / "sydney.jpg", exif))
    assert facts.capture_location is not None
    assert list(facts.capture_location) == pytest.approx([-33.86, 151.21])
    assert facts.captured_at is None


def test_time_without_offset_takes_the_assumed_zone(tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "door.jpg", exif_with(offset=None))
    assert inspect_file(photo).captured_at == "2024-05-01T14:30:15+00:00"
    # British Summer Time on 1 May.
    assert inspect_file(photo, assume_tz=LONDON).captured_at == "2024-05-01T14:30:15+01:00"
    assert inspect_file(photo, assume_tz=None).captured_at is None


def test_recorded_offset_wins_over_the_assumed_zone(tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "door.jpg", exif_with(offset="-05:00"))
    captured_at = inspect_file(photo, assume_tz=LONDON).captured_at
    assert captured_at == "2024-05-01T14:30:15-05:00"
    assert captured_at is not None
    assert datetime.fromisoformat(captured_at).utcoffset() is not None


@pytest.mark.parametrize("date_time", ["0000:00:00 00:00:00", "    :  :     :  :  ", "yesterday"])
def test_unset_or_garbled_exif_time_gives_none(tmp_path: Path, date_time: str) -> None:
    photo = write_photo(tmp_path / "x.jpg", exif_with(date_time=date_time))
    assert inspect_file(photo).captured_at is None


def test_gps_with_zero_denominator_or_bad_ref_gives_none(tmp_path: Path) -> None:
    exif = add_gps(Image.Exif())
    exif.get_ifd(media.GPS_IFD)[media.GPS_LATITUDE] = (IFDRational(51, 0), 0.0, 0.0)
    assert inspect_file(write_photo(tmp_path / "a.jpg", exif)).capture_location is None
    exif = add_gps(Image.Exif())
    exif.get_ifd(media.GPS_IFD)[media.GPS_LATITUDE_REF] = "X"
    assert inspect_file(write_photo(tmp_path / "b.jpg", exif)).capture_location is None


def test_photo_without_exif_has_no_capture_metadata(tmp_path: Path) -> None:
    facts = inspect_file(write_photo(tmp_path / "plain.jpg"))
    assert facts.captured_at is None
    assert facts.capture_location is None


def test_text_file_has_no_capture_metadata(tmp_path: Path) -> None:
    note = tmp_path / "messages.txt"
    note.write_text("You can't hide from me\n", encoding="utf-8")
    facts = inspect_file(note)
    assert facts == FileFacts(
        file_name="messages.txt",
        media_type="text/plain",
        size=23,
        sha256=hashlib.sha256(b"You can't hide from me\n").hexdigest(),
        captured_at=None,
        capture_location=None,
    )


@pytest.mark.parametrize("content", [os.urandom(4096), b"\xff\xd8\xff\xe1" + os.urandom(200), b""])
def test_corrupt_jpeg_does_not_crash(tmp_path: Path, content: bytes) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(content)
    facts = inspect_file(broken)
    assert facts.media_type == "image/jpeg"
    assert facts.size == len(content)
    assert facts.sha256 == hashlib.sha256(content).hexdigest()
    assert (facts.captured_at, facts.capture_location) == (None, None)


def test_large_file_is_hashed_in_pieces(tmp_path: Path) -> None:
    content = os.urandom(media.READ_BYTES * 2 + 123)
    video = tmp_path / "doorbell.mp4"
    video.write_bytes(content)
    facts = inspect_file(video)
    assert facts.size == len(content)
    assert facts.sha256 == hashlib.sha256(content).hexdigest()
    assert facts.media_type == "video/mp4"


@pytest.mark.parametrize(
    ("file_name", "media_type"),
    [
        ("IMG_0001.JPG", "image/jpeg"),
        ("IMG_0002.HEIC", "image/heic"),
        ("voicemail.m4a", "audio/mp4"),
        ("screenshot.webp", "image/webp"),
        ("logs.tar.gz", "application/gzip"),
        ("no-extension", "application/octet-stream"),
        ("weird.zzzz", "application/octet-stream"),
    ],
)
def test_media_type_guess(file_name: str, media_type: str) -> None:
    assert guess_media_type(file_name) == media_type


def test_attachment_reference_is_a_valid_schema_item(tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "car.jpg", add_gps(exif_with()))
    facts = inspect_file(photo)
    attachment_id = uuid.uuid4()
    key, prefix, ciphertext_hash = os.urandom(32), os.urandom(7), os.urandom(32)
    reference = attachment_reference(facts, attachment_id, key, prefix, ciphertext_hash)
    assert reference["attachment_id"] == str(attachment_id)
    assert b64decode(reference["key"]) == key
    assert b64decode(reference["nonce_prefix"]) == prefix
    assert b64decode(reference["ciphertext_sha256"]) == ciphertext_hash
    assert reference["captured_at"] == "2024-05-01T14:30:15+02:00"
    # The GPS position stays out of the reference, which a redacting bundle discloses.
    assert "capture_location" not in reference
    assert facts.has_stripped_copy
    assert facts.stripped_sha256 == hashlib.sha256(strip_metadata(photo.read_bytes())).hexdigest()
    reference["stripped"] = stripped_reference(facts, uuid.uuid4(), key, prefix, ciphertext_hash)
    validate_incident(
        {
            "schema_version": 1,
            "occurred": {"start": reference["captured_at"], "time_zone": "Europe/Paris"},
            "recorded_at": "2024-05-01T15:00:00+02:00",
            "description": "Photo of his car outside.",
            "behaviours": ["watching_or_spying"],
            "attachments": [reference],
        }
    )


def test_a_clean_photo_is_its_own_stripped_form(tmp_path: Path) -> None:
    photo = tmp_path / "clean.png"
    Image.new("RGB", (4, 4), "red").save(photo, format="PNG")
    facts = inspect_file(photo)
    assert facts.stripped_sha256 == facts.sha256 and not facts.has_stripped_copy
    reference = attachment_reference(facts, uuid.uuid4(), bytes(32), bytes(7), bytes(32))
    assert reference["stripped"] == {"sha256": facts.sha256, "size": facts.size}


def test_attachment_reference_omits_unknown_capture_metadata() -> None:
    facts = FileFacts("a.txt", "text/plain", 1, "0" * 64, None, None)
    reference = attachment_reference(facts, uuid.uuid4(), bytes(32), bytes(7), bytes(32))
    assert "captured_at" not in reference
    assert "capture_location" not in reference


@pytest.mark.parametrize(("key", "prefix", "digest"), [(16, 7, 32), (32, 12, 32), (32, 7, 31)])
def test_attachment_reference_checks_lengths(key: int, prefix: int, digest: int) -> None:
    facts = FileFacts("a.txt", "text/plain", 1, "0" * 64, None, None)
    with pytest.raises(ValueError, match="bytes"):
        attachment_reference(facts, uuid.uuid4(), bytes(key), bytes(prefix), bytes(digest))
