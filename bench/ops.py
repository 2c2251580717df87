"""Server CPU per operation, from /proc, for the operations of the fast path.

    python -m bench.ops [--requests N] [--chunks M] [--database-url URL]

One server, one client, one request at a time. Every body is built before
its phase starts, so a phase's server CPU (user + system of the uvicorn
process, every thread, from /proc/<pid>/stat) is the server's work alone;
dividing by the number of requests gives the cost of one. The wall time is
printed too, but on a shared machine only the CPU figures compare.

- the server's RSS once it answers (the local blob store, no Redis);
- `GET /healthz` (no session, no SQL) and `GET /v1/account` (authenticated);
- an incremental `GET /v1/sync` with nothing new (the cursor of the last page);
- `PUT /v1/entries/{id}` (a new entry) and `POST /v1/entries/{id}/versions`;
- `PUT` of a 1 MiB chunk of an attachment.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.client.diary import Diary, create_body, version_body
from app.client.identity import Identity
from app.protocol import commitment, stream
from app.protocol.encoding import b64decode
from bench.common import Cost, TimedApi, base_parser, database_label, machine, sign_up, table
from bench.diary import make_incidents
from bench.server import MIB, LiveServer, live_server, log, rss_bytes


@dataclass
class Row:
    operation: str
    count: int
    cost: Cost

    def cells(self) -> tuple[str, ...]:
        return (
            self.operation,
            str(self.count),
            f"{self.cost.server_cpu * 1000 / self.count:.2f}",
            f"{self.cost.wall * 1000 / self.count:.2f}",
        )


async def _phase(
    server: LiveServer, name: str, calls: Sequence[Callable[[], Awaitable[object]]]
) -> Row:
    log(f"ops: {name} x {len(calls)}")
    with Cost.measure(server.pid) as cost:
        for call in calls:
            await call()
    return Row(name, len(calls), cost)


def _version_bodies(
    me: Identity, entry_id: uuid.UUID, first: Any, key: bytes, count: int
) -> list[dict[str, Any]]:
    """Versions 2 .. count+1 of one entry, each signed over the one before."""
    incidents = make_incidents(count, seed=2)
    previous, bodies = first.commitment_sha256, []
    for number, incident in enumerate(incidents, start=2):
        body = version_body(me, entry_id, number, previous, incident, key)
        bodies.append({**body, "base_version": number - 1})
        previous = commitment.commitment_hash(b64decode(body["commitment"]))
    return bodies


async def _chunks(api: TimedApi, count: int) -> list[Callable[[], Awaitable[object]]]:
    attachment_id = uuid.uuid4()
    block = os.urandom(stream.CIPHERTEXT_CHUNK_BYTES)
    digest = hashlib.sha256(block).digest()
    await api.start_upload(attachment_id, len(block) * count)
    return [
        lambda index=index: api.put_chunk(attachment_id, index, block, digest)
        for index in range(count)
    ]


async def measure(server: LiveServer, requests: int, chunks: int) -> list[Row]:
    rows = []
    async with TimedApi(server.base_url) as api:
        me = await sign_up(api, "ops")
        diary = Diary(api, me)
        await api.call("GET", "/healthz")
        rows.append(
            await _phase(server, "GET /healthz", [lambda: api.call("GET", "/healthz")] * requests)
        )
        rows.append(await _phase(server, "GET /v1/account", [api.account] * requests))
        incidents = make_incidents(requests)
        bodies = [
            (entry_id, create_body(me, entry_id, i))
            for i, entry_id in ((i, uuid.uuid4()) for i in incidents)
        ]
        rows.append(
            await _phase(
                server,
                "PUT /v1/entries/{id} (new entry)",
                [lambda e=e, b=b: api.create_entry(e, b) for e, b in bodies],
            )
        )
        first_id = uuid.uuid4()
        first = await diary.add(incidents[0], entry_id=first_id)
        current = await diary.current(first_id)
        versions = _version_bodies(me, first_id, first, current.content_key, requests)
        rows.append(
            await _phase(
                server,
                "POST /v1/entries/{id}/versions",
                [lambda b=b: api.append_version(first_id, b) for b in versions],
            )
        )
        cursor, more = None, True
        while more:
            page = await api.sync(cursor)
            cursor, more = page["cursor"], page["more"]
        rows.append(
            await _phase(
                server,
                "GET /v1/sync, nothing new",
                [lambda: api.sync(cursor)] * requests,
            )
        )
        rows.append(await _phase(server, "PUT a 1 MiB chunk", await _chunks(api, chunks)))
    return rows


async def run(requests: int, chunks: int, database_url: str | None) -> str:
    async with live_server(database_url) as server:
        startup = rss_bytes(server.pid)
        rows = await measure(server, requests, chunks)
    lines = [
        f"### {database_label(database_url)}",
        "",
        f"Server RSS once it answers: {startup / MIB:.1f} MiB",
        "",
        table(
            ["operation", "requests", "server CPU ms each", "wall ms each"],
            [r.cells() for r in rows],
        ),
        "",
        await machine(database_url),
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser(__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=300, help="requests a phase (default 300)")
    parser.add_argument("--chunks", type=int, default=64, help="1 MiB chunks (default 64)")
    args = parser.parse_args(argv)
    print(asyncio.run(run(args.requests, args.chunks, args.database_url)))


if __name__ == "__main__":
    main()
