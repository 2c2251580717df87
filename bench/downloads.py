"""A download's CPU, split by thread, on this checkout and another.

    python -m bench.downloads [--size-mib N] [--downloads D] [--rounds R]
                              [--database-url URL] [--baseline DIR]

For each tree (this checkout, and the one `--baseline DIR` names, e.g. made
with `git archive main | tar -x -C DIR`): a server started from that tree on
its own fresh database, and a file of random bytes uploaded to it once. Then
R rounds, alternating the trees, so a shared machine's changing load falls
on both alike; in each, a new client process started in that tree downloads
the file D times with that tree's `attachments.download`, and reports for
each download its MiB/s, its CPU seconds per thread (the event loop is the
main thread; the others are anyio's workers), from /proc/self/task, and the
server's, from /proc/<pid>/stat.

The first download of a process usually writes to page-cache pages the
kernel has not used lately, which costs this kind of virtual machine about
a second of system time a GiB; the later ones reuse the pages the last
download's file freed. The table keeps both.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.client import attachments
from app.client.attachments import PendingUpload
from bench.attachments import write_random_file
from bench.common import MIB, TimedApi, base_parser, database_label, machine, sign_up, table
from bench.server import REPO, live_server_from, log

# Run with `python -c` in the tree being measured, so that it imports that
# tree's client. Prints one JSON line per download.
CLIENT = r"""
import asyncio, json, os, sys, time
sys.path.insert(0, os.getcwd())
from pathlib import Path
from app.client import attachments
from app.client.api import DaybookApi, Tokens

job = json.loads(sys.argv[1])

