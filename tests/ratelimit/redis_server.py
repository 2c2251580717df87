"""A Redis for the suite's rate-limit tests: DAYBOOK_TEST_REDIS_URL, by default
the local server. Loaded by tests/conftest.py. Without a reachable server the
Redis half is skipped, loudly, unless DAYBOOK_REQUIRE_REDIS is set (as in CI),
which makes it an error. Each test's throttle keys are HMACs under a secret of
its own, so tests never see each other's counts."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from redis import Redis
from redis.exceptions import RedisError

from app.config import Settings
from app.main import create_app
from app.ratelimit.redis_store import PREFIX
from tests.skip_banner import record_skip

# A database per pytest-xdist worker: each session empties its own at the end.
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
REDIS_URL = os.environ.get("DAYBOOK_TEST_REDIS_URL", f"redis://127.0.0.1:6379/{15 - _WORKER}")


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    client = Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except RedisError as exc:
        if os.environ.get("DAYBOOK_REQUIRE_REDIS"):
            pytest.fail(f"Redis is required but unreachable at {REDIS_URL}: {exc}")
        record_skip(
            "REDIS RATE-LIMIT TESTS SKIPPED",
            f"No Redis at {REDIS_URL}: {exc}: start redis-server (.ci/run does).",
        )
        pytest.skip("Redis unreachable")
    yield REDIS_URL
    for key in client.scan_iter(match=f"{PREFIX}*"):
        client.delete(key)
    client.close()


def on_redis(settings: Settings, url: str) -> Settings:
    """The same settings with the throttles' counts in the Redis at `url`."""
    return Settings(**{**settings.model_dump(), "redis_url": SecretStr(url)})


async def close_app(application: FastAPI) -> None:
    await application.state.daybook.engine.dispose()
    if application.state.daybook.rate_limits is not None:
        await application.state.daybook.rate_limits.close()


@pytest.fixture(params=["database", "redis"])
async def throttled_app(
    request: pytest.FixtureRequest, settings: Settings
) -> AsyncIterator[FastAPI]:
    """The app with its throttles counting in the database, then in Redis."""
    if request.param == "redis":
        settings = on_redis(settings, request.getfixturevalue("redis_url"))
    application = create_app(settings)
    yield application
    await close_app(application)
