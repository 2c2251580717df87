"""The metadata-stripped form of JPEG and PNG files (docs/protocol §18.1):
no place left in it, the picture unchanged, the same bytes every time."""

from __future__ import annotations

import base64
import hashlib
import io

import pytest
from PIL import Image

from app.client.metadata_strip import NotStrippable, strip_metadata
from tests.client import photos
from tests.protocol import make_stripping_vectors
from tests.protocol.vector_files import VectorFile

VECTORS = VectorFile("stripping.json")


@pytest.mark.parametrize("make", [photos.jpeg_with_place, photos.png_with_place])
def test_the_place_goes_and_the_picture_stays(make: object) -> None:
    assert callable(make)
    original: bytes = make()
    assert photos.shows_place(original)
    assert photos.gps_of(original)
    stripped = strip_metadata(original)
    assert not photos.shows_place(stripped)
    assert photos.gps_of(stripped) == {}
    assert photos.pixels(stripped) == photos.pixels(original)
    # Stripping the stripped form changes nothing: it is a fixed point.
    assert strip_metadata(stripped) == stripped


def test_jpeg_keeps_the_colour_profile_and_the_scan_bytes() -> None:
    original = photos.jpeg_with_place()
    stripped = strip_metadata(original)
    assert b"ICC_PROFILE\x00" in stripped
    scan = original.index(b"\xff\xda")
    end = original.index(b"\xff\xd9", scan)
    assert original[scan : end + 2] in stripped
    assert stripped.endswith(b"\xff\xd9")


@pytest.mark.parametrize(
    "options", [{"progressive": True}, {"restart_marker_blocks": 1}, {"quality": 30}]
)
def test_jpeg_variants_decode_the_same(options: dict[str, object]) -> None:
    picture = Image.effect_mandelbrot((64, 48), (-2, -1.2, 1, 1.2), 40).convert("RGB")
    out = io.BytesIO()
    picture.save(out, format="JPEG", exif=photos.gps_exif(), **options)
    stripped = strip_metadata(out.getvalue())
    assert not photos.shows_place(stripped)
    assert photos.pixels(stripped) == photos.pixels(out.getvalue())


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"GIF89a....",
        b"\x00\x00\x00\x18ftypmp42",  # a video
        photos.jpeg_with_place()[:200],  # cut short
        photos.png_with_place()[:60],
        b"\xff\xd8\xff\xe1\xff\xff",  # a segment longer than the file
    ],
)
def test_what_cannot_be_walked_is_not_stripped(data: bytes) -> None:
    with pytest.raises(NotStrippable):
        strip_metadata(data)


def test_the_vectors_are_what_the_filter_gives() -> None:
    assert make_stripping_vectors.render(from_file=True) == VECTORS.path.read_text("utf-8")
    for vector in VECTORS.group("vectors"):
        original = base64.b64decode(vector["input_base64"])
        stripped = base64.b64decode(vector["stripped_base64"])
        assert hashlib.sha256(original).hexdigest() == vector["input_sha256"]
        assert strip_metadata(original) == stripped
        assert hashlib.sha256(stripped).hexdigest() == vector["stripped_sha256"]
        assert photos.gps_of(original) and not photos.shows_place(stripped)


def test_a_jfxx_thumbnail_goes_and_jfif_stays() -> None:
    """A thumbnail may show what a crop cut away, so JFXX goes; JFIF itself stays."""
    original = photos.jpeg_with_place()
    thumbnail = b"\xff\xe0" + (2 + 5 + 8).to_bytes(2, "big") + b"JFXX\x00" + b"\x10" + bytes(7)
    with_thumbnail = original[:2] + thumbnail + original[2:]
    stripped = strip_metadata(with_thumbnail)
    assert b"JFXX" not in stripped and b"JFIF\x00" in stripped
    assert stripped == strip_metadata(original)
