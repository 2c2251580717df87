"""Sharing with an advocate, end to end through the reference client over
HTTP on SQLite and PostgreSQL: real keys, HPKE wraps and signatures."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.client.api import ApiError
from app.client.attachments import PendingUpload, upload
from app.client.incident_fields import with_attachments
from app.client.known_keys import KnownKeys
from tests.advocacy.people import Member, advocacy, assign, new_advocate
from tests.attachments.conftest import random_file, sha256_of
from tests.conftest import MakeApi
from tests.writers import Writer, incident


async def five_entries(victim: Writer, tmp_path: Path) -> tuple[list[uuid.UUID], Path]:
    """Five incidents; the first has a photo."""
    photo = random_file(tmp_path / "car.jpg", 5000)
    reference = await upload(victim.api, PendingUpload.plan(photo))
    ids = []
    for n in range(5):
        content = incident(f"Incident {n}: his car outside the school", day=n + 1)
        if n == 0:
            content = with_attachments(content, [reference])
        ids.append((await victim.diary.add(content)).entry_id)
    return ids, photo


async def assert_not_readable(advocate: Member, entry_id: uuid.UUID) -> None:
    for call in (advocate.api.entry(entry_id), advocate.api.versions(entry_id)):
        with pytest.raises(ApiError) as refused:
            await call
        assert refused.value.status == 404
        assert refused.value.code == "not-found"


async def test_the_advocate_reads_exactly_the_three_shared_entries(
    victim: Writer, advocate: Member, tmp_path: Path
) -> None:
    ids, photo = await five_entries(victim, tmp_path)
    known = KnownKeys()
    case, view = await assign(victim, advocate, known, label="R. (school run)")
    shared = [ids[0], ids[2], ids[4]]
    answer = await advocacy(victim, known).share(shared)
    assert [uuid.UUID(s["entry_id"]) for s in answer] == shared
    assert all(s["receipt"]["kind"] == "key-grant" for s in answer)

    cases = await advocate.cases.cases()
    assert [(c["id"], c["label"], c["shared_entries"]) for c in cases] == [
        (str(case.case_id), "R. (school run)", 3)
    ]
    listed = await advocate.cases.shared_entries(case.case_id)
    assert [uuid.UUID(e["entry_id"]) for e in listed] == shared
    for entry_id, n in zip(shared, (0, 2, 4), strict=True):
        history = await advocate.cases.read(view, entry_id)
        assert [v.incident["description"] for v in history] == [
            f"Incident {n}: his car outside the school"
        ]
    for entry_id in (ids[1], ids[3]):
        await assert_not_readable(advocate, entry_id)

    first = (await advocate.cases.read(view, ids[0]))[0]
    saved = tmp_path / "as-the-advocate-saw-it.jpg"
    await advocate.cases.download(first.incident["attachments"][0], saved)
    assert sha256_of(saved) == sha256_of(photo)


async def test_new_versions_of_a_shared_entry_reach_the_advocate(
    victim: Writer, advocate: Member, tmp_path: Path
) -> None:
    ids, _photo = await five_entries(victim, tmp_path)
    known = KnownKeys()
    _case, view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([ids[1]])
    amended = incident("Incident 1: his car outside the school, engine running", day=2)
    await victim.diary.edit(ids[1], amended)

    history = await advocate.cases.read(view, ids[1])
    assert [v.version for v in history] == [1, 2]
    assert history[-1].incident["description"].endswith("engine running")


async def test_every_read_is_in_the_victims_access_log(
    victim: Writer, advocate: Member, tmp_path: Path
) -> None:
    ids, _photo = await five_entries(victim, tmp_path)
    known = KnownKeys()
    case, view = await assign(victim, advocate, known)
    side = advocacy(victim, known)
    await side.share([ids[0]])
    assert await side.access_log() == []
    # The victim's own reads are not advocate reads.
    await victim.diary.history(ids[0])
    assert await side.access_log() == []

    history = await advocate.cases.read(view, ids[0])
    reference = history[0].incident["attachments"][0]
    await advocate.cases.download(reference, tmp_path / "copy.jpg")

    log = await side.access_log()
    assert [(r["kind"], r["entry_id"], r["attachment_id"]) for r in reversed(log)] == [
        ("entry", str(ids[0]), None),
        ("history", str(ids[0]), None),
        ("attachment_content", str(ids[0]), reference["attachment_id"]),
    ]
    for record in log:
        assert record["case_id"] == str(case.case_id)
        assert record["reader"] == {
            "account_id": str(advocate.me.account_id),
            "display_name": "Alex Advocate",
            "organisation_name": "Northshire Stalking Advocacy",
        }
    # The log is the victim's alone: the advocate has no route to it.
    with pytest.raises(ApiError) as refused:
        await advocate.api.access_log()
    assert refused.value.status == 403


async def test_revocation_takes_effect_at_once(
    victim: Writer, advocate: Member, tmp_path: Path
) -> None:
    ids, _photo = await five_entries(victim, tmp_path)
    known = KnownKeys()
    case, view = await assign(victim, advocate, known)
    side = advocacy(victim, known)
    await side.share(ids[:3])
    reference = (await advocate.cases.read(view, ids[0]))[0].incident["attachments"][0]

    await side.unshare(ids[0])
    await assert_not_readable(advocate, ids[0])
    with pytest.raises(ApiError) as refused:
        await advocate.cases.download(reference, tmp_path / "late.jpg")
    assert refused.value.status == 404
    assert not (tmp_path / "late.jpg").exists()
    listed = await advocate.cases.shared_entries(case.case_id)
    assert [uuid.UUID(e["entry_id"]) for e in listed] == ids[1:3]

    await side.unshare_all()
    for entry_id in ids[1:3]:
        await assert_not_readable(advocate, entry_id)
    assert await advocate.cases.shared_entries(case.case_id) == []
    assert await side.shares() == []
    with pytest.raises(ApiError) as again:
        await side.unshare(ids[0])
    assert again.value.status == 404


async def test_ending_the_assignment_revokes_everything_and_a_new_advocate_starts_blind(
    make_api: MakeApi, victim: Writer, admin: Member, advocate: Member, tmp_path: Path
) -> None:
    ids, _photo = await five_entries(victim, tmp_path)
    known = KnownKeys()
    case, _view = await assign(victim, advocate, known)
    side = advocacy(victim, known)
    await side.share(ids)

    await side.end()
    assert await side.current() is None
    assert await advocate.cases.cases() == []
    with pytest.raises(ApiError) as gone:
        await advocate.cases.case(case.case_id)
    assert gone.value.status == 404
    for entry_id in ids:
        await assert_not_readable(advocate, entry_id)

    successor = await new_advocate(make_api, admin, "jamie")
    new_case, new_view = await assign(victim, successor, known)
    assert await successor.cases.shared_entries(new_case.case_id) == []
    for entry_id in ids:
        await assert_not_readable(successor, entry_id)

    await side.share([ids[3]])
    history = await successor.cases.read(new_view, ids[3])
    assert history[0].incident["description"].startswith("Incident 3")
    await assert_not_readable(advocate, ids[3])
    kinds = [e["kind"] for e in (await victim.api.security_events())["events"]]
    assert kinds[:3] == ["advocate_assigned", "advocate_unassigned", "advocate_assigned"]


async def test_accepting_another_advocate_ends_the_first_case(
    make_api: MakeApi, victim: Writer, admin: Member, advocate: Member, tmp_path: Path
) -> None:
    ids, _photo = await five_entries(victim, tmp_path)
    known = KnownKeys()
    _case, view = await assign(victim, advocate, known)
    await advocacy(victim, known).share(ids[:2])
    assert len(await advocate.cases.read(view, ids[0])) == 1

    successor = await new_advocate(make_api, admin, "jamie")
    replacement, _ = await assign(victim, successor, known)
    current = await advocacy(victim, known).current()
    assert current is not None
    assert current.case_id == replacement.case_id
    assert await advocate.cases.cases() == []
    await assert_not_readable(advocate, ids[0])
    assert await successor.cases.shared_entries(replacement.case_id) == []


async def test_the_organisation_sees_counts_never_diaries(
    victim: Writer, other: Writer, admin: Member, advocate: Member, tmp_path: Path
) -> None:
    ids, _photo = await five_entries(victim, tmp_path)
    known = KnownKeys()
    await assign(victim, advocate, known, label="Robin")
    await assign(other, advocate, KnownKeys(), label="Sam")
    await advocacy(victim, known).share(ids[:2])

    listed = await admin.api.organisation_advocates()
    assert [(a["display_name"], a["active_cases"]) for a in listed] == [("Alex Advocate", 2)]
    text = str(listed)
    for secret in ("Robin", "Sam", str(victim.me.account_id), str(other.me.account_id)):
        assert secret not in text
    for entry_id in ids:
        with pytest.raises(ApiError) as refused:
            await admin.api.entry(entry_id)
        assert refused.value.status == 404
    with pytest.raises(ApiError) as not_advocate:
        await admin.api.cases()
    assert not_advocate.value.status == 403
