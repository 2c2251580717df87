"""The two throttle stores keep the same contract: a reservation counts a
failure on every key unless one is blocked, atomically, so concurrent
reservations from several workers never let more through than one after
another would; counts are forgotten after a quiet period; a refund gives one
back, and clearing forgets the count and the block."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from fastapi import FastAPI

from app.db import transaction, utcnow
from app.ratelimit.redis_store import RedisThrottle
from app.ratelimit.store import Backoff, DatabaseThrottle, ThrottleStore

DAY = 24 * 3600.0
# Three free failures, then a block far longer than any test.
STRICT = Backoff(base_seconds=600, max_seconds=3600, memory_seconds=DAY)
FREE = 3

# A reservation on the store of its own worker: the database's in a
# transaction of its own, committed, as app.ratelimit.service does it.
Reserve = Callable[[list[tuple[bytes, int]], Backoff], Awaitable[dt.datetime | None]]


def on_redis(store: RedisThrottle) -> Reserve:
    async def reserve(keys: list[tuple[bytes, int]], backoff: Backoff) -> dt.datetime | None:
        return await store.reserve(keys, utcnow(), backoff)

    return reserve


@pytest.fixture(params=["database", "redis"])
async def workers(
    request: pytest.FixtureRequest, application: FastAPI
) -> AsyncIterator[list[Reserve]]:
    """Four workers' ways to reserve, on one database or one Redis."""
    if request.param == "redis":
        stores = [RedisThrottle.from_url(request.getfixturevalue("redis_url")) for _ in range(4)]
        yield [on_redis(store) for store in stores]
        for store in stores:
            await store.close()
        return
    sessionmaker = application.state.daybook.sessionmaker

    async def reserve(keys: list[tuple[bytes, int]], backoff: Backoff) -> dt.datetime | None:
        async with transaction(sessionmaker) as own:
            return await DatabaseThrottle(own).reserve(keys, utcnow(), backoff)

    yield [reserve] * 4


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


def free(failures: int, *keys: bytes) -> list[tuple[bytes, int]]:
    """Each key with the failures it may make before back-off."""
    return [(k, failures) for k in keys]


async def test_reservations_count_then_block_and_clearing_forgets(store: ThrottleStore) -> None:
    account, address = key(), key()
    results = [
        await store.reserve(free(FREE, account, address), utcnow(), STRICT) for _ in range(5)
    ]
    assert results[:3] == [None] * 3, "three free failures"
    assert results[3] is not None and results[3] == results[4], "then blocked, nothing counted"
    assert results[3] > utcnow() + dt.timedelta(seconds=590)
    await store.clear(account)
    assert await store.blocked_until([account]) is None
    assert await store.blocked_until([address]) == results[3], "the address stays blocked"
    assert await store.reserve(free(FREE, account), utcnow(), STRICT) is None


async def test_a_refund_gives_one_count_back(store: ThrottleStore) -> None:
    account = key()
    for _ in range(10):  # right every time: never blocked
        assert await store.reserve(free(FREE, account), utcnow(), STRICT) is None
        await store.refund(account)
    for _ in range(3):
        assert await store.reserve(free(FREE, account), utcnow(), STRICT) is None
    assert await store.reserve(free(FREE, account), utcnow(), STRICT) is not None


async def test_the_latest_block_of_any_key_is_the_one_that_counts(store: ThrottleStore) -> None:
    account, address, stranger, now = key(), key(), key(), utcnow()
    short = Backoff(base_seconds=30, max_seconds=30, memory_seconds=DAY)
    assert await store.reserve(free(1, account), now, short) is None
    assert await store.reserve(free(1, address), now, STRICT) is None
    until = await store.blocked_until([account, address, stranger])
    assert until is not None
    assert abs(until - (now + dt.timedelta(minutes=10))) < dt.timedelta(milliseconds=2)
    refused = await store.reserve(free(1, account, stranger), now, short)
    assert refused is not None and refused < until
    assert await store.blocked_until([stranger]) is None, "a refused reservation counts nothing"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_quiet_counter_starts_again(store: ThrottleStore) -> None:
    account = key()
    quick = Backoff(base_seconds=600, max_seconds=600, memory_seconds=0.05)
    assert await store.reserve(free(2, account), utcnow(), quick) is None
    await asyncio.sleep(0.2)
    assert await store.reserve(free(2, account), utcnow(), quick) is None, (
        "the first failure is gone"
    )


async def test_concurrent_reservations_let_through_only_the_free_ones(
    workers: list[Reserve],
) -> None:
    """Four workers reserving at once, 50 times each, on the same two keys:
    exactly the three free failures get through, as one after another."""
    keys = free(FREE, key(), key())
    results = await asyncio.gather(*(w(keys, STRICT) for w in workers for _ in range(50)))
    assert sum(result is None for result in results) == FREE


async def test_each_key_has_its_own_free_failures(store: ThrottleStore) -> None:
    """A shared address may fail far more often than one account name."""
    account, address = key(), key()
    limits = [(account, 2), (address, 50)]
    assert [await store.reserve(limits, utcnow(), STRICT) for _ in range(2)] == [None, None]
    assert await store.reserve(limits, utcnow(), STRICT) is not None, "the account is blocked"
    others = [await store.reserve([(key(), 2), (address, 50)], utcnow(), STRICT) for _ in range(5)]
    assert others == [None] * 5, "the address is not"
