from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Response, status
from fastapi.responses import StreamingResponse

from app.bundles import service
from app.bundles.schemas import (
    BundleCreate,
    BundleEntriesIn,
    BundleList,
    BundleOut,
    BundleSeal,
    LinkCreate,
    LinkCreated,
    LinkList,
    LinkOut,
)
from app.errors import Gone, NotFound
from app.evidence.key_history import LogKeyNotCurrent
from app.evidence.router import LogSigner
from app.models import Bundle, BundleLink
from app.problem_docs import raises
from app.protocol.encoding import b64encode
from app.sessions.bodies import authenticated_json
from app.sessions.dependencies import CurrentCaller
from app.state import DbSession, State
from app.version_checks import StaleVersion

router = APIRouter(prefix="/v1/bundles", tags=["bundles"])
public_router = APIRouter(prefix="/v1/bundle-downloads", tags=["bundles"])

_ZIP: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}},
        "description": "The bundle ZIP (docs/protocol, evidence bundles), streamed.",
    }
}
Token = Annotated[str, Path(min_length=8, max_length=128, pattern=r"^dbl_[A-Za-z0-9_-]+$")]


def bundle_out(found: service.BundleView) -> BundleOut:
    bundle, totals = found.bundle, found.totals
    return BundleOut(
        id=bundle.id,
        status=bundle.status.value,
        created_at=bundle.created_at,
        sealed_at=bundle.sealed_at,
        entry_count=totals.entries,
        attachment_count=totals.attachments,
        attachment_bytes=totals.attachment_bytes,
        checkpoint_size=bundle.checkpoint_size,
    )


def link_out(link: BundleLink) -> LinkOut:
    return LinkOut(
        id=link.id,
        created_at=link.created_at,
        expires_at=link.expires_at,
        revoked_at=link.revoked_at,
        downloads=link.downloads,
        token_sha256=b64encode(link.token_sha256),
    )


def zip_response(state: State, bundle: Bundle) -> StreamingResponse:
    # The ZIP writer and the RFC 3161 library (for the certificates' PEM),
    # some 8 MiB, load with the first download, not in every worker at start.
    from app.bundles.assembly import Assembly

    assembly = Assembly(
        bundle=bundle,
        sessionmaker=state.sessionmaker,
        blobs=state.blobs,
        witnesses=[w.name for w in state.settings.witness_keys],
        tsa_certificates=state.settings.tsa_certificate,
    )
    return StreamingResponse(
        assembly.stream(),
        media_type="application/zip",
        headers={
            "Content-Disposition": f'attachment; filename="{assembly.file_name}"',
            "Cache-Control": "no-store",
        },
    )


@router.put(
    "/{bundle_id}",
    response_model=BundleOut,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": BundleOut, "description": "The bundle already exists."}},
)
@raises(service.BundleIdTaken)
async def create_bundle(
    bundle_id: uuid.UUID,
    body: BundleCreate,
    caller: CurrentCaller,
    db: DbSession,
    response: Response,
) -> BundleOut:
    """Start a bundle under an id the device chose, for the X25519 public key
    derived from a fresh bundle key. Repeating the request answers 200."""
    found, created = await service.create(db, caller.account, bundle_id, body)
    if not created:
        response.status_code = status.HTTP_200_OK
    return bundle_out(found)


@router.get("", response_model=BundleList)
async def list_bundles(caller: CurrentCaller, db: DbSession) -> BundleList:
    """The caller's bundles, oldest first."""
    return BundleList(bundles=[bundle_out(b) for b in await service.list_(db, caller.account)])


@router.get("/{bundle_id}", response_model=BundleOut)
async def get_bundle(bundle_id: uuid.UUID, caller: CurrentCaller, db: DbSession) -> BundleOut:
    return bundle_out(await service.view(db, caller.account, bundle_id))


@router.delete("/{bundle_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_bundle(bundle_id: uuid.UUID, caller: CurrentCaller, db: DbSession) -> None:
    """Delete the bundle and every download link to it (the entries stay)."""
    await service.delete(db, caller.account, bundle_id)


@router.put("/{bundle_id}/entries", response_model=BundleOut)
@raises(
    service.BundleSealed,
    service.BadBundleEntry,
    Gone,
    NotFound,
    StaleVersion,
    service.BundleEntryConflict,
)
async def add_entries(
    bundle_id: uuid.UUID,
    body: Annotated[BundleEntriesIn, authenticated_json(BundleEntriesIn)],
    caller: CurrentCaller,
    db: DbSession,
) -> BundleOut:
    """Add up to 100 entries: each one's wrapped export key and sealed package,
    at its current version, with the attachments whose files go in. Sending an
    entry again with the same content changes nothing."""
    return bundle_out(await service.add_entries(db, caller.account, bundle_id, body.entries))


@router.post("/{bundle_id}/seal", response_model=BundleOut)
@raises(service.BundleSealed, service.BadStatement, LogKeyNotCurrent)
async def seal_bundle(
    bundle_id: uuid.UUID, body: BundleSeal, caller: CurrentCaller, db: DbSession, signer: LogSigner
) -> BundleOut:
    """Seal the bundle with the victim's signed statement. The server checks the
    statement against the entries it holds and fixes the signed checkpoint that
    every proof in the ZIP leads to; nothing can be added afterwards."""
    return bundle_out(await service.seal(db, caller.account, bundle_id, body, signer))


@router.get("/{bundle_id}/zip", response_class=StreamingResponse, responses=_ZIP)
@raises(service.BundleNotSealed, service.BundleStale)
async def download_bundle(
    bundle_id: uuid.UUID, caller: CurrentCaller, db: DbSession, state: State
) -> StreamingResponse:
    """The sealed bundle as one ZIP, assembled while it streams."""
    return zip_response(state, await service.owned_download(db, caller.account, bundle_id))


@router.post("/{bundle_id}/links", response_model=LinkCreated, status_code=status.HTTP_201_CREATED)
@raises(service.BundleNotSealed, service.BundleStale)
async def create_link(
    bundle_id: uuid.UUID, body: LinkCreate, caller: CurrentCaller, db: DbSession
) -> LinkCreated:
    """A download link for the police: no account needed, expires, revocable.
    The token is shown only in this answer."""
    link, token = await service.create_link(db, caller.account, bundle_id, body)
    return LinkCreated(
        **link_out(link).model_dump(), token=token, path=f"{public_router.prefix}/{token}"
    )


@router.get("/{bundle_id}/links", response_model=LinkList)
async def list_links(bundle_id: uuid.UUID, caller: CurrentCaller, db: DbSession) -> LinkList:
    return LinkList(links=[link_out(k) for k in await service.links(db, caller.account, bundle_id)])


@router.delete("/{bundle_id}/links/{link_id}", status_code=status.HTTP_204_NO_CONTENT)
async def revoke_link(
    bundle_id: uuid.UUID, link_id: uuid.UUID, caller: CurrentCaller, db: DbSession
) -> None:
    """Revoke a link at once; it answers 410 from then on."""
    await service.revoke_link(db, caller.account, bundle_id, link_id)


@public_router.get("/{token}", response_class=StreamingResponse, responses=_ZIP)
@raises(service.LinkExpired, service.BundleNotSealed, service.BundleStale)
async def download_by_link(token: Token, db: DbSession, state: State) -> StreamingResponse:
    """The bundle a download link opens, without an account: 404 for an unknown
    token, 410 once it expired or was revoked."""
    return zip_response(state, await service.by_link(db, token))
