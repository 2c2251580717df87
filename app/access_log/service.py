"""Recording what an advocate reads, in the transaction of the read itself."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.access_log import repository
from app.assignments import repository as assignments
from app.db import utcnow
from app.errors import NotFound
from app.models import AccessKind, AccessRecord
from app.sessions.caller import AccountRef


async def record_read(
    db: AsyncSession,
    reader: AccountRef,
    owner_id: uuid.UUID,
    kind: AccessKind,
    entry_id: uuid.UUID,
    *,
    attachment_id: uuid.UUID | None = None,
    version: int | None = None,
    not_found: str,
) -> None:
    """Records a read of the owner's shared object by another account, which
    must be the owner's active advocate; else NotFound(`not_found`), as for an
    object that does not exist. The owner's own reads are not recorded."""
    if reader.id == owner_id:
        return
    assignment = await assignments.active_between(db, owner_id, reader.id)
    if assignment is None:
        raise NotFound(not_found)
    await repository.add(
        db,
        AccessRecord(
            victim_id=owner_id,
            assignment_id=assignment.id,
            kind=kind,
            entry_id=entry_id,
            attachment_id=attachment_id,
            version=version,
            accessed_at=utcnow(),
        ),
    )
