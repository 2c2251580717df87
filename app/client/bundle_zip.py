"""Reading a bundle ZIP strictly: every member listed by the manifest with its
size and SHA-256, nothing else present, and the container itself byte-for-byte
the canonical one (app/protocol/bundle_layout.py)."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stream_zip import stream_zip

from app.client import json_schema
from app.client.bundle_log import BundleInvalid
from app.protocol import bundle_layout as layout
from app.protocol import strict_json
from app.protocol.commitment import canonical_json
from app.protocol.encoding import b64decode

READ_BYTES = 1024 * 1024
MANIFEST_SCHEMA = "bundle-manifest.schema.json"
# What zipfile raises for a damaged archive, depending on the byte damaged
# (a flag bit can make it claim encryption or an unknown compression).
ZIP_ERRORS = (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError, EOFError)


@dataclass(frozen=True)
class Listed:
    size: int
    sha256: bytes


class BundleZip:
    """The ZIP, with its manifest's listing, handing out members only after
    their bytes were checked against it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
            self.names = self.zip.namelist()
        except ZIP_ERRORS as exc:
            raise BundleInvalid(path.name, "ZIP structure", str(exc)) from None
        self.manifest_bytes = self._member_bytes(layout.MANIFEST)
        try:
            self.manifest: dict[str, Any] = strict_json.loads(self.manifest_bytes)
        except ValueError as exc:
            raise BundleInvalid(layout.MANIFEST, "format", str(exc)) from None
        problem = next(json_schema.validator(MANIFEST_SCHEMA).iter_errors(self.manifest), None)
        if problem is not None:
            raise BundleInvalid(
                layout.MANIFEST, "schema", f"{problem.json_path}: {problem.message}"
            )
        if canonical_json(self.manifest) != self.manifest_bytes:
            raise BundleInvalid(
                layout.MANIFEST, "canonical form", "it is not canonical JSON (spacing or order)"
            )
        self.listing = self._listing()
        self.used: set[str] = {layout.MANIFEST}

    def close(self) -> None:
        self.zip.close()

    def _member_bytes(self, name: str) -> bytes:
        try:
            return self.zip.read(name)
        except KeyError:
            raise BundleInvalid(name, "presence", "the member is missing") from None
        except ZIP_ERRORS as exc:
            raise BundleInvalid(name, "ZIP CRC-32 and header", str(exc)) from None

    def _listing(self) -> dict[str, Listed]:
        if len(set(self.names)) != len(self.names) or self.names[-1:] != [layout.MANIFEST]:
            raise BundleInvalid(
                layout.MANIFEST, "member list", "members repeat, or the manifest is not last"
            )
        members = self.manifest.get("members", [])
        listed = {m["path"]: Listed(int(m["size"]), b64decode(m["sha256"])) for m in members}
        if [m["path"] for m in members] != self.names[:-1]:
            raise BundleInvalid(
                layout.MANIFEST, "member list", "the ZIP's members are not those the manifest lists"
            )
        for info in self.zip.infolist()[:-1]:
            if info.file_size != listed[info.filename].size:
                raise BundleInvalid(info.filename, "size", "it differs from the manifest")
        return listed

    def read(self, name: str) -> bytes:
        if name not in self.listing:
            raise BundleInvalid(name, "presence", "the manifest does not list it")
        data = self._member_bytes(name)
        if hashlib.sha256(data).digest() != self.listing[name].sha256:
            raise BundleInvalid(
                name, "SHA-256", "the member's bytes differ from the manifest's hash"
            )
        self.used.add(name)
        return data

    def has(self, name: str) -> bool:
        return name in self.listing

    def stream(self, name: str, piece_bytes: int = READ_BYTES) -> Iterator[bytes]:
        """The member's bytes in pieces of `piece_bytes` (the last may be shorter);
        its hash is checked against the manifest's after the last one."""
        if name not in self.listing:
            raise BundleInvalid(name, "presence", "the manifest does not list it")
        digest = hashlib.sha256()
        try:
            with self.zip.open(name) as member:
                while piece := member.read(piece_bytes):
                    digest.update(piece)
                    yield piece
        except ZIP_ERRORS as exc:
            raise BundleInvalid(name, "ZIP CRC-32 and header", str(exc)) from None
        if digest.digest() != self.listing[name].sha256:
            raise BundleInvalid(
                name, "SHA-256", "the member's bytes differ from the manifest's hash"
            )
        self.used.add(name)

    def check_all_used(self) -> None:
        unused = [name for name in self.names if name not in self.used]
        if unused:
            raise BundleInvalid(unused[0], "purpose", "the bundle holds a member nothing refers to")

    def check_container(self) -> None:
        """Rebuild the canonical ZIP from the members and compare every byte."""
        members = (
            layout.streamed_member(info.filename, info.file_size, info.CRC, self._raw(info))
            for info in self.zip.infolist()
        )
        expected = stream_zip(
            members, chunk_size=layout.CHUNK_BYTES, extended_timestamps=layout.EXTENDED_TIMESTAMPS
        )
        offset = 0
        with self.path.open("rb") as actual:
            for chunk in expected:
                found = actual.read(len(chunk))
                if found != chunk:
                    at = offset + _first_difference(found, chunk)
                    raise BundleInvalid(self.path.name, "canonical ZIP layout", self._where(at))
                offset += len(chunk)
            if actual.read(1):
                raise BundleInvalid(
                    self.path.name, "canonical ZIP layout", f"bytes follow the end, at {offset}"
                )

    def _raw(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        try:
            with self.zip.open(info) as member:
                while piece := member.read(READ_BYTES):
                    yield piece
        except ZIP_ERRORS as exc:
            raise BundleInvalid(info.filename, "ZIP CRC-32 and header", str(exc)) from None

    def _where(self, offset: int) -> str:
        region = "the central directory"
        # zipfile records where the central directory starts, though typeshed omits it.
        start_dir: int = getattr(self.zip, "start_dir", 0)
        if offset < start_dir:
            for info in self.zip.infolist():
                if info.header_offset <= offset:
                    region = f"the header or data of {info.filename}"
        return f"byte {offset} differs from the canonical encoding (in {region})"


def _first_difference(found: bytes, expected: bytes) -> int:
    for index, (a, b) in enumerate(zip(found, expected, strict=False)):
        if a != b:
            return index
    return min(len(found), len(expected))
