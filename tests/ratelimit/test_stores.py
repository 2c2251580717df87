"""The two throttle stores keep the same contract: counts add up atomically
and are forgotten after a quiet period, the latest block on any key wins, and
clearing forgets both."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI

from app.db import transaction, utcnow
from app.ratelimit.redis_store import RedisThrottle
from app.ratelimit.store import DatabaseThrottle, ThrottleStore

DAY = 24 * 3600.0


@pytest.fixture(params=["database", "redis"])
async def store(
    request: pytest.FixtureRequest, application: FastAPI
) -> AsyncIterator[ThrottleStore]:
    if request.param == "redis":
        redis = RedisThrottle.from_url(request.getfixturevalue("redis_url"))
        yield redis
        await redis.close()
        return
    async with transaction(application.state.daybook.sessionmaker) as db:
        yield DatabaseThrottle(db)


def key() -> bytes:
    return os.urandom(32)


async def test_failures_add_up_and_clearing_forgets_them(store: ThrottleStore) -> None:
    account, now = key(), utcnow()
    assert [await store.count_failure(account, now, DAY) for _ in range(3)] == [1, 2, 3]
    await store.block(account, now + dt.timedelta(minutes=5))
    assert await store.blocked_until([account]) is not None
    await store.clear(account)
    assert await store.blocked_until([account]) is None
    assert await store.count_failure(account, now, DAY) == 1


async def test_the_latest_block_of_any_key_is_the_one_that_counts(store: ThrottleStore) -> None:
    account, address, stranger, now = key(), key(), key(), utcnow()
    for blocked in (account, address):  # a block follows a counted failure
        await store.count_failure(blocked, now, DAY)
    assert await store.blocked_until([account, address]) is None
    await store.block(account, now + dt.timedelta(seconds=30))
    await store.block(address, now + dt.timedelta(minutes=10))
    until = await store.blocked_until([account, address, stranger])
    assert until is not None
    assert abs(until - (now + dt.timedelta(minutes=10))) < dt.timedelta(milliseconds=2)
    assert await store.blocked_until([stranger]) is None


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_quiet_counter_starts_again(store: ThrottleStore) -> None:
    account = key()
    assert await store.count_failure(account, utcnow(), 0.05) == 1
    await asyncio.sleep(0.2)
    assert await store.count_failure(account, utcnow(), 0.05) == 1


async def test_concurrent_failures_are_all_counted(redis_url: str) -> None:
    """Workers counting at once each see a count of their own: none is lost."""
    workers = [RedisThrottle.from_url(redis_url) for _ in range(4)]
    account, now = key(), utcnow()
    counts = await asyncio.gather(
        *(w.count_failure(account, now, DAY) for w in workers for _ in range(5))
    )
    assert sorted(counts) == list(range(1, 21))
    for worker in workers:
        await worker.close()
