"""A bundle that withholds where things happened carries no place inside its
files either: photos go in their metadata-stripped form, which the police
check against the hash the victim's device signed when it attached them."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest

from app.client.attachments import PendingUpload, upload
from app.client.bundle_export import Redaction
from app.client.bundle_open import BundleInvalid, verify_bundle
from app.client.incident_fields import with_attachments
from app.client.police_pack.files import open_bundle
from app.client.police_pack.model import Exhibit, PolicePack
from app.protocol import bundle_layout as layout
from tests.attachments.conftest import random_file
from tests.bundles.flow import bundle_of, download
from tests.client import photos
from tests.writers import Writer, incident

PLACE = Redaction(fields=frozenset({"location"}))


def _files(folder: Path) -> list[Path]:
    folder.mkdir(exist_ok=True)
    jpeg, png = folder / "car outside.jpg", folder / "screenshot.png"
    jpeg.write_bytes(photos.jpeg_with_place())
    png.write_bytes(photos.png_with_place())
    return [jpeg, png, random_file(folder / "doorbell.mp4", 5000)]


async def _entry_with_files(writer: Writer, paths: list[Path]) -> dict[str, Any]:
    content = incident("He was outside my new flat", day=1)
    content["location"] = {"description": "14 Elm Road, my new flat"}
    references = [await upload(writer.api, PendingUpload.plan(path)) for path in paths]
    written = await writer.diary.add(with_attachments(content, references))
    edited = {**written.incident, "description": "He was outside my new flat, again at 9"}
    await writer.diary.edit(written.entry_id, edited)
    return with_attachments(content, references)


def _by_name(pack: PolicePack) -> dict[str, Exhibit]:
    return {exhibit.file_name: exhibit for exhibit in pack.exhibits}


async def test_a_redacting_bundle_carries_photos_without_their_place(
    victim: Writer, tmp_path: Path
) -> None:
    paths = _files(tmp_path / "phone")
    await _entry_with_files(victim, paths)
    created = await bundle_of(victim, redaction=PLACE)
    # The video has no stripped form: left out, and the victim is told.
    assert [(u.file_name, u.included) for u in created.unstripped] == [("doorbell.mp4", False)]
    zipped = await download(victim, created, tmp_path / "bundle.zip")
    pack = open_bundle(zipped, created.key, tmp_path / "pack")

    exhibits = _by_name(pack)
    assert exhibits["doorbell.mp4"].withheld
    assert exhibits["doorbell.mp4"].metadata.kind == "unstripped"
    for path in paths[:2]:
        exhibit = exhibits[path.name]
        assert exhibit.pack_path is not None and exhibit.metadata.kind == "stripped"
        carried = (tmp_path / "pack" / exhibit.pack_path).read_bytes()
        original = path.read_bytes()
        assert not photos.shows_place(carried), path.name
        assert photos.gps_of(carried) == {}
        assert photos.pixels(carried) == photos.pixels(original)
        assert exhibit.sha256 == hashlib.sha256(carried).hexdigest()
        assert exhibit.metadata.original_sha256 == hashlib.sha256(original).hexdigest()
    # Nothing in the whole pack or bundle names the place.
    for file in [zipped, *(tmp_path / "pack").rglob("*")]:
        if file.is_file():
            data = file.read_bytes()
            assert b"Elm Road" not in data and photos.PLACE_TEXT not in data, file
            assert not any(entry in data for entry in photos.GPS_POINTER_ENTRIES), file
    report = (tmp_path / "pack" / "report.html").read_text("utf-8")
    assert report.count("Metadata stripped.") == 4  # two exhibits, in two tables
    assert "2 with metadata stripped" in report
    assert "cannot be stripped of embedded details" in report
    # The report is clean UTF-8 text that an HTML parser reads without trouble.
    assert not [c for c in report if unicodedata.category(c) == "Cc" and c not in "\n\t"]
    parser = HTMLParser()
    parser.feed(report)
    parser.close()
    pages = _pdf_pages(tmp_path / "pack" / "report.pdf", tmp_path / "pages")
    incident = next(page for page in pages if "Every version as written" in page)
    assert "He was outside my new flat" in incident and "again at 9" in incident
    assert "Where it happened" in incident and "Withheld by the victim" in incident
    assert any("Metadata stripped." in page and "car outside.jpg" in page for page in pages)


def _pdf_pages(pdf: Path, images: Path) -> list[str]:
    """Each page's text; the pages are also drawn into `images`, to be looked at."""
    images.mkdir()
    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            page.render(scale=1.5).to_pil().save(images / f"page-{index + 1}.png")
            pages.append(re.sub(r"\s+", " ", str(page.get_textpage().get_text_range())))
        return pages
    finally:
        document.close()


