from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import SecurityEvent, SecurityEventKind


async def add(
    session: AsyncSession,
    account_id: uuid.UUID,
    kind: SecurityEventKind,
    *,
    session_id: uuid.UUID | None = None,
    device_name: str | None = None,
) -> None:
    session.add(
        SecurityEvent(
            account_id=account_id, kind=kind, session_id=session_id, device_name=device_name
        )
    )
    await session.flush()


async def list_for_account(
    session: AsyncSession, account_id: uuid.UUID, *, before: int | None, limit: int
) -> Sequence[SecurityEvent]:
    query = select(SecurityEvent).where(SecurityEvent.account_id == account_id)
    if before is not None:
        query = query.where(SecurityEvent.id < before)
    return (await session.scalars(query.order_by(SecurityEvent.id.desc()).limit(limit))).all()
