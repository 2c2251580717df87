from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Row, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import LoginThrottle


async def blocked_until(session: AsyncSession, keys: Sequence[bytes]) -> dt.datetime | None:
    rows = await session.scalars(
        select(LoginThrottle.blocked_until).where(
            LoginThrottle.key.in_(keys), LoginThrottle.blocked_until.is_not(None)
        )
    )
    return max((t for t in rows if t is not None), default=None)


async def lock(
    session: AsyncSession, keys: Sequence[bytes], now: dt.datetime
) -> list[Row[bytes, int, dt.datetime, dt.datetime | None]]:
    """The counters of `keys` (a new one at zero), locked until the
    transaction ends. An upsert that rewrites nothing: on PostgreSQL it takes
    the row locks, on SQLite the database's write lock; in key order, so two
    transactions never wait for each other's rows the wrong way round."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(LoginThrottle)
        .values([{"key": key, "failures": 0, "updated_at": now} for key in sorted(set(keys))])
        .on_conflict_do_update(
            index_elements=[LoginThrottle.key],
            set_={"updated_at": LoginThrottle.updated_at},
        )
        .returning(
            LoginThrottle.key,
            LoginThrottle.failures,
            LoginThrottle.updated_at,
            LoginThrottle.blocked_until,
        )
    )
    return sorted((await session.execute(statement)).all(), key=lambda row: row.key)


async def set_count(
    session: AsyncSession,
    key: bytes,
    failures: int,
    now: dt.datetime,
    until: dt.datetime | None,
) -> None:
    await session.execute(
        update(LoginThrottle)
        .where(LoginThrottle.key == key)
        .values(failures=failures, updated_at=now, blocked_until=until)
    )


async def refund(session: AsyncSession, key: bytes) -> None:
    await session.execute(
        update(LoginThrottle)
        .where(LoginThrottle.key == key, LoginThrottle.failures > 0)
        .values(failures=LoginThrottle.failures - 1)
    )


async def clear(session: AsyncSession, key: bytes) -> None:
    await session.execute(delete(LoginThrottle).where(LoginThrottle.key == key))
