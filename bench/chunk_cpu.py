"""Where a 1 MiB chunk's server CPU goes: the event loop's thread against the
worker threads (disk, hashing, SQLite), user against system time, from
/proc/<pid>/task, over chunk PUTs sent one at a time.

python -m bench.chunk_cpu [--chunks N] [--database-url URL]
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from app.protocol import stream
from bench.common import TimedApi, base_parser, database_label, sign_up, table
from bench.server import live_server_from, log

WARM_UP = 5


@dataclass(frozen=True, slots=True)
class Ticks:
    """CPU seconds of one process, split by thread kind and by mode."""

    loop_user: float
    loop_system: float
    workers_user: float
    workers_system: float

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


async def run(chunks: int, database_url: str | None) -> str:
    async with live_server_from(None, database_url) as server, TimedApi(server.base_url) as api:
        await sign_up(api, "chunkcpu")
        attachment_id = uuid.uuid4()
        block = os.urandom(stream.CIPHERTEXT_CHUNK_BYTES)
        digest = hashlib.sha256(block).digest()
        await api.start_upload(attachment_id, len(block) * (chunks + WARM_UP))
        for index in range(WARM_UP):
            await api.put_chunk(attachment_id, index, block, digest)
        log(f"chunk_cpu: {chunks} chunk PUTs, one at a time")
        before = ticks(server.pid)
        for index in range(WARM_UP, WARM_UP + chunks):
            await api.put_chunk(attachment_id, index, block, digest)
        spent = ticks(server.pid).minus(before)
    rows = [
        ("event loop (main thread)", spent.loop_user, spent.loop_system),
        ("worker threads", spent.workers_user, spent.workers_system),
        (
            "whole process",
            spent.loop_user + spent.workers_user,
            spent.loop_system + spent.workers_system,
        ),
    ]
    return "\n".join(
        [
            f"### 1 MiB chunk PUTs, server CPU per chunk, {database_label(database_url)}",
            "",
            table(
                ["threads", "user ms", "system ms", "total ms"],
                [
                    (name, *(f"{1000 * s / chunks:.2f}" for s in (user, system, user + system)))
                    for name, user, system in rows
                ],
            ),
        ]
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser(__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--chunks", type=int, default=200, help="chunks measured (default 200)")
    args = parser.parse_args(argv)
    print(asyncio.run(run(args.chunks, args.database_url)))


if __name__ == "__main__":
    main()
