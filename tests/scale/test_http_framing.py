"""Request smuggling at the server's front door, over raw sockets: a request
whose framing is ambiguous (Content-Length with Transfer-Encoding, an
obfuscated or repeated Transfer-Encoding, two different Content-Lengths) is
refused with 400 and the connection closed, so the request hidden behind it
is never answered. Both ways the server runs: `daybook serve`, and uvicorn
with the image's flags (bench.server, as the Dockerfile starts it)."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator, Iterator
from urllib.parse import urlsplit

import pytest

from bench.server import LiveServer, deployment
from tests.held import held

# Timing-sensitive: runs alone, after the parallel part of the suite (dev.py).
pytestmark = pytest.mark.serial

READ_SECONDS = 5.0
# What the smuggler wants answered: any answer to it shows it got through.
HIDDEN = b"GET /healthz HTTP/1.1\r\nHost: daybook\r\n\r\n"
FRONT = b"POST /v1/auth/login HTTP/1.1\r\nHost: daybook\r\n"
CHUNKED_BODY = b"0\r\n\r\n"

AMBIGUOUS = {
    "content-length then transfer-encoding": b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n",
    "transfer-encoding then content-length": b"Transfer-Encoding: chunked\r\nContent-Length: 5\r\n",
    "chunked, identity": b"Content-Length: 5\r\nTransfer-Encoding: chunked, identity\r\n",
    "upper case and a tab": b"Content-Length: 5\r\nTransfer-Encoding:\tCHUNKED\r\n",
    "transfer-encoding twice": b"Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n"
    b"Content-Length: 5\r\n",
    "space before the colon": b"Content-Length: 5\r\nTransfer-Encoding : chunked\r\n",
    "two content-lengths": b"Content-Length: 5\r\nContent-Length: 44\r\n",
}


@contextlib.asynccontextmanager
async def started(cli: bool) -> AsyncIterator[LiveServer]:
    async with deployment(None) as site:
        yield await site.start(cli=cli)


# One server for the module's tests: each opens connections of its own, and
# nothing they send changes what the other sees.
@pytest.fixture(scope="module", params=["daybook serve", "uvicorn as in the image"])
def server(request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    with held(started(cli=request.param == "daybook serve")) as (running, _loop):
        yield running


async def exchange(server: LiveServer, data: bytes) -> tuple[list[int], bool]:
    """Sends `data` on one connection; the statuses answered, and whether the
    server closed the connection (rather than wait for more)."""
    address = urlsplit(server.base_url)
    reader, writer = await asyncio.open_connection(address.hostname, address.port)
    received, closed = b"", False
    try:
        writer.write(data)
        await writer.drain()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(READ_SECONDS):
                while piece := await reader.read(65536):
                    received += piece
                closed = True
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
    statuses = [int(s) for s in re.findall(rb"HTTP/1\.[01] (\d{3}) ", received)]
    return statuses, closed


async def test_ambiguous_framing_is_refused_and_closed(server: LiveServer) -> None:
    answered = {}
    for name, headers in AMBIGUOUS.items():
        request = FRONT + headers + b"\r\n" + CHUNKED_BODY + HIDDEN
        answered[name] = await exchange(server, request)
    # Refused, the connection closed, the hidden request never answered.
    assert answered == dict.fromkeys(AMBIGUOUS, ([400], True))


async def test_plain_requests_still_share_a_connection(server: LiveServer) -> None:
    """The control: two well-framed requests on one connection are both answered."""
    last = HIDDEN.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n")
    assert await exchange(server, HIDDEN + last) == ([200, 200], True)
