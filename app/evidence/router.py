from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import PlainTextResponse
from pydantic import Field

from app.errors import NotFound
from app.evidence import key_history, service
from app.evidence.key_history import LogKeyNotCurrent
from app.evidence.schemas import (
    CheckpointRecord,
    ConsistencyProof,
    InclusionProof,
    InclusionProofs,
    LeafEvidence,
    LogKey,
    LogKeyHistory,
    LogKeyRecord,
    Receipt,
)
from app.problem_docs import raises
from app.protocol.keys import raw_public
from app.protocol.signed_note import Signer, Verifier
from app.state import DbSession, State
from app.wire import INT64_MAX, AsciiDigits

router = APIRouter(prefix="/v1/log", tags=["evidence log"])

# Whatever names a size answers the same for good: the log only grows.
IMMUTABLE = "public, max-age=31536000, immutable"
# The current tree head changes with every accepted write.
FRESH = "no-store"
_TEXT: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/plain": {"schema": {"type": "string"}}}, "description": "UTF-8 text."}
}


def log_signer(state: State) -> Signer:
    """The server's Ed25519 key, named by the log's origin as C2SP recommends."""
    return Signer(state.settings.log_origin, state.keys.signing_key)


# Indexes and sizes are stored as signed 64-bit integers.
MAX_SIZE = INT64_MAX
MAX_PROOFS_AT_ONCE = 100

LogSigner = Annotated[Signer, Depends(log_signer)]
LeafIndex = Annotated[
    int, Path(ge=0, le=MAX_SIZE, description="The leaf index of a receipt."), AsciiDigits
]
TreeSize = Annotated[
    int, Path(ge=1, le=MAX_SIZE, description="A kept checkpoint's tree size."), AsciiDigits
]
_NOTE_BODY = {
    "requestBody": {
        "required": True,
        "description": "A checkpoint note of this log (UTF-8) with the witness's C2SP "
        "cosignature line(s) added after its signature line.",
        "content": {"text/plain": {"schema": {"type": "string"}}},
    }
}


@router.get("/checkpoint", response_class=PlainTextResponse, responses=_TEXT)
@raises(LogKeyNotCurrent)
async def checkpoint(db: DbSession, signer: LogSigner) -> PlainTextResponse:
    """The current tree head: a C2SP tlog-checkpoint (origin, size, RFC 9162
    root hash in base64) as a signed note, signed with the key of `/v1/log/key`."""
    note = await service.signed_checkpoint(db, signer)
    return PlainTextResponse(note, headers={"Cache-Control": FRESH})


def _key_fields(origin: str, vkey: str) -> dict[str, Any]:
    verifier = Verifier.from_vkey(vkey)
    return {
        "origin": origin,
        "verifier_key": vkey,
        "key_id": verifier.key_id.hex(),
        "public_key": raw_public(verifier.public_key),
    }


@router.get("/key", response_model=LogKey)
@raises(LogKeyNotCurrent)
async def key(db: DbSession, signer: LogSigner, response: Response) -> LogKey:
    """The key that signs checkpoints now. Compare it out of band and pin it."""
    current = await key_history.current(db, signer)
    # Short: after a rotation, devices should meet the new key soon.
    response.headers["Cache-Control"] = "public, max-age=300"
    return LogKey(**_key_fields(signer.name, current.verifier_key))


@router.get("/keys", response_model=LogKeyHistory)
@raises(LogKeyNotCurrent)
async def keys(db: DbSession, signer: LogSigner, response: Response) -> LogKeyHistory:
    """Every key that has signed the log, first to current, each later key with
    the hand-over note by which the key before it passed it the log. A device
    that pinned an older key follows the notes to the current one."""
    found = await key_history.history(db, signer)
    response.headers["Cache-Control"] = "public, max-age=300"
    return LogKeyHistory(
        origin=signer.name,
        keys=[
            LogKeyRecord(
                **_key_fields(signer.name, k.verifier_key),
                from_size=k.from_size,
                activated_at=k.activated_at,
                handover=k.handover,
            )
            for k in found
        ],
    )


@router.get("/leaves/{index}", response_model=Receipt)
async def leaf(index: LeafIndex, db: DbSession, response: Response) -> Receipt:
    """One receipt as the log holds it: its leaf data and what that decodes to."""
    found = await service.leaf(db, index)
    response.headers["Cache-Control"] = IMMUTABLE
    return found


