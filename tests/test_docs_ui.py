"""/docs and /redoc work without internet: every script, style sheet and icon
they name is served by Daybook itself, and nothing in the pages points at a
third-party origin (a CDN would see who reads the docs, and offline the page
would be blank)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import httpx
import pytest


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [v for k, v in attrs if k in ("src", "href", "spec-url") and v]


def references(page: str) -> list[str]:
    parser = _References()
    parser.feed(page)
    return parser.found


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_docs_pages_load_nothing_from_another_origin(
    http: httpx.AsyncClient, page: str
) -> None:
    answer = await http.get(page)
    assert answer.status_code == 200
    named = references(answer.text)
    assert any(url.endswith(".js") for url in named)
    for url in named:
        assert not urlsplit(url).netloc, f"{page} loads {url} from another origin"
        asset = await http.get(url)
        assert asset.status_code == 200, url
        assert asset.content, url
    # Origins named in inline scripts too (for example a validator badge).
    assert not re.findall(r"https?://", answer.text), answer.text


async def test_swagger_ui_shows_no_validator_badge(http: httpx.AsyncClient) -> None:
    page = (await http.get("/docs")).text
    assert '"validatorUrl": null' in page
