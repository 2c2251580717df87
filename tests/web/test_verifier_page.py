"""daybook-verify.html: served at /verify as the committed build, with a policy
that allows nothing outside the file, and printed with its SHA-256 in the
README and docs/FOR-POLICE.md (web/verifier's `npm run check` also fails when
the committed file is not the build of its sources)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import httpx

from app.verifier import PAGE

ROOT = Path(__file__).resolve().parents[2]


def meta_policy(html: str) -> str:
    found = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert found is not None
    return found.group(1)


async def test_the_verifier_is_served_with_its_policy(http: httpx.AsyncClient) -> None:
    response = await http.get("/verify")
    assert response.status_code == 200
    assert response.content == PAGE.read_bytes()
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    policy = response.headers["content-security-policy"]
    assert policy == meta_policy(response.text) + "; frame-ancestors 'none'"


def test_the_page_allows_nothing_outside_itself() -> None:
    html = PAGE.read_text(encoding="utf-8")
    directives = dict(d.split(" ", 1) for d in meta_policy(html).split("; "))
    assert directives["default-src"] == "'none'"
    # The inline script, and WebAssembly compiled from bytes in it (never JavaScript's eval).
    assert re.fullmatch(r"'sha256-[A-Za-z0-9+/=]{44}' 'wasm-unsafe-eval'", directives["script-src"])
    assert re.fullmatch(r"'sha256-[A-Za-z0-9+/=]{44}'", directives["style-src"])
    assert directives["img-src"] == "blob: data:"
    # One inline script and one inline style, nothing loaded: no src or href to fetch.
    assert html.count("<script") == 1 and html.count("<style") == 1
    assert not re.search(r"<(script|link|img|iframe)[^>]*\b(src|href)=", html)


def test_the_printed_sha256_is_the_files() -> None:
    digest = hashlib.sha256(PAGE.read_bytes()).hexdigest()
    for doc in ("README.md", "docs/FOR-POLICE.md"):
        assert digest in (ROOT / doc).read_text(encoding="utf-8"), f"{doc} prints a stale hash"
