"""ASGI middleware that refuses request bodies over the configured size."""

from __future__ import annotations

import re
from collections.abc import Sequence

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import language
from app.errors import problem_response


class BodyLimit:
    """`max_bytes` for every request, except paths matching one of `exceptions`
    (a pattern and its own limit), such as chunk uploads."""

    def __init__(
        self, app: ASGIApp, max_bytes: int, exceptions: Sequence[tuple[str, int]] = ()
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.exceptions = [(re.compile(pattern), limit) for pattern, limit in exceptions]

    def _limit(self, path: str) -> int:
        for pattern, limit in self.exceptions:
            if pattern.fullmatch(path):
                return limit
        return self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope["path"])
        detail = f"Request bodies here are limited to {limit} bytes."
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            response = problem_response(
                413,
                "payload-too-large",
                "Request body too large",
                detail,
                language=language.of_scope(scope),
            )
            await response(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            # A chunked body has no Content-Length: count as it arrives.
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                # FastAPI passes an HTTPException from the body reader through
                # unchanged (any other exception would become a bare 400).
                raise HTTPException(413, detail)
            return message

        await self.app(scope, counted, send)
