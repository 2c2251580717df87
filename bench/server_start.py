"""The memory of a freshly started server: RSS once it answers, and after its
first `/readyz` (which opens a database connection and reads the log head).

    python -m bench.server_start [--runs N] [--database-url URL] [--baseline DIR]

Starts the server as the image does (uvicorn with the Dockerfile's CMD, one
worker, the local blob store, no Redis, no time-stamp authority) `--runs`
times on a fresh database, and prints the median and the range of VmRSS
(and of RssFile, the part of it mapped from files).
`--baseline DIR` starts a server from another checkout the same number of
times, alternating with this one, so both see the same machine.
"""

from __future__ import annotations

import asyncio
import statistics
from collections.abc import Sequence
from pathlib import Path

import httpx

from bench.common import base_parser, machine, table
from bench.server import MIB, live_server_from, log, rss_bytes, rss_file_bytes


async def _one_start(tree: Path | None, database_url: str | None) -> tuple[float, float, float]:
    """RSS in MiB once the server answers, and after its first `/readyz`;
    and the part of the latter mapped from files."""
    async with live_server_from(tree, database_url) as server:
        answering = rss_bytes(server.pid) / MIB
        async with httpx.AsyncClient(base_url=server.base_url, timeout=10) as client:
            (await client.get("/readyz")).raise_for_status()
        return answering, rss_bytes(server.pid) / MIB, rss_file_bytes(server.pid) / MIB


def _summary(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} ({min(values):.1f}-{max(values):.1f})"


async def run(runs: int, database_url: str | None, baseline: Path | None) -> str:
    trees = {"after": None} if baseline is None else {"before": baseline, "after": None}
    answering: dict[str, list[float]] = {name: [] for name in trees}
    ready: dict[str, list[float]] = {name: [] for name in trees}
    mapped: dict[str, list[float]] = {name: [] for name in trees}
    for run_ in range(runs):
        for name, tree in trees.items():
            log(f"server_start: run {run_ + 1}/{runs}, {name}")
            first, second, files = await _one_start(tree, database_url)
            answering[name].append(first)
            ready[name].append(second)
            mapped[name].append(files)
    rows = [
        ("RSS once it answers, MiB", *(_summary(answering[n]) for n in trees)),
        ("RSS after the first /readyz, MiB", *(_summary(ready[n]) for n in trees)),
        # Code and read-only data of the interpreter and the extensions, shared
        # with the page cache: how much of it is mapped varies with the cache.
        ("of which mapped from files (RssFile), MiB", *(_summary(mapped[n]) for n in trees)),
    ]
    header = ["server, median (range) of " + str(runs), *trees]
    return "\n".join([table(header, rows), "", await machine(database_url)])


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser(__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="starts of each server (default 5)")
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout")
    args = parser.parse_args(argv)
    print(asyncio.run(run(args.runs, args.database_url, args.baseline)))


if __name__ == "__main__":
    main()
