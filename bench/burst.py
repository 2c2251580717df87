"""Guessing under bursts: how many passphrases a burst of concurrent wrong
sign-ins for one account gets checked, at production Argon2id cost, on two
server processes sharing one database (and, with --redis, one Redis).

python -m bench.burst --attempts 200 1000 [--database-url URL] [--redis URL]

Each burst goes to a fresh deployment and a fresh account, from one client
address, with the throttle's settings as shipped (five free failures, then
1 s, 2 s, 4 s ... of back-off). A 401 is only ever answered after the
passphrase was checked, so the 401s are the passphrases checked.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import httpx

from app.client.api import DaybookApi
from app.config import MIN_KDF_ITERATIONS, MIN_KDF_MEMORY_KIB
from app.protocol.encoding import b64encode
from bench.common import base_parser, machine, sign_up, table
from bench.server import live_servers, log

SERVERS = 2
PRODUCTION_COST = {
    "DAYBOOK_KDF_MEMORY_KIB": str(MIN_KDF_MEMORY_KIB),
    "DAYBOOK_KDF_ITERATIONS": str(MIN_KDF_ITERATIONS),
    "DAYBOOK_KDF_PARALLELISM": "4",
}


@dataclass
class Burst:
    attempts: int
    store: str
    statuses: Counter[int]
    seconds: float

    @property
    def checked(self) -> int:
        return self.statuses[401]


async def one_burst(attempts: int, database_url: str | None, redis_url: str | None) -> Burst:
    settings = dict(PRODUCTION_COST)
    if redis_url is not None:
        settings["DAYBOOK_REDIS_URL"] = redis_url
    async with live_servers(database_url, SERVERS, settings=settings) as servers:
        async with DaybookApi(servers[0].base_url) as api:
            await sign_up(api, "robin")
        limits = httpx.Limits(max_connections=attempts, max_keepalive_connections=0)
        clients = [
            httpx.AsyncClient(base_url=s.base_url, limits=limits, timeout=600) for s in servers
        ]
        body = {"username": "robin", "device_name": "attacker"}
        started = time.perf_counter()
        try:
            answers = await asyncio.gather(
                *(
                    client.post(
                        "/v1/auth/login", json={**body, "auth_key": b64encode(os.urandom(32))}
                    )
                    for client, _ in zip(itertools.cycle(clients), range(attempts), strict=False)
                )
            )
        finally:
            for client in clients:
                await client.aclose()
        seconds = time.perf_counter() - started
    store = "Redis" if redis_url else "database"
    found = Burst(attempts, store, Counter(a.status_code for a in answers), seconds)
    log(f"{attempts} attempts ({store}): {found.checked} checked in {seconds:.1f} s")
    return found


def markdown(bursts: Sequence[Burst]) -> str:
    rows = [
        (
            b.attempts,
            b.store,
            b.checked,
            b.statuses[429],
            sum(n for s, n in b.statuses.items() if s not in (401, 429)),
            f"{b.seconds:.1f}",
        )
        for b in bursts
    ]
    headers = ["attempts at once", "limits in", "passphrases checked (401)", "refused (429)"]
    return table([*headers, "other", "burst took, s"], rows)


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser("Passphrases checked in a burst of concurrent wrong sign-ins.")
    parser.add_argument("--attempts", type=int, nargs="+", default=[200, 1000])
    parser.add_argument("--redis", default=None, help="also run each burst with limits in Redis")
    args = parser.parse_args(argv)

    async def go() -> None:
        bursts = []
        for attempts in args.attempts:
            for redis_url in [None] if args.redis is None else [None, args.redis]:
                bursts.append(await one_burst(attempts, args.database_url, redis_url))
        print(await machine(args.database_url), end="\n\n")
        print(markdown(bursts))

    asyncio.run(go())


if __name__ == "__main__":
    main(sys.argv[1:])
