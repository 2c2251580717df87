"""The rules of attachments: sizes, quota, chunk integrity, finalisation, binding."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

import anyio.to_thread
from sqlalchemy.ext.asyncio import AsyncSession

from app.access_log import service as access_log
from app.accounts import repository as accounts
from app.attachments import repository, running
from app.blobs.store import BlobData, BlobInfo, BlobStore, BlobTooLarge
from app.config import Settings
from app.db import utcnow
from app.errors import BadRequest, Conflict, Forbidden, NotFound, PayloadTooLarge
from app.evidence import service as evidence
from app.models import AccessKind, Attachment, AttachmentChunk, AttachmentStatus
from app.protocol import stream
from app.protocol.receipts import ReceiptKind
from app.sessions.caller import AccountRef

logger = logging.getLogger("daybook.attachments")
NOT_FOUND = "No attachment with that id is readable by this account."


class QuotaExceeded(Forbidden):
    code = "quota-exceeded"
    title = "Storage quota exceeded"


class DigestMismatch(BadRequest):
    code = "digest-mismatch"
    title = "Digest does not match"


class ChunksMissing(Conflict):
    code = "chunks-missing"
    title = "Chunks missing"


class AttachmentUnavailable(Conflict):
    code = "attachment-unavailable"
    title = "Attachment unavailable"


@dataclass(frozen=True)
class UploadView:
    attachment: Attachment
    missing: list[int]


BLOB_ROOT = "attachments"


def chunk_key(attachment_id: uuid.UUID, index: int) -> str:
    return f"{BLOB_ROOT}/{attachment_id}/{index:08d}"


def blob_prefix(attachment_id: uuid.UUID) -> str:
    return f"{BLOB_ROOT}/{attachment_id}"


async def view(db: AsyncSession, attachment: Attachment) -> UploadView:
    if attachment.status is AttachmentStatus.COMPLETE:
        return UploadView(attachment, [])
    received = await repository.received_indexes(db, attachment.id)
    count = len(attachment.chunk_sizes)
    return UploadView(attachment, [i for i in range(count) if i not in received])


async def _owned(db: AsyncSession, owner: AccountRef, attachment_id: uuid.UUID) -> Attachment:
    attachment = await repository.owned(db, owner.id, attachment_id)
    if attachment is None:
        raise NotFound(NOT_FOUND)
    return attachment


async def _readable(
    db: AsyncSession, reader: AccountRef, attachment_id: uuid.UUID, kind: AccessKind
) -> Attachment:
    """The owner's, or one of an entry shared with the reader, whose read is
    then recorded for the owner before it is served."""
    attachment = await repository.readable(db, reader.id, attachment_id)
    if attachment is None:
        raise NotFound(NOT_FOUND)
    if attachment.owner_id != reader.id:
        assert attachment.entry_id is not None, "only an entry's attachments are shared"
        await access_log.record_read(
            db,
            reader,
            attachment.owner_id,
            kind,
            attachment.entry_id,
            attachment_id=attachment.id,
            not_found=NOT_FOUND,
        )
    return attachment


async def status(db: AsyncSession, reader: AccountRef, attachment_id: uuid.UUID) -> UploadView:
    return await view(db, await _readable(db, reader, attachment_id, AccessKind.ATTACHMENT))


def _check_size(settings: Settings, size: int) -> int:
    """The chunk count for a ciphertext of this size."""
    if size > stream.ciphertext_size(settings.attachment_max_bytes):
        raise PayloadTooLarge(
            f"Attachments are limited to {settings.attachment_max_bytes} bytes before encryption."
        )
    sizes = stream.chunk_sizes(size)
    if sizes is None:
        raise BadRequest(
            f"No file encrypts to {size} bytes: the ciphertext is the plaintext plus "
            f"{stream.TAG_BYTES} bytes per {stream.CHUNK_BYTES}-byte chunk (docs/protocol)."
        )
    return len(sizes)


async def start_upload(
    db: AsyncSession, settings: Settings, owner: AccountRef, attachment_id: uuid.UUID, size: int
) -> tuple[UploadView, bool]:
    """Returns the upload and whether this call started it."""
    count = _check_size(settings, size)
    await accounts.lock(db, owner.id)
    existing = await repository.by_id(db, attachment_id)
    if existing is not None:
        if existing.owner_id != owner.id or existing.ciphertext_size != size:
            raise Conflict("That attachment id is already used; generate a new random UUID.")
        return await view(db, existing), False
    used = await repository.bytes_used(db, owner.id)
    if used + size > settings.attachment_quota_bytes:
        raise QuotaExceeded(
            f"This upload needs {size} bytes but only "
            f"{max(0, settings.attachment_quota_bytes - used)} of the account's quota are free.",
            extra={"quota_bytes": settings.attachment_quota_bytes, "used_bytes": used},
        )
    now = utcnow()
    attachment = Attachment(
        id=attachment_id,
        owner_id=owner.id,
        status=AttachmentStatus.UPLOADING,
        ciphertext_size=size,
        created_at=now,
        last_activity_at=now,
    )
    db.add(attachment)
    await db.flush()
    return UploadView(attachment, list(range(count))), True


class _AlreadyStored(Exception):
    """Raised inside the blob store's admission to drop a body whose chunk is stored."""

    def __init__(self, chunk: AttachmentChunk) -> None:
        super().__init__()
        self.chunk = chunk


