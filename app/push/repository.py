"""Every query on push subscriptions, filtered by their account."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import PushSubscription


async def of_account(db: AsyncSession, account_id: uuid.UUID) -> Sequence[PushSubscription]:
    query = (
        select(PushSubscription)
        .where(PushSubscription.account_id == account_id)
        .order_by(PushSubscription.created_at, PushSubscription.id)
    )
    return (await db.scalars(query)).all()


async def of_accounts(
    db: AsyncSession, account_ids: Sequence[uuid.UUID]
) -> Sequence[PushSubscription]:
    query = select(PushSubscription).where(PushSubscription.account_id.in_(account_ids))
    return (await db.scalars(query)).all()


async def by_endpoint(
    db: AsyncSession, account_id: uuid.UUID, endpoint: str
) -> PushSubscription | None:
    query = select(PushSubscription).where(
        PushSubscription.account_id == account_id, PushSubscription.endpoint == endpoint
    )
    return await db.scalar(query)


async def remove(db: AsyncSession, account_id: uuid.UUID, subscription_id: uuid.UUID) -> bool:
    query = delete(PushSubscription).where(
        PushSubscription.id == subscription_id, PushSubscription.account_id == account_id
    )
    return int((await db.execute(query)).rowcount) > 0  # type: ignore[attr-defined]


async def forget(db: AsyncSession, subscription_ids: Sequence[uuid.UUID]) -> None:
    await db.execute(delete(PushSubscription).where(PushSubscription.id.in_(subscription_ids)))
