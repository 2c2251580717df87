"""Every query on attachments, filtered by owner or by a key grant on their entry."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import table
from app.entries.repository import grant_live
from app.models import Attachment, AttachmentChunk, AttachmentStatus, EntryKeyGrant


async def owned(
    db: AsyncSession, owner_id: uuid.UUID, attachment_id: uuid.UUID
) -> Attachment | None:
    attachment = await db.get(Attachment, attachment_id)
    return attachment if attachment is not None and attachment.owner_id == owner_id else None


async def touch(
    db: AsyncSession, owner_id: uuid.UUID, attachment_id: uuid.UUID, now: dt.datetime
) -> None:
    await db.execute(
        update(Attachment)
        .where(Attachment.id == attachment_id, Attachment.owner_id == owner_id)
        .values(last_activity_at=now)
    )


@dataclass(frozen=True, slots=True)
class ChunkTarget:
    """What a chunk upload needs to know of its attachment, read under its lock."""

    status: AttachmentStatus
    ciphertext_size: int
    stored_sha256: bytes | None


_ATTACHMENTS = table(Attachment)
_CHUNKS = table(AttachmentChunk)


# Built once, with bound parameters (named apart from the columns, which
# UPDATE reserves): a chunk sent alone then costs no statement building and
# no cache-key walk.
_LOCK_FOR_CHUNK = (
    update(_ATTACHMENTS)
    .where(
        _ATTACHMENTS.c.id == bindparam("upload_id"),
        _ATTACHMENTS.c.owner_id == bindparam("uploader_id"),
    )
    .values(last_activity_at=bindparam("touched_at"))
    .returning(
        _ATTACHMENTS.c.status,
        _ATTACHMENTS.c.ciphertext_size,
        select(_CHUNKS.c.sha256)
        .where(
            _CHUNKS.c.attachment_id == bindparam("upload_id"),
            _CHUNKS.c.index == bindparam("chunk_index"),
        )
        .scalar_subquery(),
    )
)
_ADD_CHUNK = insert(_CHUNKS)


async def lock_for_chunk(
    db: AsyncSession, owner_id: uuid.UUID, attachment_id: uuid.UUID, index: int, now: dt.datetime
) -> ChunkTarget | None:
    """One statement: take the attachment's write lock (which serialises the
    uploads of one attachment), restart its abandonment clock, and read its
    state and the digest of any chunk already stored at `index`."""
    values = {
        "upload_id": attachment_id,
        "uploader_id": owner_id,
        "chunk_index": index,
        "touched_at": now,
    }
    row = (await db.execute(_LOCK_FOR_CHUNK, values)).one_or_none()
    return None if row is None else ChunkTarget(row[0], row[1], row[2])


async def lock_for_run(
    db: AsyncSession, owner_id: uuid.UUID, attachment_id: uuid.UUID, now: dt.datetime
) -> tuple[AttachmentStatus, int] | None:
    """Take the attachment's write lock and restart its abandonment clock, as
    `lock_for_chunk` does; its status and ciphertext size."""
    statement = (
        update(_ATTACHMENTS)
        .where(_ATTACHMENTS.c.id == attachment_id, _ATTACHMENTS.c.owner_id == owner_id)
        .values(last_activity_at=now)
        .returning(_ATTACHMENTS.c.status, _ATTACHMENTS.c.ciphertext_size)
    )
    row = (await db.execute(statement)).one_or_none()
    return None if row is None else (row[0], row[1])


async def chunks_between(
    db: AsyncSession, attachment_id: uuid.UUID, first: int, last: int
) -> dict[int, AttachmentChunk]:
    """The chunks stored at indexes `first` to `last` (inclusive), by index;
    unattached to the session (read through Core)."""
    query = select(_CHUNKS.c.index, _CHUNKS.c.size, _CHUNKS.c.sha256, _CHUNKS.c.received_at).where(
        _CHUNKS.c.attachment_id == attachment_id, _CHUNKS.c.index.between(first, last)
    )
    return {
        index: AttachmentChunk(
            attachment_id=attachment_id,
            index=index,
            size=size,
            sha256=sha256,
            received_at=received_at,
        )
        for index, size, sha256, received_at in (await db.execute(query)).all()
    }


def _chunk_values(chunk: AttachmentChunk) -> dict[str, object]:
    return {
        "attachment_id": chunk.attachment_id,
        "index": chunk.index,
        "size": chunk.size,
        "sha256": chunk.sha256,
        "received_at": chunk.received_at,
    }


async def add_chunk(db: AsyncSession, chunk: AttachmentChunk) -> None:
    """A Core INSERT: the attachment's lock already rules out a duplicate."""
    await db.execute(_ADD_CHUNK, _chunk_values(chunk))