async def put_chunk(
    db: AsyncSession,
    blobs: BlobStore,
    owner: AccountRef,
    attachment_id: uuid.UUID,
    index: int,
    declared: bytes,
    body: Sequence[bytes],
) -> tuple[AttachmentChunk, bool]:
    """Stores one chunk, whose bytes are the `body` pieces laid end to end
    (never joined: the blob store writes and hashes them one by one); the
    blob is durable before the row that records it. Returns the chunk and
    whether this call stored it.

    The body is written and flushed to disk first, under a temporary name and
    outside any transaction; only then are the attachment's lock and the
    checks taken (`admit`), so that lock is held for a rename, not a disk
    write, and chunks of one attachment sent side by side overlap their I/O."""
    admission = _ChunkAdmission(db, owner, attachment_id, index, declared)
    # The whole ciphertext's running hash takes the chunk in the blob store's
    # own worker-thread hop when it is next (running.py).
    forecast = running.forecast(attachment_id, index)
    try:
        await blobs.put(
            chunk_key(attachment_id, index),
            _each(body),
            max_bytes=stream.CIPHERTEXT_CHUNK_BYTES,
            admit=admission,
            tee=None if forecast is None else forecast.update,
        )
    except _AlreadyStored as stored:
        return stored.chunk, False
    except BlobTooLarge as exc:
        raise BadRequest(
            f"Chunk {index} is larger than a chunk ({stream.CIPHERTEXT_CHUNK_BYTES} bytes)."
        ) from exc
    assert admission.chunk is not None, "admitted before stored"
    read = partial(read_chunk, blobs, attachment_id)
    if forecast is None or not await running.kept(forecast, declared, read):
        await running.stored(attachment_id, index, [(declared, b"".join(body))], read)
    return admission.chunk, True


async def _each(pieces: Sequence[bytes]) -> AsyncIterator[bytes]:
    for piece in pieces:
        yield piece


async def read_chunk(blobs: BlobStore, attachment_id: uuid.UUID, index: int) -> bytes:
    """One stored chunk, whole (1 MiB of ciphertext at most)."""
    async with await blobs.read(chunk_key(attachment_id, index)) as pieces:
        return b"".join([piece async for piece in pieces])


