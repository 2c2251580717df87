"""Writing the police pack: reports, exhibits, SHA256SUMS, verification.txt.

The pack is built in a hidden directory beside the target and renamed into
place only when complete, so a failed check never leaves a half-written pack.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from pathlib import Path

from app.client.bundle_open import OpenedBundle, place_exhibits, verify_bundle
from app.client.police_pack.casework import check_initials, timeline_csv
from app.client.police_pack.casework_pdf import render_casework_pdf
from app.client.police_pack.html import render_html
from app.client.police_pack.model import PolicePack
from app.client.police_pack.pdf import render_pdf
from app.client.police_pack.text import DEVICE_CLOCK
from app.protocol.bundle import BundleKey
from app.protocol.cosignature import CosignatureVerifier
from app.protocol.timestamp import TsaTrust

SUMS = "SHA256SUMS"
VERIFICATION = "verification.txt"


def open_bundle(
    bundle: Path,
    key: BundleKey,
    out: Path,
    *,
    tsa_roots: TsaTrust | None = None,
    witnesses: Sequence[CosignatureVerifier] = (),
    initials: str | None = None,
) -> PolicePack:
    """Verify `bundle` and write its police pack into the new directory `out`;
    with the producer's `initials`, also the schedule and timeline for police
    work (police-schedule.pdf, timeline.csv) with exhibits labelled JS/1."""
    if initials is not None:
        initials = check_initials(initials)
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} exists and is not empty")
    partial = out.with_name(f".{out.name}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    (partial / "exhibits").mkdir(parents=True)
    try:
        opened = verify_bundle(
            bundle, key, workdir=partial / "exhibits", tsa_roots=tsa_roots, witnesses=witnesses
        )
        _write(partial, opened, initials)
        if out.exists():
            out.rmdir()
        partial.rename(out)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return opened.pack


def _write(directory: Path, opened: OpenedBundle, initials: str | None) -> None:
    place_exhibits(opened, directory)
    if initials is not None:
        render_casework_pdf(opened.pack, initials, directory / "police-schedule.pdf")
        csv_text = timeline_csv(opened.pack, initials)
        (directory / "timeline.csv").write_text(csv_text, encoding="utf-8")
    (directory / "manifest.json").write_bytes(opened.manifest)
    (directory / "report.html").write_text(render_html(opened.pack), encoding="utf-8")
    render_pdf(opened.pack, directory / "report.pdf")
    (directory / VERIFICATION).write_text(verification_text(opened.pack), encoding="utf-8")
    (directory / SUMS).write_text(sha256sums(directory), encoding="utf-8")


def verification_text(pack: PolicePack) -> str:
    lines = [
        f"Daybook evidence bundle {pack.bundle_id}",
        f"Opened {pack.opened_at.isoformat()} (this computer's clock); "
        f"sealed {pack.sealed_at.isoformat()} ({DEVICE_CLOCK})",
        f"Victim's key fingerprint: {pack.owner_fingerprint}",
        f"Evidence log: {pack.log_origin}, checkpoint of {pack.checkpoint_size} leaves, "
        f"root {pack.checkpoint_root}",
        "",
        "RESULT: every check passed.",
        "",
        "Checks:",
        *(f"  [{check.result}] {check.item}: {check.check}" for check in pack.checks),
        "",
    ]
    return "\n".join(lines)


def sha256sums(directory: Path) -> str:
    """`sha256sum -c` input for every file of the pack but this one."""
    lines = []
    for path in sorted(p for p in directory.rglob("*") if p.is_file() and p.name != SUMS):
        digest = hashlib.sha256()
        with path.open("rb") as file:
            while block := file.read(1024 * 1024):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {path.relative_to(directory).as_posix()}\n")
    return "".join(lines)