@router.get("/leaves/{index}/tlog-proof", response_class=PlainTextResponse, responses=_TEXT)
@raises(LogKeyNotCurrent)
async def tlog_proof(index: LeafIndex, db: DbSession, signer: LogSigner) -> PlainTextResponse:
    """An offline proof that the leaf is in the log: a C2SP tlog-proof against
    a checkpoint of the current size signed now. Its `extra` line is the leaf
    data (base64), which the proof does not authenticate: hash it yourself."""
    text = await service.tlog_proof(db, signer, index)
    return PlainTextResponse(text, headers={"Cache-Control": FRESH})


@router.get("/leaves/{index}/evidence", response_model=LeafEvidence)
@raises(service.NotCheckpointed)
async def evidence(
    index: LeafIndex, db: DbSession, state: State, response: Response
) -> LeafEvidence:
    """A receipt with the independent time behind it: the first kept checkpoint
    that includes the leaf and, where later, the first time-stamped by a TSA and
    the first each configured witness cosigned, each with its inclusion proof.
    404 `not-checkpointed` (with Retry-After) until a checkpoint includes it."""
    found = await service.leaf_evidence(
        db, index, state.settings.witness_keys, state.settings.checkpoint_interval_seconds
    )
    # Tokens and cosignatures keep arriving.
    response.headers["Cache-Control"] = FRESH
    return found


@router.get("/checkpoints/{size}", response_model=CheckpointRecord)
async def kept_checkpoint(size: TreeSize, db: DbSession, response: Response) -> CheckpointRecord:
    """A kept checkpoint: its signed note with every kept witness cosignature
    line, and its RFC 3161 time-stamp tokens."""
    found = await service.checkpoint_record(db, size)
    response.headers["Cache-Control"] = FRESH
    return found


@router.post("/cosignatures", response_model=CheckpointRecord, openapi_extra=_NOTE_BODY)
@raises(service.BadCosignature, service.UnknownWitness, NotFound, LogKeyNotCurrent)
async def cosignatures(
    request: Request, db: DbSession, state: State, signer: LogSigner
) -> CheckpointRecord:
    """For witnesses (no account): send a checkpoint of this log with your C2SP
    tlog-cosignature line(s). Each must verify with a key in `DAYBOOK_WITNESSES`
    (unknown key: 403 `unknown-witness`; bad cosignature: 400 `bad-cosignature`),
    and the checkpoint must be one this log signed (else 404). Answers the kept
    checkpoint with every cosignature kept so far."""
    body = await request.body()
    return await service.add_cosignatures(db, signer, state.settings.witness_keys, body)


@router.get("/proof/inclusion", response_model=InclusionProof)
@raises(service.BadTreeSize)
async def inclusion(
    db: DbSession,
    response: Response,
    index: Annotated[int, Query(ge=0, le=MAX_SIZE, description="The leaf."), AsciiDigits],
    size: Annotated[
        int, Query(ge=1, le=MAX_SIZE, description="A tree size up to the current one."), AsciiDigits
    ],
) -> InclusionProof:
    """The RFC 9162 inclusion proof of leaf `index` in the tree of `size` leaves:
    take `size` from a checkpoint you verified, and check the proof against its root."""
    proof = await service.inclusion(db, index, size)
    response.headers["Cache-Control"] = IMMUTABLE
    return proof


@router.get("/proofs/inclusion", response_model=InclusionProofs)
@raises(service.BadTreeSize)
async def inclusions(
    db: DbSession,
    response: Response,
    size: Annotated[
        int, Query(ge=1, le=MAX_SIZE, description="A tree size up to the current one."), AsciiDigits
    ],
    index: Annotated[
        list[Annotated[int, Field(ge=0, le=MAX_SIZE), AsciiDigits]],
        Query(min_length=1, max_length=MAX_PROOFS_AT_ONCE, description="The leaves, repeated."),
    ],
) -> InclusionProofs:
    """The inclusion proofs of up to 100 leaves in one tree (`?size=N&index=3&index=9`),
    for a device that proves many receipts against the checkpoint it verified."""
    proofs = await service.inclusions(db, index, size)
    response.headers["Cache-Control"] = IMMUTABLE
    return proofs


@router.get("/proof/consistency", response_model=ConsistencyProof)
@raises(service.BadTreeSize)
async def consistency(
    db: DbSession,
    response: Response,
    from_size: Annotated[
        int, Query(alias="from", ge=1, le=MAX_SIZE, description="The older tree size."), AsciiDigits
    ],
    to_size: Annotated[
        int, Query(alias="to", ge=1, le=MAX_SIZE, description="The newer tree size."), AsciiDigits
    ],
) -> ConsistencyProof:
    """The RFC 9162 proof that the tree of `to` leaves extends the tree of
    `from` leaves: that nothing logged by then was changed or removed."""
    proof = await service.consistency(db, from_size, to_size)
    response.headers["Cache-Control"] = IMMUTABLE
    return proof
