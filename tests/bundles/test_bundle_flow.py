"""A victim's whole export: thirty incidents over several weeks, with edits and
files, into a bundle the police open, check and read."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from app.client.bundle_export import Redaction, Selection
from app.client.bundle_open import BundleInvalid, verify_bundle
from app.client.police_pack.files import open_bundle
from app.client.police_pack.model import PolicePack
from app.protocol.bundle import BundleKey
from app.protocol.printable_key import parse_key
from tests.attachments.conftest import sha256_of
from tests.bundles.flow import bundle_of, download, write_entries
from tests.writers import Writer


async def test_thirty_incidents_open_into_a_checked_police_pack(
    victim: Writer, tmp_path: Path
) -> None:
    ids = await write_entries(victim, tmp_path / "..", 30)
    created = await bundle_of(victim)
    assert (created.entry_count, created.attachment_count) == (30, 10)
    zipped = await download(victim, created, tmp_path / "bundle.zip")

    key = BundleKey(parse_key(created.printable_key, "bundle key"))
    pack = open_bundle(zipped, key, tmp_path / "pack")

    # The report lists them in the order they happened, with their amendments.
    assert [i.current.fields["description"].split(":")[0] for i in pack.incidents] == [
        f"Incident {n}" for n in range(30)
    ]
    assert [i.entry_id for i in pack.incidents] == ids
    amended = [i.number for i in pack.incidents if i.amendments]
    assert amended == [n + 1 for n in range(30) if n % 4 == 1]
    assert all(
        i.current.fields["description"].endswith("(amended)")
        for i in pack.incidents
        if i.amendments
    )
    starts = [i.occurred_start for i in pack.incidents]
    assert None not in starts and starts == sorted(s for s in starts if s is not None)
    check_pack(tmp_path / "pack", pack)


def check_pack(out: Path, pack: PolicePack) -> None:
    """What an officer checks with standard tools: the files are all there and
    `sha256sum -c SHA256SUMS` passes; each exhibit is the original file."""
    assert {p.name for p in out.iterdir()} >= {
        "report.pdf",
        "report.html",
        "SHA256SUMS",
        "verification.txt",
        "manifest.json",
        "exhibits",
    }
    sha256sum = shutil.which("sha256sum")
    assert sha256sum is not None
    checked = subprocess.run(  # noqa: S603 (a fixed tool on files this test wrote)
        [sha256sum, "-c", "SHA256SUMS"], cwd=out, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert len(list((out / "exhibits").iterdir())) == len(pack.exhibits) == 10
    for exhibit in pack.exhibits:
        assert exhibit.pack_path is not None
        assert sha256_of(out / exhibit.pack_path) == exhibit.sha256
    assert "RESULT: every check passed." in (out / "verification.txt").read_text()


@pytest.fixture
async def small_bundle(victim: Writer, tmp_path: Path) -> tuple[Path, BundleKey]:
    await write_entries(victim, tmp_path / "..", 2, files_every=2, edits_every=2)
    created = await bundle_of(victim)
    return await download(victim, created, tmp_path / "bundle.zip"), created.key


def _flipped(source: Path, offset: int, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    data[offset] ^= 0x01
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_one_flipped_byte_anywhere_fails_with_the_item_and_check(
    small_bundle: tuple[Path, BundleKey], tmp_path: Path
) -> None:
    path, key = small_bundle
    verify_bundle(path, key)
    size = path.stat().st_size
    # Every byte of the headers and the central directory, a stride through the rest.
    offsets = sorted({*range(0, 200), *range(size - 2000, size), *range(0, size, 97)})
    failures: dict[str, int] = {}
    for offset in offsets:
        broken = _flipped(path, offset, tmp_path / "broken.zip")
        with pytest.raises(BundleInvalid) as caught:
            verify_bundle(broken, key)
        assert caught.value.item and caught.value.check
        failures[caught.value.check] = failures.get(caught.value.check, 0) + 1
    assert len(failures) >= 3, failures


async def test_a_key_for_another_bundle_fails_cleanly(
    victim: Writer, small_bundle: tuple[Path, BundleKey], tmp_path: Path
) -> None:
    path, _key = small_bundle
    police = tmp_path / "police"
    police.mkdir()
    with pytest.raises(BundleInvalid, match="this key is not the key of this bundle"):
        open_bundle(path, BundleKey.generate(), police / "pack")
    assert os.listdir(police) == []


async def test_selection_and_redaction(victim: Writer, tmp_path: Path) -> None:
    ids = await write_entries(victim, tmp_path / "..", 6, files_every=2)
    withheld_file = uuid.UUID(
        (await victim.diary.history(ids[2]))[-1].incident["attachments"][0]["attachment_id"]
    )
    selection = Selection(
        since=dt.datetime(2026, 9, 3, tzinfo=dt.UTC), until=dt.datetime(2026, 9, 10, tzinfo=dt.UTC)
    )
    redaction = Redaction(fields=frozenset({"recorded_at"}), attachments=frozenset({withheld_file}))
    created = await bundle_of(victim, selection, redaction)
    zipped = await download(victim, created, tmp_path / "bundle.zip")
    pack = verify_bundle(zipped, created.key).pack

    assert [i.entry_id for i in pack.incidents] == ids[1:5]
    for incident in pack.incidents:
        for version in incident.versions:
            assert version.withheld == ("recorded_at",)
            assert "recorded_at" not in version.fields
            assert version.fields["description"].startswith("Incident")
    (withheld,) = [e for e in pack.exhibits if e.attachment_id == withheld_file]
    assert withheld.withheld
    assert [e for e in pack.exhibits if e.withheld] == [withheld]
