"""A 1 GiB bundle verified in the browser verifier, with its peak memory.

    python -m bench.browser_verify [--attachment-mib M] [--files K]

On a fresh live server (bench/server.py): one victim uploads K files (default
1) totalling M MiB (default 1024) of os.urandom and writes one entry per file;
a bundle of them is created and downloaded (set-up, not measured). Then
daybook-verify.html (app/verifier) is opened from disk in Chromium with the
network off, the ZIP picked and the key typed as an officer does, and the
time to the result is measured while the resident memory of every browser
process is sampled every 100 ms (web/verifier/scripts/bench.mjs). For
contrast, the same file through `verify_bundle` in this process's child.
Everything is removed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from app.client import identity
from app.client.api import DaybookApi
from app.client.bundle_export import Selection, create_bundle
from app.client.diary import Diary, Replica
from app.client.incident_fields import with_attachments
from app.protocol.printable_key import format_key
from bench.bundle import file_sizes, upload_files
from bench.common import PASSPHRASE
from bench.server import live_server, log
from dev import node_environment
from tests.writers import incident

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "app" / "verifier" / "daybook-verify.html"
RUNNER = ROOT / "web" / "verifier" / "scripts" / "bench.mjs"
MIB = 1024 * 1024


async def make_bundle(workdir: Path, total_mib: int, files: int) -> tuple[Path, str]:
    async with live_server() as server, DaybookApi(server.base_url) as api:
        me, _ = await identity.register(api, "robin", PASSPHRASE, "phone")
        sizes = file_sizes(total_mib * MIB, files)
        references, _, _ = await upload_files(api, server.pid, workdir, sizes)
        diary = Diary(api, me)
        for number, reference in enumerate(references, start=1):
            await diary.add(with_attachments(incident(f"Recording {number}"), [reference]))
        log("set-up: creating the bundle")
        created = await create_bundle(Diary(api, me), Replica(), Selection())
        target = workdir / "bundle.zip"
        log("set-up: downloading it")
        async with api.stream(f"/v1/bundles/{created.bundle_id}/zip") as response:
            with target.open("wb") as out:
                async for piece in response.aiter_bytes():
                    out.write(piece)
        return target, format_key(created.key.secret)


def in_browser(bundle: Path, key: str) -> dict[str, object]:
    env = node_environment()
    node = shutil.which("node", path=env["PATH"])
    assert node is not None
    ran = subprocess.run(  # noqa: S603 - our own fixed arguments
        [node, str(RUNNER), str(PAGE), str(bundle), key],
        check=False,
        capture_output=True,
        env=env,
        cwd=RUNNER.parents[1],
    )
    if ran.returncode != 0:
        raise RuntimeError(f"the browser run failed:\n{ran.stderr.decode()}")
    result: dict[str, object] = json.loads(ran.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--attachment-mib", type=int, default=1024)
    parser.add_argument("--files", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="daybook-bench-browser-") as work:
        bundle, key = asyncio.run(make_bundle(Path(work), args.attachment_mib, args.files))
        size = bundle.stat().st_size
        log(f"browser: verifying {size / MIB:.1f} MiB in daybook-verify.html")
        found = in_browser(bundle, key)
        log("command line: verify_bundle for contrast")
        started = time.perf_counter()
        subprocess.run(  # noqa: S603 - our own fixed arguments
            [
                str(ROOT / ".venv" / "bin" / "daybook"),
                "bundle",
                "verify",
                str(bundle),
                "--key",
                key,
            ],
            check=True,
            capture_output=True,
        )
        cli_seconds = time.perf_counter() - started
    print(
        json.dumps(
            {"bundle_mib": round(size / MIB, 1), **found, "cli_seconds": round(cli_seconds, 1)}
        )
    )


if __name__ == "__main__":
    main()
