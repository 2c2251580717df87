"""The rules of sharing: a victim grants entries to their active advocate,
one signed key grant per entry, and revokes them one by one or all at once."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts import repository as accounts
from app.assignments import repository as assignments
from app.assignments.service import AdvocateMismatch, NoAdvocate
from app.db import utcnow
from app.entries import repository as entries
from app.entries.service import check_key_grant
from app.errors import BadRequest, NotFound
from app.evidence import service as evidence
from app.models import Assignment, EntryKeyGrant
from app.protocol import key_grants, receipts
from app.protocol.receipts import ReceiptKind
from app.sessions.caller import AccountRef
from app.shares import repository
from app.shares.schemas import ShareGrantIn, ShareRequest

NOT_SHARED = "That entry is not shared with your advocate."


class EntriesNotFound(NotFound):
    title = "Entries not found"


class InvalidExpiry(BadRequest):
    code = "invalid-expiry"
    title = "Share expiry is not in the future"


def check_expiry(expires_at: dt.datetime | None) -> None:
    if expires_at is None:
        return
    if expires_at.tzinfo is None:
        raise InvalidExpiry("`expires_at` needs a UTC offset, e.g. 2027-01-31T18:00:00Z.")
    if expires_at <= utcnow():
        raise InvalidExpiry("`expires_at` must be in the future; revoke the share instead.")


def expired(grant: EntryKeyGrant) -> bool:
    return grant.expires_at is not None and grant.expires_at <= utcnow()


def grant_object(grant: EntryKeyGrant) -> bytes:
    """What the share's receipt commits to: the message the victim signed."""
    info = key_grants.entry_key_info(grant.entry_id, grant.reader_id)
    return receipts.key_grant_object(info, grant.envelope)


async def _active(db: AsyncSession, victim: AccountRef) -> Assignment:
    assignment = await assignments.active_for_victim(db, victim.id)
    if assignment is None:
        raise NoAdvocate("This account has no advocate to share with.")
    return assignment


async def share(db: AsyncSession, victim: AccountRef, body: ShareRequest) -> list[EntryKeyGrant]:
    """All the grants are kept, or none: each must be for one of the victim's
    entries, wrapped and signed for it and the active advocate."""
    check_expiry(body.expires_at)
    await accounts.lock(db, victim.id)
    assignment = await _checked(db, victim, body)
    existing = await repository.grants(
        db, assignment.advocate_id, [g.entry_id for g in body.grants]
    )
    now = evidence.received_now()
    kept: list[EntryKeyGrant] = []
    fresh: list[EntryKeyGrant] = []
    for wanted in body.grants:
        stored = existing.get(wanted.entry_id)
        if stored is not None and _same(stored, wanted):
            stored.expires_at = body.expires_at  # a retry: only the end she asks for now
            kept.append(stored)
            continue
        grant = stored or EntryKeyGrant(entry_id=wanted.entry_id, reader_id=assignment.advocate_id)
        grant.granter_id, grant.granted_at = victim.id, now
        grant.envelope, grant.signature = wanted.envelope, wanted.signature
        grant.expires_at = body.expires_at
        kept.append(grant)
        fresh.append(grant)
    db.add_all(fresh)
    await db.flush()
    # Logged last: from the first append to the commit, every writer waits.
    for grant in fresh:
        receipt = await evidence.append(db, ReceiptKind.KEY_GRANT, grant_object(grant), now)
        grant.log_index = receipt.leaf_index
    await db.flush()
    return kept


async def _checked(db: AsyncSession, victim: AccountRef, body: ShareRequest) -> Assignment:
    """The active case, if the grants are for its advocate and verify."""
    assignment = await _active(db, victim)
    if assignment.advocate_id != body.advocate_id:
        raise AdvocateMismatch(
            "`advocate_id` is not this account's advocate: fetch GET /v1/assignment, check "
            "the advocate's keys, and wrap the grants to them."
        )
    ids = [g.entry_id for g in body.grants]
    found = await entries.live_of_owner(db, victim.id, ids)
    missing = sorted({str(i) for i in ids} - {str(i) for i in found})
    if missing:
        raise EntriesNotFound(
            "No entry with these ids is this account's: " + ", ".join(missing),
            extra={"entry_ids": missing},
        )
    for wanted in body.grants:
        check_key_grant(victim, wanted.entry_id, assignment.advocate_id, wanted)
    return assignment


def _same(stored: EntryKeyGrant, wanted: ShareGrantIn) -> bool:
    return (stored.envelope, stored.signature) == (wanted.envelope, wanted.signature)


async def listed(
    db: AsyncSession, victim: AccountRef
) -> tuple[uuid.UUID | None, Sequence[EntryKeyGrant]]:
    assignment = await assignments.active_for_victim(db, victim.id)
    if assignment is None:
        return None, []
    found = await repository.shared(db, victim.id, assignment.advocate_id, expired=True)
    return assignment.advocate_id, [grant for grant, _entry in found]


async def set_expiry(
    db: AsyncSession, victim: AccountRef, entry_id: uuid.UUID, expires_at: dt.datetime | None
) -> EntryKeyGrant:
    """Extend, shorten or lift the end of one share, lapsed or not: the
    victim's choice, and nothing is re-wrapped."""
    check_expiry(expires_at)
    await accounts.lock(db, victim.id)
    assignment = await _active(db, victim)
    found = await repository.shared(db, victim.id, assignment.advocate_id, expired=True)
    grant = next((g for g, _entry in found if g.entry_id == entry_id), None)
    if grant is None:
        raise NotFound(NOT_SHARED)
    grant.expires_at = expires_at
    await db.flush()
    return grant


async def unshare(db: AsyncSession, victim: AccountRef, entry_id: uuid.UUID) -> None:
    await accounts.lock(db, victim.id)
    assignment = await _active(db, victim)
    if not await repository.revoke(db, victim.id, assignment.advocate_id, [entry_id]):
        raise NotFound(NOT_SHARED)


async def unshare_all(db: AsyncSession, victim: AccountRef) -> None:
    await accounts.lock(db, victim.id)
    assignment = await assignments.active_for_victim(db, victim.id)
    if assignment is not None:
        await repository.revoke(db, victim.id, assignment.advocate_id)