class _ChunkAdmission:
    """The checks of a chunk upload, run by the blob store once the body is on
    disk and before it lands, in the order a client sees them answered."""

    def __init__(
        self,
        db: AsyncSession,
        owner: AccountRef,
        attachment_id: uuid.UUID,
        index: int,
        declared: bytes,
    ) -> None:
        self.db, self.owner, self.attachment_id = db, owner, attachment_id
        self.index, self.declared = index, declared
        self.chunk: AttachmentChunk | None = None

    async def __call__(self, info: BlobInfo) -> None:
        now = utcnow()
        target = await repository.lock_for_chunk(
            self.db, self.owner.id, self.attachment_id, self.index, now
        )
        if target is None:
            raise NotFound(NOT_FOUND)
        sizes = stream.chunk_sizes(target.ciphertext_size)
        assert sizes is not None, "an upload's size is checked when it starts"
        if not 0 <= self.index < len(sizes):
            raise NotFound(f"Chunk indexes of this attachment run from 0 to {len(sizes) - 1}.")
        if target.stored_sha256 is not None:
            if target.stored_sha256 != self.declared:
                raise Conflict(
                    "Another chunk is already stored at this index; chunks never change."
                )
            stored = await repository.chunk(self.db, self.attachment_id, self.index)
            assert stored is not None, "read under the attachment's lock"
            raise _AlreadyStored(stored)
        if target.status is AttachmentStatus.COMPLETE:
            raise Conflict("The attachment is finalised; it takes no more chunks.")
        size = sizes[self.index]
        if info.size != size:
            raise BadRequest(f"Chunk {self.index} must be exactly {size} bytes, got {info.size}.")
        if info.sha256 != self.declared:
            raise DigestMismatch(
                "The chunk's SHA-256 does not match its Content-Digest; nothing was stored. "
                "Send the chunk again."
            )
        self.chunk = AttachmentChunk(
            attachment_id=self.attachment_id,
            index=self.index,
            size=size,
            sha256=self.declared,
            received_at=now,
        )
        await repository.add_chunk(self.db, self.chunk)


@dataclass(frozen=True, slots=True)
class RunChunk:
    chunk: AttachmentChunk
    created: bool


def _cut(body: bytearray) -> list[memoryview]:
    """The body's chunks: every one but the last a whole ciphertext chunk."""
    size, view = stream.CIPHERTEXT_CHUNK_BYTES, memoryview(body)
    return [view[offset : offset + size] for offset in range(0, len(body), size)]


def _sha256(data: BlobData) -> bytes:
    return hashlib.sha256(data).digest()


async def put_run(
    db: AsyncSession,
    blobs: BlobStore,
    owner: AccountRef,
    attachment_id: uuid.UUID,
    first: int,
    declared: bytes,
    body: bytearray,
) -> list[RunChunk]:
    """Stores chunks `first`, `first` + 1, ... laid end to end in `body`, each
    as its own blob under the key a single chunk has, so everything that reads
    chunks is unchanged. As for one chunk, the blobs are durable before the
    rows that record them, and the lock is taken only once they are on disk."""
    pieces = _cut(body)
    if not pieces:
        raise BadRequest("A run carries at least one chunk; the body is empty.")
    if len(pieces) > stream.MAX_RUN_CHUNKS:
        raise PayloadTooLarge(f"A run carries at most {stream.MAX_RUN_CHUNKS} chunks.")
    if await anyio.to_thread.run_sync(_sha256, body) != declared:
        raise DigestMismatch(
            "The body's SHA-256 does not match its Content-Digest; nothing was stored. "
            "Send the run again."
        )
    admission = _RunAdmission(db, owner, attachment_id, first)
    items = [(chunk_key(attachment_id, first + i), piece) for i, piece in enumerate(pieces)]
    infos = await blobs.put_many(items, admit=admission)
    read = partial(read_chunk, blobs, attachment_id)
    fed = [(info.sha256, piece) for info, piece in zip(infos, pieces, strict=True)]
    await running.stored(attachment_id, first, fed, read)
    return admission.answer


