"""A burst of 200 concurrent wrong sign-ins for one account, spread over two
server processes on one PostgreSQL database, gets exactly the five free
failures' passphrases checked, with the limits kept in the database or in
Redis. The count is the server's: a 401 is only ever answered after the
passphrase was checked. The back-off is an hour, so a slow burst cannot earn
a sixth."""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import AsyncIterator

import httpx
import pytest

from app.protocol.encoding import b64encode
from bench.server import LiveServer, live_servers
from tests.conftest import ADMIN_URL, PostgresDatabases
from tests.scale.test_workers import Devices
from tests.writers import sign_up

# Timing-sensitive: runs alone, after the parallel part of the suite (dev.py).
pytestmark = pytest.mark.serial

BURST = 200
FREE_FAILURES = 5


@pytest.fixture(params=["database", "redis"])
async def servers(
    request: pytest.FixtureRequest, postgres: PostgresDatabases | None
) -> AsyncIterator[tuple[LiveServer, ...]]:
    if postgres is None:
        pytest.skip("PostgreSQL unreachable")
    settings = {
        "DAYBOOK_LOGIN_FREE_FAILURES": str(FREE_FAILURES),
        "DAYBOOK_LOGIN_BACKOFF_BASE_SECONDS": "3600",
    }
    if request.param == "redis":
        settings["DAYBOOK_REDIS_URL"] = request.getfixturevalue("redis_url")
    async with live_servers(ADMIN_URL, 2, settings=settings) as started:
        yield started


async def burst(servers: tuple[LiveServer, ...], username: str) -> Counter[int]:
    """BURST wrong sign-ins at once, half to each server, each on a connection of its own."""
    limits = httpx.Limits(max_connections=BURST, max_keepalive_connections=0)
    clients = [httpx.AsyncClient(base_url=s.base_url, limits=limits, timeout=120) for s in servers]
    try:
        answers = await asyncio.gather(
            *(
                clients[n % len(clients)].post(
                    "/v1/auth/login",
                    json={
                        "username": username,
                        "auth_key": b64encode(os.urandom(32)),
                        "device_name": "attacker",
                    },
                )
                for n in range(BURST)
            )
        )
    finally:
        for client in clients:
            await client.aclose()
    return Counter(answer.status_code for answer in answers)


async def test_a_burst_on_two_servers_checks_five_passphrases(
    servers: tuple[LiveServer, ...],
) -> None:
    devices = Devices(servers)
    try:
        await sign_up(devices, "robin")
    finally:
        await devices.close()
    assert await burst(servers, "robin") == {401: FREE_FAILURES, 429: BURST - FREE_FAILURES}
