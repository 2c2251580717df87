"""Case documents: kept by a victim and her active advocate, read by both."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Response, status

from app import version_pages
from app.assignments.service import AdvocateMismatch, NoAdvocate
from app.case_documents import service
from app.case_documents.schemas import (
    DocumentCreate,
    DocumentGrantAdded,
    DocumentGrantIn,
    DocumentGrantOut,
    DocumentList,
    DocumentOut,
    DocumentSummary,
    DocumentVersionAppend,
    DocumentVersionOut,
    DocumentVersionPage,
)
from app.entries.service import InvalidKeyGrant
from app.evidence import service as evidence
from app.models import CaseDocumentVersion
from app.problem_docs import raises
from app.protocol.receipts import ReceiptKind
from app.sessions.bodies import authenticated_json
from app.sessions.dependencies import CurrentCaller, VictimCaller
from app.state import DbSession
from app.version_checks import InvalidVersion, StaleVersion

router = APIRouter(prefix="/v1/case-documents", tags=["advocacy"])


def version_out(version: CaseDocumentVersion) -> DocumentVersionOut:
    return DocumentVersionOut(
        document_id=version.document_id,
        version=version.version,
        author_id=version.author_id,
        ciphertext=version.ciphertext,
        commitment=version.commitment,
        signature=version.signature,
        received_at=version.received_at,
        receipt=evidence.stored_receipt(
            version.log_index,
            ReceiptKind.CASE_DOCUMENT,
            version.received_at,
            version.commitment_sha256,
        ),
    )


def document_out(found: service.DocumentView) -> DocumentOut:
    document = found.document
    return DocumentOut(
        id=document.id,
        victim_id=document.victim_id,
        kind=document.kind,  # one of Kind: checked on the way in
        current_version=document.current_version,
        created_at=document.created_at,
        updated_at=document.updated_at,
        updated_by=found.latest.author_id,
        key_grant=DocumentGrantOut.model_validate(found.grant),
        latest=version_out(found.latest),
    )


@router.get("", response_model=DocumentList)
async def list_documents(caller: CurrentCaller, db: DbSession) -> DocumentList:
    """For a victim, her case documents; for an advocate, those of their open
    cases that they hold a key for. Oldest first."""
    found = await service.listed(db, caller.account)
    return DocumentList(documents=[DocumentSummary.model_validate(d) for d in found])


@router.put(
    "/{document_id}",
    response_model=DocumentOut,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": DocumentOut, "description": "The same request was accepted."}},
)
@raises(service.DocumentIdTaken, InvalidKeyGrant, InvalidVersion)
async def create_document(
    document_id: uuid.UUID,
    body: Annotated[DocumentCreate, authenticated_json(DocumentCreate)],
    caller: CurrentCaller,
    db: DbSession,
    response: Response,
) -> DocumentOut:
    """Start a case document of the victim's, under an id the device chose,
    with its first version signed by the caller (the victim or her active
    advocate) and its key wrapped to both of them."""
    found, created = await service.create(db, caller.account, document_id, body)
    if not created:
        response.status_code = status.HTTP_200_OK
    return document_out(found)


@router.get("/{document_id}", response_model=DocumentOut)
async def get_document(document_id: uuid.UUID, caller: CurrentCaller, db: DbSession) -> DocumentOut:
    """The current version and the caller's key grant."""
    return document_out(await service.view(db, caller.account, document_id))


@router.post(
    "/{document_id}/versions",
    response_model=DocumentVersionOut,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": DocumentVersionOut, "description": "Already accepted."}},
)
@raises(StaleVersion, InvalidVersion)
async def append_version(
    document_id: uuid.UUID,
    body: Annotated[DocumentVersionAppend, authenticated_json(DocumentVersionAppend)],
    caller: CurrentCaller,
    db: DbSession,
    response: Response,
) -> DocumentVersionOut:
    """Add a version, signed by the caller. `base_version` must be the current
    version, else 409 `stale-version` with `current_version`."""
    version, created = await service.append(db, caller.account, document_id, body)
    if not created:
        response.status_code = status.HTTP_200_OK
    return version_out(version)


@router.get("/{document_id}/versions", response_model=DocumentVersionPage)
async def list_versions(
    document_id: uuid.UUID,
    caller: CurrentCaller,
    db: DbSession,
    after: version_pages.After = 0,
    limit: version_pages.Limit = 20,
) -> DocumentVersionPage:
    """The document's whole history, oldest first, a page at a time."""
    found = await service.history(db, caller.account, document_id, after, limit + 1)
    page, next_after = version_pages.cut(found, limit)
    return DocumentVersionPage(versions=[version_out(v) for v in page], next_after=next_after)


@router.post("/{document_id}/grants", response_model=DocumentGrantAdded)
@raises(NoAdvocate, AdvocateMismatch, InvalidKeyGrant)
async def add_grant(
    document_id: uuid.UUID, body: DocumentGrantIn, caller: VictimCaller, db: DbSession
) -> DocumentGrantAdded:
    """The victim wraps a document's key to her active advocate (one made
    before they were assigned, or after a change of advocate), signed by her."""
    grant, receipt = await service.add_grant(db, caller.account, document_id, body)
    return DocumentGrantAdded(grant=DocumentGrantOut.model_validate(grant), receipt=receipt)