class _RunAdmission:
    """The checks of a run, run by the blob store once every chunk is on disk
    and before any lands: the run must lie inside the attachment, each chunk
    have its exact size, and a chunk already stored the same digest (it is
    then left as it is); the new ones are recorded in one INSERT."""

    def __init__(
        self, db: AsyncSession, owner: AccountRef, attachment_id: uuid.UUID, first: int
    ) -> None:
        self.db, self.owner, self.attachment_id, self.first = db, owner, attachment_id, first
        self.answer: list[RunChunk] = []

    async def __call__(self, infos: Sequence[BlobInfo]) -> set[int]:
        now = utcnow()
        target = await repository.lock_for_run(self.db, self.owner.id, self.attachment_id, now)
        if target is None:
            raise NotFound(NOT_FOUND)
        status, ciphertext_size = target
        sizes = stream.chunk_sizes(ciphertext_size)
        assert sizes is not None, "an upload's size is checked when it starts"
        first, last = self.first, self.first + len(infos) - 1
        if not 0 <= first < len(sizes):
            raise NotFound(f"Chunk indexes of this attachment run from 0 to {len(sizes) - 1}.")
        if last >= len(sizes):
            raise BadRequest(
                f"The body holds chunks {first} to {last}, but this attachment's last "
                f"chunk is {len(sizes) - 1}."
            )
        for index, info in enumerate(infos, start=first):
            if info.size != sizes[index]:
                raise BadRequest(
                    f"Chunk {index} must be exactly {sizes[index]} bytes, got {info.size}."
                )
        stored = await repository.chunks_between(self.db, self.attachment_id, first, last)
        changed = [i for i, c in stored.items() if c.sha256 != infos[i - first].sha256]
        if changed:
            raise Conflict(
                f"Other chunks are already stored at indexes {sorted(changed)}; chunks never "
                "change. Nothing of this run was stored."
            )
        new = [
            AttachmentChunk(
                attachment_id=self.attachment_id,
                index=index,
                size=info.size,
                sha256=info.sha256,
                received_at=now,
            )
            for index, info in enumerate(infos, start=first)
            if index not in stored
        ]
        if new and status is AttachmentStatus.COMPLETE:
            raise Conflict("The attachment is finalised; it takes no more chunks.")
        if new:
            await repository.add_chunks(self.db, new)
        created = {chunk.index: chunk for chunk in new}
        self.answer = [
            RunChunk(created.get(index) or stored[index], index in created)
            for index in range(first, last + 1)
        ]
        return {index - first for index in created}


def _finalised(attachment: Attachment, declared: bytes) -> UploadView:
    if attachment.ciphertext_sha256 != declared:
        raise DigestMismatch("The attachment was finalised with another SHA-256.")
    return UploadView(attachment, [])


async def _locked_again(db: AsyncSession, attachment: Attachment, now: dt.datetime) -> Attachment:
    """The row read again under its write lock. The lock is taken only after the
    long hashing (under it, SQLite would hold up every writer); reading again
    shows a racing retry that finalised it meanwhile, so it is logged once."""
    await repository.touch(db, attachment.owner_id, attachment.id, now)
    await db.refresh(attachment)
    return attachment


async def finalize(
    db: AsyncSession,
    blobs: BlobStore,
    owner: AccountRef,
    attachment_id: uuid.UUID,
    declared: bytes,
) -> UploadView:
    attachment = await _owned(db, owner, attachment_id)
    if attachment.status is AttachmentStatus.COMPLETE:
        return _finalised(attachment, declared)
    stored = await repository.chunk_digests(db, attachment.id)
    missing = [i for i in range(len(attachment.chunk_sizes)) if i not in stored]
    if missing:
        raise ChunksMissing(
            f"{len(missing)} chunk(s) have not arrived; upload them, then finalise.",
            extra={"missing_chunks": missing},
        )
    sha256, crc32 = await running.digests(
        attachment.id,
        [stored[i] for i in range(len(stored))],
        partial(read_chunk, blobs, attachment.id),
    )
    if sha256 != declared:
        raise DigestMismatch(
            "The stored chunks do not hash to ciphertext_sha256; check the chunks you sent."
        )
    now = evidence.received_now()
    attachment = await _locked_again(db, attachment, now)
    if attachment.status is AttachmentStatus.COMPLETE:
        return _finalised(attachment, declared)
    receipt = await evidence.append(db, ReceiptKind.ATTACHMENT, declared, now)
    attachment.status, attachment.ciphertext_sha256 = AttachmentStatus.COMPLETE, declared
    attachment.ciphertext_crc32 = crc32
    attachment.completed_at = attachment.last_activity_at = now
    attachment.log_index = receipt.leaf_index
    await db.flush()
    return UploadView(attachment, [])


