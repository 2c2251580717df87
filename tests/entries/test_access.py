"""Another victim, and an advocate the victim has granted nothing, get 404 on
every entry and attachment route of the victim's objects, exactly as for ids
that do not exist, and change nothing. (Anonymous callers get 401 on all of
them: tests/test_authorization.py.)"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from app.client.attachments import PendingUpload, upload
from app.client.diary import Replica, version_body
from app.models import Account, Role
from app.protocol.digest_header import format_sha256
from tests.writers import Writer, incident

Route = tuple[str, str]

ENTRY_ROUTES: list[Route] = [
    ("PUT", "/v1/entries/{entry_id}"),
    ("GET", "/v1/entries/{entry_id}"),
    ("DELETE", "/v1/entries/{entry_id}"),
    ("POST", "/v1/entries/{entry_id}/versions"),
    ("GET", "/v1/entries/{entry_id}/versions"),
    ("GET", "/v1/entries/{entry_id}/versions/{version}"),
]
ATTACHMENT_ROUTES: list[Route] = [
    ("PUT", "/v1/attachments/{attachment_id}"),
    ("GET", "/v1/attachments/{attachment_id}"),
    ("DELETE", "/v1/attachments/{attachment_id}"),
    ("PUT", "/v1/attachments/{attachment_id}/chunks/{index}"),
    ("PUT", "/v1/attachments/{attachment_id}/chunks/{first}/run"),
    ("POST", "/v1/attachments/{attachment_id}/finalize"),
    ("GET", "/v1/attachments/{attachment_id}/content"),
]


def bearer(writer: Writer) -> dict[str, str]:
    assert writer.api.tokens is not None
    return {"Authorization": f"Bearer {writer.api.tokens.access_token}"}


async def victims_objects(victim: Writer, tmp_path: Path) -> tuple[uuid.UUID, uuid.UUID, Any]:
    """An entry with an attachment, and a second upload no entry references yet."""
    photo = tmp_path / "doorstep.jpg"
    photo.write_bytes(os.urandom(3000))
    reference = await upload(victim.api, PendingUpload.plan(photo))
    written = await victim.diary.add(incident("He left a note.", attachments=[reference]))
    loose = PendingUpload.plan(photo)
    await victim.api.start_upload(loose.attachment_id, loose.ciphertext_size)
    return written.entry_id, loose.attachment_id, written


def request_for(
    route: Route, writer: Writer, victim: Writer, entry_id: uuid.UUID, attachment_id: uuid.UUID
) -> dict[str, Any]:
    """A well-formed request by `writer` on the victim's objects, signed with the caller's key."""
    method, template = route
    path = template.format(
        entry_id=entry_id, attachment_id=attachment_id, version=1, index=0, first=0
    )
    body: dict[str, Any] = {}
    if route == ("PUT", "/v1/entries/{entry_id}"):
        body["json"] = {"key_grant": {"envelope": "AA", "signature": "AA"}, "version": {}}
    elif route == ("POST", "/v1/entries/{entry_id}/versions"):
        fake = version_body(writer.me, entry_id, 2, b"\0" * 32, incident("forged"), b"k" * 32)
        body["json"] = {**fake, "base_version": 1}
    elif route == ("PUT", "/v1/attachments/{attachment_id}"):
        body["json"] = {"ciphertext_size": 3016}
    elif route[1].endswith(("/chunks/{index}", "/chunks/{first}/run")):
        chunk = os.urandom(3016)
        body["content"] = chunk
        body["headers"] = {"Content-Digest": format_sha256(hashlib.sha256(chunk).digest())}
    elif route[1].endswith("/finalize"):
        body["json"] = {"ciphertext_sha256": "A" * 43}
    headers = {**body.pop("headers", {}), **bearer(writer)}
    return {"method": method, "url": path, "headers": headers, **body}


async def as_advocate(application: FastAPI, writer: Writer) -> Writer:
    """Advocates register like anyone (their organisation makes them advocates)."""
    async with application.state.daybook.sessionmaker() as db:
        await db.execute(
            update(Account).where(Account.id == writer.me.account_id).values(role=Role.ADVOCATE)
        )
        await db.commit()
    return writer


@pytest.mark.parametrize("intruder", ["other victim", "advocate without a grant"])
@pytest.mark.parametrize("route", ENTRY_ROUTES + ATTACHMENT_ROUTES, ids=lambda r: f"{r[0]} {r[1]}")
async def test_another_account_gets_404_and_changes_nothing(
    http: httpx.AsyncClient,
    application: FastAPI,
    victim: Writer,
    other: Writer,
    tmp_path: Path,
    route: Route,
    intruder: str,
) -> None:
    if intruder == "advocate without a grant":
        other = await as_advocate(application, other)
    entry_id, loose_id, written = await victims_objects(victim, tmp_path)
    attachment_id = uuid.UUID(written.incident["attachments"][0]["attachment_id"])
    target = loose_id if route[0] in {"PUT", "POST"} else attachment_id
    before = Replica()
    await victim.diary.sync(before)

    response = await http.request(**request_for(route, other, victim, entry_id, target))
    if route == ("PUT", "/v1/entries/{entry_id}"):
        # Creating under a used id never reveals or touches the entry: refused as
        # malformed before any lookup, or as a taken id.
        assert response.status_code in (409, 422), response.text
    elif route == ("PUT", "/v1/attachments/{attachment_id}"):
        assert response.status_code == 409, response.text
    else:
        assert response.status_code == 404, response.text
        assert response.json()["code"] == "not-found"
        unknown = await http.request(
            **request_for(route, other, victim, uuid.uuid4(), uuid.uuid4())
        )
        assert unknown.status_code == 404
        assert unknown.json()["detail"] == response.json()["detail"]

    after = Replica()
    await victim.diary.sync(after)
    assert after.entries == before.entries
    history = await victim.diary.history(entry_id)
    assert [v.incident["description"] for v in history] == ["He left a note."]
    status = await victim.api.attachment(loose_id)
    assert status["missing_chunks"] == [0]
