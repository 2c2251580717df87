"""Bundles: the victim's device uploads what each exported entry discloses,
seals the bundle with a signed statement, and hands out download links."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy.ext.asyncio import AsyncSession

from app.attachments import repository as attachments
from app.bundles import repository
from app.bundles.repository import Totals
from app.bundles.schemas import BundleCreate, BundleEntryIn, BundleSeal, LinkCreate
from app.db import utcnow
from app.entries import repository as entries
from app.errors import BadRequest, Conflict, Gone, NotFound
from app.evidence import service as evidence
from app.models import (
    AttachmentStatus,
    Bundle,
    BundleEntry,
    BundleLink,
    BundleStatus,
    EntryVersion,
    SecurityEventKind,
)
from app.protocol import hpke
from app.protocol.bundle import (
    PACKAGE_VERSION,
    SEAL_CLOCK_SKEW,
    BundleFormatError,
    EntryRecord,
    RecordsDigest,
    parse_statement,
    seal_time_problem,
    statement_signature_ok,
    statement_time,
)
from app.protocol.signed_note import Signer
from app.security_events import repository as events
from app.sessions.caller import AccountRef
from app.version_checks import StaleVersion

NOT_FOUND = "No bundle with that id."
LINK_NOT_FOUND = "No download link with that id."
TOKEN_PREFIX = "dbl_"  # noqa: S105 (a prefix that marks link tokens, not a secret)


class BundleSealed(Conflict):
    code = "bundle-sealed"
    title = "Bundle already sealed"


class BundleNotSealed(Conflict):
    code = "bundle-not-sealed"
    title = "Bundle not sealed yet"


class BundleEntryConflict(Conflict):
    code = "bundle-entry-conflict"
    title = "Entry already in the bundle with other content"


class BundleIdTaken(Conflict):
    code = "bundle-id-taken"
    title = "Bundle id already used"


class BundleStale(Conflict):
    code = "bundle-stale"
    title = "Bundle content was deleted"


class BadBundleEntry(BadRequest):
    code = "bad-bundle-entry"
    title = "Bundle entry refused"


class BadStatement(BadRequest):
    code = "bad-statement"
    title = "Bundle statement refused"


class BadSealTime(BadRequest):
    code = "bad-seal-time"
    title = "Bundle seal time refused"


class LinkExpired(Gone):
    code = "link-expired"
    title = "Download link expired or revoked"


@dataclass(frozen=True)
class BundleView:
    bundle: Bundle
    totals: Totals


async def _owned(
    db: AsyncSession, owner: AccountRef, bundle_id: uuid.UUID, lock: bool = False
) -> Bundle:
    bundle = await repository.owned(db, owner.id, bundle_id, lock=lock)
    if bundle is None:
        raise NotFound(NOT_FOUND)
    return bundle


async def _view(db: AsyncSession, bundle: Bundle) -> BundleView:
    return BundleView(bundle, (await repository.totals(db, [bundle.id]))[bundle.id])


async def create(
    db: AsyncSession, owner: AccountRef, bundle_id: uuid.UUID, body: BundleCreate
) -> tuple[BundleView, bool]:
    """Returns the bundle and whether this call created it (a retry does not)."""
    existing = await repository.by_id(db, bundle_id)
    if existing is not None:
        if existing.owner_id != owner.id or existing.recipient_key != body.recipient_key:
            raise BundleIdTaken("A bundle with that id exists; draw a new random id.")
        return await _view(db, existing), False
    bundle = Bundle(
        id=bundle_id,
        owner_id=owner.id,
        status=BundleStatus.OPEN,
        recipient_key=body.recipient_key,
        created_at=utcnow(),
    )
    db.add(bundle)
    await db.flush()
    return await _view(db, bundle), True


async def view(db: AsyncSession, owner: AccountRef, bundle_id: uuid.UUID) -> BundleView:
    return await _view(db, await _owned(db, owner, bundle_id))


async def list_(db: AsyncSession, owner: AccountRef) -> list[BundleView]:
    bundles = await repository.of_owner(db, owner.id)
    totals = await repository.totals(db, [b.id for b in bundles])
    return [BundleView(b, totals[b.id]) for b in bundles]


async def delete(db: AsyncSession, owner: AccountRef, bundle_id: uuid.UUID) -> None:
    await repository.delete(db, await _owned(db, owner, bundle_id, lock=True))


# --- entries ----------------------------------------------------------------


async def add_entries(
    db: AsyncSession, owner: AccountRef, bundle_id: uuid.UUID, items: Sequence[BundleEntryIn]
) -> BundleView:
    bundle = await _owned(db, owner, bundle_id, lock=True)
    if bundle.status is not BundleStatus.OPEN:
        raise BundleSealed("The bundle is sealed; make a new bundle to change what it holds.")
    for item in items:
        await _add_entry(db, owner, bundle, item)
    return await _view(db, bundle)


def _check_parts(item: BundleEntryIn) -> None:
    try:
        hpke.parse_envelope(item.wrapped_key)
    except ValueError as exc:
        raise BadBundleEntry(f"Entry {item.entry_id}: wrapped_key: {exc}.") from None
    if not item.package or item.package[0] != PACKAGE_VERSION:
        raise BadBundleEntry(f"Entry {item.entry_id}: package must start with 0x01.")
    if len(set(item.attachments)) != len(item.attachments):
        raise BadBundleEntry(f"Entry {item.entry_id}: an attachment is listed twice.")


async def _add_entry(
    db: AsyncSession, owner: AccountRef, bundle: Bundle, item: BundleEntryIn
) -> None:
    _check_parts(item)
    existing = await repository.entry(db, bundle.id, item.entry_id)
    if existing is not None:
        await _same_entry(db, existing, item)
        return
    entry = await entries.by_id(db, item.entry_id)
    if entry is None or entry.owner_id != owner.id:
        raise NotFound(f"No entry {item.entry_id} in your diary.")
    if entry.deleted_at is not None:
        raise Gone(f"Entry {item.entry_id} was deleted; it cannot be exported.")
    if item.versions != entry.current_version:
        raise StaleVersion(
            f"Entry {item.entry_id} is at version {entry.current_version}, not "
            f"{item.versions}: sync, check it, and export it again.",
            extra={"entry_id": str(item.entry_id), "current_version": entry.current_version},
        )
    await _check_attachments(db, owner, item)
    row = BundleEntry(
        bundle_id=bundle.id,
        entry_id=item.entry_id,
        version_count=item.versions,
        wrapped_key=item.wrapped_key,
        package=item.package,
    )
    await repository.add_entry(db, row, item.attachments)


async def _same_entry(db: AsyncSession, existing: BundleEntry, item: BundleEntryIn) -> None:
    listed = await repository.attachment_ids(db, existing.bundle_id, existing.entry_id)
    same = (
        existing.version_count == item.versions
        and existing.wrapped_key == item.wrapped_key
        and existing.package == item.package
        and listed == sorted(item.attachments, key=lambda a: a.bytes)
    )
    if not same:
        raise BundleEntryConflict(
            f"Entry {item.entry_id} is already in the bundle with other content."
        )


async def _check_attachments(db: AsyncSession, owner: AccountRef, item: BundleEntryIn) -> None:
    for attachment_id in item.attachments:
        attachment = await attachments.owned(db, owner.id, attachment_id)
        if attachment is None or attachment.entry_id != item.entry_id:
            raise BadBundleEntry(
                f"Attachment {attachment_id} is not an attachment of entry {item.entry_id}."
            )
        if attachment.status is not AttachmentStatus.COMPLETE:
            raise BadBundleEntry(f"Attachment {attachment_id} is not finalised.")


# --- sealing ----------------------------------------------------------------


def entry_record(
    row: BundleEntry, versions: Sequence[EntryVersion], attachment_ids: Sequence[uuid.UUID]
) -> EntryRecord:
    return EntryRecord(
        entry_id=row.entry_id,
        commitments=tuple(v.commitment_sha256 for v in versions[: row.version_count]),
        attachments=tuple(attachment_ids),
        wrapped_key=row.wrapped_key,
        package=row.package,
    )


@dataclass(frozen=True)
class _Sealed:
    """What the statement must match: the records digest, and the newest receipt
    time (the server's clock) of the versions and files the bundle holds."""

    count: int
    digest: bytes
    newest_receipt: dt.datetime | None


async def _records_digest(db: AsyncSession, bundle_id: uuid.UUID) -> _Sealed:
    chain = RecordsDigest()
    newest: dt.datetime | None = None
    async for page in repository.entry_pages(db, bundle_id):
        ids = [row.entry_id for row in page]
        versions = await repository.versions(db, ids)
        files = await repository.attachments(db, bundle_id, ids)
        for row in page:
            mine, attached = versions[row.entry_id][: row.version_count], files[row.entry_id]
            chain.add(entry_record(row, mine, [a.id for a in attached]))
            times = [v.received_at for v in mine] + [a.completed_at for a in attached]
            newest = max(t for t in [newest, *times] if t is not None)
    return _Sealed(chain.count, chain.digest(), newest)


def _check_seal_time(created_at: dt.datetime, newest_receipt: dt.datetime) -> None:
    """The device's clock must agree with the server's to SEAL_CLOCK_SKEW, and the
    seal must follow every receipt it seals: else the report would print a seal
    time that cannot be true."""
    now = utcnow()
    problem = seal_time_problem(created_at, newest_receipt, now, "the server's clock now")
    if problem is None and created_at < now - SEAL_CLOCK_SKEW:
        minutes = SEAL_CLOCK_SKEW // dt.timedelta(minutes=1)
        problem = (
            f"it is more than {minutes} minutes before {statement_time(now)}, "
            "the server's clock now"
        )
    if problem is not None:
        raise BadSealTime(
            f"The statement's created_at is refused: {problem}. Check the device's clock "
            "and seal again.",
            extra={"server_time": statement_time(now)},
        )


async def _check_statement(
    db: AsyncSession, owner: AccountRef, bundle: Bundle, body: BundleSeal, log_key: str
) -> None:
    try:
        statement = parse_statement(body.statement)
    except BundleFormatError as exc:
        raise BadStatement(f"{exc}.") from None
    sealed = await _records_digest(db, bundle.id)
    count, digest = sealed.count, sealed.digest
    problems = [
        (statement.bundle_id == bundle.id, "it names another bundle"),
        (statement.owner_id == owner.id, "it names another owner"),
        (statement.owner_key == owner.signing_public_key, "its owner_key is not your signing key"),
        (statement.owner_hpke_key == owner.hpke_public_key, "its owner_hpke_key is not your key"),
        (statement.recipient_key == bundle.recipient_key, "its recipient_key is not the bundle's"),
        (statement.log_key == log_key, "its log_key is not this log's key (GET /v1/log/key)"),
        (count > 0, "the bundle holds no entry yet"),
        (statement.entry_count == count, f"entry_count is not {count}"),
        (statement.entries_sha256 == digest, "entries_sha256 does not match the entries sent"),
    ]
    for ok, reason in problems:
        if not ok:
            raise BadStatement(f"Statement refused: {reason}.")
    if not statement_signature_ok(
        body.statement, body.signature, Ed25519PublicKey.from_public_bytes(owner.signing_public_key)
    ):
        raise BadStatement("The signature does not verify with the account's signing key.")
    assert sealed.newest_receipt is not None, "the bundle holds an entry, so a receipt"
    _check_seal_time(statement.sealed_at, sealed.newest_receipt)


async def seal(
    db: AsyncSession, owner: AccountRef, bundle_id: uuid.UUID, body: BundleSeal, signer: Signer
) -> BundleView:
    """Check the statement against what was uploaded and fix the checkpoint every
    proof will lead to: a kept one that includes every receipt of the bundle."""
    bundle = await _owned(db, owner, bundle_id, lock=True)
    if bundle.status is BundleStatus.SEALED:
        if bundle.statement == body.statement and bundle.signature == body.signature:
            return await _view(db, bundle)
        raise BundleSealed("The bundle is already sealed with another statement.")
    await _check_statement(db, owner, bundle, body, signer.verifier().vkey())
    await evidence.store_checkpoint(db, signer)
    kept = await evidence.latest_checkpoint(db)
    assert kept is not None, "a bundle's entries have receipts, so the log is not empty"
    bundle.status, bundle.sealed_at = BundleStatus.SEALED, utcnow()
    bundle.statement, bundle.signature, bundle.mac = body.statement, body.signature, body.mac
    bundle.checkpoint_size, bundle.log_key = kept.tree_size, signer.verifier().vkey()
    await db.flush()
    return await _view(db, bundle)


async def downloadable(db: AsyncSession, bundle: Bundle) -> Bundle:
    if bundle.status is not BundleStatus.SEALED:
        raise BundleNotSealed("Seal the bundle before downloading it.")
    deleted = await repository.deleted_entries(db, bundle.id)
    if deleted:
        raise BundleStale(
            f"{len(deleted)} entr{'y' if len(deleted) == 1 else 'ies'} of this bundle "
            "were deleted since it was sealed; make a new bundle.",
            extra={"deleted_entries": [str(e) for e in deleted]},
        )
    return bundle


async def owned_download(db: AsyncSession, owner: AccountRef, bundle_id: uuid.UUID) -> Bundle:
    return await downloadable(db, await _owned(db, owner, bundle_id))


# --- download links -------------------------------------------------------


def token_hash(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


async def create_link(
    db: AsyncSession, owner: AccountRef, bundle_id: uuid.UUID, body: LinkCreate
) -> tuple[BundleLink, str]:
    bundle = await downloadable(db, await _owned(db, owner, bundle_id))
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    now = utcnow()
    link = BundleLink(
        id=uuid.uuid4(),
        bundle_id=bundle.id,
        token_sha256=token_hash(token),
        created_at=now,
        expires_at=now + dt.timedelta(seconds=body.expires_in_seconds),
        downloads=0,
    )
    await repository.add_link(db, link)
    return link, token


async def links(db: AsyncSession, owner: AccountRef, bundle_id: uuid.UUID) -> Sequence[BundleLink]:
    return await repository.links(db, (await _owned(db, owner, bundle_id)).id)


async def revoke_link(
    db: AsyncSession, owner: AccountRef, bundle_id: uuid.UUID, link_id: uuid.UUID
) -> None:
    bundle = await _owned(db, owner, bundle_id)
    link = await repository.link(db, bundle.id, link_id)
    if link is None:
        raise NotFound(LINK_NOT_FOUND)
    if link.revoked_at is None:
        link.revoked_at = utcnow()
        await db.flush()


async def by_link(db: AsyncSession, token: str) -> Bundle:
    """The bundle a link opens; 404 for an unknown token, 410 once it lapsed."""
    link = await repository.link_by_token(db, token_hash(token))
    if link is None:
        raise NotFound("No download link with that token.")
    if link.revoked_at is not None or link.expires_at <= utcnow():
        raise LinkExpired("This download link has expired or was revoked; ask for a new one.")
    bundle = await repository.by_id(db, link.bundle_id)
    assert bundle is not None
    await repository.count_download(db, link.id)
    # The victim sees that her bundle was fetched, and when; never from where.
    await events.add(db, bundle.owner_id, SecurityEventKind.BUNDLE_LINK_USED)
    return await downloadable(db, bundle)