async def readable_complete(
    db: AsyncSession, reader: AccountRef, attachment_id: uuid.UUID
) -> Attachment:
    attachment = await _readable(db, reader, attachment_id, AccessKind.ATTACHMENT_CONTENT)
    if attachment.status is not AttachmentStatus.COMPLETE:
        raise Conflict("The attachment's upload is not finalised yet.")
    return attachment


async def delete(db: AsyncSession, owner: AccountRef, attachment_id: uuid.UUID) -> uuid.UUID:
    """Only an attachment no entry references; those go with their entry."""
    attachment = await _owned(db, owner, attachment_id)
    if attachment.entry_id is not None:
        raise Conflict("An entry references this attachment; delete the entry to delete it.")
    await repository.erase(db, [attachment_id])
    return attachment_id


async def bind_to_entry(
    db: AsyncSession, owner_id: uuid.UUID, entry_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> None:
    """An entry version's commitment lists its attachments: each must be the
    owner's, finalised, and not already another entry's."""
    if ids:
        bind_found(await owned(db, owner_id, ids), entry_id, ids)


async def owned(
    db: AsyncSession, owner_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Attachment]:
    """Those of `ids` that are the owner's attachments, by id."""
    return {a.id: a for a in await repository.owned_many(db, owner_id, ids)} if ids else {}


def bind_found(
    found: Mapping[uuid.UUID, Attachment], entry_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> None:
    """Binds `ids`, looked up with `owned`, to the entry (written at the next
    flush), or binds none if one is missing, unfinished, or another entry's."""
    unusable = [
        str(i)
        for i in ids
        if (a := found.get(i)) is None
        or a.status is not AttachmentStatus.COMPLETE
        or a.entry_id not in (None, entry_id)
    ]
    if unusable:
        raise AttachmentUnavailable(
            "These attachments are missing, not finalised, or another entry's: "
            + ", ".join(unusable),
            extra={"attachment_ids": unusable},
        )
    for i in ids:
        found[i].entry_id = entry_id


async def erase_for_entry(db: AsyncSession, entry_id: uuid.UUID) -> list[uuid.UUID]:
    ids = [a.id for a in await repository.of_entry(db, entry_id)]
    await repository.erase(db, ids)
    return ids


async def erase_abandoned(db: AsyncSession, older_than: dt.timedelta) -> list[uuid.UUID]:
    ids = [a.id for a in await repository.abandoned(db, utcnow() - older_than)]
    await repository.erase(db, ids)
    return ids


async def erase_blobs(blobs: BlobStore, ids: Sequence[uuid.UUID]) -> None:
    """After the rows are gone and committed: a crash in between leaves
    unreferenced ciphertext, never a row whose blob is missing. A failure here
    must not turn the committed deletion into an error answer: the blobs are
    orphans now, and the clean-up sweeps them."""
    for attachment_id in ids:
        try:
            await blobs.delete_prefix(blob_prefix(attachment_id))
        except Exception as error:
            # Its type only: a file error's text holds the attachment's path.
            logger.error(
                "could not remove the blobs of an erased attachment; cleanup will",
                extra={"error_type": type(error).__name__},
            )
