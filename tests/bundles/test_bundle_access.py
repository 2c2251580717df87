"""Another victim and an advocate get 404 on every route of the victim's
bundle, exactly as for an id that does not exist, and change nothing; a
download link works without an account until it expires or is revoked.
(Anonymous callers get 401 on every bundle route: tests/test_authorization.py.)"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from app.models import BundleLink
from tests.bundles.flow import bundle_of, write_entries
from tests.entries.test_access import as_advocate, bearer
from tests.writers import Writer

Route = tuple[str, str]

BUNDLE_ROUTES: list[Route] = [
    ("PUT", "/v1/bundles/{bundle_id}"),
    ("GET", "/v1/bundles/{bundle_id}"),
    ("DELETE", "/v1/bundles/{bundle_id}"),
    ("PUT", "/v1/bundles/{bundle_id}/entries"),
    ("POST", "/v1/bundles/{bundle_id}/seal"),
    ("GET", "/v1/bundles/{bundle_id}/zip"),
    ("POST", "/v1/bundles/{bundle_id}/links"),
    ("GET", "/v1/bundles/{bundle_id}/links"),
    ("DELETE", "/v1/bundles/{bundle_id}/links/{link_id}"),
]


def _body(route: Route, entry_id: uuid.UUID) -> dict[str, Any] | None:
    if route == ("PUT", "/v1/bundles/{bundle_id}"):
        return {"recipient_key": "A" * 43}
    if route[1].endswith("/entries"):
        item = {
            "entry_id": str(entry_id),
            "versions": 1,
            "wrapped_key": "AQAgAAEAAg",
            "package": "AQ",
        }
        return {"entries": [item]}
    if route[1].endswith("/seal"):
        return {"statement": "AA", "signature": "A" * 86, "mac": "A" * 43}
    if route[1].endswith("/links") and route[0] == "POST":
        return {}
    return None


async def _call(
    http: httpx.AsyncClient,
    route: Route,
    caller: Writer,
    bundle_id: uuid.UUID,
    link_id: uuid.UUID,
    entry_id: uuid.UUID,
) -> httpx.Response:
    method, template = route
    path = template.format(bundle_id=bundle_id, link_id=link_id)
    return await http.request(method, path, json=_body(route, entry_id), headers=bearer(caller))


@pytest.mark.parametrize("intruder", ["other victim", "advocate"])
@pytest.mark.parametrize("route", BUNDLE_ROUTES, ids=lambda r: f"{r[0]} {r[1]}")
async def test_another_account_gets_404_and_changes_nothing(
    http: httpx.AsyncClient,
    application: FastAPI,
    victim: Writer,
    other: Writer,
    tmp_path: Path,
    route: Route,
    intruder: str,
) -> None:
    if intruder == "advocate":
        other = await as_advocate(application, other)
    (entry_id,) = await write_entries(victim, tmp_path, 1)
    created = await bundle_of(victim)
    link = await victim.api.call("POST", f"/v1/bundles/{created.bundle_id}/links", json={})
    link_id = uuid.UUID(link["id"])
    before = await victim.api.call("GET", f"/v1/bundles/{created.bundle_id}")

    response = await _call(http, route, other, created.bundle_id, link_id, entry_id)
    if route == ("PUT", "/v1/bundles/{bundle_id}"):
        # Creating under a used id reveals nothing but that the id is taken.
        assert response.status_code == 409, response.text
        assert response.json()["code"] == "bundle-id-taken"
    else:
        assert response.status_code == 404, response.text
        unknown = await _call(http, route, other, uuid.uuid4(), uuid.uuid4(), entry_id)
        assert unknown.status_code == 404
        assert unknown.json()["detail"] == response.json()["detail"]

    assert await victim.api.call("GET", f"/v1/bundles/{created.bundle_id}") == before
    links = await victim.api.call("GET", f"/v1/bundles/{created.bundle_id}/links")
    assert [k["revoked_at"] for k in links["links"]] == [None]


async def test_a_link_works_without_an_account_until_revoked_or_expired(
    http: httpx.AsyncClient, application: FastAPI, victim: Writer, tmp_path: Path
) -> None:
    await write_entries(victim, tmp_path, 2)
    created = await bundle_of(victim)
    base = f"/v1/bundles/{created.bundle_id}/links"
    first = await victim.api.call("POST", base, json={"expires_in_seconds": 3600})
    second = await victim.api.call("POST", base, json={})

    owned = await http.get(f"/v1/bundles/{created.bundle_id}/zip", headers=bearer(victim))
    by_link = await http.get(first["path"])
    assert by_link.status_code == 200
    assert by_link.headers["content-type"] == "application/zip"
    assert by_link.content == owned.content

    await victim.api.call("DELETE", f"{base}/{first['id']}")
    revoked = await http.get(first["path"])
    assert revoked.status_code == 410
    assert revoked.json()["code"] == "link-expired"

    async with application.state.daybook.sessionmaker() as db:
        past = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
        await db.execute(
            update(BundleLink)
            .where(BundleLink.id == uuid.UUID(second["id"]))
            .values(expires_at=past)
        )
        await db.commit()
    assert (await http.get(second["path"])).status_code == 410
    assert (await http.get("/v1/bundle-downloads/dbl_" + "x" * 43)).status_code == 404
    listed = await victim.api.call("GET", base)
    assert [k["downloads"] for k in listed["links"]] == [1, 0]
