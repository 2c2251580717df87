"""The rules of the diary: who may write, what a version must prove, sync order."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.access_log import service as access_log
from app.attachments import service as attachments
from app.db import insert_new
from app.entries import repository
from app.entries.repository import EntryState
from app.entries.schemas import EntryCreate, KeyGrantIn, VersionAppend, VersionIn
from app.errors import BadRequest, Conflict, Forbidden, Gone, NotFound
from app.evidence import service as evidence
from app.models import AccessKind, Entry, EntryKeyGrant, EntryVersion
from app.protocol import commitment, hpke, key_grants, receipts
from app.protocol.encoding import parse_decimal
from app.protocol.receipts import ReceiptKind
from app.sessions.caller import AccountRef
from app.version_checks import InvalidVersion, Scheme, check_repeat, check_signed, signing_key
from app.wire import INT64_MAX

NOT_FOUND = "No entry with that id is readable by this account."


class EntryIdTaken(Conflict):
    code = "entry-id-taken"
    title = "Entry id already used"


class EntryDeleted(Gone):
    code = "entry-deleted"
    title = "Entry deleted"


class InvalidKeyGrant(BadRequest):
    code = "invalid-key-grant"
    title = "Key grant does not verify"


@dataclass(frozen=True)
class EntryView:
    entry: Entry
    grant: EntryKeyGrant | None
    latest: EntryVersion | None


def check_signed_grant(granter: AccountRef, info: bytes, grant: KeyGrantIn, what: str) -> None:
    """The granter signed this wrap for the object and reader `info` binds
    (`what` names them in the refusal: "this entry and reader")."""
    try:
        hpke.parse_envelope(grant.envelope)
    except ValueError as exc:
        raise InvalidKeyGrant(f"key_grant.envelope: {exc}.") from exc
    if not key_grants.verify_grant(grant.envelope, grant.signature, info, signing_key(granter)):
        raise InvalidKeyGrant(
            "key_grant.signature does not verify with the account's signing key over the "
            f"grant message for {what} (docs/protocol, key grants)."
        )


def check_key_grant(
    owner: AccountRef, entry_id: uuid.UUID, reader_id: uuid.UUID, grant: KeyGrantIn
) -> None:
    """The owner signed this wrap for this entry and this reader."""
    info = key_grants.entry_key_info(entry_id, reader_id)
    check_signed_grant(owner, info, grant, "this entry and reader")


_ENTRY = Scheme(
    commitment.parse_commitment,
    commitment.verify,
    lambda: InvalidVersion(
        "The signature does not verify with the account's signing key over the commitment."
    ),
)


def check_version(
    owner: AccountRef, entry_id: uuid.UUID, number: int, previous: bytes | None, body: VersionIn
) -> commitment.Commitment:
    """Everything the server can check without the content key."""
    return check_signed(
        _ENTRY,
        owner,
        body,
        lambda signed: {
            "entry_id": (signed.entry_id, entry_id),
            "owner_id": (signed.owner_id, owner.id),
            "version": (signed.version, number),
            "previous": (signed.previous, previous),
            "ciphertext_sha256": (signed.ciphertext_sha256, commitment.sha256(body.ciphertext)),
        },
    )


def new_entry(owner: AccountRef, entry_id: uuid.UUID, seq: int, now: dt.datetime) -> Entry:
    return Entry(
        id=entry_id,
        owner_id=owner.id,
        current_version=1,
        change_seq=seq,
        created_at=now,
        updated_at=now,
    )


def new_grant(
    owner: AccountRef, entry_id: uuid.UUID, body: KeyGrantIn, now: dt.datetime
) -> EntryKeyGrant:
    """The owner's own key grant, made with the entry."""
    return EntryKeyGrant(
        entry_id=entry_id,
        reader_id=owner.id,
        granter_id=owner.id,
        envelope=body.envelope,
        signature=body.signature,
        granted_at=now,
    )


def new_version(
    entry_id: uuid.UUID, number: int, body: VersionIn, now: dt.datetime
) -> EntryVersion:
    """The version's row, but for its `log_index`, set once the log has it."""
    return EntryVersion(
        entry_id=entry_id,
        version=number,
        ciphertext=body.ciphertext,
        ciphertext_sha256=commitment.sha256(body.ciphertext),
        commitment=body.commitment,
        commitment_sha256=commitment.commitment_hash(body.commitment),
        signature=body.signature,
        received_at=now,
    )


