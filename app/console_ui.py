"""The advocate's and admin's console (web/console, built into app/static/console),
served at /console as static files under a strict Content-Security-Policy, and
`Cache-Control: no-store` on every API answer that does not set its own.

The CSP lets the page load script, style and connections from this origin only:
no inline script, no third party. `'wasm-unsafe-eval'` lets it compile the
Argon2id and SHA-256 WebAssembly it carries (it allows no JavaScript eval).
Decrypted evidence is shown through blob: URLs, hence blob: for images, media
and the PDF frame."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONSOLE_DIR = Path(__file__).parent / "static" / "console"
CONSOLE_URL = "/console"
CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "connect-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:; "
    "frame-src blob:; worker-src 'self'; object-src 'none'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'self'"
)
CONSOLE_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    # Revalidate each time, so a fixed or withdrawn console reaches every desk at once.
    "Cache-Control": "no-cache",
}


class ConsoleHeaders:
    """The console's security headers on /console; `no-store` on API answers that
    name no caching of their own (diary ciphertext, cases, notes, tokens)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        console = scope["path"] == CONSOLE_URL or scope["path"].startswith(CONSOLE_URL + "/")

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if console:
                    for name, value in CONSOLE_HEADERS.items():
                        headers[name] = value
                elif "cache-control" not in headers:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, sending)


def serve_console(app: FastAPI) -> None:
    """Mount the built console; a checkout without a build serves none."""
    if (CONSOLE_DIR / "index.html").is_file():
        app.mount(CONSOLE_URL, StaticFiles(directory=CONSOLE_DIR, html=True), name="console")
    app.add_middleware(ConsoleHeaders)
