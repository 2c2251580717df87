"""The rules of case documents: the victim and her active advocate write
versions, each signed by its author, and read them; anyone else is told
the document does not exist."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.assignments import repository as assignments
from app.assignments.service import AdvocateMismatch, NoAdvocate
from app.case_documents import repository
from app.case_documents.schemas import DocumentCreate, DocumentGrantIn, DocumentVersionAppend
from app.entries.schemas import KeyGrantIn, VersionIn
from app.entries.service import InvalidKeyGrant, check_signed_grant
from app.errors import Conflict, NotFound
from app.evidence import service as evidence
from app.evidence.schemas import Receipt
from app.models import (
    CaseDocument,
    CaseDocumentGrant,
    CaseDocumentVersion,
    Role,
)
from app.protocol import case_documents, commitment, receipts
from app.protocol.receipts import ReceiptKind
from app.sessions.caller import AccountRef
from app.version_checks import InvalidVersion, Scheme, check_repeat, check_signed

NOT_FOUND = "No case document with that id is readable by this account."


class DocumentIdTaken(Conflict):
    code = "case-document-id-taken"
    title = "Case document id already used"


@dataclass(frozen=True)
class DocumentView:
    document: CaseDocument
    grant: CaseDocumentGrant
    latest: CaseDocumentVersion


async def _readers(db: AsyncSession, caller: AccountRef, victim_id: uuid.UUID) -> set[uuid.UUID]:
    """Who reads the victim's documents, if the caller may write them: the
    victim herself, or her active advocate. Anyone else: 404."""
    assignment = await assignments.active_for_victim(db, victim_id)
    is_victim = caller.id == victim_id and caller.role is Role.VICTIM
    if not is_victim and (assignment is None or assignment.advocate_id != caller.id):
        raise NotFound(NOT_FOUND)
    return {victim_id} | ({assignment.advocate_id} if assignment else set())


def grant_object(document_id: uuid.UUID, reader_id: uuid.UUID, grant: KeyGrantIn) -> bytes:
    info = case_documents.key_info(document_id, reader_id)
    return receipts.key_grant_object(info, grant.envelope)


def check_grant(
    granter: AccountRef, document_id: uuid.UUID, reader_id: uuid.UUID, grant: KeyGrantIn
) -> None:
    """The granter signed this wrap for this document and this reader."""
    info = case_documents.key_info(document_id, reader_id)
    check_signed_grant(granter, info, grant, "this case document and reader")


_DOCUMENT = Scheme(
    case_documents.parse_commitment,
    case_documents.verify,
    lambda: InvalidVersion("The signature does not verify with your key over the commitment."),
)


def check_version(
    author: AccountRef,
    document: CaseDocument,
    number: int,
    previous: bytes | None,
    body: VersionIn,
) -> None:
    """Everything the server can check without the document key."""
    check_signed(
        _DOCUMENT,
        author,
        body,
        lambda signed: {
            "document_id": (signed.document_id, document.id),
            "victim_id": (signed.victim_id, document.victim_id),
            "author_id": (signed.author_id, author.id),
            "kind": (signed.kind, document.kind),
            "version": (signed.version, number),
            "previous": (signed.previous, previous),
            "ciphertext_sha256": (signed.ciphertext_sha256, commitment.sha256(body.ciphertext)),
        },
    )


async def _accept(
    db: AsyncSession, author: AccountRef, document: CaseDocument, number: int, body: VersionIn
) -> CaseDocumentVersion:
    """Store the version with its receipt; the log is appended last, since its
    head stays locked for every writer until the commit."""
    now = evidence.received_now()
    document.current_version, document.updated_at = number, now
    await db.flush()
    digest = commitment.sha256(body.commitment)
    receipt = await evidence.append(db, ReceiptKind.CASE_DOCUMENT, digest, now)
    version = CaseDocumentVersion(
        document_id=document.id,
        version=number,
        author_id=author.id,
        ciphertext=body.ciphertext,
        commitment=body.commitment,
        commitment_sha256=digest,
        signature=body.signature,
        received_at=now,
        log_index=receipt.leaf_index,
    )
    db.add(version)
    await db.flush()
    return version


async def _replayed(
    db: AsyncSession, document_id: uuid.UUID, number: int, body: VersionIn
) -> CaseDocumentVersion | None:
    stored = await repository.version(db, document_id, number)
    digest = commitment.sha256(body.commitment)
    return stored if stored is not None and stored.commitment_sha256 == digest else None


async def create(
    db: AsyncSession, author: AccountRef, document_id: uuid.UUID, body: DocumentCreate
) -> tuple[DocumentView, bool]:
    """Returns the document and whether this call made it."""
    # Locked first, so the readers are the ones at commit (a change of
    # advocate takes the same lock).
    await repository.lock_case(db, body.victim_id)
    readers = await _readers(db, author, body.victim_id)
    existing = await repository.by_id(db, document_id)
    if existing is not None:
        if existing.victim_id == body.victim_id and await _replayed(
            db, document_id, 1, body.version
        ):
            return await view(db, author, document_id), False
        raise DocumentIdTaken("That case document id is already used; make a new random UUID.")
    if {g.reader_id for g in body.grants} != readers or len(body.grants) != len(readers):
        raise InvalidKeyGrant(
            "Wrap the document key once to each reader: the victim and her active advocate.",
            extra={"reader_ids": sorted(str(r) for r in readers)},
        )
    now = evidence.received_now()
    document = CaseDocument(
        id=document_id,
        victim_id=body.victim_id,
        kind=body.kind,
        current_version=0,
        created_at=now,
        updated_at=now,
    )
    for wanted in body.grants:
        check_grant(author, document_id, wanted.reader_id, wanted)
    check_version(author, document, 1, None, body.version)
    db.add(document)
    await db.flush()
    db.add_all(
        CaseDocumentGrant(
            document_id=document_id,
            reader_id=g.reader_id,
            granter_id=author.id,
            envelope=g.envelope,
            signature=g.signature,
            granted_at=now,
        )
        for g in body.grants
    )
    await _accept(db, author, document, 1, body.version)
    return await view(db, author, document_id), True


async def _readable(
    db: AsyncSession, reader: AccountRef, document_id: uuid.UUID
) -> tuple[CaseDocument, CaseDocumentGrant]:
    """The document and the reader's grant, if the reader is its victim or
    her active advocate holding a grant."""
    document = await repository.by_id(db, document_id)
    grant = None if document is None else await repository.grant(db, document_id, reader.id)
    if document is None or grant is None:
        raise NotFound(NOT_FOUND)
    if document.victim_id != reader.id and (
        await assignments.active_between(db, document.victim_id, reader.id) is None
    ):
        raise NotFound(NOT_FOUND)
    return document, grant


async def append(
    db: AsyncSession, author: AccountRef, document_id: uuid.UUID, body: DocumentVersionAppend
) -> tuple[CaseDocumentVersion, bool]:
    """Returns the version and whether this call added it."""
    document, _grant = await _readable(db, author, document_id)
    await repository.lock_case(db, document.victim_id)
    await db.refresh(document)  # as it stands once the lock is ours
    number = body.base_version + 1
    if body.base_version != document.current_version:
        # A repeat: the version stored after `base_version` must be this one.
        stored = await repository.version(db, document_id, number)
        stored_hash = None if stored is None else stored.commitment_sha256
        check_repeat(body.base_version, document.current_version, stored_hash, body)
        assert stored is not None
        return stored, False
    previous = await repository.version(db, document_id, document.current_version)
    assert previous is not None
    check_version(author, document, number, previous.commitment_sha256, body)
    return await _accept(db, author, document, number, body), True


async def view(db: AsyncSession, reader: AccountRef, document_id: uuid.UUID) -> DocumentView:
    document, grant = await _readable(db, reader, document_id)
    latest = await repository.version(db, document_id, document.current_version)
    assert latest is not None
    return DocumentView(document, grant, latest)


async def history(
    db: AsyncSession, reader: AccountRef, document_id: uuid.UUID, after: int, limit: int
) -> Sequence[CaseDocumentVersion]:
    await _readable(db, reader, document_id)
    return await repository.versions(db, document_id, after, limit)


async def listed(db: AsyncSession, reader: AccountRef) -> Sequence[CaseDocument]:
    if reader.role is Role.VICTIM:
        return await repository.of_victim(db, reader.id)
    return await repository.of_advocate(db, reader.id)


async def add_grant(
    db: AsyncSession, victim: AccountRef, document_id: uuid.UUID, body: DocumentGrantIn
) -> tuple[CaseDocumentGrant, Receipt]:
    """The victim gives her active advocate the key of one of her documents
    (one made before they were assigned): signed by her, receipted in the log."""
    document, _grant = await _readable(db, victim, document_id)
    if document.victim_id != victim.id:
        raise NotFound(NOT_FOUND)
    await repository.lock_case(db, victim.id)
    assignment = await assignments.active_for_victim(db, victim.id)
    if assignment is None:
        raise NoAdvocate("This account has no advocate to give the document to.")
    if assignment.advocate_id != body.reader_id:
        raise AdvocateMismatch("`reader_id` is not this account's advocate.")
    check_grant(victim, document_id, body.reader_id, body)
    now = evidence.received_now()
    grant = await repository.grant(db, document_id, body.reader_id)
    wanted = (body.envelope, body.signature)
    if (
        grant is not None
        and (grant.envelope, grant.signature) == wanted
        and grant.log_index is not None
    ):
        return grant, _grant_receipt(grant)  # a retry: nothing changes
    grant = grant or CaseDocumentGrant(document_id=document_id, reader_id=body.reader_id)
    grant.granter_id, grant.granted_at = victim.id, now
    grant.envelope, grant.signature = body.envelope, body.signature
    db.add(grant)
    await db.flush()
    receipt = await evidence.append(
        db, ReceiptKind.KEY_GRANT, grant_object(document_id, body.reader_id, body), now
    )
    grant.log_index = receipt.leaf_index
    await db.flush()
    return grant, receipt


def _grant_receipt(grant: CaseDocumentGrant) -> Receipt:
    assert grant.log_index is not None
    body = KeyGrantIn(envelope=grant.envelope, signature=grant.signature)
    digest = grant_object(grant.document_id, grant.reader_id, body)
    return evidence.stored_receipt(grant.log_index, ReceiptKind.KEY_GRANT, grant.granted_at, digest)
