"""One bundle, one file: every byte of every member is fixed by what the checks
verify. A forger who changes a member and lists its new hash in the manifest
(so the manifest and the container are consistent again) is caught by the
member's own check, named with the member: an extra field, other spacing or
key order, a changed `attachments[].size`, members in another order."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from app.client.bundle_open import BundleInvalid, verify_bundle
from app.config import Settings
from app.evidence.publish import publish_checkpoint
from app.protocol import bundle_layout as layout
from app.protocol.bundle import BundleKey
from app.protocol.commitment import canonical_json
from tests.bundles.flow import bundle_of, download, write_entries
from tests.bundles.rezip import members, rewrite
from tests.evidence.tsa import LocalTsa, with_tsa
from tests.writers import Writer

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture
def settings(settings: Settings, local_tsa: LocalTsa, tmp_path: Path) -> Settings:
    # An operator's PEM file with a comment line: the server carries the
    # certificates alone, so every bundle carries one encoding of the chain.
    commented = tmp_path / "tsa-with-comment.pem"
    commented.write_bytes(b"subject=the TSA's root\n" + local_tsa.pki.ca_pem.read_bytes())
    return with_tsa(settings, local_tsa, tsa_certificate=commented)


@pytest.fixture
async def sealed(application: FastAPI, victim: Writer, tmp_path: Path) -> tuple[Path, BundleKey]:
    """One entry with two versions and a file, with time-stamped kept checkpoints."""
    await write_entries(victim, tmp_path / "..", 2, files_every=1, edits_every=2)
    created = await bundle_of(victim)
    await write_entries(victim, tmp_path / "..", 1, files_every=5)
    await publish_checkpoint(application.state.daybook)
    zipped = await download(victim, created, tmp_path / "bundle.zip")
    verify_bundle(zipped, created.key)
    return zipped, created.key


def _entry_with_a_file(path: Path) -> str:
    found = members(path)
    return next(
        n for n in found if n.startswith("entries/") and json.loads(found[n])["attachments"]
    )


def _edited(path: Path, name: str, edit: Edit) -> bytes:
    document = json.loads(members(path)[name])
    edit(document)
    return canonical_json(document)


def _fails(path: Path, key: BundleKey, changes: dict[str, bytes], tmp_path: Path) -> BundleInvalid:
    forged = rewrite(path, tmp_path / "forged.zip", changes)
    with pytest.raises(BundleInvalid) as caught:
        verify_bundle(forged, key)
    return caught.value


def _set(*path: Any, value: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return edit


def _add(*path: Any, value: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = target[path[-1]] + value

    return edit


def _repeat_time_evidence(document: dict[str, Any]) -> None:
    evidence = document["versions"][0]["time_evidence"]
    evidence.append(evidence[0])


WRAPPER_EDITS: dict[str, Edit] = {
    "an extra field": _set("comment", value="added by the server"),
    "an extra field in a version": _set("versions", 0, "comment", value="x"),
    "an extra field in a receipt": _set("versions", 0, "receipt", "comment", value="x"),
    "an extra field in a file": _set("attachments", 0, "comment", value="x"),
    "attachments[].size": _add("attachments", 0, "size", value=1),
    "versions[].version": _add("versions", 0, "version", value=10),
    "a leaf index as a string": lambda d: _set(
        "versions", 0, "receipt", "leaf_index", value=str(d["versions"][0]["receipt"]["leaf_index"])
    )(d),
    "a tree size as a float": lambda d: _set(
        "versions",
        0,
        "time_evidence",
        0,
        "tree_size",
        value=float(d["versions"][0]["time_evidence"][0]["tree_size"]),
    )(d),
    "time evidence given twice": _repeat_time_evidence,
}


@pytest.mark.parametrize("edit", WRAPPER_EDITS)
async def test_an_unsigned_wrapper_field_of_an_entry_cannot_change(
    sealed: tuple[Path, BundleKey], tmp_path: Path, edit: str
) -> None:
    path, key = sealed
    name = _entry_with_a_file(path)
    failed = _fails(path, key, {name: _edited(path, name, WRAPPER_EDITS[edit])}, tmp_path)
    assert (failed.item, failed.check) == (name, "canonical form"), failed


def _reversed_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _reversed_keys(value[k]) for k in sorted(value, reverse=True)}
    if isinstance(value, list):
        return [_reversed_keys(v) for v in value]
    return value


RESERIALISED: dict[str, Callable[[Any], bytes]] = {
    "spaced": lambda d: json.dumps(d, sort_keys=True, indent=1).encode(),
    "keys in another order": lambda d: json.dumps(
        _reversed_keys(d), separators=(",", ":")
    ).encode(),
    "a space after each colon": lambda d: json.dumps(
        d, sort_keys=True, separators=(",", ": ")
    ).encode(),
    "an extra top-level field": lambda d: canonical_json({**d, "zz_extra": True}),
    "a trailing newline": lambda d: canonical_json(d) + b"\n",
}


@pytest.mark.parametrize("how", RESERIALISED)
async def test_every_json_member_reserialised_differently_fails(
    sealed: tuple[Path, BundleKey], tmp_path: Path, how: str
) -> None:
    """The same values in other bytes, member by member: each fails, naming the
    member and its check."""
    path, key = sealed
    names = [n for n in members(path) if n.endswith(".json")]
    assert {layout.STATEMENT} < set(names)
    assert any(n.startswith("entries/") for n in names)
    assert any(n.startswith("log/checkpoints/") for n in names)
    for name in names:
        document = json.loads(members(path)[name])
        failed = _fails(path, key, {name: RESERIALISED[how](document)}, tmp_path)
        assert (failed.item, failed.check) == (name, "canonical form"), failed


@pytest.mark.parametrize("how", ["spaced", "keys in another order", "a trailing newline"])
async def test_the_manifest_reserialised_differently_fails(
    sealed: tuple[Path, BundleKey], tmp_path: Path, how: str
) -> None:
    path, key = sealed
    forged = tmp_path / "forged.zip"
    rewrite(path, forged, {}, manifest_bytes=RESERIALISED[how])
    with pytest.raises(BundleInvalid) as caught:
        verify_bundle(forged, key)
    assert (caught.value.item, caught.value.check) == (layout.MANIFEST, "canonical form")


async def test_the_tsa_chain_is_carried_in_one_encoding(
    sealed: tuple[Path, BundleKey], tmp_path: Path
) -> None:
    path, key = sealed
    chain = members(path)[layout.TSA_CERTIFICATES]
    assert chain.startswith(b"-----BEGIN CERTIFICATE-----\n")
    for changed in (b"subject=the TSA\n" + chain, chain + b"\n", chain.replace(b"\n", b"\r\n")):
        failed = _fails(path, key, {layout.TSA_CERTIFICATES: changed}, tmp_path)
        assert (failed.item, failed.check) == (layout.TSA_CERTIFICATES, "canonical form")


async def test_members_in_another_order_fail(
    sealed: tuple[Path, BundleKey], tmp_path: Path
) -> None:
    path, key = sealed
    found = members(path)
    attachment = next(n for n in found if n.startswith("attachments/"))
    moved = {n: d for n, d in found.items() if n != attachment} | {attachment: found[attachment]}
    forged = tmp_path / "forged.zip"
    rewrite(path, forged, {}, order=list(moved))
    with pytest.raises(BundleInvalid) as caught:
        verify_bundle(forged, key)
    assert (caught.value.item, caught.value.check) == ("forged.zip", "member order")
