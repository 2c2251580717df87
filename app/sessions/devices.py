"""Devices that signed in before (OWASP, "Slow Down Online Guessing Attacks
with Device Cookies"): a stalker's failed guesses lock the victim's username
against unknown devices only. A device presenting the token it was given at
its last sign-in is counted on a counter of its own instead, so it still signs
in during the lockout and is still slowed down if it guesses."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Account, DeviceToken
from app.ratelimit import service as throttle
from app.sessions.tokens import new_token, token_hash
from app.state import AppState

DEVICE_PREFIX = "dbd_"


async def recognised(db: AsyncSession, account: Account | None, token: str | None) -> bool:
    """Whether `token` was given to a device of this account. Looked up
    whether or not the account exists, so the answer costs the same."""
    if token is None:
        return False
    found = await db.get(DeviceToken, token_hash(token))
    return found is not None and account is not None and found.account_id == account.id


def throttle_keys(state: AppState, token: str) -> throttle.ThrottleKeys:
    return throttle.ThrottleKeys.single(state.keys.server_secret, "device", token)


def login_keys(state: AppState, username: str, address: str) -> throttle.ThrottleKeys:
    """The anonymous sign-in counters: the username, and the address with a
    ceiling high enough for many people behind one carrier address."""
    return throttle.ThrottleKeys.derive(
        state.keys.server_secret,
        "login",
        username,
        address,
        address_free_failures=state.settings.login_address_free_failures,
    )


async def issue(db: AsyncSession, account: Account, presented: str | None) -> str:
    """The device's token: the one it presented if that is this account's,
    else a new one."""
    if presented is not None and await recognised(db, account, presented):
        return presented
    token = new_token(DEVICE_PREFIX)
    db.add(DeviceToken(token_hash=token_hash(token), account_id=account.id))
    await db.flush()
    return token


async def forget_all(db: AsyncSession, account: Account) -> None:
    """After a recovery every device is a stranger again: a stolen phone must
    not keep its exemption."""
    await db.execute(delete(DeviceToken).where(DeviceToken.account_id == account.id))
