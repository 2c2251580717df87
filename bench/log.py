"""The evidence log at scale: appends per second and proof latency at 10^6 leaves.

python -m bench.log [--leaves N] [--appends N] [--proofs N] [--database-url URL]

A million leaves through the API would take hours at the write rates in
docs/PERFORMANCE.md, so the log's tables are filled directly with exactly the
rows that appends write (computed with app.protocol.merkle). Then appends are
timed through the log service in-process, one transaction each as a write
does, and a live server answers checkpoints and proofs over HTTP.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

import httpx
from sqlalchemy import insert, update

from app.db import create_engine, create_sessionmaker, transaction
from app.evidence import service
from app.models import LogHead, LogLeaf, LogNode
from app.protocol import merkle
from app.protocol.encoding import b64decode
from app.protocol.merkle import NodeRef
from app.protocol.receipts import ReceiptKind, ReceiptLeaf
from bench.common import Timing, base_parser, machine
from bench.server import live_server, log

BATCH = 20_000


@dataclass
class LogFigures:
    leaves: int
    fill_seconds: float
    appends: Timing
    inclusion: Timing
    consistency: Timing
    checkpoint: Timing

    def markdown(self) -> str:
        def row(name: str, timing: Timing) -> str:
            return (
                f"| {name} | {timing.count} | {timing.count / timing.total:.0f} | "
                f"{timing.percentile(0.5) * 1000:.1f} | {timing.percentile(0.95) * 1000:.1f} | "
                f"{timing.percentile(0.99) * 1000:.1f} |"
            )

        return "\n".join(
            [
                f"Evidence log of {self.leaves:,} leaves (filled in {self.fill_seconds:.0f} s).",
                "",
                "| operation | count | per second | p50 ms | p95 ms | p99 ms |",
                "|---|---|---|---|---|---|",
                row("append (in-process, one transaction each)", self.appends),
                row("GET /v1/log/proof/inclusion (HTTP)", self.inclusion),
                row("GET /v1/log/proof/consistency (HTTP)", self.consistency),
                row("GET /v1/log/checkpoint (HTTP, signed)", self.checkpoint),
            ]
        )


def _rows(
    start: int, count: int, nodes: dict[NodeRef, bytes]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The leaf and node rows of leaves [start, start + count), as appends write them."""
    moment = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    leaves, completed = [], []
    for index in range(start, start + count):
        digest = hashlib.sha256(index.to_bytes(8, "big")).digest()
        leaf = ReceiptLeaf.at(ReceiptKind.ENTRY_VERSION, moment, digest)
        made = merkle.append_nodes(index, leaf.leaf_hash, lambda _refs: nodes)
        nodes.update(made)
        leaves.append(
            {
                "index": index,
                "kind": int(leaf.kind),
                "object_sha256": digest,
                "received_at": leaf.received_at,
                "leaf_hash": leaf.leaf_hash,
            }
        )
        completed += [{"level": r.level, "index": r.index, "hash": h} for r, h in made]
    return leaves, completed


async def fill(database_url: str, count: int) -> float:
    started = time.perf_counter()
    engine = create_engine(database_url)
    nodes: dict[NodeRef, bytes] = {}
    for start in range(0, count, BATCH):
        leaves, completed = _rows(start, min(BATCH, count - start), nodes)
        async with engine.begin() as connection:
            await connection.execute(insert(LogLeaf), leaves)
            await connection.execute(insert(LogNode), completed)
            await connection.execute(
                update(LogHead).where(LogHead.id == 1).values(size=start + len(leaves))
            )
        if start % 200_000 == 0:
            log(f"  {start + len(leaves):,} leaves")
    await engine.dispose()
    return time.perf_counter() - started


async def time_appends(database_url: str, count: int) -> Timing:
    engine = create_engine(database_url)
    sessionmaker = create_sessionmaker(engine)
    timing = Timing()
    for n in range(count):
        digest = hashlib.sha256(f"append {n}".encode()).digest()
        started = time.perf_counter()
        async with transaction(sessionmaker) as db:
            await service.append(db, ReceiptKind.ENTRY_VERSION, digest, service.received_now())
        timing.durations.append(time.perf_counter() - started)
    await engine.dispose()
    return timing


async def _timed_get(
    http: httpx.AsyncClient, timing: Timing, path: str, **params: int
) -> httpx.Response:
    started = time.perf_counter()
    response = await http.get(path, params=params)
    timing.durations.append(time.perf_counter() - started)
    response.raise_for_status()
    return response


async def time_proofs(base_url: str, size: int, count: int) -> Sequence[Timing]:
    inclusion, consistency, checkpoint = Timing(), Timing(), Timing()
    chance = random.Random(9162)
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as http:
        for _ in range(count):
            index = chance.randrange(size)
            found = await _timed_get(
                http, inclusion, "/v1/log/proof/inclusion", index=index, size=size
            )
            proof = found.json()
            assert merkle.verify_inclusion(
                index,
                size,
                b64decode(proof["leaf_hash"]),
                [b64decode(p) for p in proof["proof"]],
                b64decode(proof["root_hash"]),
            )
            older = chance.randrange(1, size)
            await _timed_get(
                http, consistency, "/v1/log/proof/consistency", **{"from": older, "to": size}
            )
            await _timed_get(http, checkpoint, "/v1/log/checkpoint")
    return inclusion, consistency, checkpoint


async def run(leaves: int, appends: int, proofs: int, database_url: str | None) -> LogFigures:
    async with live_server(database_url) as server:
        log(f"filling the log with {leaves:,} leaves")
        filled = await fill(server.database_url, leaves)
        log(f"timing {appends} appends")
        appended = await time_appends(server.database_url, appends)
        log(f"timing {proofs} proofs of each kind")
        inclusion, consistency, checkpoint = await time_proofs(
            server.base_url, leaves + appends, proofs
        )
    return LogFigures(leaves, filled, appended, inclusion, consistency, checkpoint)


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser("Time appends and proofs of a large evidence log.")
    parser.add_argument("--leaves", type=int, default=1_000_000)
    parser.add_argument("--appends", type=int, default=2000)
    parser.add_argument("--proofs", type=int, default=500)
    args = parser.parse_args(argv)

    async def go() -> None:
        figures = await run(args.leaves, args.appends, args.proofs, args.database_url)
        print(await machine(args.database_url), end="\n\n")
        print(figures.markdown())

    asyncio.run(go())


if __name__ == "__main__":
    main(sys.argv[1:])
