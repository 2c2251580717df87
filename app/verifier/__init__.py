"""The police verifier, daybook-verify.html, served at /verify.

The file is the build of web/verifier (committed here; `npm run check` in web/
fails when it is stale): one self-contained page that verifies an evidence
bundle in the browser, offline. It is served as a file to save and open from
disk as much as a page; its own Content-Security-Policy (a meta tag) allows
nothing outside it, and the same policy is sent as a header, with framing
refused, since a header can say that and a meta tag cannot."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import Response

PAGE = Path(__file__).resolve().parent / "daybook-verify.html"
VERIFY_URL = "/verify"
_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


@cache
def _page() -> tuple[bytes, str]:
    data = PAGE.read_bytes()
    found = _CSP.search(data.decode("utf-8"))
    if found is None:
        raise RuntimeError(f"{PAGE} carries no Content-Security-Policy")
    return data, f"{found.group(1)}; frame-ancestors 'none'"


def serve_verifier(app: FastAPI) -> None:
    @app.get(VERIFY_URL, include_in_schema=False)
    async def verifier() -> Response:
        data, policy = _page()
        return Response(
            data,
            media_type="text/html; charset=utf-8",
            headers={
                "Content-Security-Policy": policy,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
                "Cache-Control": "no-cache",
            },
        )
