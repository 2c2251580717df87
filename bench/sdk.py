"""The TypeScript SDK: its size per entry point (minified and gzipped, as a browser
loads it) and its speed on the benchmark operations against a live server: writing
entries, a second device's decrypted and verified sync from nothing, and an
attachment uploaded (in runs of chunks, and one chunk a request, interleaved),
then downloaded and decrypted as a stream.

python -m bench.sdk [--entries N] [--size-mib N] [--upload-rounds N] [--database-url URL]
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import anyio

from bench.common import base_parser, database_label, table
from bench.server import live_server, log
from dev import node_environment
from tests.writers import incident

SDK = Path(__file__).resolve().parents[1] / "web" / "sdk"
NODE_MODULES = SDK.parent / "node_modules"
ENTRY_POINTS = {
    "dist/src/index.js": "@daybook/sdk (everything)",
    "dist/src/protocol/argon2_worker.js": "@daybook/sdk/argon2-worker",
}


def _node() -> tuple[str, dict[str, str]]:
    env = node_environment()
    node = shutil.which("node", path=env["PATH"])
    if node is None or not NODE_MODULES.exists():
        sys.exit("no Node or no web/node_modules: run `python3 dev.py test` once")
    tsc = NODE_MODULES / "typescript" / "bin" / "tsc"
    subprocess.run([node, str(tsc), "-p", str(SDK / "tsconfig.json")], check=True, env=env)  # noqa: S603
    return node, env


PARTS = {"initial": "", "lazy": ", loaded on first use by `import()`"}


def sizes(node: str, env: dict[str, str]) -> list[tuple[str, str, str]]:
    """Each entry point bundled for browsers, minified, then gzipped
    (web/sdk/bench/size.mjs): what loading it fetches, then what it fetches
    only when first needed."""
    command = [node, str(SDK / "bench" / "size.mjs")]
    done = subprocess.run(command, cwd=SDK, check=True, env=env, capture_output=True)  # noqa: S603
    kib = "{:.1f}".format
    return [
        (
            ENTRY_POINTS[row["entry"]] + PARTS[row["part"]],
            kib(row["minified"] / 1024),
            kib(row["gzipped"] / 1024),
        )
        for row in json.loads(done.stdout)
    ]


async def speed(
    node: str, env: dict[str, str], entries: int, mib: int, rounds: int, database_url: str | None
) -> dict[str, Any]:
    given = {
        "entries": entries,
        "mib": mib,
        "rounds": rounds,
        "incident": incident("Followed me home again."),
    }
    async with live_server(database_url) as server:
        log(f"SDK: {entries} entries, then {mib} MiB, on {server.base_url}")
        done = await anyio.run_process(
            [node, str(SDK / "dist" / "bench" / "speed.js")],
            input=json.dumps({**given, "base_url": server.base_url}).encode(),
            env=env,
            check=False,
        )
    if done.returncode != 0:
        sys.exit(done.stderr.decode())
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def markdown(size_rows: list[tuple[str, str, str]], figures: dict[str, Any], db: str) -> str:
    speed_rows = [
        ("write entries (`Diary.add`, one at a time)", f"{figures['write_entries_per_s']:.0f}",
         f"{figures['write_ms_per_entry']:.2f} ms/entry"),
        (f"decrypted sync of {figures['sync_entries']} entries on a second device (`Diary.sync`)",
         f"{figures['sync_entries_per_s']:.0f}",
         f"{figures['sync_receipts_proven']} receipts proven in the log"),
        (f"upload {figures['mib']} MiB (STREAM encrypt + runs of chunks)",
         f"{figures['upload_mib_per_s']:.1f} MiB/s",
         f"median of {figures['upload_rounds']}; Node RSS peak "
         f"{figures['upload_peak_rss_mib']:.0f} MiB"),
        (f"upload {figures['mib']} MiB one chunk a request, one at a time (before runs)",
         f"{figures['upload_single_mib_per_s']:.1f} MiB/s",
         f"median of {figures['upload_rounds']}, interleaved with the row above; Node RSS peak "
         f"{figures['upload_single_peak_rss_mib']:.0f} MiB"),
        (f"download and decrypt {figures['mib']} MiB as a stream, both hashes checked",
         f"{figures['download_decrypt_mib_per_s']:.1f} MiB/s",
         f"Node RSS {figures['rss_before_mib']:.0f} MiB before, peak "
         f"{figures['peak_rss_mib']:.0f} MiB"),
    ]  # fmt: skip
    return "\n\n".join(
        [
            "### Size (esbuild, minified, for browsers)",
            table(("entry point", "minified KiB", "gzipped KiB"), size_rows),
            f"### Speed (Node, loopback, {db})",
            table(("operation", "rate", "notes"), speed_rows),
        ]
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser("The TypeScript SDK's size and speed.")
    parser.add_argument("--entries", type=int, default=500, help="entries to write (500)")
    parser.add_argument("--size-mib", type=int, default=100, help="attachment MiB (100)")
    parser.add_argument(
        "--upload-rounds", type=int, default=1, help="uploads each way, interleaved (1)"
    )
    args = parser.parse_args(argv)
    node, env = _node()
    size_rows = sizes(node, env)
    figures = asyncio.run(
        speed(node, env, args.entries, args.size_mib, args.upload_rounds, args.database_url)
    )
    print(markdown(size_rows, figures, database_label(args.database_url)))


if __name__ == "__main__":
    main()
