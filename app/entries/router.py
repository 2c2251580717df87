from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response, status

from app import version_pages
from app.attachments.service import AttachmentUnavailable, erase_blobs
from app.entries import batch, service
from app.entries.schemas import (
    BatchCreate,
    BatchOut,
    BatchResult,
    EntryBatch,
    EntryCreate,
    EntryOut,
    ItemProblem,
    KeyGrantOut,
    SyncPage,
    VersionAppend,
    VersionOut,
    VersionPage,
)
from app.errors import BadRequest, DaybookError, Forbidden, problem_body, request_language
from app.evidence import service as evidence
from app.evidence.schemas import Receipt
from app.language import VARY
from app.models import Entry, EntryVersion
from app.problem_docs import raises
from app.protocol.receipts import ReceiptKind, tombstone_object
from app.sessions.bodies import authenticated_json
from app.sessions.dependencies import CurrentCaller
from app.state import Blobs, DbSession
from app.version_checks import InvalidVersion, StaleVersion
from app.wire import INT32_MAX, AsciiDigits

router = APIRouter(prefix="/v1/entries", tags=["entries"])
sync_router = APIRouter(prefix="/v1/sync", tags=["sync"])


def version_out(version: EntryVersion) -> VersionOut:
    return VersionOut(
        entry_id=version.entry_id,
        version=version.version,
        ciphertext=version.ciphertext,
        ciphertext_sha256=version.ciphertext_sha256,
        commitment=version.commitment,
        commitment_sha256=version.commitment_sha256,
        signature=version.signature,
        received_at=version.received_at,
        receipt=evidence.stored_receipt(
            version.log_index,
            ReceiptKind.ENTRY_VERSION,
            version.received_at,
            version.commitment_sha256,
        ),
    )


def deletion_receipt(entry: Entry) -> Receipt | None:
    if entry.deletion_log_index is None or entry.deleted_at is None:
        return None
    return evidence.stored_receipt(
        entry.deletion_log_index,
        ReceiptKind.TOMBSTONE,
        entry.deleted_at,
        tombstone_object(entry.id),
    )


def entry_out(found: service.EntryView) -> EntryOut:
    entry = found.entry
    return EntryOut(
        id=entry.id,
        owner_id=entry.owner_id,
        deleted=entry.deleted_at is not None,
        current_version=entry.current_version,
        created_at=entry.created_at,
        updated_at=entry.updated_at,
        deleted_at=entry.deleted_at,
        key_grant=None if found.grant is None else KeyGrantOut.model_validate(found.grant),
        latest=None if found.latest is None else version_out(found.latest),
        deletion_receipt=deletion_receipt(entry),
    )


@router.put(
    "/{entry_id}",
    response_model=EntryOut,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": EntryOut, "description": "The same request was already accepted."}},
)
@raises(
    service.InvalidKeyGrant,
    InvalidVersion,
    service.EntryIdTaken,
    service.EntryDeleted,
    AttachmentUnavailable,
)
async def create_entry(
    entry_id: uuid.UUID,
    body: Annotated[EntryCreate, authenticated_json(EntryCreate)],
    caller: CurrentCaller,
    db: DbSession,
    response: Response,
) -> EntryOut:
    """Create an entry with its first version, under an id the device chose.

    The server checks the envelope's layout, the commitment document (entry,
    owner, version 1, ciphertext hash), the owner's signature over it, and the
    signed key grant. Repeating the identical request answers 200."""
    found, created = await service.create(db, caller.account, entry_id, body)
    if not created:
        response.status_code = status.HTTP_200_OK
    return entry_out(found)


def _result(
    item: batch.Item,
    outcome: batch.Outcome,
    repeated: dict[tuple[uuid.UUID, int], EntryVersion | service.EntryView],
    language: str,
) -> BatchResult:
    if isinstance(outcome, DaybookError):
        problem = ItemProblem.model_validate(problem_body(outcome, language))
        return BatchResult(status=outcome.status, entry=None, version=None, problem=problem)
    found: EntryVersion | service.EntryView
    if isinstance(outcome, batch.Accepted):
        status_code, found = status.HTTP_201_CREATED, outcome.version
        if outcome.entry is not None:
            found = service.EntryView(outcome.entry, outcome.grant, outcome.version)
    else:
        status_code, found = status.HTTP_200_OK, repeated[(outcome.entry_id, outcome.number)]
    if isinstance(item, BatchCreate):
        assert isinstance(found, service.EntryView)
        return BatchResult(status=status_code, entry=entry_out(found), version=None, problem=None)
    assert isinstance(found, EntryVersion)
    return BatchResult(status=status_code, entry=None, version=version_out(found), problem=None)


