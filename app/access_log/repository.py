"""Every query on the access log, filtered by the victim it is for."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AccessRecord, Assignment, Organisation, OrganisationMember


async def add(db: AsyncSession, record: AccessRecord) -> None:
    db.add(record)
    await db.flush()


async def page(
    db: AsyncSession, victim_id: uuid.UUID, *, before: int | None, limit: int
) -> Sequence[tuple[AccessRecord, Assignment, OrganisationMember, Organisation]]:
    """The victim's records, newest first, each with who read and for whom they work."""
    query = (
        select(AccessRecord, Assignment, OrganisationMember, Organisation)
        .join(Assignment, Assignment.id == AccessRecord.assignment_id)
        .join(OrganisationMember, OrganisationMember.account_id == Assignment.advocate_id)
        .join(Organisation, Organisation.id == OrganisationMember.organisation_id)
        .where(AccessRecord.victim_id == victim_id)
    )
    if before is not None:
        query = query.where(AccessRecord.id < before)
    rows = await db.execute(query.order_by(AccessRecord.id.desc()).limit(limit))
    return [(row[0], row[1], row[2], row[3]) for row in rows]
