"""Where failure counts and blocks live. The database is the default: it
already holds across every worker. Redis is the option for deployments that
would rather keep this churn out of PostgreSQL (app/ratelimit/redis_store.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.errors import DaybookError
from app.ratelimit import repository


class RateLimitsUnavailable(DaybookError):
    """The configured store (Redis) does not answer: refused, never let through uncounted."""

    status = 503
    code = "rate-limits-unavailable"
    title = "The rate-limit store is unreachable"


@dataclass(frozen=True)
class Backoff:
    """After a key's free failures, the n-th blocks it for
    base * 2^(n - free failures) seconds, at most `max_seconds`; a counter with
    no failure for `memory_seconds` starts again from zero."""

    base_seconds: float
    max_seconds: float
    memory_seconds: float

    @classmethod
    def of(cls, settings: Settings) -> Backoff:
        return cls(
            settings.login_backoff_base_seconds,
            settings.login_backoff_max_seconds,
            settings.login_failure_memory_seconds,
        )

    def block_after(
        self, failures: int, free_failures: int, now: dt.datetime
    ) -> dt.datetime | None:
        excess = failures - free_failures
        if excess < 0:
            return None
        delay = min(self.base_seconds * 2 ** min(excess, 32), self.max_seconds)
        return now + dt.timedelta(seconds=delay)


class ThrottleStore(Protocol):
    async def blocked_until(self, keys: Sequence[bytes]) -> dt.datetime | None:
        """The latest block on any of `keys`, if one is set."""

    async def reserve(
        self, limits: Sequence[tuple[bytes, int]], now: dt.datetime, backoff: Backoff
    ) -> dt.datetime | None:
        """In one atomic step: if any key is blocked, change nothing and
        return the latest block; else count one failure on every key, blocking
        each past its free failures as `backoff` says, and return None."""

    async def refund(self, key: bytes) -> None:
        """Take back one reserved failure (the attempt turned out right)."""

    async def clear(self, key: bytes) -> None:
        """Forget the key's failures and block."""


@dataclass(frozen=True)
class DatabaseThrottle:
    """In the session's transaction: a reservation must run in one of its own,
    committed before the secret is checked; a refund or a clear in the
    request's, so that it holds only if the request commits."""

    session: AsyncSession

    async def blocked_until(self, keys: Sequence[bytes]) -> dt.datetime | None:
        return await repository.blocked_until(self.session, keys)

    async def reserve(
        self, limits: Sequence[tuple[bytes, int]], now: dt.datetime, backoff: Backoff
    ) -> dt.datetime | None:
        free = dict(limits)
        # Locked until this transaction ends: a concurrent reservation on any
        # of these keys, from any worker, waits here and then sees this count.
        rows = await repository.lock(self.session, list(free), now)
        blocks = [until for *_, until in rows if until is not None and until > now]
        if blocks:
            return max(blocks)
        forget_before = now - dt.timedelta(seconds=backoff.memory_seconds)
        for key, failures, updated_at, _ in rows:
            count = 1 if updated_at < forget_before else failures + 1
            await repository.set_count(
                self.session, key, count, now, backoff.block_after(count, free[key], now)
            )
        return None

    async def refund(self, key: bytes) -> None:
        await repository.refund(self.session, key)

    async def clear(self, key: bytes) -> None:
        await repository.clear(self.session, key)