def cpu(path):
    with open(path, encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return int(fields[11]) / os.sysconf("SC_CLK_TCK"), int(fields[12]) / os.sysconf("SC_CLK_TCK")

def threads():
    return {tid: cpu(f"/proc/self/task/{tid}/stat") for tid in os.listdir("/proc/self/task")}

async def main():
    api = DaybookApi(job["url"], tokens=Tokens(job["access"], job["refresh"]))
    target, main_tid = Path(job["target"]), str(os.getpid())
    for _ in range(job["downloads"]):
        before, server, started = threads(), sum(cpu(job["server_stat"])), time.perf_counter()
        await attachments.download(api, job["reference"], target)
        wall = time.perf_counter() - started
        server, after = sum(cpu(job["server_stat"])) - server, threads()
        spent = {t: [a - b for a, b in zip(v, before.get(t, (0.0, 0.0)))] for t, v in after.items()}
        loop = spent.pop(main_tid)
        others = [sum(v[0] for v in spent.values()), sum(v[1] for v in spent.values())]
        size = target.stat().st_size
        target.unlink()
        print(json.dumps({"wall": wall, "size": size, "loop": loop, "others": others,
                          "server": server, "load": os.getloadavg()[0]}), flush=True)
    await api.aclose()

asyncio.run(main())
"""


@dataclass
class Download:
    tree: str
    round: int
    wall: float
    size: int
    loop: tuple[float, float]
    others: tuple[float, float]
    server: float
    load: float

    @property
    def rate(self) -> float:
        return self.size / MIB / self.wall

    @property
    def client(self) -> float:
        return sum(self.loop) + sum(self.others)

    def per_gib(self, seconds: float) -> float:
        return seconds * 1024 * MIB / self.size


@dataclass
class Tree:
    name: str
    path: Path
    job: dict[str, Any]


def _download(tree: Tree, round_: int, downloads: int) -> list[Download]:
    job = json.dumps({**tree.job, "downloads": downloads})
    done = subprocess.run(  # noqa: S603 - this interpreter, our own code
        [sys.executable, "-c", CLIENT, job],
        cwd=tree.path,
        check=True,
        capture_output=True,
        text=True,
    )
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    return [
        Download(
            tree.name,
            round_,
            row["wall"],
            row["size"],
            tuple(row["loop"]),
            tuple(row["others"]),
            row["server"],
            row["load"],
        )
        for row in rows
    ]


def _range(values: Sequence[float], digits: int) -> str:
    """The median, and the lowest to the highest."""
    low, high, middle = min(values), max(values), statistics.median(values)
    return f"{middle:.{digits}f} ({low:.{digits}f} to {high:.{digits}f})"


def summary(results: Sequence[Download], names: Sequence[str]) -> str:
    rows = []
    for name in names:
        mine = [r for r in results if r.tree == name]
        rows.append(
            (
                name,
                str(len(mine)),
                _range([r.rate for r in mine], 0),
                _range([r.per_gib(r.client) for r in mine], 2),
                _range([r.per_gib(r.loop[0]) for r in mine], 2)
                + " / "
                + _range([r.per_gib(r.loop[1]) for r in mine], 2),
                _range([r.per_gib(r.others[0]) for r in mine], 2)
                + " / "
                + _range([r.per_gib(r.others[1]) for r in mine], 2),
                _range([r.per_gib(r.server) for r in mine], 2),
                _range([r.load for r in mine], 1),
            )
        )
    return table(
        [
            "tree",
            "downloads",
            "MiB/s, median (range)",
            "client CPU s a GiB",
            "event loop user / system",
            "other threads user / system",
            "server CPU s a GiB",
            "load",
        ],
        rows,
    )


async def _prepare(
    stack: contextlib.AsyncExitStack,
    name: str,
    path: Path,
    database_url: str | None,
    source: Path,
    workdir: Path,
) -> Tree:
    server = await stack.enter_async_context(
        live_server_from(None if path == REPO else path, database_url)
    )
    api = await stack.enter_async_context(TimedApi(server.base_url))
    await sign_up(api, f"downloader{len(name)}")
    log(f"downloads: uploading to the {name} server")
    reference = await attachments.upload(api, await asyncio.to_thread(PendingUpload.plan, source))
    assert api.tokens is not None
    job = {
        "url": server.base_url,
        "access": api.tokens.access_token,
        "refresh": api.tokens.refresh_token,
        "reference": reference,
        "target": str(workdir / f"downloaded-{name}.bin"),
        "server_stat": f"/proc/{server.pid}/stat",
    }
    return Tree(name, path, job)


async def run(
    size_mib: int, downloads: int, rounds: int, database_url: str | None, baseline: Path | None
) -> str:
    trees = (
        {"this checkout": REPO}
        if baseline is None
        else {"baseline": baseline, "this checkout": REPO}
    )
    results: list[Download] = []
    with tempfile.TemporaryDirectory(prefix="daybook-bench-") as directory:
        workdir = Path(directory)
        source = workdir / "evidence.bin"
        await asyncio.to_thread(write_random_file, source, size_mib * MIB)
        async with contextlib.AsyncExitStack() as stack:
            prepared = [
                await _prepare(stack, name, path, database_url, source, workdir)
                for name, path in trees.items()
            ]
            for round_ in range(rounds):
                for tree in prepared:
                    log(f"downloads: round {round_ + 1}/{rounds}, {tree.name}")
                    results += await asyncio.to_thread(_download, tree, round_, downloads)
    return "\n".join(
        [
            f"### {size_mib} MiB downloads, {database_label(database_url)}",
            "",
            summary(results, list(trees)),
            "",
            await machine(database_url),
        ]
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser(__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--size-mib", type=int, default=1024, help="file size (default 1024)")
    parser.add_argument("--downloads", type=int, default=3, help="per process (default 3)")
    parser.add_argument("--rounds", type=int, default=4, help="alternations (default 4)")
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout")
    args = parser.parse_args(argv)
    result = run(args.size_mib, args.downloads, args.rounds, args.database_url, args.baseline)
    print(asyncio.run(result))


if __name__ == "__main__":
    main(sys.argv[1:])
