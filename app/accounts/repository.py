from __future__ import annotations

import uuid

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Account


async def by_username(session: AsyncSession, username: str) -> Account | None:
    return (
        await session.scalars(select(Account).where(Account.username == username))
    ).one_or_none()


async def by_id(session: AsyncSession, account_id: uuid.UUID) -> Account | None:
    return await session.get(Account, account_id)


async def of_caller(session: AsyncSession, account_id: uuid.UUID) -> Account:
    """The caller's own row, for a change to it or its keys and hashes: the
    session lookup reads only the columns app/sessions/caller.py names."""
    account = await session.get(Account, account_id)
    assert account is not None, "a session is deleted with its account"
    return account


async def lock(session: AsyncSession, account_id: uuid.UUID) -> None:
    """Serialises writes that check a per-account total (such as the quota)
    until commit; SQLite, with one writer at a time, needs no row lock."""
    await session.execute(select(Account.id).where(Account.id == account_id).with_for_update())


async def delete(session: AsyncSession, account_id: uuid.UUID) -> None:
    """The account row; every table that names it cascades (app/models)."""
    await session.execute(sql_delete(Account).where(Account.id == account_id))


async def kdf_costs(session: AsyncSession) -> list[tuple[tuple[int, int, int], int]]:
    """Each Argon2id cost (memory, iterations, parallelism) accounts are
    sealed at, with how many are, cheapest (so oldest) first."""
    cost = (Account.kdf_memory_kib, Account.kdf_iterations, Account.kdf_parallelism)
    rows = await session.execute(select(*cost, func.count()).group_by(*cost))
    counted = [((m, t, p), n) for m, t, p, n in rows]
    return sorted(counted, key=lambda row: (row[0][0] * row[0][1], row[0]))
