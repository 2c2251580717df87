from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.errors import DaybookError, TooManyAttempts
from app.ratelimit.redis_store import RateLimitsUnavailable
from app.ratelimit.store import DatabaseThrottle, ThrottleStore

if TYPE_CHECKING:
    from app.state import AppState

# What a throttled route can answer besides its own errors.
THROTTLED: tuple[type[DaybookError], ...] = (TooManyAttempts, RateLimitsUnavailable)


@dataclass(frozen=True)
class ThrottleKeys:
    """Who is trying: one account name (existing or not) from one client address."""

    account: bytes
    address: bytes

    @classmethod
    def derive(cls, secret: bytes, scope: str, username: str, address: str) -> ThrottleKeys:
        def mac(kind: str, value: str) -> bytes:
            message = f"daybook/throttle/{scope}/{kind}\x00{value}".encode()
            return hmac.new(secret, message, hashlib.sha256).digest()

        return cls(account=mac("account", username), address=mac("address", address))


def _store(session: AsyncSession, state: AppState) -> ThrottleStore:
    return state.rate_limits or DatabaseThrottle(session)


async def check(session: AsyncSession, state: AppState, keys: ThrottleKeys) -> None:
    until = await _store(session, state).blocked_until([keys.account, keys.address])
    now = utcnow()
    if until is not None and until > now:
        wait = math.ceil((until - now).total_seconds())
        raise TooManyAttempts(
            f"Too many failed attempts for this account or from this address; "
            f"try again in {wait} s.",
            retry_after=wait,
        )


async def record_failure(session: AsyncSession, state: AppState, keys: ThrottleKeys) -> None:
    settings, store, now = state.settings, _store(session, state), utcnow()
    for key in (keys.account, keys.address):
        failures = await store.count_failure(key, now, settings.login_failure_memory_seconds)
        excess = failures - settings.login_free_failures
        if excess >= 0:
            delay = min(
                settings.login_backoff_base_seconds * 2 ** min(excess, 32),
                settings.login_backoff_max_seconds,
            )
            await store.block(key, now + dt.timedelta(seconds=delay))


async def record_success(session: AsyncSession, state: AppState, keys: ThrottleKeys) -> None:
    # Only the account's counter: one good login from an address must not
    # wipe the failures that address piled up against other accounts.
    await _store(session, state).clear(keys.account)
