"""Sign-in and recovery-key fetch for a known name against an unknown one, at
the production Argon2id cost: if the server did less work for a name with no
account, the difference would show here (docs/PERFORMANCE.md).

    .venv/bin/python -m bench.enumeration [--rounds N] [--database-url URL]

Requests go over loopback HTTP with raw bodies (a random auth key each time,
so every attempt fails), alternating known and unknown names so that any
drift of the machine hits both alike. The throttle is raised out of the way:
this measures the work, not the limits.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from collections.abc import Sequence

import httpx

from app.client.api import DaybookApi
from app.config import MIN_KDF_ITERATIONS, MIN_KDF_MEMORY_KIB
from app.protocol.encoding import b64encode
from bench.common import base_parser, database_label, machine, sign_up, table
from bench.server import live_server, log

PRODUCTION_COST = {
    "DAYBOOK_KDF_MEMORY_KIB": str(MIN_KDF_MEMORY_KIB),
    "DAYBOOK_KDF_ITERATIONS": str(MIN_KDF_ITERATIONS),
    "DAYBOOK_KDF_PARALLELISM": "4",
    "DAYBOOK_LOGIN_FREE_FAILURES": "1000000",
    "DAYBOOK_LOGIN_ADDRESS_FREE_FAILURES": "1000000",
}
KNOWN, UNKNOWN = "known-victim", "nobody-by-that-name"


def _body(path: str, username: str) -> dict[str, str]:
    key = b64encode(os.urandom(32))
    if path == "/v1/auth/login":
        return {"username": username, "auth_key": key, "device_name": "bench"}
    return {"username": username, "recovery_auth_key": key}


async def _timed(http: httpx.AsyncClient, path: str, username: str) -> float:
    started = time.perf_counter()
    response = await http.post(path, json=_body(path, username))
    elapsed = time.perf_counter() - started
    if response.status_code != 401:
        raise RuntimeError(f"{path} answered {response.status_code}: {response.text}")
    return elapsed


async def run(rounds: int, database_url: str | None) -> str:
    async with live_server(database_url, settings=PRODUCTION_COST) as server:
        async with DaybookApi(server.base_url) as api:
            await sign_up(api, KNOWN)
        rows = []
        async with httpx.AsyncClient(base_url=server.base_url, timeout=60) as http:
            for path in ("/v1/auth/login", "/v1/auth/recovery/keys"):
                times: dict[str, list[float]] = {KNOWN: [], UNKNOWN: []}
                await _timed(http, path, UNKNOWN)  # warm-up
                for _ in range(rounds):
                    for name in (KNOWN, UNKNOWN):
                        times[name].append(await _timed(http, path, name))
                log(f"{path}: {rounds} rounds done")
                medians = {name: statistics.median(t) * 1000 for name, t in times.items()}
                rows.append(
                    [
                        path,
                        rounds,
                        f"{medians[KNOWN]:.1f}",
                        f"{medians[UNKNOWN]:.1f}",
                        f"{medians[UNKNOWN] - medians[KNOWN]:+.1f}",
                        f"{statistics.quantiles(times[KNOWN], n=10)[-1] * 1000:.1f}",
                        f"{statistics.quantiles(times[UNKNOWN], n=10)[-1] * 1000:.1f}",
                    ]
                )
    headers = [
        "route (wrong secret)",
        "rounds",
        "known median ms",
        "unknown median ms",
        "difference ms",
        "known p90 ms",
        "unknown p90 ms",
    ]
    return (
        f"Known against unknown names, {database_label(database_url)}, Argon2id "
        f"m={MIN_KDF_MEMORY_KIB} KiB, t={MIN_KDF_ITERATIONS}, p=4:\n\n" + table(headers, rows)
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser("Time sign-in and recovery for known against unknown names.")
    parser.add_argument("--rounds", type=int, default=40, help="requests per name and route")
    args = parser.parse_args(argv)

    async def go() -> None:
        report = await run(args.rounds, args.database_url)
        print(await machine(args.database_url), end="\n\n")
        print(report)

    asyncio.run(go())


if __name__ == "__main__":
    main()
