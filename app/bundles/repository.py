"""Every query on bundles, always filtered by owner (or by a link's token hash)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer

from app.models import (
    Attachment,
    Bundle,
    BundleAttachment,
    BundleEntry,
    BundleLink,
    Entry,
    EntryVersion,
)

# Entries read per query while a ZIP streams: bounded memory, few round trips.
STREAM_PAGE = 50


@dataclass(frozen=True)
class Totals:
    entries: int
    attachments: int
    attachment_bytes: int


async def owned(
    db: AsyncSession, owner_id: uuid.UUID, bundle_id: uuid.UUID, *, lock: bool = False
) -> Bundle | None:
    query = select(Bundle).where(Bundle.id == bundle_id, Bundle.owner_id == owner_id)
    if lock:
        query = query.with_for_update()
    return await db.scalar(query)


async def by_id(db: AsyncSession, bundle_id: uuid.UUID) -> Bundle | None:
    return await db.get(Bundle, bundle_id)


async def of_owner(db: AsyncSession, owner_id: uuid.UUID) -> Sequence[Bundle]:
    query = select(Bundle).where(Bundle.owner_id == owner_id).order_by(Bundle.created_at)
    return (await db.scalars(query)).all()


async def totals(db: AsyncSession, bundle_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Totals]:
    counted = await db.execute(
        select(BundleEntry.bundle_id, func.count())
        .where(BundleEntry.bundle_id.in_(bundle_ids))
        .group_by(BundleEntry.bundle_id)
    )
    entries = {row[0]: int(row[1]) for row in counted}
    summed = await db.execute(
        select(
            BundleAttachment.bundle_id,
            func.count(),
            func.coalesce(func.sum(Attachment.ciphertext_size), 0),
        )
        .join(Attachment, Attachment.id == BundleAttachment.attachment_id)
        .where(BundleAttachment.bundle_id.in_(bundle_ids))
        .group_by(BundleAttachment.bundle_id)
    )
    files = {row[0]: (int(row[1]), int(row[2])) for row in summed}
    return {
        bundle_id: Totals(entries.get(bundle_id, 0), *files.get(bundle_id, (0, 0)))
        for bundle_id in bundle_ids
    }


async def entry(db: AsyncSession, bundle_id: uuid.UUID, entry_id: uuid.UUID) -> BundleEntry | None:
    return await db.get(BundleEntry, (bundle_id, entry_id))


async def attachment_ids(
    db: AsyncSession, bundle_id: uuid.UUID, entry_id: uuid.UUID
) -> list[uuid.UUID]:
    query = select(BundleAttachment.attachment_id).where(
        BundleAttachment.bundle_id == bundle_id, BundleAttachment.entry_id == entry_id
    )
    return sorted(await db.scalars(query), key=lambda a: a.bytes)


async def add_entry(db: AsyncSession, row: BundleEntry, attachments: Sequence[uuid.UUID]) -> None:
    db.add(row)
    db.add_all(
        BundleAttachment(bundle_id=row.bundle_id, attachment_id=a, entry_id=row.entry_id)
        for a in attachments
    )
    await db.flush()


async def entry_pages(db: AsyncSession, bundle_id: uuid.UUID) -> AsyncIterator[list[BundleEntry]]:
    """The bundle's entries in entry id order, a page at a time (keyset paging)."""
    after: uuid.UUID | None = None
    while True:
        query = select(BundleEntry).where(BundleEntry.bundle_id == bundle_id)
        if after is not None:
            query = query.where(BundleEntry.entry_id > after)
        page = list(await db.scalars(query.order_by(BundleEntry.entry_id).limit(STREAM_PAGE)))
        if not page:
            return
        yield page
        after = page[-1].entry_id


async def versions(
    db: AsyncSession, entry_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[EntryVersion]]:
    # A bundle carries commitments, not ciphertexts: leave those in the database.
    query = (
        select(EntryVersion)
        .options(defer(EntryVersion.ciphertext))
        .where(EntryVersion.entry_id.in_(entry_ids))
        .order_by(EntryVersion.entry_id, EntryVersion.version)
    )
    found: dict[uuid.UUID, list[EntryVersion]] = {e: [] for e in entry_ids}
    for version in await db.scalars(query):
        found[version.entry_id].append(version)
    return found


async def attachments(
    db: AsyncSession, bundle_id: uuid.UUID, entry_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Attachment]]:
    query = (
        select(Attachment)
        .join(BundleAttachment, BundleAttachment.attachment_id == Attachment.id)
        .where(BundleAttachment.bundle_id == bundle_id, BundleAttachment.entry_id.in_(entry_ids))
    )
    found: dict[uuid.UUID, list[Attachment]] = {e: [] for e in entry_ids}
    for attachment in await db.scalars(query):
        assert attachment.entry_id is not None
        found[attachment.entry_id].append(attachment)
    for listed in found.values():
        listed.sort(key=lambda a: a.id.bytes)
    return found


async def deleted_entries(db: AsyncSession, bundle_id: uuid.UUID) -> list[uuid.UUID]:
    """Entries of the bundle deleted since it was made: their content is gone."""
    query = (
        select(Entry.id)
        .join(BundleEntry, BundleEntry.entry_id == Entry.id)
        .where(BundleEntry.bundle_id == bundle_id, Entry.deleted_at.is_not(None))
    )
    return list(await db.scalars(query))


async def add_link(db: AsyncSession, link: BundleLink) -> None:
    db.add(link)
    await db.flush()


async def links(db: AsyncSession, bundle_id: uuid.UUID) -> Sequence[BundleLink]:
    query = select(BundleLink).where(BundleLink.bundle_id == bundle_id)
    return (await db.scalars(query.order_by(BundleLink.created_at))).all()


async def link(db: AsyncSession, bundle_id: uuid.UUID, link_id: uuid.UUID) -> BundleLink | None:
    query = select(BundleLink).where(BundleLink.id == link_id, BundleLink.bundle_id == bundle_id)
    return await db.scalar(query)


async def link_by_token(db: AsyncSession, token_sha256: bytes) -> BundleLink | None:
    return await db.scalar(select(BundleLink).where(BundleLink.token_sha256 == token_sha256))


async def count_download(db: AsyncSession, link_id: uuid.UUID) -> None:
    await db.execute(
        update(BundleLink)
        .where(BundleLink.id == link_id)
        .values(downloads=BundleLink.downloads + 1)
    )


async def delete(db: AsyncSession, bundle: Bundle) -> None:
    await db.delete(bundle)
    await db.flush()
