"""Every query on case documents, filtered by the victim or the reader's grant."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Account, Assignment, CaseDocument, CaseDocumentGrant, CaseDocumentVersion


async def lock_case(db: AsyncSession, victim_id: uuid.UUID) -> None:
    """Orders the writes to one victim's documents until commit: an UPDATE
    takes the row lock on PostgreSQL and the write lock on SQLite, so two
    identical requests meet one after the other, never in an INSERT race."""
    await db.execute(
        update(Account).where(Account.id == victim_id).values(diary_seq=Account.diary_seq)
    )


async def by_id(db: AsyncSession, document_id: uuid.UUID) -> CaseDocument | None:
    """Anyone's document: for telling a fresh id from a used one, and for the
    caller checks of app/case_documents/service.py."""
    return await db.get(CaseDocument, document_id)


async def grant(
    db: AsyncSession, document_id: uuid.UUID, reader_id: uuid.UUID
) -> CaseDocumentGrant | None:
    return await db.get(CaseDocumentGrant, (document_id, reader_id))


async def version(
    db: AsyncSession, document_id: uuid.UUID, number: int
) -> CaseDocumentVersion | None:
    return await db.get(CaseDocumentVersion, (document_id, number))


async def versions(
    db: AsyncSession, document_id: uuid.UUID, after: int, limit: int
) -> Sequence[CaseDocumentVersion]:
    query = (
        select(CaseDocumentVersion)
        .where(CaseDocumentVersion.document_id == document_id, CaseDocumentVersion.version > after)
        .order_by(CaseDocumentVersion.version)
        .limit(limit)
    )
    return (await db.scalars(query)).all()


async def of_victim(db: AsyncSession, victim_id: uuid.UUID) -> Sequence[CaseDocument]:
    query = (
        select(CaseDocument)
        .where(CaseDocument.victim_id == victim_id)
        .order_by(CaseDocument.created_at, CaseDocument.id)
    )
    return (await db.scalars(query)).all()


async def of_advocate(db: AsyncSession, advocate_id: uuid.UUID) -> Sequence[CaseDocument]:
    """The documents of the advocate's open cases that they hold a key for."""
    query = (
        select(CaseDocument)
        .join(CaseDocumentGrant, CaseDocumentGrant.document_id == CaseDocument.id)
        .join(Assignment, Assignment.victim_id == CaseDocument.victim_id)
        .where(
            CaseDocumentGrant.reader_id == advocate_id,
            Assignment.advocate_id == advocate_id,
            Assignment.ended_at.is_(None),
        )
        .order_by(CaseDocument.created_at, CaseDocument.id)
    )
    return (await db.scalars(query)).all()


async def revoke(db: AsyncSession, victim_id: uuid.UUID, reader_id: uuid.UUID) -> None:
    """Removes the reader's keys to the victim's documents (a case that ends)."""
    await db.execute(
        delete(CaseDocumentGrant).where(
            CaseDocumentGrant.reader_id == reader_id,
            CaseDocumentGrant.document_id.in_(
                select(CaseDocument.id).where(CaseDocument.victim_id == victim_id)
            ),
        )
    )
