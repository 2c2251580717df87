from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request, Response, status
from fastapi.responses import StreamingResponse

from app.attachments import service
from app.attachments.ranges import parse_range
from app.attachments.run_buffers import UploadsBusy
from app.attachments.schemas import (
    MAX_RUN_BODY_BYTES,
    AttachmentOut,
    ChunkOut,
    Finalize,
    RunChunkOut,
    RunOut,
    UploadStart,
)
from app.blobs.store import BlobStore
from app.errors import BadRequest, Conflict, PayloadTooLarge, RangeNotSatisfiable
from app.evidence import service as evidence
from app.evidence.schemas import Receipt
from app.models import Attachment
from app.observability import metrics
from app.problem_docs import raises
from app.protocol.digest_header import format_sha256, parse_sha256
from app.protocol.encoding import b64encode
from app.protocol.receipts import ReceiptKind
from app.protocol.stream import CIPHERTEXT_CHUNK_BYTES, MAX_RUN_CHUNKS
from app.sessions.bodies import CallerFirst, authenticated_pieces
from app.sessions.dependencies import CurrentCaller
from app.state import Blobs, DbSession, State
from app.wire import AsciiDigits

router = APIRouter(prefix="/v1/attachments", tags=["attachments"])

_CHUNK_BODY = {
    "requestBody": {
        "required": True,
        "description": "The chunk's ciphertext bytes, exactly as sealed.",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}
_RUN_BODY = {
    "requestBody": {
        "required": True,
        "description": f"Chunks `first`, `first` + 1, ... laid end to end, exactly as sealed: "
        f"1 to {MAX_RUN_CHUNKS} chunks, every one but the attachment's last "
        f"{CIPHERTEXT_CHUNK_BYTES} bytes.",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}
_CONTENT = {
    200: {"content": {"application/octet-stream": {}}, "description": "The whole ciphertext."},
    206: {"content": {"application/octet-stream": {}}, "description": "The requested range."},
}


async def whole_run(request: Request) -> bytearray:
    """A run's body (up to 16 MiB, capped by the body limit), read into one
    buffer as it arrives, so it is held once and never joined from pieces.
    The HTTP parser delivers exactly Content-Length bytes or the request
    fails (ClientDisconnect); a chunked body grows the buffer as it comes."""
    declared = request.headers.get("content-length", "")
    body = bytearray(int(declared)) if declared.isdigit() else bytearray()
    filled = 0
    async for piece in request.stream():
        body[filled : filled + len(piece)] = piece
        filled += len(piece)
    return body


def run_size(request: Request) -> int:
    """The bytes a run's body will take: its Content-Length (the body limit
    has refused one over MAX_RUN_BODY_BYTES), or the most a run can be."""
    declared = request.headers.get("content-length", "")
    return int(declared) if declared.isdigit() else MAX_RUN_BODY_BYTES


@raises(UploadsBusy)
async def authenticated_run(
    request: Request, _caller: CallerFirst, state: State
) -> AsyncIterator[bytearray]:
    """A run's body, read only once the caller is known, holding no database
    connection (app/sessions/bodies.py), and its share of the worker's run
    budget is reserved (held until the run is written)."""
    with state.run_buffers.reserve(run_size(request)):
        yield await whole_run(request)


def upload_out(found: service.UploadView) -> AttachmentOut:
    a = found.attachment
    return AttachmentOut(
        id=a.id,
        status=a.status,
        ciphertext_size=a.ciphertext_size,
        chunk_count=len(a.chunk_sizes),
        missing_chunks=found.missing,
        ciphertext_sha256=a.ciphertext_sha256,
        entry_id=a.entry_id,
        created_at=a.created_at,
        completed_at=a.completed_at,
        receipt=receipt(a),
    )


def receipt(attachment: Attachment) -> Receipt | None:
    """The finalised ciphertext's receipt, rebuilt from the row (None while uploading)."""
    index, digest = attachment.log_index, attachment.ciphertext_sha256
    if index is None or digest is None or attachment.completed_at is None:
        return None
    return evidence.stored_receipt(index, ReceiptKind.ATTACHMENT, attachment.completed_at, digest)


@router.put(
    "/{attachment_id}",
    response_model=AttachmentOut,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": AttachmentOut, "description": "The upload already exists."}},
)
@raises(PayloadTooLarge, BadRequest, Conflict, service.QuotaExceeded)
async def start_upload(
    attachment_id: uuid.UUID,
    body: UploadStart,
    caller: CurrentCaller,
    db: DbSession,
    state: State,
    response: Response,
) -> AttachmentOut:
    """Begin (or, repeated, resume) an upload under an id the device chose.
    The answer lists the chunks still missing."""
    found, created = await service.start_upload(
        db, state.settings, caller.account, attachment_id, body.ciphertext_size
    )
    if not created:
        response.status_code = status.HTTP_200_OK
    return upload_out(found)


@router.get("/{attachment_id}", response_model=AttachmentOut)
async def get_attachment(
    attachment_id: uuid.UUID, caller: CurrentCaller, db: DbSession
) -> AttachmentOut:
    """Upload progress (missing chunks) or, once finalised, the ciphertext hash."""
    return upload_out(await service.status(db, caller.account, attachment_id))


@router.put(
    "/{attachment_id}/chunks/{index}",
    response_model=ChunkOut,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=_CHUNK_BODY,
    responses={200: {"model": ChunkOut, "description": "This chunk was already stored."}},
)
@raises(BadRequest, Conflict, service.DigestMismatch)
async def put_chunk(
    # Read once the caller is known, holding no database connection: a client
    # trickling its chunk in holds no lock and no pooled connection meanwhile
    # (tests/scale/test_slow_clients.py).
    chunk_pieces: Annotated[list[bytes], Depends(authenticated_pieces)],
    attachment_id: uuid.UUID,
    index: Annotated[int, AsciiDigits],
    caller: CurrentCaller,
    db: DbSession,
    blobs: Blobs,
    response: Response,
    content_digest: Annotated[
        str, Header(description="RFC 9530: `sha-256=:<base64 of the chunk's SHA-256>:`.")
    ],
) -> ChunkOut:
    """Store chunk `index` (from 0). Every chunk but the last is exactly
    `chunk_size` bytes. Sending a stored chunk again is harmless; a chunk
    whose bytes do not match its Content-Digest is refused."""
    declared = parse_sha256(content_digest)
    if declared is None:
        raise BadRequest("Send the chunk's SHA-256 as `Content-Digest: sha-256=:<base64>:`.")
    chunk, created = await service.put_chunk(
        db, blobs, caller.account, attachment_id, index, declared, chunk_pieces
    )
    if created:
        metrics.UPLOAD_BYTES.inc(chunk.size)
    else:
        response.status_code = status.HTTP_200_OK
    return ChunkOut.model_validate(chunk)


@router.put(
    "/{attachment_id}/chunks/{first}/run",
    response_model=RunOut,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=_RUN_BODY,
    responses={200: {"model": RunOut, "description": "Every chunk of the run was already stored."}},
)
@raises(BadRequest, Conflict, PayloadTooLarge, service.DigestMismatch)
async def put_run(
    # First: the caller is checked, then the whole run arrives, and only
    # then is a database connection taken again (authenticated_run).
    body: Annotated[bytearray, Depends(authenticated_run, scope="function")],
    attachment_id: uuid.UUID,
    first: Annotated[int, AsciiDigits],
    caller: CurrentCaller,
    db: DbSession,
    blobs: Blobs,
    response: Response,
    content_digest: Annotated[
        str, Header(description="RFC 9530: `sha-256=:<base64 of the whole body's SHA-256>:`.")
    ],
) -> RunOut:
    """Store a run of consecutive chunks from `first` in one request: the
    body's length says how many (every chunk but the attachment's last is
    `chunk_size` bytes). Each chunk is stored as if sent alone; one already
    stored with the same bytes is left as it is, one stored with other bytes
    refuses the whole run, and nothing of a refused run is stored."""
    declared = parse_sha256(content_digest)
    if declared is None:
        raise BadRequest("Send the body's SHA-256 as `Content-Digest: sha-256=:<base64>:`.")
    stored = await service.put_run(db, blobs, caller.account, attachment_id, first, declared, body)
    if any(run.created for run in stored):
        metrics.UPLOAD_BYTES.inc(sum(run.chunk.size for run in stored if run.created))
    else:
        response.status_code = status.HTTP_200_OK
    return RunOut(
        chunks=[
            RunChunkOut(
                index=run.chunk.index,
                size=run.chunk.size,
                sha256=run.chunk.sha256,
                received_at=run.chunk.received_at,
                created=run.created,
            )
            for run in stored
        ]
    )


@router.post("/{attachment_id}/finalize", response_model=AttachmentOut)
@raises(service.ChunksMissing, service.DigestMismatch)
async def finalize(
    attachment_id: uuid.UUID, body: Finalize, caller: CurrentCaller, db: DbSession, blobs: Blobs
) -> AttachmentOut:
    """Check that every chunk arrived and that together they hash to
    `ciphertext_sha256`; then the attachment can be referenced by an entry."""
    found = await service.finalize(db, blobs, caller.account, attachment_id, body.ciphertext_sha256)
    return upload_out(found)


@router.delete("/{attachment_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
@raises(Conflict)
async def delete_attachment(
    attachment_id: uuid.UUID, caller: CurrentCaller, db: DbSession, blobs: Blobs
) -> None:
    """Delete an upload no entry references (entries take theirs with them)."""
    erased = await service.delete(db, caller.account, attachment_id)
    await db.commit()
    await service.erase_blobs(blobs, [erased])


@router.get(
    "/{attachment_id}/content",
    response_class=StreamingResponse,
    responses=_CONTENT,  # type: ignore[arg-type]
)
@raises(Conflict, RangeNotSatisfiable)
async def download(
    attachment_id: uuid.UUID,
    caller: CurrentCaller,
    db: DbSession,
    blobs: Blobs,
    range_header: str | None = Header(default=None, alias="Range"),
) -> StreamingResponse:
    """The ciphertext, streamed; one byte range on request (206). The
    `Repr-Digest` and `ETag` carry the SHA-256 of the whole ciphertext."""
    attachment = await service.readable_complete(db, caller.account, attachment_id)
    size = attachment.ciphertext_size
    span = parse_range(range_header, size)
    start, end = span if span is not None else (0, size)
    headers = _content_headers(attachment, start, end)
    if span is not None:
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
    return StreamingResponse(
        _ciphertext(blobs, attachment.id, start, end),
        status_code=status.HTTP_206_PARTIAL_CONTENT if span else status.HTTP_200_OK,
        media_type="application/octet-stream",
        headers=headers,
    )


def _content_headers(attachment: Attachment, start: int, end: int) -> dict[str, str]:
    digest = attachment.ciphertext_sha256
    assert digest is not None
    return {
        "Content-Length": str(end - start),
        "Accept-Ranges": "bytes",
        "ETag": f'"{b64encode(digest)}"',
        "Repr-Digest": format_sha256(digest),
        "Cache-Control": "private, no-store",
    }


async def _ciphertext(
    blobs: BlobStore, attachment_id: uuid.UUID, start: int, end: int
) -> AsyncIterator[bytes]:
    """Bytes [start, end) of the chunks laid end to end, one open blob at a time."""
    for index in range(start // CIPHERTEXT_CHUNK_BYTES, (end - 1) // CIPHERTEXT_CHUNK_BYTES + 1):
        offset = index * CIPHERTEXT_CHUNK_BYTES
        local_start, local_end = max(start - offset, 0), min(end - offset, CIPHERTEXT_CHUNK_BYTES)
        key = service.chunk_key(attachment_id, index)
        async with await blobs.read(key, local_start, local_end) as pieces:
            async for piece in pieces:
                yield piece
