from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import math
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.db import utcnow
from app.errors import TooManyAttempts
from app.ratelimit import repository


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


async def check(session: AsyncSession, keys: ThrottleKeys) -> None:
    until = await repository.blocked_until(session, [keys.account, keys.address])
    now = utcnow()
    if until is not None and until > now:
        wait = math.ceil((until - now).total_seconds())
        raise TooManyAttempts(
            f"Too many failed attempts for this account or from this address; "
            f"try again in {wait} s.",
            retry_after=wait,
        )


async def record_failure(session: AsyncSession, keys: ThrottleKeys, settings: Settings) -> None:
    now = utcnow()
    forget_before = now - dt.timedelta(seconds=settings.login_failure_memory_seconds)
    for key in (keys.account, keys.address):
        failures = await repository.count_failure(session, key, now, forget_before)
        excess = failures - settings.login_free_failures
        if excess >= 0:
            delay = min(
                settings.login_backoff_base_seconds * 2 ** min(excess, 32),
                settings.login_backoff_max_seconds,
            )
            await repository.block(session, key, now + dt.timedelta(seconds=delay))


async def record_success(session: AsyncSession, keys: ThrottleKeys) -> None:
    # Only the account's counter: one good login from an address must not
    # wipe the failures that address piled up against other accounts.
    await repository.clear(session, keys.account)