async def test_without_redaction_the_originals_go_in(victim: Writer, tmp_path: Path) -> None:
    paths = _files(tmp_path / "phone")
    await _entry_with_files(victim, paths)
    created = await bundle_of(victim)
    assert created.unstripped == ()
    zipped = await download(victim, created, tmp_path / "bundle.zip")
    pack = open_bundle(zipped, created.key, tmp_path / "pack")
    for path in paths:
        exhibit = _by_name(pack)[path.name]
        assert exhibit.pack_path is not None and exhibit.metadata.kind == "as recorded"
        assert (tmp_path / "pack" / exhibit.pack_path).read_bytes() == path.read_bytes()
    assert created.attachment_count == 3


async def test_the_victim_can_include_unstripped_files_knowingly(
    victim: Writer, tmp_path: Path
) -> None:
    paths = _files(tmp_path / "phone")
    await _entry_with_files(victim, paths)
    redaction = Redaction(fields=frozenset({"location"}), include_unstripped=True)
    created = await bundle_of(victim, redaction=redaction)
    assert [(u.file_name, u.included) for u in created.unstripped] == [("doorbell.mp4", True)]
    zipped = await download(victim, created, tmp_path / "bundle.zip")
    pack = open_bundle(zipped, created.key, tmp_path / "pack")
    video = _by_name(pack)["doorbell.mp4"]
    assert video.metadata.kind == "unstripped" and video.pack_path is not None
    assert "Not stripped" in (tmp_path / "pack" / "report.html").read_text("utf-8")


def _stripped_member(zipped: Path, content: dict[str, Any], name: str) -> str:
    (reference,) = [a for a in content["attachments"] if a["file_name"] == name]
    member = layout.attachment_member(uuid.UUID(reference["stripped"]["attachment_id"]))
    with zipfile.ZipFile(zipped) as archive:
        assert member in archive.namelist()
        assert layout.attachment_member(uuid.UUID(reference["attachment_id"])) not in (
            archive.namelist()
        )
    return member


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_changed_stripped_exhibit_fails(victim: Writer, tmp_path: Path) -> None:
    content = await _entry_with_files(victim, _files(tmp_path / "phone")[:1])
    created = await bundle_of(victim, redaction=PLACE)
    zipped = await download(victim, created, tmp_path / "bundle.zip")
    member = _stripped_member(zipped, content, "car outside.jpg")
    with zipfile.ZipFile(zipped) as archive:
        info = archive.getinfo(member)
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data = bytearray(zipped.read_bytes())
    data[start + 100] ^= 0x01
    broken = tmp_path / "broken.zip"
    broken.write_bytes(bytes(data))
    with pytest.raises(BundleInvalid) as caught:
        verify_bundle(broken, created.key)
    assert caught.value.item == member


async def test_a_stripped_copy_that_is_not_the_one_signed_fails(
    victim: Writer, tmp_path: Path
) -> None:
    """A device that uploads other bytes as the stripped copy than the form whose
    hash it signed (a bug, or a forgery) makes a bundle the police refuse."""
    jpeg = _files(tmp_path / "phone")[0]
    pending = PendingUpload.plan(jpeg)
    other = tmp_path / "other.jpg"
    other.write_bytes(photos.png_with_place())
    reference = await upload(victim.api, pending)
    decoy = await upload(victim.api, PendingUpload.plan(other))
    reference["stripped"] = {
        **decoy["stripped"],
        "sha256": reference["stripped"]["sha256"],
        "size": reference["stripped"]["size"],
    }
    content = with_attachments(incident("He was outside", day=2), [reference])
    content["location"] = {"description": "14 Elm Road"}
    await victim.diary.add(content)
    created = await bundle_of(victim, redaction=PLACE)
    zipped = await download(victim, created, tmp_path / "bundle.zip")
    with pytest.raises(BundleInvalid) as caught:
        verify_bundle(zipped, created.key)
    assert (caught.value.check, str(caught.value.item)) == (
        "file SHA-256",
        layout.attachment_member(uuid.UUID(decoy["stripped"]["attachment_id"])),
    )
    assert "stripped form" in str(caught.value)


async def test_an_older_reference_with_a_gps_position_keeps_its_files_out(
    victim: Writer, tmp_path: Path
) -> None:
    """Entries written before stripping recorded the photo's position in the
    reference itself; a redacting bundle withholds the file list of such an entry."""
    jpeg = _files(tmp_path / "phone")[0]
    reference = await upload(victim.api, PendingUpload.plan(jpeg))
    del reference["stripped"]
    reference["capture_location"] = {"latitude": 51.5074, "longitude": -0.1278}
    content = with_attachments(incident("He was outside", day=3), [reference])
    await victim.diary.add(content)
    created = await bundle_of(victim, redaction=PLACE)
    assert [(u.file_name, u.included) for u in created.unstripped] == [("car outside.jpg", False)]
    zipped = await download(victim, created, tmp_path / "bundle.zip")
    (only,) = verify_bundle(zipped, created.key).pack.incidents
    assert all("attachments" in v.withheld for v in only.versions)
    assert b"51.5074" not in zipped.read_bytes()
