"""Server CPU per operation, from /proc, for the operations of the fast path.

    python -m bench.ops [--requests N] [--rounds R] [--database-url URL] [--baseline DIR]

One client, one request at a time. Every body is built before the timing
starts, so the server CPU of a phase (user + system of the uvicorn process,
every thread, from /proc/<pid>/stat) is the server's work alone; divided by
the number of requests it gives the cost of one.

`--baseline DIR` starts a second server from another checkout of Daybook
(e.g. `git worktree add /tmp/before <commit>`, or `git archive <commit> | tar
-x -C /tmp/before`) on its own fresh database, and runs every phase on both,
alternating in R rounds, so a shared machine's changing load falls on both
alike: "before" and "after" measured in the same minutes.

- the server's RSS once it answers (the local blob store, no Redis);
- `GET /healthz` (no session, no SQL) and `GET /v1/account` (authenticated);
- an incremental `GET /v1/sync` with nothing new (the cursor of the last page);
- `PUT /v1/entries/{id}` (a new entry) and `POST /v1/entries/{id}/versions`;
- `POST /v1/entries/batch` of 100 new entries, one batch a round, its CPU
  divided by the entries (a checkout without the route shows n/a);
- `PUT` of a 1 MiB chunk of an attachment (one chunk for every 5 requests).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import uuid
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from app.client.api import ApiError
from app.client.diary import Diary, VerifiedVersion, create_body, version_body
from app.client.identity import Identity
from app.protocol import commitment, stream
from app.protocol.encoding import b64decode
from bench.common import TimedApi, base_parser, database_label, machine, sign_up, table
from bench.diary import make_incidents
from bench.server import MIB, LiveServer, cpu_seconds, live_server_from, log, rss_bytes

Call = Callable[[], Awaitable[object]]
OPERATIONS = (
    "GET /healthz",
    "GET /v1/account",
    "GET /v1/sync, nothing new",
    "PUT /v1/entries/{id} (new entry)",
    "POST /v1/entries/{id}/versions",
    "POST /v1/entries/batch, per entry",
    "PUT a 1 MiB chunk",
)
CHUNK_EVERY = 5
BATCH = "POST /v1/entries/batch, per entry"
BATCH_ITEMS = 100


def _version_bodies(
    me: Identity, entry_id: uuid.UUID, first: VerifiedVersion, key: bytes, count: int
) -> list[dict[str, Any]]:
    """Versions 2 .. count+1 of one entry, each signed over the one before."""
    previous, bodies = first.commitment_sha256, []
    for number, incident in enumerate(make_incidents(count, seed=2), start=2):
        body = version_body(me, entry_id, number, previous, incident, key)
        bodies.append({**body, "base_version": number - 1})
        previous = commitment.commitment_hash(b64decode(body["commitment"]))
    return bodies


def _create_item(me: Identity, incident: dict[str, Any]) -> dict[str, Any]:
    entry_id = uuid.uuid4()
    return {"op": "create", "entry_id": str(entry_id), **create_body(me, entry_id, incident)}


class Workload:
    """One server's account, with every request of every phase built ahead."""

    def __init__(self, server: LiveServer, api: TimedApi) -> None:
        self.server, self.api = server, api
        self.calls: dict[str, list[Call]] = {}
        self.cpu = dict.fromkeys(OPERATIONS, 0.0)
        self.count = dict.fromkeys(OPERATIONS, 0)

    @classmethod
    async def prepare(
        cls, server: LiveServer, api: TimedApi, requests: int, rounds: int
    ) -> Workload:
        self = cls(server, api)
        me = await sign_up(api, "operations")
        incidents = make_incidents(requests)
        ids = [uuid.uuid4() for _ in incidents]
        bodies = [create_body(me, i, incident) for i, incident in zip(ids, incidents, strict=True)]
        first_id = uuid.uuid4()
        diary = Diary(api, me)
        first = await diary.add(incidents[0], entry_id=first_id)
        key = (await diary.current(first_id)).content_key
        versions = _version_bodies(me, first_id, first, key, requests)
        self.calls = {
            "GET /healthz": [lambda: api.call("GET", "/healthz", auth=False)] * requests,
            "GET /v1/account": [api.account] * requests,
            "PUT /v1/entries/{id} (new entry)": [
                partial(api.create_entry, i, b) for i, b in zip(ids, bodies, strict=True)
            ],
            "POST /v1/entries/{id}/versions": [
                partial(api.append_version, first_id, b) for b in versions
            ],
            BATCH: await self._batches(me, rounds),
            "PUT a 1 MiB chunk": await self._chunks(requests // CHUNK_EVERY),
        }
        return self

    async def _batches(self, me: Identity, count: int) -> list[Call]:
        """`count` batches of new entries, or none if the server has no batch route."""
        try:
            await self.api.write_batch([_create_item(me, make_incidents(1, seed=3)[0])])
        except ApiError as refused:
            if refused.status in (404, 405):
                return []
            raise
        incidents = make_incidents(count * BATCH_ITEMS, seed=4)
        items = [_create_item(me, incident) for incident in incidents]
        return [
            partial(self.api.write_batch, items[n : n + BATCH_ITEMS])
            for n in range(0, len(items), BATCH_ITEMS)
        ]

    async def _chunks(self, count: int) -> list[Call]:
        attachment_id = uuid.uuid4()
        block = os.urandom(stream.CIPHERTEXT_CHUNK_BYTES)
        digest = hashlib.sha256(block).digest()
        await self.api.start_upload(attachment_id, len(block) * count)
        return [
            partial(self.api.put_chunk, attachment_id, index, block, digest)
            for index in range(count)
        ]

    async def _latest_cursor(self) -> str:
        cursor: str | None = None
        more = True
        while more:
            page = await self.api.sync(cursor)
            cursor, more = str(page["cursor"]), bool(page["more"])
        assert cursor is not None
        return cursor

    async def run(self, operation: str, round_: int, rounds: int) -> None:
        if operation == "GET /v1/sync, nothing new":
            cursor = await self._latest_cursor()
            share = len(self.calls["GET /v1/account"]) // rounds
            calls: Sequence[Call] = [lambda: self.api.sync(cursor)] * share
        else:
            every = self.calls[operation]
            share = len(every) // rounds
            calls = every[round_ * share : (round_ + 1) * share]
        before = cpu_seconds(self.server.pid)
        for call in calls:
            await call()
        self.cpu[operation] += cpu_seconds(self.server.pid) - before
        self.count[operation] += len(calls) * (BATCH_ITEMS if operation == BATCH else 1)

    def ms(self, operation: str) -> str:
        if not self.count[operation]:
            return "n/a"
        return f"{self.cpu[operation] * 1000 / self.count[operation]:.2f}"


async def run(requests: int, rounds: int, database_url: str | None, baseline: Path | None) -> str:
    trees = {"after": None} if baseline is None else {"before": baseline, "after": None}
    async with contextlib.AsyncExitStack() as stack:
        loads: dict[str, Workload] = {}
        rss: dict[str, float] = {}
        for name, tree in trees.items():
            server = await stack.enter_async_context(live_server_from(tree, database_url))
            rss[name] = rss_bytes(server.pid) / MIB
            api = await stack.enter_async_context(TimedApi(server.base_url))
            log(f"ops: preparing {requests} requests of each kind on the {name} server")
            loads[name] = await Workload.prepare(server, api, requests, rounds)
        for round_ in range(rounds):
            log(f"ops: round {round_ + 1}/{rounds}")
            for operation in OPERATIONS:
                for load in loads.values():
                    await load.run(operation, round_, rounds)
    columns = [f"server CPU ms, {name}" for name in loads]
    rows = [
        (
            operation,
            str(max(load.count[operation] for load in loads.values())),
            *(load.ms(operation) for load in loads.values()),
        )
        for operation in OPERATIONS
    ]
    rows.append(("server RSS once it answers, MiB", "", *(f"{rss[n]:.1f}" for n in loads)))
    return "\n".join(
        [
            f"### {database_label(database_url)}",
            "",
            table(["operation", "requests", *columns], rows),
            "",
            await machine(database_url),
        ]
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser(__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=300, help="of each kind (default 300)")
    parser.add_argument("--rounds", type=int, default=6, help="alternations (default 6)")
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout")
    args = parser.parse_args(argv)
    print(asyncio.run(run(args.requests, args.rounds, args.database_url, args.baseline)))


if __name__ == "__main__":
    main()
