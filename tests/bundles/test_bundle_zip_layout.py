"""A bundle the server streams has the byte layout docs/protocol/25-evidence-bundles.md
§25.7 gives, field by field: read with the layout reader of the ZIP vectors,
not with a ZIP library."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.bundles.flow import bundle_of, download, write_entries
from tests.protocol.make_zip_vectors import fields
from tests.protocol.test_zip_vectors import check_documented
from tests.writers import Writer


async def test_a_downloaded_bundle_has_the_documented_layout(
    victim: Writer, tmp_path: Path
) -> None:
    await write_entries(victim, tmp_path, 3, files_every=2)
    zipped = await download(victim, await bundle_of(victim), tmp_path / "bundle.zip")
    with zipfile.ZipFile(zipped) as archive:
        names = archive.namelist()
    assert any(name.startswith("attachments/") for name in names)
    listed = fields(zipped.read_bytes(), len(names))
    check_documented(listed)
    assert [f["hex"] for f in listed if f["field"] == "file name"] == [
        name.encode().hex() for name in names + names
    ]
