"""ASGI middleware: a request id for every request (echoed in X-Request-ID),
its metrics, and one log line when it is answered."""

from __future__ import annotations

import logging
import re
import time
import uuid
from functools import lru_cache

from prometheus_client import Counter, Histogram
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.observability import metrics
from app.observability.logs import request_id

logger = logging.getLogger("daybook.requests")
# A proxy's id is kept if it is short and plain, so logs can be matched up.
_INCOMING_ID = re.compile(rb"[A-Za-z0-9._-]{1,64}")
_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}


def _request_id(scope: Scope) -> str:
    given = dict(scope["headers"]).get(b"x-request-id")
    if given is not None and _INCOMING_ID.fullmatch(given):
        return str(given.decode("ascii"))
    return uuid.uuid4().hex


class RequestObserver:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = _request_id(scope)
        token = request_id.set(rid)
        started = time.perf_counter()
        answered: list[tuple[int, float]] = []

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).append("X-Request-ID", rid)
                answered.append((message["status"], time.perf_counter() - started))
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            status, elapsed = answered[0] if answered else (500, time.perf_counter() - started)
            _record(scope, rid, status, elapsed)
            request_id.reset(token)


# Bounded by the routes, methods and statuses there are: each child is looked
# up once (a lock and label checks in prometheus_client), not on every request.
@lru_cache(maxsize=4096)
def _children(method: str, route: str, status: int) -> tuple[Counter, Histogram]:
    return (
        metrics.REQUESTS.labels(method, route, str(status)),
        metrics.LATENCY.labels(method, route),
    )


def _record(scope: Scope, rid: str, status: int, elapsed: float) -> None:
    # The route's template (set by the router), never the path with its ids.
    route = getattr(scope.get("route"), "path", "unmatched")
    method = scope["method"] if scope["method"] in _METHODS else "other"
    requests, latency = _children(method, route, status)
    requests.inc()
    latency.observe(elapsed)
    logger.info(
        "request",
        extra={
            "request_id": rid,
            "method": method,
            "route": route,
            "status": status,
            "duration_ms": round(elapsed * 1000, 1),
        },
    )
