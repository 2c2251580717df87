"""The server believes X-Forwarded-For only from the proxies the operator
names (DAYBOOK_FORWARDED_ALLOW_IPS, or `daybook serve --forwarded-allow-ips`);
by default from none, loopback included: run by `daybook serve`, and by the
Dockerfile's command line. Otherwise anyone who reaches the port from the
machine, or through a proxy that passes the header on, resets the
per-address counters by writing a new address into it for each guess."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx
import pytest

from app.protocol.encoding import b64encode
from bench.server import deployment

# Timing-sensitive: runs alone, after the parallel part of the suite (dev.py).
pytestmark = pytest.mark.serial

FREE_FAILURES = 5
GUESSES = FREE_FAILURES + 3
# An address may fail far more often than one name by default (people share
# carrier addresses); here it gets the names' limit, so a few guesses show it.
STRICT_ADDRESS = {"DAYBOOK_LOGIN_ADDRESS_FREE_FAILURES": str(FREE_FAILURES)}


@pytest.fixture(params=["daybook serve", "uvicorn as in the image"])
def cli(request: pytest.FixtureRequest) -> bool:
    return bool(request.param == "daybook serve")


async def guesses_from_rotating_addresses(settings: Mapping[str, str], cli: bool) -> list[int]:
    """Wrong sign-ins, each for another name (so only the address's counter
    adds up) and each claiming another client address; their statuses."""
    async with deployment(None, settings={**STRICT_ADDRESS, **settings}) as site:
        server = await site.start(cli=cli)
        async with httpx.AsyncClient(base_url=server.base_url) as http:
            statuses = []
            for n in range(GUESSES):
                body = {"username": f"guess{n}", "auth_key": b64encode(os.urandom(32))}
                answer = await http.post(
                    "/v1/auth/login",
                    json={**body, "device_name": "x"},
                    headers={"X-Forwarded-For": f"198.51.100.{n + 1}"},
                )
                statuses.append(answer.status_code)
    return statuses


async def test_by_default_no_forwarded_address_is_believed(cli: bool) -> None:
    statuses = await guesses_from_rotating_addresses({}, cli)
    assert statuses == [401] * FREE_FAILURES + [429] * (GUESSES - FREE_FAILURES)


async def test_a_named_proxy_is_believed(cli: bool) -> None:
    named = {"DAYBOOK_FORWARDED_ALLOW_IPS": "127.0.0.1"}
    statuses = await guesses_from_rotating_addresses(named, cli)
    assert statuses == [401] * GUESSES, "each claimed address counted apart"
