"""Mixed load on one server with 1, then 2 uvicorn workers: victims writing
entries, syncing and uploading files, advocates reading what they share.

    .venv/bin/python -m bench.load --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres

Every operation goes through the reference client over loopback HTTP, so its
time includes the client's own cryptography (encrypting and signing a
version, verifying one on reading): what a phone waits for, with the
benchmark's client process sharing the machine's cores with the server.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import sys
import time
import uuid
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from app.client import identity
from app.client.advocacy import VictimAdvocacy
from app.client.api import DaybookApi
from app.client.attachments import PendingUpload, upload
from app.client.cases import AdvocateCases, CaseView
from app.client.diary import Diary, Replica
from app.client.incident import new_incident
from app.client.known_keys import KnownKeys
from bench.common import PASSPHRASE, Timing, base_parser, database_label, machine, table
from bench.server import LiveServer, admin_invitation, live_servers, log

OPERATIONS = ("write entry", "sync", "upload 256 KiB", "advocate read", "advocate cases")
FILE_BYTES = 256 * 1024


@dataclass
class Load:
    workers: int
    seconds: float = 0.0
    timings: dict[str, Timing] = field(default_factory=dict)

    async def timed(self, name: str, work: Awaitable[object]) -> None:
        started = time.perf_counter()
        await work
        self.timings.setdefault(name, Timing()).durations.append(time.perf_counter() - started)

    def rows(self) -> list[list[object]]:
        found = []
        for name in OPERATIONS:
            timing = self.timings.get(name, Timing())
            found.append(
                [
                    name,
                    timing.count,
                    f"{timing.count / self.seconds:.1f}",
                    *(f"{timing.percentile(p) * 1000:.0f}" for p in (0.5, 0.95, 0.99)),
                ]
            )
        return found


def _incident(n: int) -> dict[str, Any]:
    start = dt.datetime(2026, 11, 1, 20, tzinfo=dt.UTC) + dt.timedelta(hours=n)
    return new_incident(
        f"Load incident {n}: he was outside again",
        ["following", "loitering"],
        start=start,
        time_zone="Europe/London",
    )


async def _victim(server: LiveServer, n: int, code: str) -> Diary:
    """A victim with five entries, all shared with the advocate whose code it is."""
    api = DaybookApi(server.base_url)
    me, _ = await identity.register(api, f"victim{n}", PASSPHRASE, "phone")
    diary = Diary(api, me, replica=Replica())
    written = [(await diary.add(_incident(i))).entry_id for i in range(5)]
    side = VictimAdvocacy(api, me, KnownKeys())
    card = await side.look_up(code)
    await side.accept(code, card, f"Victim {n}")
    await side.share(written)
    return diary


async def _setup(
    server: LiveServer, victims: int, advocates: int
) -> tuple[list[Diary], list[tuple[AdvocateCases, list[CaseView]]]]:
    admin_api = DaybookApi(server.base_url)
    await identity.register(
        admin_api,
        "morgan",
        PASSPHRASE,
        "office",
        invitation_code=await admin_invitation(server, "Load Test Advocacy", "Morgan"),
    )
    cases: list[AdvocateCases] = []
    for a in range(advocates):
        invited = await admin_api.invite_advocate(f"Advocate {a}")
        api = DaybookApi(server.base_url)
        me, _ = await identity.register(
            api, f"advocate{a}", PASSPHRASE, "office", invitation_code=invited["code"]
        )
        cases.append(AdvocateCases(api, me, KnownKeys()))
    diaries = []
    for n in range(victims):
        code = (await cases[n % advocates].issue_code())["code"]
        diaries.append(await _victim(server, n, code))
    views = []
    for advocate in cases:
        found = [await advocate.case(uuid.UUID(c["id"])) for c in await advocate.cases()]
        views.append((advocate, found))
    return diaries, views


async def _victim_loop(
    diary: Diary, load: Load, deadline: float, folder: Path, rng: random.Random
) -> None:
    n = 0
    while time.monotonic() < deadline:
        n += 1
        choice = rng.random()
        if choice < 0.6:
            await load.timed("write entry", diary.add(_incident(n)))
        elif choice < 0.9:
            await load.timed("sync", diary.sync())
        else:
            path = folder / f"{uuid.uuid4()}.bin"
            path.write_bytes(rng.randbytes(FILE_BYTES))
            await load.timed("upload 256 KiB", upload(diary.api, PendingUpload.plan(path)))
            path.unlink()


async def _advocate_loop(
    advocate: AdvocateCases,
    views: list[CaseView],
    load: Load,
    deadline: float,
    rng: random.Random,
) -> None:
    while time.monotonic() < deadline:
        if rng.random() < 0.9:
            view = rng.choice(views)
            shared = await advocate.shared_entries(view.case_id)
            entry_id = uuid.UUID(rng.choice(shared)["entry_id"])
            await load.timed("advocate read", advocate.read(view, entry_id))
        else:
            await load.timed("advocate cases", advocate.cases())


async def measure(
    database_url: str | None, workers: int, victims: int, advocates: int, seconds: float
) -> Load:
    async with live_servers(database_url, 1, workers=workers) as (server,):
        with TemporaryDirectory() as temporary:
            folder = Path(temporary)
            log(f"{workers} worker(s): {victims} victims and {advocates} advocates signing up")
            diaries, views = await _setup(server, victims, advocates)
            load = Load(workers)
            deadline = time.monotonic() + seconds
            seeds = random.Random(workers)
            deadline = time.monotonic() + seconds
            loops = [
                _victim_loop(d, load, deadline, folder, random.Random(seeds.random()))
                for d in diaries
            ] + [
                _advocate_loop(a, v, load, deadline, random.Random(seeds.random()))
                for a, v in views
            ]
            started = time.perf_counter()
            await asyncio.gather(*loops)
            load.seconds = time.perf_counter() - started
            log(f"{workers} worker(s): {sum(t.count for t in load.timings.values())} operations")
            return load


def markdown(loads: Sequence[Load], database_url: str | None, victims: int, advocates: int) -> str:
    parts = [
        f"Database: {database_label(database_url)}; {victims} victims and {advocates} "
        "advocates, each one operation at a time, no pause between operations.",
    ]
    headers = ["operation", "count", "per second", "p50 ms", "p95 ms", "p99 ms"]
    for load in loads:
        parts.append(f"#### {load.workers} worker(s), {load.seconds:.0f} s")
        parts.append(table(headers, load.rows()))
    if len(loads) == 2:
        one, two = loads
        rows = []
        for name in OPERATIONS:
            a, b = one.timings.get(name, Timing()), two.timings.get(name, Timing())
            rate_a, rate_b = a.count / one.seconds, b.count / two.seconds
            rows.append(
                [
                    name,
                    f"{rate_a:.1f} → {rate_b:.1f}",
                    f"{a.percentile(0.5) * 1000:.0f} → {b.percentile(0.5) * 1000:.0f}",
                    f"{a.percentile(0.99) * 1000:.0f} → {b.percentile(0.99) * 1000:.0f}",
                ]
            )
        parts.append("#### From 1 to 2 workers")
        parts.append(table(["operation", "per second", "p50 ms", "p99 ms"], rows))
    return "\n\n".join(parts)


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser(__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--victims", type=int, default=8)
    parser.add_argument("--advocates", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=30.0, help="per worker count")
    parser.add_argument("--workers", default="1,2", help="worker counts to run, e.g. 1,2")
    args = parser.parse_args(argv)

    async def go() -> None:
        loads = [
            await measure(args.database_url, int(w), args.victims, args.advocates, args.seconds)
            for w in args.workers.split(",")
        ]
        print(await machine(args.database_url), end="\n\n")
        print(markdown(loads, args.database_url, args.victims, args.advocates))

    asyncio.run(go())


if __name__ == "__main__":
    main(sys.argv[1:])
