"""docs/vectors/zip.json and canonical.zip: the bundle's canonical ZIP layout
(§25.7), byte for byte. The code must produce exactly the published bytes from
the published members, on the client's path (stream_zip) and on the server's
(async_stream_zip, as app/bundles/assembly.py streams a bundle); and every
field must hold the value docs/protocol/25-evidence-bundles.md gives it."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import AsyncIterator
from io import BytesIO
from typing import Any

from stream_zip import AsyncMemberFile, async_stream_zip, stream_zip

from app.protocol import bundle_layout as layout
from tests.protocol import make_zip_vectors
from tests.protocol.vector_files import VECTORS_DIR, VectorFile

VECTORS = VectorFile("zip.json")
REFERENCE = VECTORS_DIR / "canonical.zip"

# The fixed fields of §25.7, by (record kind, field).
FIXED = {
    ("local file header", "signature"): "504b0304",
    ("local file header", "version needed"): 45,
    ("local file header", "flags"): 0x0800,
    ("local file header", "compression method"): 0,
    ("local file header", "time"): 0x0000,
    ("local file header", "date"): 0x0021,
    ("local file header", "compressed size"): 0xFFFFFFFF,
    ("local file header", "uncompressed size"): 0xFFFFFFFF,
    ("local file header", "extra field length"): 20,
    ("local file header", "zip64 extra: tag"): 0x0001,
    ("local file header", "zip64 extra: size"): 16,
    ("central directory header", "signature"): "504b0102",
    ("central directory header", "version made by"): 0x032D,
    ("central directory header", "version needed"): 45,
    ("central directory header", "flags"): 0x0800,
    ("central directory header", "compression method"): 0,
    ("central directory header", "time"): 0x0000,
    ("central directory header", "date"): 0x0021,
    ("central directory header", "compressed size"): 0xFFFFFFFF,
    ("central directory header", "uncompressed size"): 0xFFFFFFFF,
    ("central directory header", "extra field length"): 28,
    ("central directory header", "comment length"): 0,
    ("central directory header", "disk number start"): 0,
    ("central directory header", "internal attributes"): 0,
    ("central directory header", "external attributes"): 0o100644 << 16,
    ("central directory header", "local header offset"): 0xFFFFFFFF,
    ("central directory header", "zip64 extra: tag"): 0x0001,
    ("central directory header", "zip64 extra: size"): 24,
    ("zip64 end of central directory record", "signature"): "504b0606",
    ("zip64 end of central directory record", "size of the rest of the record"): 44,
    ("zip64 end of central directory record", "version made by"): 45,
    ("zip64 end of central directory record", "version needed"): 45,
    ("zip64 end of central directory record", "this disk"): 0,
    ("zip64 end of central directory record", "disk of the central directory"): 0,
    ("zip64 end of central directory locator", "signature"): "504b0607",
    ("zip64 end of central directory locator", "disk of the zip64 end record"): 0,
    ("zip64 end of central directory locator", "disks"): 1,
    ("end of central directory record", "signature"): "504b0506",
    ("end of central directory record", "this disk"): 0xFFFF,
    ("end of central directory record", "disk of the central directory"): 0xFFFF,
    ("end of central directory record", "entries on this disk"): 0xFFFF,
    ("end of central directory record", "entries"): 0xFFFF,
    ("end of central directory record", "central directory size"): 0xFFFFFFFF,
    ("end of central directory record", "central directory offset"): 0xFFFFFFFF,
    ("end of central directory record", "comment length"): 0,
}


def _members() -> list[tuple[str, bytes]]:
    return [(m["name"], m["data_text"].encode("ascii")) for m in VECTORS.data["members"]]


def test_vector_files_are_exactly_the_generator_output() -> None:
    assert VECTORS.path.read_text(encoding="utf-8") == make_zip_vectors.render(), (
        "docs/vectors/zip.json is stale: regenerate it with "
        "`.venv/bin/python -m tests.protocol.make_zip_vectors > docs/vectors/zip.json`"
    )
    assert REFERENCE.read_bytes() == make_zip_vectors.reference_zip()
    assert REFERENCE.read_bytes().hex() == VECTORS.data["zip_hex"]


def test_the_client_writes_the_published_bytes_from_the_published_members() -> None:
    members = (layout.member(name, data) for name, data in _members())
    written = b"".join(
        stream_zip(
            members, chunk_size=layout.CHUNK_BYTES, extended_timestamps=layout.EXTENDED_TIMESTAMPS
        )
    )
    assert written == REFERENCE.read_bytes()


async def _once(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def test_the_server_streams_the_published_bytes() -> None:
    async def members() -> AsyncIterator[AsyncMemberFile]:
        for name, data in _members():
            yield layout.async_member(name, len(data), zlib.crc32(data), _once(data))

    streamed = async_stream_zip(
        members(), chunk_size=layout.CHUNK_BYTES, extended_timestamps=layout.EXTENDED_TIMESTAMPS
    )
    assert b"".join([chunk async for chunk in streamed]) == REFERENCE.read_bytes()


def check_documented(listed: list[dict[str, Any]]) -> None:
    """Every fixed field of every record holds the value §25.7 gives it."""
    seen = set()
    for field in listed:
        kind = field["record"].rstrip("0123456789 ")
        expected = FIXED.get((kind, field["field"]))
        if expected is None:
            continue
        seen.add((kind, field["field"]))
        actual = field["hex"] if isinstance(expected, str) else field["value"]
        assert actual == expected, field
    assert seen == set(FIXED)


def test_every_field_holds_the_documented_value() -> None:
    data = REFERENCE.read_bytes()
    listed = VECTORS.data["fields"]
    assert "".join(f["hex"] for f in listed) == data.hex()
    check_documented(listed)


def test_standard_readers_see_the_members() -> None:
    with zipfile.ZipFile(BytesIO(REFERENCE.read_bytes())) as archive:
        assert [(i.filename, archive.read(i)) for i in archive.infolist()] == _members()
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in archive.infolist())
