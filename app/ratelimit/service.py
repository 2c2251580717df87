from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from app.db import transaction, utcnow
from app.errors import DaybookError, TooManyAttempts
from app.ratelimit.store import Backoff, DatabaseThrottle, RateLimitsUnavailable, ThrottleStore

if TYPE_CHECKING:
    from app.state import AppState

# What a throttled route can answer besides its own errors.
THROTTLED: tuple[type[DaybookError], ...] = (TooManyAttempts, RateLimitsUnavailable)


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
    # Failures the account key (or the one key of `single`) may make; None:
    # the configured sign-in limit.
    account_free_failures: int | None = None

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
    def single(
        cls, secret: bytes, scope: str, value: str, *, free_failures: int | None = None
    ) -> ThrottleKeys:
        """One counter of its own, such as a device token's or a session's."""
        return cls(
            account=_mac(secret, scope, "single", value),
            address=None,
            account_free_failures=free_failures,
        )

    def limits(self, default_free_failures: int) -> list[tuple[bytes, int]]:
        """Each counted key with the failures it may make before back-off, in
        one fixed order, so two transactions lock the same rows alike."""
        account_free = self.account_free_failures or default_free_failures
        if self.address is None:
            return [(self.account, account_free)]
        address_free = self.address_free_failures or default_free_failures
        return sorted([(self.account, account_free), (self.address, address_free)])

    def each(self) -> list[bytes]:
        return [self.account] if self.address is None else [self.account, self.address]


def _store(session: AsyncSession, state: AppState) -> ThrottleStore:
    return state.rate_limits or DatabaseThrottle(session)


async def reserve(session: AsyncSession, state: AppState, keys: ThrottleKeys) -> None:
    """Counts the attempt as a failure before its secret is checked, in one
    atomic step with the check for a block: concurrent attempts, on any
    worker, each take a count of their own, so a burst gets no more secrets
    checked than the same attempts one after the other. A right secret gives
    the count back (`refund`, `record_success`). Raises TooManyAttempts."""
    now, backoff = utcnow(), Backoff.of(state.settings)
    limits = keys.limits(state.settings.login_free_failures)
    if state.rate_limits is not None:
        until = await state.rate_limits.reserve(limits, now, backoff)
    else:
        # The request's connection goes back to the pool first: a burst must
        # not hold every pooled connection while each waits for one more.
        await session.commit()
        async with transaction(state.sessionmaker) as own:
            until = await DatabaseThrottle(own).reserve(limits, now, backoff)
    if until is not None:
        wait = math.ceil((until - now).total_seconds())
        raise TooManyAttempts(
            f"Too many failed attempts for this account or from this address; "
            f"try again in {wait} s.",
            retry_after=wait,
        )


async def refund(session: AsyncSession, state: AppState, keys: ThrottleKeys) -> None:
    """The reserved attempt was right: it is not a failure after all. A block
    it set stays until it runs out."""
    store = _store(session, state)
    for key in keys.each():
        await store.refund(key)


async def record_success(session: AsyncSession, state: AppState, keys: ThrottleKeys) -> None:
    """A right secret for the account: its count is forgotten. Only the
    account's: one good sign-in from an address must not wipe the failures
    that address piled up against other accounts, so the address gets this
    attempt's count back and no more."""
    store = _store(session, state)
    for key in keys.each():
        await (store.clear(key) if key == keys.account else store.refund(key))


async def blocked_until(
    session: AsyncSession, state: AppState, keys: ThrottleKeys
) -> dt.datetime | None:
    """When the account's own block ends, if it is blocked now (for its owner to see)."""
    until = await _store(session, state).blocked_until([keys.account])
    return until if until is not None and until > utcnow() else None
