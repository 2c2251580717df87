"""Routes whose body may be larger than the default limit read it only once
the caller is known (app/sessions/bodies.py), and answer every body as they
did when FastAPI read it first. The same over a socket, with the body never
sent, is in tests/scale/test_slow_clients.py."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from app.entries.schemas import MAX_BATCH_BODY_BYTES
from tests.advocacy.people import Member
from tests.writers import Writer

SOME_ID = uuid.UUID("3f1c2a4e-8d6b-4c1a-9e2f-5b7a0c9d1e23")  # fixed: xdist collects on each worker
# Every authenticated route whose body limit is above the default 64 KiB.
LARGE_BODIES = [
    ("POST", "/v1/entries/batch"),
    ("PUT", f"/v1/bundles/{SOME_ID}/entries"),
    ("PUT", f"/v1/entries/{SOME_ID}"),
    ("POST", f"/v1/entries/{SOME_ID}/versions"),
    ("PUT", f"/v1/case-documents/{SOME_ID}"),
    ("POST", f"/v1/case-documents/{SOME_ID}/versions"),
    ("POST", "/v1/assignment/handover"),
]
JSON = {"Content-Type": "application/json"}
BODY = pytest.mark.parametrize(("method", "path"), LARGE_BODIES)


def _bearer(writer: Writer) -> dict[str, str]:
    assert writer.api.tokens is not None
    return {"Authorization": f"Bearer {writer.api.tokens.access_token}"}


def _problem(answer: httpx.Response) -> tuple[int, str, list[tuple[str, ...]]]:
    found = answer.json()
    assert found["status"] == answer.status_code
    return answer.status_code, found["code"], [tuple(e["loc"]) for e in found.get("errors", [])]


@BODY
@pytest.mark.parametrize("token", [None, "unknown"])
async def test_an_unknown_caller_is_refused_before_the_body_is_read(
    http: httpx.AsyncClient, method: str, path: str, token: str | None
) -> None:
    # Unreadable bodies: were the body read first, each would be a 400.
    headers = {**JSON, **({"Authorization": f"Bearer {token}"} if token else {})}
    for body in (b"{", b'{"a": "\xff"}', b"[" * 100_000):
        answer = await http.request(method, path, content=body, headers=headers)
        assert _problem(answer) == (401, "unauthenticated", [])


@BODY
async def test_bodies_are_answered_as_when_read_first(
    http: httpx.AsyncClient, victim: Writer, method: str, path: str
) -> None:
    signed_in = _bearer(victim)

    async def send(body: bytes, headers: dict[str, str]) -> tuple[int, str, list[tuple[str, ...]]]:
        answer = await http.request(method, path, content=body, headers={**signed_in, **headers})
        return _problem(answer)

    assert await send(b"{", JSON) == (400, "malformed-json", [])
    assert await send(b'{"a": "\xff"}', JSON) == (400, "malformed-body", [])
    assert await send(b"[" * 100_000, JSON) == (400, "too-deeply-nested", [])
    assert await send(b"", JSON) == (422, "validation-failed", [("body",)])
    assert await send(b"null", JSON) == (422, "validation-failed", [("body",)])
    # Not declared JSON: validated as bytes, which no model accepts.
    assert await send(b"{}", {"Content-Type": "text/plain"}) == (
        422,
        "validation-failed",
        [("body",)],
    )
    status, code, where = await send(b'{"surplus": 1}', JSON)
    assert (status, code) == (422, "validation-failed")
    assert ("body", "surplus") in where
    oversized = {**JSON, "Content-Length": str(MAX_BATCH_BODY_BYTES + 1)}
    assert (await send(b"{}", oversized))[:2] == (413, "payload-too-large")


async def test_the_errors_name_the_body_and_the_path_together(
    http: httpx.AsyncClient, victim: Writer
) -> None:
    answer = await http.put(
        "/v1/entries/not-an-id",
        content=b'{"surplus": 1}',
        headers={**_bearer(victim), **JSON, "Accept-Language": "cy"},
    )
    status, code, where = _problem(answer)
    assert (status, code) == (422, "validation-failed")
    assert where[0] == ("path", "entry_id")
    assert ("body", "surplus") in where
    assert answer.headers["Content-Language"] == "cy"


async def test_a_body_sent_in_chunks_past_the_limit_is_refused(
    http: httpx.AsyncClient, victim: Writer
) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(9):
            yield b" " * (1024 * 1024)

    answer = await http.post(
        "/v1/entries/batch", content=chunks(), headers={**_bearer(victim), **JSON}
    )
    assert _problem(answer)[:2] == (413, "payload-too-large")


async def test_a_caller_who_may_not_approve_is_refused_before_the_body(
    http: httpx.AsyncClient, admin: Member
) -> None:
    assert admin.api.tokens is not None
    headers: dict[str, Any] = {"Authorization": f"Bearer {admin.api.tokens.access_token}", **JSON}
    answer = await http.post("/v1/assignment/handover", content=b"{", headers=headers)
    assert _problem(answer)[:2] == (403, "forbidden")
