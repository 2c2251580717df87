from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import case, delete, select, update
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


async def count_failure(
    session: AsyncSession, key: bytes, now: dt.datetime, forget_before: dt.datetime
) -> int:
    """Atomically add one failure (an upsert, so concurrent workers never lose
    a count); a counter idle since `forget_before` starts again at one."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(LoginThrottle)
        .values(key=key, failures=1, updated_at=now)
        .on_conflict_do_update(
            index_elements=[LoginThrottle.key],
            set_={
                "failures": case(
                    (LoginThrottle.updated_at < forget_before, 1),
                    else_=LoginThrottle.failures + 1,
                ),
                "updated_at": now,
            },
        )
        .returning(LoginThrottle.failures)
    )
    return (await session.execute(statement)).scalar_one()


async def block(session: AsyncSession, key: bytes, until: dt.datetime) -> None:
    await session.execute(
        update(LoginThrottle).where(LoginThrottle.key == key).values(blocked_until=until)
    )


async def clear(session: AsyncSession, key: bytes) -> None:
    await session.execute(delete(LoginThrottle).where(LoginThrottle.key == key))
