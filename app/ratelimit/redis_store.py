"""Failure counts and blocks in Redis (DAYBOOK_REDIS_URL), shared by every
worker that points at the same server. Keys are the HMACs of
app.ratelimit.service.ThrottleKeys, so Redis never sees a username or an
address; every key expires by itself."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Awaitable, Iterator, Sequence
from contextlib import contextmanager
from typing import cast

from redis.asyncio import Redis
from redis.exceptions import RedisError

from app.errors import DaybookError

PREFIX = "daybook:throttle:"
# A Redis that does not answer in this time counts as down.
TIMEOUT_SECONDS = 2.0


class RateLimitsUnavailable(DaybookError):
    status = 503
    code = "rate-limits-unavailable"
    title = "The rate-limit store is unreachable"


@contextmanager
def _answering() -> Iterator[None]:
    """Refuse rather than let an attempt through uncounted."""
    try:
        yield
    except RedisError:
        raise RateLimitsUnavailable(
            "The server cannot check its limits on failed attempts just now; try again "
            "in a minute.",
            headers={"Retry-After": "60"},
        ) from None


def _millis(moment: dt.datetime) -> int:
    return math.ceil(moment.timestamp() * 1000)


class RedisThrottle:
    def __init__(self, client: Redis) -> None:
        self.client = client

    @classmethod
    def from_url(cls, url: str) -> RedisThrottle:
        return cls(
            Redis.from_url(
                url, socket_timeout=TIMEOUT_SECONDS, socket_connect_timeout=TIMEOUT_SECONDS
            )
        )

    async def blocked_until(self, keys: Sequence[bytes]) -> dt.datetime | None:
        with _answering():
            values = await self.client.mget([_blocked(key) for key in keys])
        ends = [int(value) for value in values if value is not None]
        return dt.datetime.fromtimestamp(max(ends) / 1000, dt.UTC) if ends else None

    async def count_failure(self, key: bytes, now: dt.datetime, memory_seconds: float) -> int:
        with _answering():
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.incr(_failures(key))
                pipe.pexpire(_failures(key), math.ceil(memory_seconds * 1000))
                count, _ = await pipe.execute()
        return int(count)

    async def block(self, key: bytes, until: dt.datetime) -> None:
        with _answering():
            await self.client.set(_blocked(key), _millis(until), pxat=_millis(until))

    async def clear(self, key: bytes) -> None:
        with _answering():
            await self.client.delete(_failures(key), _blocked(key))

    async def check(self) -> None:
        """For /readyz: raises unless Redis answers."""
        # ping() is typed for the sync client too (bool | Awaitable[bool]).
        await cast(Awaitable[bool], self.client.ping())

    async def close(self) -> None:
        await self.client.aclose()


def _failures(key: bytes) -> str:
    return f"{PREFIX}failures:{key.hex()}"


def _blocked(key: bytes) -> str:
    return f"{PREFIX}blocked:{key.hex()}"
