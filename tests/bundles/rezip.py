"""Rewriting a bundle ZIP as a forger would: members changed, and the manifest
and container made consistent again (each member's size and SHA-256 listed
anew, the canonical ZIP rebuilt), so that only the checks that look past the
manifest can catch the change."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519
from stream_zip import stream_zip

from app.protocol import bundle, bundle_layout
from app.protocol.commitment import canonical_json
from app.protocol.encoding import b64decode, b64encode


def members(path: Path) -> dict[str, bytes]:
    """Every member but the manifest, in ZIP order."""
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n != bundle_layout.MANIFEST]
        return {name: archive.read(name) for name in names}


def rewrite(
    source: Path,
    target: Path,
    changes: Mapping[str, bytes],
    *,
    manifest_bytes: Callable[[dict[str, Any]], bytes] = canonical_json,
    order: Sequence[str] | None = None,
) -> Path:
    """`source` with the members in `changes` replaced (and put in `order`, if
    given), the manifest listing them anew, encoded by `manifest_bytes`, all
    written as the canonical ZIP."""
    found = {**members(source), **changes}
    if order is not None:
        found = {name: found[name] for name in order}
    return zipped(source, target, list(found.items()), manifest_bytes=manifest_bytes)


def zipped(
    source: Path,
    target: Path,
    stored: Sequence[tuple[str, bytes]],
    *,
    manifest_bytes: Callable[[dict[str, Any]], bytes] = canonical_json,
) -> Path:
    """The members `stored` (a name may come twice), with `source`'s manifest
    listing exactly them, encoded by `manifest_bytes`, as the canonical ZIP."""
    with zipfile.ZipFile(source) as archive:
        listing = json.loads(archive.read(bundle_layout.MANIFEST))
    listing["members"] = [
        {"path": name, "sha256": b64encode(hashlib.sha256(data).digest()), "size": len(data)}
        for name, data in stored
    ]
    entries = [
        *(bundle_layout.member(name, data) for name, data in stored),
        bundle_layout.member(bundle_layout.MANIFEST, manifest_bytes(listing)),
    ]
    with target.open("wb") as out:
        for chunk in stream_zip(
            entries,
            chunk_size=bundle_layout.CHUNK_BYTES,
            extended_timestamps=bundle_layout.EXTENDED_TIMESTAMPS,
        ):
            out.write(chunk)
    return target


def resealed(
    source: Path, key: bundle.BundleKey, signing: ed25519.Ed25519PrivateKey, created_at: str
) -> bytes:
    """statement.json with the statement's `created_at` changed, signed again with
    the victim's key and MACed with the bundle key: what only a victim's device
    (with a wrong clock, or lying) could make."""
    wrapper = json.loads(members(source)[bundle_layout.STATEMENT])
    old = bundle.parse_statement(b64decode(wrapper["statement"]))
    statement = dataclasses.replace(old, created_at=created_at).to_bytes()
    return canonical_json(
        {
            "mac": b64encode(bundle.statement_mac(statement, key)),
            "signature": b64encode(bundle.sign_statement(statement, signing)),
            "statement": b64encode(statement),
        }
    )
