from __future__ import annotations

import hashlib
import hmac
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from app.db import transaction, utcnow
from app.errors import TooManyAttempts
from app.ratelimit.store import Backoff, DatabaseThrottle, ThrottleStore

if TYPE_CHECKING:
    from app.state import AppState


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

    def each(self) -> list[bytes]:
        # In one fixed order, so two transactions lock the same rows alike.
        return sorted((self.account, self.address))


def _store(session: AsyncSession, state: AppState) -> ThrottleStore:
    return state.rate_limits or DatabaseThrottle(session)


async def reserve(session: AsyncSession, state: AppState, keys: ThrottleKeys) -> None:
    """Counts the attempt as a failure before its secret is checked, in one
    atomic step with the check for a block: concurrent attempts, on any
    worker, each take a count of their own, so a burst gets no more secrets
    checked than the same attempts one after the other. A right secret gives
    the count back (`refund`, `record_success`). Raises TooManyAttempts."""
    now, backoff = utcnow(), Backoff.of(state.settings)
    if state.rate_limits is not None:
        until = await state.rate_limits.reserve(keys.each(), now, backoff)
    else:
        # The request's connection goes back to the pool first: a burst must
        # not hold every pooled connection while each waits for one more.
        await session.commit()
        async with transaction(state.sessionmaker) as own:
            until = await DatabaseThrottle(own).reserve(keys.each(), now, backoff)
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
