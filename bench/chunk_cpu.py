"""Where a 1 MiB chunk's server CPU goes: the event loop's thread against the
worker threads (disk, hashing, SQLite), user against system time, from
/proc/<pid>/task, over chunks sent one request at a time, alone (`PUT
.../chunks/{index}`) or in runs of N (`PUT .../chunks/{first}/run`).

python -m bench.chunk_cpu [--chunks N] [--runs 1 4 8 16] [--rounds R]
                          [--baseline DIR] [--database-url URL]

`--baseline DIR` starts a second server from another checkout (made with
`git archive main | tar -x -C DIR`) and measures it in the same rounds,
alternating, on chunks sent alone (a checkout without runs shows n/a for them).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from app.protocol import stream
from bench.common import TimedApi, base_parser, database_label, sign_up, table
from bench.server import LiveServer, live_server_from, log

WARM_UP = 5
Call = Callable[[], Awaitable[object]]


@dataclass(frozen=True, slots=True)
class Ticks:
    """CPU seconds of one process, split by thread kind and by mode."""

    loop_user: float
    loop_system: float
    workers_user: float
    workers_system: float

    def plus(self, more: Ticks) -> Ticks:
        return Ticks(
            self.loop_user + more.loop_user,
            self.loop_system + more.loop_system,
            self.workers_user + more.workers_user,
            self.workers_system + more.workers_system,
        )

    def minus(self, earlier: Ticks) -> Ticks:
        return Ticks(
            self.loop_user - earlier.loop_user,
            self.loop_system - earlier.loop_system,
            self.workers_user - earlier.workers_user,
            self.workers_system - earlier.workers_system,
        )


def ticks(pid: int) -> Ticks:
    """The event loop runs on the main thread, whose task id is the pid; every
    other thread is a worker (anyio's, aiosqlite's, asyncpg has none).
    A worker that ended in between is missed: anyio keeps its threads."""
    per_second = os.sysconf("SC_CLK_TCK")
    loop, workers = [0.0, 0.0], [0.0, 0.0]
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/stat", encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue  # ended since the listing
        into = loop if int(task) == pid else workers
        into[0] += int(fields[11]) / per_second  # utime
        into[1] += int(fields[12]) / per_second  # stime
    return Ticks(loop[0], loop[1], workers[0], workers[1])


def _calls(api: TimedApi, attachment_id: uuid.UUID, run: int, chunks: int) -> list[Call]:
    """Requests carrying chunks 0 .. `chunks` - 1 of the attachment, `run` at
    a time (`run` 1: the single-chunk route), every chunk the same bytes."""
    block = os.urandom(stream.CIPHERTEXT_CHUNK_BYTES)
    if run == 1:
        digest = hashlib.sha256(block).digest()
        return [partial(api.put_chunk, attachment_id, i, block, digest) for i in range(chunks)]
    body = block * run
    digest = hashlib.sha256(body).digest()
    return [partial(api.put_run, attachment_id, i, body, digest) for i in range(0, chunks, run)]


@dataclass
class Series:
    """Chunks of one attachment on one server, sent in runs of `run`."""

    server: LiveServer
    run: int
    calls: list[Call]
    spent: Ticks = Ticks(0.0, 0.0, 0.0, 0.0)
    chunks: int = 0

    async def measure(self, share: int) -> None:
        calls, self.calls = self.calls[:share], self.calls[share:]
        before = ticks(self.server.pid)
        for call in calls:
            await call()
        self.spent = self.spent.plus(ticks(self.server.pid).minus(before))
        self.chunks += len(calls) * self.run

    def per_mib(self) -> list[str]:
        """Event loop, worker threads, the process's user and system time, and
        its total, ms per 1 MiB chunk."""
        s, n = self.spent, self.chunks
        loop, workers = s.loop_user + s.loop_system, s.workers_user + s.workers_system
        user, system = s.loop_user + s.workers_user, s.loop_system + s.workers_system
        return [f"{1000 * v / n:.2f}" for v in (loop, workers, user, system, user + system)]


async def _series(server: LiveServer, api: TimedApi, run: int, chunks: int) -> Series:
    attachment_id = uuid.uuid4()
    total = chunks + WARM_UP * run
    await api.start_upload(attachment_id, stream.CIPHERTEXT_CHUNK_BYTES * total)
    calls = _calls(api, attachment_id, run, total)
    for call in calls[:WARM_UP]:
        await call()
    return Series(server, run, calls[WARM_UP:])


async def run(
    chunks: int, runs: Sequence[int], rounds: int, database_url: str | None, baseline: Path | None
) -> str:
    trees = {"after": None} if baseline is None else {"before": baseline, "after": None}
    series: dict[tuple[str, int], Series] = {}
    async with contextlib.AsyncExitStack() as stack:
        for name, tree in trees.items():
            server = await stack.enter_async_context(live_server_from(tree, database_url))
            api = await stack.enter_async_context(TimedApi(server.base_url))
            await sign_up(api, "chunkcpu")
            for size in runs if name == "after" else [1]:
                series[name, size] = await _series(server, api, size, chunks)
        log(f"chunk_cpu: {chunks} chunks per series, in runs of {list(runs)}, {rounds} rounds")
        for round_ in range(rounds):
            log(f"chunk_cpu: round {round_ + 1}/{rounds}")
            for one in series.values():
                await one.measure(len(one.calls) // (rounds - round_))
    rows = [
        (f"{name}, {'alone' if size == 1 else f'runs of {size}'}", one.chunks, *one.per_mib())
        for (name, size), one in series.items()
    ]
    return "\n".join(
        [
            f"### Server CPU per 1 MiB chunk, {database_label(database_url)}",
            "",
            "ms of the server's CPU per 1 MiB chunk: its event loop's thread, its worker",
            "threads, and the whole process's user and system time and their sum.",
            "",
            table(
                [
                    "server, chunks sent",
                    "chunks",
                    "event loop",
                    "workers",
                    "user",
                    "system",
                    "total",
                ],
                rows,
            ),
        ]
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser(__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--chunks", type=int, default=192, help="chunks a series (default 192)")
    parser.add_argument(
        "--runs", type=int, nargs="+", default=[1, 4, 8, 16], help="chunks a request"
    )
    parser.add_argument("--rounds", type=int, default=4, help="alternations (default 4)")
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout")
    args = parser.parse_args(argv)
    print(asyncio.run(run(args.chunks, args.runs, args.rounds, args.database_url, args.baseline)))


if __name__ == "__main__":
    main()
