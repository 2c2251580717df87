"""Numbers past what the database's columns hold are refused as bad input,
never passed to a query (PostgreSQL would fail it with a 500)."""

from __future__ import annotations

import httpx
import pytest

from app.protocol.encoding import b64encode
from tests.writers import Writer, incident

HUGE = str(2**40)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/v1/entries/{entry}/versions/" + HUGE, {}),
        ("/v1/entries/{entry}/versions/" + "9" * 30, {}),
        ("/v1/entries/{entry}/versions", {"after": HUGE}),
        ("/v1/sync", {"cursor": "9" * 19}),
        ("/v1/account/security-events", {"before": "9" * 25}),
    ],
)
async def test_reads_refuse_numbers_out_of_range(
    http: httpx.AsyncClient, victim: Writer, path: str, params: dict[str, str]
) -> None:
    written = await victim.diary.add(incident("one"))
    assert victim.api.tokens is not None
    response = await http.get(
        path.format(entry=written.entry_id),
        params=params,
        headers={"Authorization": f"Bearer {victim.api.tokens.access_token}"},
    )
    assert response.status_code in (400, 422), response.text


async def test_an_edit_on_a_huge_base_version_is_refused(
    http: httpx.AsyncClient, victim: Writer
) -> None:
    written = await victim.diary.add(incident("one"))
    assert victim.api.tokens is not None
    body = {
        "base_version": 2**40,
        "ciphertext": "AA",
        "commitment": "AA",
        "signature": b64encode(bytes(64)),
    }
    response = await http.post(
        f"/v1/entries/{written.entry_id}/versions",
        json=body,
        headers={"Authorization": f"Bearer {victim.api.tokens.access_token}"},
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["loc"] == ["body", "base_version"]