async def add_chunks(db: AsyncSession, chunks: Sequence[AttachmentChunk]) -> None:
    """One multi-row Core INSERT, under the attachment's lock like `add_chunk`."""
    await db.execute(insert(_CHUNKS).values([_chunk_values(chunk) for chunk in chunks]))


async def by_id(db: AsyncSession, attachment_id: uuid.UUID) -> Attachment | None:
    """Any owner's attachment: only for telling a fresh id from a used one."""
    return await db.get(Attachment, attachment_id)


async def readable(
    db: AsyncSession, reader_id: uuid.UUID, attachment_id: uuid.UUID
) -> Attachment | None:
    """Its owner, or whoever holds a key grant for the entry that references it."""
    granted = select(EntryKeyGrant.entry_id).where(
        EntryKeyGrant.reader_id == reader_id, grant_live()
    )
    query = select(Attachment).where(
        Attachment.id == attachment_id,
        or_(Attachment.owner_id == reader_id, Attachment.entry_id.in_(granted)),
    )
    return await db.scalar(query)


async def bytes_used(db: AsyncSession, owner_id: uuid.UUID) -> int:
    total = await db.scalar(
        select(func.coalesce(func.sum(Attachment.ciphertext_size), 0)).where(
            Attachment.owner_id == owner_id
        )
    )
    return int(total or 0)


async def chunk(db: AsyncSession, attachment_id: uuid.UUID, index: int) -> AttachmentChunk | None:
    return await db.get(AttachmentChunk, (attachment_id, index))


async def chunks(db: AsyncSession, attachment_id: uuid.UUID) -> Sequence[AttachmentChunk]:
    query = (
        select(AttachmentChunk)
        .where(AttachmentChunk.attachment_id == attachment_id)
        .order_by(AttachmentChunk.index)
    )
    return (await db.scalars(query)).all()


async def chunk_digests(db: AsyncSession, attachment_id: uuid.UUID) -> dict[int, bytes]:
    """The stored chunks' SHA-256 digests, by index."""
    query = select(_CHUNKS.c.index, _CHUNKS.c.sha256).where(
        _CHUNKS.c.attachment_id == attachment_id
    )
    return {index: digest for index, digest in (await db.execute(query)).all()}


async def received_indexes(db: AsyncSession, attachment_id: uuid.UUID) -> set[int]:
    query = select(AttachmentChunk.index).where(AttachmentChunk.attachment_id == attachment_id)
    return set(await db.scalars(query))


async def owned_many(
    db: AsyncSession, owner_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> Sequence[Attachment]:
    query = select(Attachment).where(Attachment.id.in_(ids), Attachment.owner_id == owner_id)
    return (await db.scalars(query)).all()


async def ids_of_owner(db: AsyncSession, owner_id: uuid.UUID) -> list[uuid.UUID]:
    """Every attachment of the account, uploads in progress too."""
    return list(await db.scalars(select(Attachment.id).where(Attachment.owner_id == owner_id)))


async def of_entry(db: AsyncSession, entry_id: uuid.UUID) -> Sequence[Attachment]:
    return (await db.scalars(select(Attachment).where(Attachment.entry_id == entry_id))).all()


async def existing_ids(db: AsyncSession, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    return set(await db.scalars(select(Attachment.id).where(Attachment.id.in_(ids))))


async def abandoned(db: AsyncSession, cutoff: dt.datetime) -> Sequence[Attachment]:
    query = select(Attachment).where(
        Attachment.status == AttachmentStatus.UPLOADING, Attachment.last_activity_at < cutoff
    )
    return (await db.scalars(query)).all()


async def erase(db: AsyncSession, ids: Sequence[uuid.UUID]) -> None:
    if ids:
        await db.execute(delete(AttachmentChunk).where(AttachmentChunk.attachment_id.in_(ids)))
        await db.execute(delete(Attachment).where(Attachment.id.in_(ids)))
