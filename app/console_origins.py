"""Cross-origin access for a console the organisation hosts itself or opens from
disk (DAYBOOK_CONSOLE_ORIGINS): Starlette's CORSMiddleware, allowing exactly the
listed origins, the methods and headers the console sends, and the header it
reads; never `*`, never credentials.

CORS is not what keeps a diary safe: every call needs a bearer token, which a
browser never adds by itself, and any program outside a browser can call the API
anyway. It only lets the listed pages read the answers to the calls they make."""

from __future__ import annotations

import re

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from app import language as languages
from app.errors import problem_response

# What a browser sends as Origin: a scheme, a host and perhaps a port; `null` from a
# file:// page (and from any sandboxed frame: the docs say what allowing it means).
_ORIGIN = re.compile(r"https?://(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?")
NULL_ORIGIN = "null"
METHODS = ("GET", "POST", "PUT", "DELETE")
# Authorization: the bearer token; Content-Digest: attachment chunks (web/sdk).
REQUEST_HEADERS = ("Authorization", "Content-Type", "Content-Digest")
# The SDK reads Retry-After on 429 and 503; Content-Type is readable anyway.
EXPOSED_HEADERS = ("Retry-After",)
PREFLIGHT_SECONDS = 600


def is_exact_origin(origin: str) -> bool:
    return origin == NULL_ORIGIN or _ORIGIN.fullmatch(origin) is not None


class ConsoleOrigins(CORSMiddleware):
    """A page from an origin not listed gets no CORS header at all (Starlette would
    still expose Retry-After to it), and a refused preflight answers a problem."""

    def __init__(self, app: ASGIApp, origins: list[str]) -> None:
        super().__init__(
            app,
            allow_origins=origins,
            allow_methods=METHODS,
            allow_headers=REQUEST_HEADERS,
            expose_headers=EXPOSED_HEADERS,
            allow_credentials=False,
            max_age=PREFLIGHT_SECONDS,
        )

    async def simple_response(
        self, scope: Scope, receive: Receive, send: Send, request_headers: Headers
    ) -> None:
        origin = request_headers.get("origin")
        if origin is not None and self.is_allowed_origin(origin):
            await super().simple_response(scope, receive, send, request_headers)
        else:
            await self.app(scope, receive, send)

    def preflight_response(self, request_headers: Headers) -> Response:
        answer = super().preflight_response(request_headers)
        if answer.status_code == 200:
            return answer
        return problem_response(
            403,
            "cross-origin-refused",
            "Cross-origin call refused",
            "This server does not let pages from this origin call it with these methods "
            "and headers (DAYBOOK_CONSOLE_ORIGINS).",
            language=languages.negotiate(request_headers.get("accept-language")),
        )
