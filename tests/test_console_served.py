"""The console as the server serves it, without a browser: every file under its
Content-Security-Policy and byte for byte the build its SHA256SUMS names, no
inline script and no other origin in its page, and `no-store` on the API's
answers (a shared office computer's cache must not keep a case)."""

from __future__ import annotations

import hashlib
import re

import httpx

from app.console_ui import CONSOLE_DIR, CSP


def published() -> dict[str, str]:
    lines = (CONSOLE_DIR / "SHA256SUMS").read_text().splitlines()
    return {name: digest for digest, name in (line.split("  ") for line in lines)}


async def test_every_console_file_is_served_as_built_under_the_csp(
    http: httpx.AsyncClient,
) -> None:
    sums = published()
    assert set(sums) == {"index.html", "console.js", "console.css", "argon2-worker.js"}
    for name, digest in sums.items():
        answer = await http.get(f"/console/{name}")
        assert answer.status_code == 200
        assert hashlib.sha256(answer.content).hexdigest() == digest
        assert answer.headers["content-security-policy"] == CSP
        assert answer.headers["x-content-type-options"] == "nosniff"
    index = await http.get("/console/")
    assert index.headers["content-security-policy"] == CSP


async def test_the_page_has_no_inline_script_and_names_no_other_origin(
    http: httpx.AsyncClient,
) -> None:
    page = (await http.get("/console/")).text
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, re.DOTALL)
    assert scripts and all('src="' in attrs and body.strip() == "" for attrs, body in scripts)
    assert "//" not in " ".join(re.findall(r'(?:src|href)="([^"]*)"', page))
    assert "'unsafe-inline'" not in CSP and "'unsafe-eval'" not in CSP


async def test_api_answers_are_not_stored(http: httpx.AsyncClient) -> None:
    for path in ("/v1/cases", "/v1/organisation", "/healthz"):
        answer = await http.get(path)
        assert "no-store" in answer.headers["cache-control"], path


async def test_the_page_carries_the_same_policy_for_when_it_is_opened_from_disk(
    http: httpx.AsyncClient,
) -> None:
    """A page from disk has no HTTP header: its <meta> policy is the header's, but
    for connections (any https server, or http on this computer: the address is
    typed at sign-in) and framing (which a <meta> policy cannot set)."""
    page = (await http.get("/console/")).text
    [meta] = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    header = dict(d.split(" ", 1) for d in CSP.split("; "))
    assert dict(d.split(" ", 1) for d in meta.split("; ")) == {
        **{k: v for k, v in header.items() if k != "frame-ancestors"},
        "connect-src": "'self' https: http://127.0.0.1:* http://localhost:*",
    }
    # It comes before anything it governs.
    assert page.index(meta) < page.index("<link") < page.index("<script")
