"""The reference client's CPU per entry when a fresh device syncs a diary.

    python -m bench.sync_client [--entries N] [--rounds R] [--syncs S]
                                [--baseline DIR] [--database-url URL]

One server (this checkout's) on a fresh database; one account writes N
entries with `Diary.add_many`. Then, R times, a new process of each checkout
measured (this one, and with `--baseline DIR` another, e.g. `git archive main
| tar -x -C DIR`; alternating, so a shared machine's changing load falls on
both alike) signs in as a new device and syncs the whole diary S times into
an empty `Replica` (bench/sync_client_worker.py): every entry's key grant
opened, signatures, commitment, decryption, disclosures, schema and receipt
checked, then the log's inclusion proofs; each sync followed by
`Diary.read_replica`. The client's CPU (`time.process_time()` in the worker;
the server is another process) is divided by N. Reported: the median of the
R x (S - 1) later syncs of each checkout, with the lowest and highest; the
first sync of each process apart (it also imports jsonschema and builds the
schema validators once).
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.client.api import DaybookApi
from app.client.diary import Diary
from bench.common import PASSPHRASE, base_parser, database_label, machine, sign_up, table
from bench.diary import make_incidents
from bench.server import REPO, live_server, log

WORKER = Path(__file__).resolve().with_name("sync_client_worker.py")
USERNAME = "writer"


@dataclass
class Syncs:
    """One checkout's syncs: seconds per whole-diary sync."""

    tree: Path
    sync_cpu: list[float] = field(default_factory=list)
    read_cpu: list[float] = field(default_factory=list)
    sync_wall: list[float] = field(default_factory=list)
    first_sync_cpu: list[float] = field(default_factory=list)

    @property
    def total_cpu(self) -> list[float]:
        return [s + r for s, r in zip(self.sync_cpu, self.read_cpu, strict=True)]


def _per_entry(seconds: list[float], entries: int) -> str:
    """Median (lowest-highest) in ms an entry."""
    ms = [1000 * s / entries for s in seconds]
    return f"{statistics.median(ms):.3f} ({min(ms):.3f}-{max(ms):.3f})"


def _rate(seconds: list[float], entries: int) -> str:
    return f"{entries / statistics.median(seconds):,.0f}"


async def _run_worker(found: Syncs, base_url: str, entries: int, syncs: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(found.tree)}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-P",
        str(WORKER),
        base_url,
        USERNAME,
        PASSPHRASE,
        str(entries),
        str(syncs),
        cwd=found.tree,
        env=env,
        stdout=asyncio.subprocess.PIPE,
    )
    output, _ = await process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"the worker in {found.tree} failed ({process.returncode})")
    where, first, *lines = [json.loads(line) for line in output.decode().splitlines()]
    if Path(where["app"]) != found.tree / "app":
        raise RuntimeError(f"the worker measured {where['app']}, not {found.tree}")
    found.first_sync_cpu.append(first["sync_cpu"])
    for line in lines:
        found.sync_cpu.append(line["sync_cpu"])
        found.read_cpu.append(line["read_cpu"])
        found.sync_wall.append(line["sync_wall"])


def _report(measured: dict[str, Syncs], entries: int) -> str:
    rows = []
    for name, found in measured.items():
        rows.append(
            (
                name,
                _per_entry(found.sync_cpu, entries),
                _per_entry(found.read_cpu, entries),
                _per_entry(found.total_cpu, entries),
                _rate(found.sync_cpu, entries),
                _rate(found.sync_wall, entries),
                _per_entry(found.first_sync_cpu, entries),
            )
        )
    return table(
        [
            "checkout",
            "`Diary.sync`, client CPU ms/entry",
            "`read_replica`, ms/entry",
            "both, ms/entry",
            "entries/s of client CPU (sync)",
            "entries/s of wall (sync)",
            "first sync of a process, ms/entry",
        ],
        rows,
    )


async def run(
    entries: int, rounds: int, syncs: int, database_url: str | None, baseline: Path | None
) -> str:
    trees = {"after": REPO} if baseline is None else {"before": baseline, "after": REPO}
    measured = {name: Syncs(tree) for name, tree in trees.items()}
    async with live_server(database_url) as server:
        log(f"sync_client: {entries} entries with Diary.add_many on {server.base_url}")
        async with DaybookApi(server.base_url) as api:
            me = await sign_up(api, USERNAME)
            await Diary(api, me).add_many(make_incidents(entries))
        for round_ in range(rounds):
            for name, found in measured.items():
                log(f"sync_client: round {round_ + 1}/{rounds}, {name}: {syncs} syncs")
                await _run_worker(found, server.base_url, entries, syncs)
    load = " / ".join(f"{n:.1f}" for n in os.getloadavg())
    return "\n".join(
        [
            f"### A fresh device's sync of {entries} entries, {database_label(database_url)}",
            "",
            f"Median (lowest-highest) of {rounds} x {syncs - 1} syncs per checkout "
            f"after the first of each process; "
            f"load average at the end {load}.",
            "",
            _report(measured, entries),
            "",
            await machine(database_url),
        ]
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser(__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--entries", type=int, default=500, help="diary size (default 500)")
    parser.add_argument("--rounds", type=int, default=4, help="alternations (default 4)")
    parser.add_argument("--syncs", type=int, default=4, help="syncs per process (default 4)")
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout")
    args = parser.parse_args(argv)
    if args.syncs < 2:
        parser.error("--syncs: at least 2 (the first of each process is reported apart)")
    baseline = None if args.baseline is None else args.baseline.resolve()
    result = run(args.entries, args.rounds, args.syncs, args.database_url, baseline)
    print(asyncio.run(result))


if __name__ == "__main__":
    main(sys.argv[1:])
