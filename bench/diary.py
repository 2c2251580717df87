"""Entries created per second, and sync pages per second, over a diary of N entries.

    python -m bench.diary [--entries N] [--concurrency C] [--database-url URL]

1. One device writes N entries one after another with `Diary.add`: the
   incident is disclosed, padded, AES-GCM-encrypted, committed, signed with
   Ed25519, its key granted to the owner with HPKE; then sent, and the answer
   verified. The HTTP exchange of each create is timed apart, so the rest is
   the client's own work.
2. Server capacity: N bodies for a second account are built first, then sent
   C at a time; the rate is of the sends alone.
3. A fresh device syncs the first account's diary from scratch, 100 entries a
   page: raw pages (`DaybookApi.sync`, no verification) and `Diary.sync`
   (every entry's grant opened, signature and commitment checked, decrypted).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import sys
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.client import identity
from app.client.diary import Diary, Replica, create_body
from app.client.identity import Identity
from app.client.incident import new_incident
from bench.common import (
    PASSPHRASE,
    Cost,
    TimedApi,
    Timing,
    base_parser,
    database_label,
    machine,
    sign_up,
    table,
)
from bench.server import LiveServer, is_postgres, live_server, log

PAGE_SIZE = 100
SYNC_ROUNDS = 3
FLOOR_REQUESTS = 300
BEHAVIOURS = (
    "following",
    "contacting",
    "loitering",
    "watching_or_spying",
    "monitoring_communications",
    "threats",
)
TEXT = (
    "he was outside the house again at the bus stop across the road and waited there "
    "for an hour watching the windows then sent three messages from a new number "
    "saying he knew where I had been and that he would be there tomorrow my neighbour "
    "saw him too and took a photo of the car"
)
WORDS = TEXT.split()


def make_incidents(count: int, seed: int = 1) -> list[dict[str, Any]]:
    """Plausible incidents of a few hundred characters (built before any timing)."""
    rng = random.Random(seed)
    start = dt.datetime(2026, 1, 1, 8, 0, tzinfo=dt.UTC)
    found = []
    for n in range(count):
        words = rng.choices(WORDS, k=rng.randint(40, 90))
        moment = start + dt.timedelta(hours=7 * n, minutes=rng.randint(0, 59))
        found.append(
            new_incident(
                " ".join(words).capitalize() + ".",
                rng.sample(BEHAVIOURS, rng.randint(1, 3)),
                start=moment,
                time_zone="Europe/London",
                recorded_at=moment + dt.timedelta(hours=2),
            )
        )
    return found


def _ms(seconds: float, count: int) -> str:
    return f"{1000 * seconds / count:.2f}"


@dataclass
class DiaryResult:
    database: str
    entries: int
    add: Cost
    add_http: Timing
    build_seconds: float
    concurrency: int
    send: Cost
    raw_sync: list[Cost]
    raw_sync_pages: int
    verified_sync: list[Cost]
    verified_sync_pages: int
    database_bytes: int
    floor: Cost

    def _write_rows(self) -> list[tuple[str, ...]]:
        n, add, http = self.entries, self.add, self.add_http
        client_wall = add.wall - http.total
        return [
            (
                "**`Diary.add`, one device, one at a time**",
                f"**{n / add.wall:.0f}**",
                _ms(add.wall, n),
                _ms(add.server_cpu, n),
                _ms(add.client_cpu, n),
                "build + encrypt + sign + send + verify the answer",
            ),
            (
                "of which the HTTP exchange (server + loopback)",
                f"{n / http.total:.0f}",
                _ms(http.total, n),
                "",
                "",
                f"p50 {_ms(http.percentile(0.5), 1)} ms, p95 {_ms(http.percentile(0.95), 1)} ms",
            ),
            (
                "of which the client's own work",
                f"{n / client_wall:.0f}",
                _ms(client_wall, n),
                "",
                "",
                "`create_body` + verifying the entry the server returns",
            ),
            (
                "`create_body` alone (bodies built ahead)",
                f"{n / self.build_seconds:.0f}",
                _ms(self.build_seconds, n),
                "",
                "",
                "validate, disclose, pad, AES-GCM, commit, Ed25519, HPKE grant",
            ),
            (
                f"for scale: `GET /v1/account` x {FLOOR_REQUESTS} (auth + 1 query)",
                f"{FLOOR_REQUESTS / self.floor.wall:.0f} req/s",
                _ms(self.floor.wall, FLOOR_REQUESTS),
                _ms(self.floor.server_cpu, FLOOR_REQUESTS),
                _ms(self.floor.client_cpu, FLOOR_REQUESTS),
                "the cost of any authenticated request",
            ),
            (
                f"server capacity: prebuilt bodies, {self.concurrency} in flight",
                f"{n / self.send.wall:.0f}",
                _ms(self.send.wall, n),
                _ms(self.send.server_cpu, n),
                _ms(self.send.client_cpu, n),
                "a second account on the same server",
            ),
        ]

    def markdown(self) -> str:
        n = self.entries
        writes = table(
            [
                "measure",
                "entries/s",
                "wall ms/entry",
                "server CPU ms/entry",
                "client CPU ms/entry",
                "notes",
            ],
            self._write_rows(),
        )
        rows = []
        for name, rounds, pages in (
            (f"**raw `GET /v1/sync?limit={PAGE_SIZE}`**", self.raw_sync, self.raw_sync_pages),
            (
                "`Diary.sync` into an empty `Replica` (verifies every entry)",
                self.verified_sync,
                self.verified_sync_pages,
            ),
        ):
            middle = sorted(rounds, key=lambda c: c.wall)[len(rounds) // 2]
            rows.append(
                (
                    name,
                    f"**{pages / middle.wall:.1f}**",
                    f"{n / middle.wall:.0f}",
                    f"{middle.wall:.2f}",
                    _ms(middle.server_cpu, pages),
                    _ms(middle.client_cpu, pages),
                )
            )
        syncs = table(
            [
                "measure",
                "pages/s",
                "entries/s",
                "seconds, whole diary",
                "server CPU ms/page",
                "client CPU ms/page",
            ],
            rows,
        )
        per_entry = self.database_bytes / (2 * n)
        return (
            f"### Diary: {n} entries on {self.database}\n\n{writes}\n\n"
            f"A fresh device syncs the {n}-entry diary from scratch, {PAGE_SIZE} entries a "
            f"page ({self.raw_sync_pages} pages; the median of {len(self.raw_sync)} rounds):"
            f"\n\n{syncs}\n\n"
            f"Database size after {2 * n} entries (both accounts): "
            f"{self.database_bytes / 2**20:.1f} MiB, about {per_entry / 1024:.1f} KiB an entry "
            "with its indexes and log.\n"
        )


async def _raw_sync(api: TimedApi) -> tuple[int, int]:
    cursor, more, pages, seen = None, True, 0, 0
    while more:
        page = await api.sync(cursor, limit=PAGE_SIZE)
        cursor, more = page["cursor"], page["more"]
        pages, seen = pages + 1, seen + len(page["changes"])
    return pages, seen


async def _verified_sync(api: TimedApi, me: Identity) -> tuple[int, int]:
    before = api.timing("sync").count
    report = await Diary(api, me).sync(Replica())
    return api.timing("sync").count - before, report.changed


async def _send_all(
    api: TimedApi, bodies: Sequence[tuple[uuid.UUID, dict[str, Any]]], concurrency: int
) -> None:
    queue = list(reversed(bodies))

    async def worker() -> None:
        while queue:
            entry_id, body = queue.pop()
            await api.create_entry(entry_id, body)

    async with asyncio.TaskGroup() as group:
        for _ in range(concurrency):
            group.create_task(worker())


async def _database_bytes(server: LiveServer) -> int:
    if is_postgres(server.database_url):
        return await server.postgres_database_bytes()
    return server.database_bytes()


async def measure(server: LiveServer, entries: int, concurrency: int, label: str) -> DiaryResult:
    incidents = make_incidents(entries)
    async with TimedApi(server.base_url) as api:
        me = await sign_up(api, "writer")
        diary = Diary(api, me)
        log(f"diary: {entries} x Diary.add on {label}")
        with Cost.measure(server.pid) as add:
            for incident in incidents:
                await diary.add(incident)
        add_http = api.timing("create_entry")
        with Cost.measure(server.pid) as floor:
            for _ in range(FLOOR_REQUESTS):
                await api.account()

    async with TimedApi(server.base_url) as api:
        other = await sign_up(api, "capacity")
        log(f"diary: building {entries} bodies, then sending them {concurrency} at a time")
        started = time.perf_counter()
        bodies = []
        for incident in incidents:
            entry_id = uuid.uuid4()
            bodies.append((entry_id, create_body(other, entry_id, incident)))
        build_seconds = time.perf_counter() - started
        with Cost.measure(server.pid) as send:
            await _send_all(api, bodies, concurrency)

    raw_rounds: list[Cost] = []
    verified_rounds: list[Cost] = []
    raw_pages = verified_pages = 0
    async with TimedApi(server.base_url) as api:
        # A second device of the first account: sign in, then sync from nothing.
        me_again = await identity.login(api, "writer", PASSPHRASE, "laptop")
        for round_ in range(SYNC_ROUNDS):
            log(f"diary: sync round {round_ + 1}/{SYNC_ROUNDS}")
            with Cost.measure(server.pid) as raw:
                raw_pages, seen = await _raw_sync(api)
            assert seen == entries, (seen, entries)
            raw_rounds.append(raw)
            with Cost.measure(server.pid) as verified:
                verified_pages, seen = await _verified_sync(api, me_again)
            assert seen == entries, (seen, entries)
            verified_rounds.append(verified)

    return DiaryResult(
        database=label,
        entries=entries,
        add=add,
        add_http=add_http,
        build_seconds=build_seconds,
        concurrency=concurrency,
        send=send,
        raw_sync=raw_rounds,
        raw_sync_pages=raw_pages,
        verified_sync=verified_rounds,
        verified_sync_pages=verified_pages,
        database_bytes=await _database_bytes(server),
        floor=floor,
    )


async def run(entries: int, concurrency: int, database_url: str | None) -> DiaryResult:
    async with live_server(database_url) as server:
        log(f"server up on {server.base_url} (pid {server.pid}) in {server.startup_seconds:.2f} s")
        return await measure(server, entries, concurrency, database_label(database_url))


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser(__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--entries", type=int, default=2000, help="diary size (default 2000)")
    parser.add_argument(
        "--concurrency", type=int, default=4, help="requests in flight for server capacity"
    )
    args = parser.parse_args(argv)

    async def go() -> None:
        result = await run(args.entries, args.concurrency, args.database_url)
        print(await machine(args.database_url), end="\n\n")
        print(result.markdown())

    asyncio.run(go())


if __name__ == "__main__":
    main(sys.argv[1:])
