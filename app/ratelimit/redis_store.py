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

from app.ratelimit.store import Backoff, RateLimitsUnavailable

PREFIX = "daybook:throttle:"
# A Redis that does not answer in this time counts as down.
TIMEOUT_SECONDS = 2.0

# Store.reserve as one script, which Redis runs with nothing in between.
# KEYS: failures, blocked for each key. ARGV: now (ms since the epoch), memory
# (ms), back-off base and maximum (ms) as Backoff has them, then each key's
# free failures.
RESERVE = """
local now, memory = tonumber(ARGV[1]), tonumber(ARGV[2])
local base, cap = tonumber(ARGV[3]), tonumber(ARGV[4])
local latest = 0
for i = 2, #KEYS, 2 do
  local blocked = tonumber(redis.call('GET', KEYS[i]) or '0')
  if blocked > now and blocked > latest then latest = blocked end
end
if latest > 0 then return latest end
for i = 1, #KEYS, 2 do
  local excess = redis.call('INCR', KEYS[i]) - tonumber(ARGV[4 + (i + 1) / 2])
  redis.call('PEXPIRE', KEYS[i], memory)
  if excess >= 0 then
    local delay = math.ceil(math.min(base * 2 ^ math.min(excess, 32), cap))
    local blocked = string.format('%.0f', now + delay)
    redis.call('SET', KEYS[i + 1], blocked, 'PXAT', blocked)
  end
end
return 0
"""
REFUND = """
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
"""


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
        self._reserve = client.register_script(RESERVE)
        self._refund = client.register_script(REFUND)

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

    async def reserve(
        self, limits: Sequence[tuple[bytes, int]], now: dt.datetime, backoff: Backoff
    ) -> dt.datetime | None:
        names = [name for key, _ in limits for name in (_failures(key), _blocked(key))]
        arguments = [
            _millis(now),
            math.ceil(backoff.memory_seconds * 1000),
            backoff.base_seconds * 1000,
            backoff.max_seconds * 1000,
            *(free for _, free in limits),
        ]
        with _answering():
            until = int(await self._reserve(keys=names, args=arguments))
        return dt.datetime.fromtimestamp(until / 1000, dt.UTC) if until else None

    async def refund(self, key: bytes) -> None:
        with _answering():
            await self._refund(keys=[_failures(key)])

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
