"""What the server refuses while a bundle is made, and why: each answer a
problem document a client can act on; nothing is half-written."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest

from app.client.api import ApiError
from app.client.bundle_open import BundleInvalid, verify_bundle
from app.protocol.bundle import BundleKey
from app.protocol.commitment import canonical_json
from app.protocol.encoding import b64encode
from tests.bundles.flow import bundle_of, download, write_entries
from tests.entries.test_access import bearer
from tests.writers import Writer


async def test_an_edit_after_sealing_leaves_the_bundle_as_sealed(
    victim: Writer, tmp_path: Path
) -> None:
    (entry_id,) = await write_entries(victim, tmp_path / "..", 1, files_every=5)
    created = await bundle_of(victim)
    current = await victim.diary.current(entry_id)
    await victim.diary.append(current, {**current.latest.incident, "description": "later"})
    zipped = await download(victim, created, tmp_path / "bundle.zip")
    (incident,) = verify_bundle(zipped, created.key).pack.incidents
    assert [v.fields["description"] for v in incident.versions] == [
        "Incident 0: he was outside the flat again"
    ]


async def test_a_deleted_entry_makes_the_bundle_stale(
    http: httpx.AsyncClient, victim: Writer, tmp_path: Path
) -> None:
    ids = await write_entries(victim, tmp_path / "..", 2, files_every=5)
    created = await bundle_of(victim)
    await victim.diary.delete(ids[0])
    response = await http.get(f"/v1/bundles/{created.bundle_id}/zip", headers=bearer(victim))
    assert response.status_code == 409
    problem = response.json()
    assert problem["code"] == "bundle-stale"
    assert problem["deleted_entries"] == [str(ids[0])]


async def test_a_stale_version_and_a_foreign_entry_are_refused(
    victim: Writer, other: Writer, tmp_path: Path
) -> None:
    (mine,) = await write_entries(victim, tmp_path / "..", 1, files_every=5)
    (theirs,) = await write_entries(other, tmp_path / "..", 1, files_every=5)
    bundle_id = uuid.uuid4()
    key = BundleKey.generate()
    await victim.api.call(
        "PUT", f"/v1/bundles/{bundle_id}", json={"recipient_key": b64encode(key.public_bytes)}
    )

    def item(entry_id: uuid.UUID, versions: int) -> dict[str, object]:
        return {
            "entry_id": str(entry_id),
            "versions": versions,
            "wrapped_key": b64encode(bytes([1, 0, 0x20, 0, 1, 0, 2]) + bytes(48)),
            "package": b64encode(bytes([1]) + bytes(40)),
        }

    path = f"/v1/bundles/{bundle_id}/entries"
    with pytest.raises(ApiError) as stale:
        await victim.api.call("PUT", path, json={"entries": [item(mine, 2)]})
    assert (stale.value.status, stale.value.code) == (409, "stale-version")
    with pytest.raises(ApiError) as foreign:
        await victim.api.call("PUT", path, json={"entries": [item(mine, 1), item(theirs, 1)]})
    assert foreign.value.status == 404
    bundle = await victim.api.call("GET", f"/v1/bundles/{bundle_id}")
    assert bundle["entry_count"] == 0, "a refused batch adds nothing"


async def test_a_sealed_bundle_takes_nothing_more(victim: Writer, tmp_path: Path) -> None:
    await write_entries(victim, tmp_path / "..", 2, files_every=5)
    created = await bundle_of(victim)
    with pytest.raises(ApiError) as sealed:
        await victim.api.call(
            "PUT",
            f"/v1/bundles/{created.bundle_id}/entries",
            json={"entries": []},
        )
    assert sealed.value.status == 422
    with pytest.raises(ApiError) as again:
        await victim.api.call(
            "POST",
            f"/v1/bundles/{created.bundle_id}/seal",
            json={"statement": "e30", "signature": "A" * 86, "mac": "A" * 43},
        )
    assert (again.value.status, again.value.code) == (409, "bundle-sealed")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("damage", ["truncated", "appended", "inserted", "removed"])
async def test_removed_or_added_bytes_fail(victim: Writer, tmp_path: Path, damage: str) -> None:
    await write_entries(victim, tmp_path / "..", 1, files_every=1)
    created = await bundle_of(victim)
    zipped = await download(victim, created, tmp_path / "bundle.zip")
    data = zipped.read_bytes()
    middle = len(data) // 2
    changed = {
        "truncated": data[:-1],
        "appended": data + b"\0",
        "inserted": data[:middle] + b"\0" + data[middle:],
        "removed": data[:middle] + data[middle + 1 :],
    }[damage]
    broken = tmp_path / "broken.zip"
    broken.write_bytes(changed)
    with pytest.raises(BundleInvalid):
        verify_bundle(broken, created.key)


async def test_a_statement_of_the_wrong_types_gets_400(victim: Writer) -> None:
    bundle_id, key = uuid.uuid4(), BundleKey.generate()
    await victim.api.call(
        "PUT", f"/v1/bundles/{bundle_id}", json={"recipient_key": b64encode(key.public_bytes)}
    )
    wrong = {
        "bundle_id": 5,
        "created_at": "2026-11-22T10:00:00.000Z",
        "entries_sha256": b64encode(bytes(32)),
        "entry_count": 1,
        "log_key": "x",
        "owner_hpke_key": b64encode(bytes(32)),
        "owner_id": str(victim.me.account_id),
        "owner_key": b64encode(bytes(32)),
        "recipient_key": b64encode(key.public_bytes),
        "type": "daybook/v1/bundle-statement",
    }
    body = {"statement": b64encode(canonical_json(wrong)), "signature": "A" * 86, "mac": "A" * 43}
    with pytest.raises(ApiError) as refused:
        await victim.api.call("POST", f"/v1/bundles/{bundle_id}/seal", json=body)
    assert (refused.value.status, refused.value.code) == (400, "bad-statement")
    assert "bundle_id must be a UUID string" in refused.value.problem["detail"]
