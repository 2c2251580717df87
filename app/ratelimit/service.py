from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.errors import TooManyAttempts
from app.ratelimit.store import DatabaseThrottle, ThrottleStore

if TYPE_CHECKING:
    from app.state import AppState


def _mac(secret: bytes, scope: str, kind: str, value: str) -> bytes:
    message = f"daybook/throttle/{scope}/{kind}\x00{value}".encode()
    return hmac.new(secret, message, hashlib.sha256).digest()


@dataclass(frozen=True)
class ThrottleKeys:
    """Who is trying: one account name (existing or not) from one client
    address; or one thing alone (a device token, a session, an address) when
    `address` is None."""

    account: bytes
    address: bytes | None
    # Failures the address may make before it is slowed; None: as many as the
    # account. Sign-in sets it far higher, so that the people behind one
    # carrier address do not lock each other out.
    address_free_failures: int | None = None

    @classmethod
    def derive(
        cls,
        secret: bytes,
        scope: str,
        username: str,
        address: str,
        *,
        address_free_failures: int | None = None,
    ) -> ThrottleKeys:
        return cls(
            account=_mac(secret, scope, "account", username),
            address=_mac(secret, scope, "address", address),
            address_free_failures=address_free_failures,
        )

    @classmethod
    def single(cls, secret: bytes, scope: str, value: str) -> ThrottleKeys:
        """One counter of its own, such as a device token's or a session's."""
        return cls(account=_mac(secret, scope, "single", value), address=None)

    def limits(self, account_free_failures: int) -> list[tuple[bytes, int]]:
        """Each counted key with the failures it may make before back-off."""
        if self.address is None:
            return [(self.account, account_free_failures)]
        address_free = self.address_free_failures or account_free_failures
        return [(self.account, account_free_failures), (self.address, address_free)]


def _store(session: AsyncSession, state: AppState) -> ThrottleStore:
    return state.rate_limits or DatabaseThrottle(session)


async def check(session: AsyncSession, state: AppState, keys: ThrottleKeys) -> None:
    counted = [key for key, _ in keys.limits(state.settings.login_free_failures)]
    until = await _store(session, state).blocked_until(counted)
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
    for key, free_failures in keys.limits(settings.login_free_failures):
        failures = await store.count_failure(key, now, settings.login_failure_memory_seconds)
        excess = failures - free_failures
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


async def blocked_until(
    session: AsyncSession, state: AppState, keys: ThrottleKeys
) -> dt.datetime | None:
    """When the account's own block ends, if it is blocked now (for its owner to see)."""
    until = await _store(session, state).blocked_until([keys.account])
    return until if until is not None and until > utcnow() else None
