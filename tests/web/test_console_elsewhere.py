"""The console away from the API, in Debian's Chromium against a live server on
SQLite and PostgreSQL: opened from disk (the committed build, file://), and
hosted by the organisation on another loopback origin that sends the console's
headers with connect-src naming the API. The server lists both origins in
DAYBOOK_CONSOLE_ORIGINS (`null` for the page from disk). On each, the sign-in
page asks for the server's address, the advocate signs in and sees her case
and the entries shared with her, verified, and the address is remembered. A
third origin the server does not list gets no CORS header, so the browser lets
its console read nothing; an http address that is not this computer is refused
before anything is sent. axe-core finds nothing on these pages."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import httpx

from app.client.diary import Diary
from app.console_ui import CONSOLE_DIR, CONSOLE_HEADERS, CSP
from bench.server import free_port
from tests.web.browser import chromium
from tests.web.console_cast import console_cast
from tests.web.console_driver import drive
from tests.writers import incident


@contextmanager
def hosted(port: int, api: str) -> Iterator[str]:
    """The built console served as an organisation would: its own web server on
    another origin, with the console's headers and connect-src naming the API."""
    headers = {
        **CONSOLE_HEADERS,
        "Content-Security-Policy": CSP.replace("connect-src 'self'", f"connect-src {api}"),
    }

    class Handler(SimpleHTTPRequestHandler):
        def end_headers(self) -> None:
            for name, value in headers.items():
                self.send_header(name, value)
            super().end_headers()

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the test's output is pytest's."""

    server = ThreadingHTTPServer(("127.0.0.1", port), partial(Handler, directory=str(CONSOLE_DIR)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()


async def test_the_console_from_disk_and_from_another_origin(server_url: str | None) -> None:
    browser = chromium()
    listed_port, unlisted_port = free_port(), free_port()
    listed, unlisted = f"http://127.0.0.1:{listed_port}", f"http://127.0.0.1:{unlisted_port}"
    settings = {"DAYBOOK_CONSOLE_ORIGINS": f"null,{listed}"}
    async with console_cast(server_url, settings) as cast:
        api = cast.server.base_url
        diary = Diary(cast.victim_api, cast.robin)
        shared = await diary.add(incident("He waited outside the school gates.", day=4))
        await diary.add(incident("Not shared: my own note.", day=6))
        await cast.victim.share([shared.entry_id])

        async with httpx.AsyncClient(base_url=api) as plain:
            for origin, allowed in ((listed, listed), ("null", "null"), (unlisted, None)):
                answer = await plain.get("/v1/organisation", headers={"Origin": origin})
                assert answer.headers.get("access-control-allow-origin") == allowed, origin

        from_disk = (CONSOLE_DIR / "index.html").as_uri()
        with hosted(listed_port, api) as page, hosted(unlisted_port, api) as refused:
            seen = await drive(
                cast.server,
                browser,
                phase="elsewhere",
                username="alex",
                pages=[from_disk, f"{page}/"],
                unlisted_page=f"{refused}/",
            )
        for visit in seen["elsewhere"]:
            assert visit["cases"] == ["Robin"], visit
            assert visit["verified"] == ["He waited outside the school gates."], visit
            assert visit["remembered"] == api, visit
        assert [visit["before"] for visit in seen["elsewhere"]] == ["", ""]
        assert seen["not_https"] == "Could not sign in: the server address must start with https://"
        assert seen["unlisted"].startswith("Could not sign in:")