async def accept_versions(
    db: AsyncSession, versions: Sequence[EntryVersion], now: dt.datetime
) -> None:
    """Log the versions' commitment hashes as consecutive leaves and store the
    versions with their receipts' indexes, in this transaction: neither is ever
    kept without the other. One statement per table for any number of
    versions; a single write and the batch both write through here. Call it
    once everything else is written: from the append to the commit, every
    writer of the server waits for this transaction."""
    receipts = await evidence.append_many(
        db, [(ReceiptKind.ENTRY_VERSION, v.commitment_sha256) for v in versions], now
    )
    for version, receipt in zip(versions, receipts, strict=True):
        version.log_index = receipt.leaf_index
    await repository.insert_rows(db, repository.VERSIONS, [repository.row_of(v) for v in versions])


async def _accept_version(
    db: AsyncSession, entry_id: uuid.UUID, number: int, body: VersionIn, now: dt.datetime
) -> EntryVersion:
    version = new_version(entry_id, number, body, now)
    await accept_versions(db, [version], now)
    return version


async def _bind(
    db: AsyncSession, owner: AccountRef, entry_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> None:
    """Binds the version's attachments, written now, before the log's head is
    locked."""
    if ids:
        await attachments.bind_to_entry(db, owner.id, entry_id, ids)
        await db.flush()


def state_of(entry: Entry) -> EntryState:
    return EntryState(entry.owner_id, entry.deleted_at is not None, entry.current_version)


def check_create_repeat(owner: AccountRef, state: EntryState) -> None:
    """A create naming an existing entry can only be a retry of its owner's."""
    if state.owner_id != owner.id:
        raise EntryIdTaken("That entry id is already used; generate a new random UUID.")
    if state.deleted:
        raise EntryDeleted("That entry was deleted; its id cannot be used again.")


def check_same_first(first_sha256: bytes | None, body: VersionIn) -> None:
    """The retried create's version 1 is the stored one."""
    if first_sha256 != commitment.commitment_hash(body.commitment):
        raise EntryIdTaken(
            "An entry with that id already exists with other content; to change it, "
            "append a version."
        )


def check_editable(owner: AccountRef, state: EntryState | None, readable: bool) -> EntryState:
    """The entry exists, the caller can read it (`readable`: by a grant),
    owns it, and it is not deleted."""
    if state is None or not (state.owner_id == owner.id or readable):
        raise NotFound(NOT_FOUND)
    if state.owner_id != owner.id:
        raise Forbidden("Only the entry's owner can change it.")
    if state.deleted:
        raise EntryDeleted("The entry was deleted; it cannot be edited.")
    return state


async def create(
    db: AsyncSession, owner: AccountRef, entry_id: uuid.UUID, body: EntryCreate
) -> tuple[EntryView, bool]:
    """Returns the entry and whether this call created it."""
    seq = await repository.next_diary_seq(db, owner.id)
    now = evidence.received_now()
    entry = new_entry(owner, entry_id, seq, now)
    # No look-up first: the primary key tells a fresh id from a used one. A
    # check that fails below rolls the entry back with everything else.
    if not await insert_new(db, Entry, repository.row_of(entry)):
        existing = await repository.by_id(db, entry_id)
        assert existing is not None
        return await _repeated_create(db, owner, existing, body), False
    check_key_grant(owner, entry_id, owner.id, body.key_grant)
    signed = check_version(owner, entry_id, 1, None, body.version)
    grant = new_grant(owner, entry_id, body.key_grant, now)
    await repository.insert_rows(db, repository.GRANTS, [repository.row_of(grant)])
    await _bind(db, owner, entry_id, signed.attachments)
    version = await _accept_version(db, entry_id, 1, body.version, now)
    return EntryView(entry, grant, version), True


async def _repeated_create(
    db: AsyncSession, owner: AccountRef, existing: Entry, body: EntryCreate
) -> EntryView:
    check_create_repeat(owner, state_of(existing))
    first = await repository.version(db, existing.id, 1)
    check_same_first(None if first is None else first.commitment_sha256, body.version)
    return await view(db, owner, existing.id)


async def _owned(db: AsyncSession, owner: AccountRef, entry_id: uuid.UUID) -> Entry:
    found = await repository.readable(db, entry_id, owner.id)
    if found is None:
        raise NotFound(NOT_FOUND)
    entry, _grant = found
    if entry.owner_id != owner.id:
        raise Forbidden("Only the entry's owner can change it.")
    return entry


async def append(
    db: AsyncSession, owner: AccountRef, entry_id: uuid.UUID, body: VersionAppend
) -> tuple[EntryVersion, bool]:
    """Returns the version and whether this call added it."""
    seq = await repository.next_diary_seq(db, owner.id)
    found = await repository.head(db, entry_id)
    state, stored = (None, None) if found is None else found
    theirs = state is not None and state.owner_id != owner.id
    readable = theirs and entry_id in await repository.granted(db, [entry_id], owner.id)
    state = check_editable(owner, state, readable)
    number = body.base_version + 1
    if body.base_version != state.current_version:
        # A repeat: the version stored after `base_version` must be this one.
        repeated = await repository.version(db, entry_id, number)
        stored_hash = None if repeated is None else repeated.commitment_sha256
        check_repeat(body.base_version, state.current_version, stored_hash, body)
        assert repeated is not None
        return repeated, False
    signed = check_version(owner, entry_id, number, stored, body)
    await _bind(db, owner, entry_id, signed.attachments)
    now = evidence.received_now()
    await repository.move_entries(
        db, [{"moved_id": entry_id, "to_version": number, "to_seq": seq, "at": now}]
    )
    return await _accept_version(db, entry_id, number, body, now), True


async def delete(db: AsyncSession, owner: AccountRef, entry_id: uuid.UUID) -> list[uuid.UUID]:
    """Erases every version, grant and attachment, leaving a tombstone; returns
    the attachments whose blobs must go once this commits."""
    seq = await repository.next_diary_seq(db, owner.id)
    entry = await _owned(db, owner, entry_id)
    if entry.deleted_at is not None:
        return []
    await repository.erase_content(db, entry_id)
    erased = await attachments.erase_for_entry(db, entry_id)
    now = evidence.received_now()
    tombstone = receipts.tombstone_object(entry_id)
    receipt = await evidence.append(db, ReceiptKind.TOMBSTONE, tombstone, now)
    entry.deleted_at, entry.updated_at, entry.change_seq = now, now, seq
    entry.deletion_log_index = receipt.leaf_index
    await db.flush()
    return erased


async def _readable(
    db: AsyncSession, reader: AccountRef, entry_id: uuid.UUID
) -> tuple[Entry, EntryKeyGrant | None]:
    found = await repository.readable(db, entry_id, reader.id)
    if found is None:
        raise NotFound(NOT_FOUND)
    return found


async def _record(
    db: AsyncSession, reader: AccountRef, entry: Entry, kind: AccessKind, version: int | None = None
) -> None:
    """An advocate's read is recorded for the victim before it is served."""
    await access_log.record_read(
        db, reader, entry.owner_id, kind, entry.id, version=version, not_found=NOT_FOUND
    )


async def view(db: AsyncSession, reader: AccountRef, entry_id: uuid.UUID) -> EntryView:
    entry, grant = await _readable(db, reader, entry_id)
    await _record(db, reader, entry, AccessKind.ENTRY)
    latest = await repository.latest_versions(db, [entry.id])
    return EntryView(entry, grant, latest.get(entry.id))


async def _live(db: AsyncSession, reader: AccountRef, entry_id: uuid.UUID) -> Entry:
    entry, _grant = await _readable(db, reader, entry_id)
    if entry.deleted_at is not None:
        raise EntryDeleted("The entry was deleted; its history was erased with it.")
    return entry


async def history(
    db: AsyncSession, reader: AccountRef, entry_id: uuid.UUID, after: int, limit: int
) -> Sequence[EntryVersion]:
    entry = await _live(db, reader, entry_id)
    await _record(db, reader, entry, AccessKind.HISTORY, after + 1)
    return await repository.versions(db, entry_id, after, limit)


async def one_version(
    db: AsyncSession, reader: AccountRef, entry_id: uuid.UUID, number: int
) -> EntryVersion:
    entry = await _live(db, reader, entry_id)
    found = await repository.version(db, entry_id, number)
    if found is None:
        raise NotFound(f"The entry has no version {number}.")
    await _record(db, reader, entry, AccessKind.VERSION, number)
    return found


def parse_cursor(cursor: str | None) -> int:
    if cursor is None:
        return 0
    try:
        return parse_decimal(cursor, INT64_MAX)
    except ValueError:
        raise BadRequest("`cursor` must be a value returned by a previous sync page.") from None


async def changes(
    db: AsyncSession, owner: AccountRef, cursor: str | None, limit: int
) -> tuple[list[EntryView], str, bool]:
    since = parse_cursor(cursor)
    found = await repository.changed_since(db, owner.id, since, limit + 1)
    page, more = found[:limit], len(found) > limit
    ids = [e.id for e in page]
    latest = await repository.latest_versions(db, ids)
    grants = await repository.grants_for(db, ids, owner.id)
    views = [EntryView(e, grants.get(e.id), latest.get(e.id)) for e in page]
    next_cursor = str(page[-1].change_seq) if page else str(since)
    return views, next_cursor, more
