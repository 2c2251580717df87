"""GET /metrics for Prometheus, behind its own token."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Depends, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.errors import NotFound, Unauthenticated
from app.evidence import repository as evidence
from app.observability.metrics import exposition
from app.problem_docs import raises
from app.state import DbSession, State

router = APIRouter(tags=["operations"])
scraper = HTTPBearer(
    scheme_name="MetricsToken",
    auto_error=False,
    description="DAYBOOK_METRICS_TOKEN, not an account's access token.",
)


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {}}, "description": "Prometheus text format."}},
)
@raises(NotFound, Unauthenticated)
async def prometheus_metrics(
    state: State,
    db: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(scraper)],
) -> Response:
    """Request counts and latency per route, upload bytes and the log's size.
    404 unless DAYBOOK_METRICS_TOKEN is set; then that token is the credential."""
    token = state.settings.metrics_token
    if token is None:
        raise NotFound("Metrics are off: set DAYBOOK_METRICS_TOKEN to turn them on.")
    given = "" if credentials is None else credentials.credentials
    if not hmac.compare_digest(given.encode(), token.get_secret_value().encode()):
        raise Unauthenticated("Send `Authorization: Bearer <DAYBOOK_METRICS_TOKEN>`.")
    body = exposition(await evidence.size(db))
    return Response(body, media_type="text/plain; version=0.0.4; charset=utf-8")
