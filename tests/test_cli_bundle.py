"""`daybook bundle ...`, in-process against the ASGI app like tests/test_cli.py:
the victim makes a bundle and a link; the police open and verify it with the
key alone, and a wrong key or a damaged file fails loudly, writing nothing."""

from __future__ import annotations

import re
from pathlib import Path

from tests.attachments.conftest import random_file
from tests.client import photos
from tests.test_cli import run
from tests.test_cli_diary import LONDON, add, add_simple, ok, profile_path, signed_in

__all__ = ["profile_path", "signed_in"]  # fixtures used here

KEY = re.compile(r"[A-Z2-7]{5}(?:-[A-Z2-7]{1,5}){10}")


def test_make_share_open_and_verify_a_bundle(signed_in: Path, tmp_path: Path) -> None:
    add_simple(signed_in, "He followed me from the station", "2026-03-14T21:05")
    add_simple(signed_in, "He was outside my door", "2026-03-16T07:30")
    qr = tmp_path / "key.png"
    created = ok(signed_in, "bundle", "create", "--redact", "recorded_at", "--qr", str(qr))
    found = KEY.search(created.stdout)
    assert found is not None, created.stdout
    key = found.group(0)
    assert "2 entries" in created.stdout
    assert qr.read_bytes().startswith(b"\x89PNG")
    bundle_id = re.search(r"Bundle ([0-9a-f-]{36})", created.stdout)
    assert bundle_id is not None

    zipped = tmp_path / "bundle.zip"
    ok(signed_in, "bundle", "download", bundle_id.group(1), "--out", str(zipped))
    link = ok(signed_in, "bundle", "link", bundle_id.group(1), "--days", "2")
    assert "/v1/bundle-downloads/dbl_" in link.stdout
    assert bundle_id.group(1) in ok(signed_in, "bundle", "list").stdout

    verified = run(signed_in, "bundle", "verify", str(zipped), "--key", key)
    assert verified.exit_code == 0, verified.output
    assert "Every check passed: 2 incidents." in verified.stdout
    pack = tmp_path / "pack"
    opened = run(
        signed_in, "bundle", "open", str(zipped), "--out", str(pack), DAYBOOK_BUNDLE_KEY=key
    )
    assert opened.exit_code == 0, opened.output
    assert (pack / "report.pdf").exists() and (pack / "SHA256SUMS").exists()
    report = (pack / "report.html").read_text()
    assert "He followed me from the station" in report
    assert "withheld by the victim" in report.lower()


def test_a_wrong_key_or_a_damaged_file_fails_and_writes_nothing(
    signed_in: Path, tmp_path: Path
) -> None:
    add_simple(signed_in, "He called 14 times")
    created = ok(signed_in, "bundle", "create")
    found, bundle_id = (
        KEY.search(created.stdout),
        re.search(r"Bundle ([0-9a-f-]{36})", created.stdout),
    )
    assert found is not None and bundle_id is not None
    zipped = tmp_path / "bundle.zip"
    ok(signed_in, "bundle", "download", bundle_id.group(1), "--out", str(zipped))

    other_key = "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"
    typo = run(signed_in, "bundle", "verify", str(zipped), "--key", other_key)
    assert typo.exit_code == 1 and "checksum" in typo.output

    data = bytearray(zipped.read_bytes())
    data[len(data) // 2] ^= 0x40
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    failed = run(
        signed_in,
        "bundle",
        "open",
        str(damaged),
        "--key",
        found.group(0),
        "--out",
        str(tmp_path / "pack"),
    )
    assert failed.exit_code == 1
    assert "THE BUNDLE FAILED ITS CHECKS" in failed.output
    assert "Item:" in failed.output and "Check:" in failed.output
    assert not (tmp_path / "pack").exists()


def test_redacting_the_place_strips_photos_and_names_what_is_left_out(
    signed_in: Path, tmp_path: Path
) -> None:
    photo = tmp_path / "car.jpg"
    photo.write_bytes(photos.jpeg_with_place())
    video = random_file(tmp_path / "doorbell.mp4", 4000)
    add(
        signed_in,
        *("--what", "His car outside", "--behaviour", "watching_or_spying"),
        *("--where", "14 Elm Road", "--start", "2026-03-14T21:05", *LONDON),
        *("--attach", str(photo), "--attach", str(video)),
    )
    created = ok(signed_in, "bundle", "create", "--redact", "location")
    plain = " ".join(created.stdout.split())
    assert "Left out: 1 file whose" in plain and "doorbell.mp4" in plain
    assert "--include-unstripped" in plain
    pack = _open(signed_in, created.stdout, tmp_path / "one")
    (exhibit,) = (pack / "exhibits").iterdir()
    assert exhibit.name.endswith("car.jpg") and not photos.shows_place(exhibit.read_bytes())
    assert "Metadata stripped." in (pack / "report.html").read_text()

    knowingly = ok(signed_in, "bundle", "create", "--redact", "location", "--include-unstripped")
    assert "Included as it is, with its hidden details: doorbell.mp4" in knowingly.stdout
    pack = _open(signed_in, knowingly.stdout, tmp_path / "two")
    assert len(list((pack / "exhibits").iterdir())) == 2


def _open(profile: Path, created: str, folder: Path) -> Path:
    found, bundle_id = KEY.search(created), re.search(r"Bundle ([0-9a-f-]{36})", created)
    assert found is not None and bundle_id is not None
    folder.mkdir()
    zipped = folder / "bundle.zip"
    ok(profile, "bundle", "download", bundle_id.group(1), "--out", str(zipped))
    opened = run(
        profile,
        "bundle",
        "open",
        str(zipped),
        "--out",
        str(folder / "pack"),
        "--key",
        found.group(0),
    )
    assert opened.exit_code == 0, opened.output
    return folder / "pack"