@router.post("/batch", response_model=BatchOut)
async def write_batch(
    body: Annotated[EntryBatch, authenticated_json(EntryBatch)],
    caller: CurrentCaller,
    db: DbSession,
    request: Request,
    response: Response,
) -> BatchOut:
    """Up to 100 creates and edits of your diary, in one request and one
    transaction. Each item is checked and answered as its own request
    (`PUT /v1/entries/{entry_id}` or `POST /v1/entries/{entry_id}/versions`)
    would be, in order: `status` is that request's, and a refused item, which
    writes nothing, carries its problem document. Repeating an item (or the
    whole batch) answers 200 for it."""
    outcomes = await batch.write(db, caller.account, body.items)
    repeated = await batch.answers(db, caller.account, outcomes)
    # A refused item's problem speaks the language asked for, as a refusal does.
    language = request_language(request)
    response.headers.update({"Content-Language": language, "Vary": VARY})
    return BatchOut(
        results=[
            _result(item, outcome, repeated, language)
            for item, outcome in zip(body.items, outcomes, strict=True)
        ]
    )


@router.get("/{entry_id}", response_model=EntryOut)
async def get_entry(entry_id: uuid.UUID, caller: CurrentCaller, db: DbSession) -> EntryOut:
    """The entry's current version and the caller's key grant, or its tombstone."""
    return entry_out(await service.view(db, caller.account, entry_id))


@router.post(
    "/{entry_id}/versions",
    response_model=VersionOut,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": VersionOut, "description": "The same version was already accepted."}},
)
@raises(
    Forbidden,
    service.EntryDeleted,
    StaleVersion,
    InvalidVersion,
    AttachmentUnavailable,
)
async def append_version(
    entry_id: uuid.UUID,
    body: Annotated[VersionAppend, authenticated_json(VersionAppend)],
    caller: CurrentCaller,
    db: DbSession,
    response: Response,
) -> VersionOut:
    """Add a version. `base_version` must be the current version, else 409
    `stale-version` with `current_version`: nothing is ever overwritten."""
    version, created = await service.append(db, caller.account, entry_id, body)
    if not created:
        response.status_code = status.HTTP_200_OK
    return version_out(version)


@router.get("/{entry_id}/versions", response_model=VersionPage)
@raises(service.EntryDeleted)
async def list_versions(
    entry_id: uuid.UUID,
    caller: CurrentCaller,
    db: DbSession,
    after: version_pages.After = 0,
    limit: version_pages.Limit = 20,
) -> VersionPage:
    """The entry's whole history, oldest first, a page at a time."""
    found = await service.history(db, caller.account, entry_id, after, limit + 1)
    page, next_after = version_pages.cut(found, limit)
    return VersionPage(versions=[version_out(v) for v in page], next_after=next_after)


@router.get("/{entry_id}/versions/{version}", response_model=VersionOut)
@raises(service.EntryDeleted)
async def get_version(
    entry_id: uuid.UUID,
    version: Annotated[int, Path(ge=1, le=INT32_MAX), AsciiDigits],
    caller: CurrentCaller,
    db: DbSession,
) -> VersionOut:
    found = await service.one_version(db, caller.account, entry_id, version)
    return version_out(found)


@router.delete("/{entry_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
@raises(Forbidden)
async def delete_entry(
    entry_id: uuid.UUID, caller: CurrentCaller, db: DbSession, blobs: Blobs
) -> None:
    """Erase every version, key grant and attachment of the entry for good,
    leaving a tombstone that sync reports. Deleting it again is harmless."""
    erased = await service.delete(db, caller.account, entry_id)
    # The rows go first: a crash before the blobs are removed leaves only
    # ciphertext that no row refers to, which cleanup sweeps.
    await db.commit()
    await erase_blobs(blobs, erased)


@sync_router.get("", response_model=SyncPage)
@raises(BadRequest)
async def sync(
    caller: CurrentCaller,
    db: DbSession,
    cursor: Annotated[str | None, Query(max_length=32, description="From the last page.")] = None,
    limit: Annotated[int, Query(ge=1, le=200), AsciiDigits] = 100,
) -> SyncPage:
    """Everything in the caller's diary that changed after `cursor` (from the
    start without one): each changed entry once, at its latest state, in the
    order the changes committed. Keep asking while `more` is true."""
    views, next_cursor, more = await service.changes(db, caller.account, cursor, limit)
    return SyncPage(changes=[entry_out(v) for v in views], cursor=next_cursor, more=more)
