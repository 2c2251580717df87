"""Where failure counts and blocks live. The database is the default: it
already holds across every worker. Redis is the option for deployments that
would rather keep this churn out of PostgreSQL (app/ratelimit/redis_store.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from app.ratelimit import repository


class ThrottleStore(Protocol):
    async def blocked_until(self, keys: Sequence[bytes]) -> dt.datetime | None:
        """The latest block on any of `keys`, if one is set."""

    async def count_failure(self, key: bytes, now: dt.datetime, memory_seconds: float) -> int:
        """Add one failure atomically; a counter idle for `memory_seconds`
        starts again at one. Returns the count."""

    async def block(self, key: bytes, until: dt.datetime) -> None:
        """Block the key, whose failure was just counted, until then."""

    async def clear(self, key: bytes) -> None:
        """Forget the key's failures and block."""


@dataclass(frozen=True)
class DatabaseThrottle:
    """In the request's transaction, so a success clears the count only if
    the request commits."""

    session: AsyncSession

    async def blocked_until(self, keys: Sequence[bytes]) -> dt.datetime | None:
        return await repository.blocked_until(self.session, keys)

    async def count_failure(self, key: bytes, now: dt.datetime, memory_seconds: float) -> int:
        forget_before = now - dt.timedelta(seconds=memory_seconds)
        return await repository.count_failure(self.session, key, now, forget_before)

    async def block(self, key: bytes, until: dt.datetime) -> None:
        await repository.block(self.session, key, until)

    async def clear(self, key: bytes) -> None:
        await repository.clear(self.session, key)
