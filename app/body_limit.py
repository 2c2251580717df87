"""ASGI middleware that refuses request bodies over the configured size."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import problem_response


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    @property
    def _detail(self) -> str:
        return f"Request bodies are limited to {self.max_bytes} bytes."

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            response = problem_response(
                413, "payload-too-large", "Request body too large", self._detail
            )
            await response(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            # A chunked body has no Content-Length: count as it arrives.
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                # FastAPI passes an HTTPException from the body reader through
                # unchanged (any other exception would become a bare 400).
                raise HTTPException(413, self._detail)
            return message

        await self.app(scope, counted, send)
