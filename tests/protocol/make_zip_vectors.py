"""Generate docs/vectors/zip.json and docs/vectors/canonical.zip: a small
reference ZIP in the bundle's canonical layout (§25.7).

    .venv/bin/python -m tests.protocol.make_zip_vectors > docs/vectors/zip.json
    .venv/bin/python -m tests.protocol.make_zip_vectors --zip > docs/vectors/canonical.zip

Two members, stored as a bundle stores every member (app/protocol/bundle_layout.py).
The JSON lists the inputs, the whole ZIP in hex, and every field of it with
its offset, as read by `fields` below: a reader of the ZIP written from the
byte layout in docs/protocol/25-evidence-bundles.md, not from stream-zip, so
the test shows that the document and the bytes agree.
"""

from __future__ import annotations

import hashlib
import json
import struct
import sys
import zlib
from typing import Any

from stream_zip import stream_zip

from app.protocol import bundle_layout as layout

MEMBERS: tuple[tuple[str, bytes], ...] = (
    ("README.txt", b"Daybook reference ZIP\n"),
    ("manifest.json", b'{"members":[]}'),
)


def reference_zip() -> bytes:
    members = (layout.member(name, data) for name, data in MEMBERS)
    return b"".join(
        stream_zip(
            members, chunk_size=layout.CHUNK_BYTES, extended_timestamps=layout.EXTENDED_TIMESTAMPS
        )
    )


Field = dict[str, Any]


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.offset = data, 0
        self.fields: list[Field] = []

    def take(self, record: str, name: str, size: int) -> bytes:
        raw = self.data[self.offset : self.offset + size]
        assert len(raw) == size, f"{record}.{name} runs past the end"
        self.fields.append(
            {"offset": self.offset, "record": record, "field": name, "hex": raw.hex()}
        )
        self.offset += size
        return raw

    def u16(self, record: str, name: str) -> int:
        value: int = struct.unpack("<H", self.take(record, name, 2))[0]
        self.fields[-1]["value"] = value
        return value

    def u32(self, record: str, name: str) -> int:
        value: int = struct.unpack("<I", self.take(record, name, 4))[0]
        self.fields[-1]["value"] = value
        return value

    def u64(self, record: str, name: str) -> int:
        value: int = struct.unpack("<Q", self.take(record, name, 8))[0]
        self.fields[-1]["value"] = value
        return value


def _local(reader: _Reader, number: int) -> None:
    record = f"local file header {number}"
    reader.take(record, "signature", 4)
    for name in ("version needed", "flags", "compression method", "time", "date"):
        reader.u16(record, name)
    reader.u32(record, "crc-32")
    reader.u32(record, "compressed size")
    reader.u32(record, "uncompressed size")
    name_length = reader.u16(record, "file name length")
    reader.u16(record, "extra field length")
    reader.take(record, "file name", name_length)
    reader.u16(record, "zip64 extra: tag")
    reader.u16(record, "zip64 extra: size")
    size = reader.u64(record, "zip64 extra: uncompressed size")
    reader.u64(record, "zip64 extra: compressed size")
    reader.take(f"file data {number}", "data", size)


def _central(reader: _Reader, number: int) -> None:
    record = f"central directory header {number}"
    reader.take(record, "signature", 4)
    for name in ("version made by", "version needed", "flags", "compression method"):
        reader.u16(record, name)
    reader.u16(record, "time")
    reader.u16(record, "date")
    reader.u32(record, "crc-32")
    reader.u32(record, "compressed size")
    reader.u32(record, "uncompressed size")
    name_length = reader.u16(record, "file name length")
    reader.u16(record, "extra field length")
    reader.u16(record, "comment length")
    reader.u16(record, "disk number start")
    reader.u16(record, "internal attributes")
    reader.u32(record, "external attributes")
    reader.u32(record, "local header offset")
    reader.take(record, "file name", name_length)
    reader.u16(record, "zip64 extra: tag")
    reader.u16(record, "zip64 extra: size")
    reader.u64(record, "zip64 extra: uncompressed size")
    reader.u64(record, "zip64 extra: compressed size")
    reader.u64(record, "zip64 extra: local header offset")


def _end(reader: _Reader) -> None:
    record = "zip64 end of central directory record"
    reader.take(record, "signature", 4)
    reader.u64(record, "size of the rest of the record")
    reader.u16(record, "version made by")
    reader.u16(record, "version needed")
    reader.u32(record, "this disk")
    reader.u32(record, "disk of the central directory")
    reader.u64(record, "entries on this disk")
    reader.u64(record, "entries")
    reader.u64(record, "central directory size")
    reader.u64(record, "central directory offset")
    record = "zip64 end of central directory locator"
    reader.take(record, "signature", 4)
    reader.u32(record, "disk of the zip64 end record")
    reader.u64(record, "zip64 end record offset")
    reader.u32(record, "disks")
    record = "end of central directory record"
    reader.take(record, "signature", 4)
    for name in ("this disk", "disk of the central directory", "entries on this disk", "entries"):
        reader.u16(record, name)
    reader.u32(record, "central directory size")
    reader.u32(record, "central directory offset")
    reader.u16(record, "comment length")


def fields(data: bytes, count: int) -> list[Field]:
    """Every field of a canonical ZIP of `count` members, in file order."""
    reader = _Reader(data)
    for number in range(1, count + 1):
        _local(reader, number)
    for number in range(1, count + 1):
        _central(reader, number)
    _end(reader)
    assert reader.offset == len(data), "bytes follow the end record"
    return reader.fields


def vectors() -> dict[str, Any]:
    data = reference_zip()
    return {
        "description": "A ZIP in the canonical bundle layout (§25.7) of the members below, "
        "in order; canonical.zip holds the same bytes.",
        "members": [
            {
                "name": name,
                "data_text": content.decode("ascii"),
                "size": len(content),
                "crc32_hex": f"{zlib.crc32(content):08x}",
            }
            for name, content in MEMBERS
        ],
        "zip_size": len(data),
        "zip_sha256_hex": hashlib.sha256(data).hexdigest(),
        "zip_hex": data.hex(),
        "fields": fields(data, len(MEMBERS)),
    }


def render() -> str:
    return json.dumps(vectors(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    if sys.argv[1:] == ["--zip"]:
        sys.stdout.buffer.write(reference_zip())
    else:
        sys.stdout.write(render())
