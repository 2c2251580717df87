"""Consent with an end date: a share the victim gives until a time she
chooses answers, once that time has passed, exactly like a revoked one; she
sees the end and can extend it."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid

import httpx
import pytest

from app.client.api import ApiError
from app.client.cases import CaseView
from app.client.known_keys import KnownKeys
from tests.advocacy.people import Member, advocacy, assign
from tests.writers import Writer, incident

SOON = dt.timedelta(seconds=2)


def bearer(member: Member) -> dict[str, str]:
    assert member.api.tokens is not None
    return {"Authorization": f"Bearer {member.api.tokens.access_token}"}


async def advocate_status(http: httpx.AsyncClient, advocate: Member, path: str) -> tuple[int, str]:
    answer = await http.get(path, headers=bearer(advocate))
    return answer.status_code, answer.text


async def test_an_expired_share_answers_like_a_revoked_one(
    http: httpx.AsyncClient, victim: Writer, advocate: Member
) -> None:
    lasting = (await victim.diary.add(incident("He waited at the gate."))).entry_id
    brief = (await victim.diary.add(incident("He rang the doorbell at 2am.", day=2))).entry_id
    revoked = (await victim.diary.add(incident("He followed me home.", day=3))).entry_id
    known = KnownKeys()
    _case, view = await assign(victim, advocate, known)
    side = advocacy(victim, known)
    await side.share([lasting, revoked])
    until = dt.datetime.now(dt.UTC) + SOON
    await side.share([brief], until=until)
    await advocate.cases.read(view, brief)
    await side.unshare(revoked)

    await asyncio.sleep(SOON.total_seconds() + 0.2)
    gone = {}
    for entry_id in (brief, revoked):
        gone[entry_id] = [
            await advocate_status(http, advocate, f"/v1/entries/{entry_id}"),
            await advocate_status(http, advocate, f"/v1/entries/{entry_id}/versions"),
            await advocate_status(http, advocate, f"/v1/entries/{entry_id}/versions/1"),
        ]
    assert gone[brief] == gone[revoked]
    assert {status for status, _text in gone[brief]} == {404}
    assert await shared_ids(advocate, view) == [lasting]
    assert (await advocate.cases.case(view.case_id)).shared_entries == 1
    with pytest.raises(ApiError) as refused:
        await advocate.cases.add_note(view, "On the doorbell.", entry_id=brief)
    assert refused.value.status == 404

    # She sees the end, and extends it: the same grant is readable again.
    listed = {uuid.UUID(s["entry_id"]): s for s in await side.shares()}
    assert listed[brief]["expired"] is True
    assert dt.datetime.fromisoformat(listed[brief]["expires_at"]) == until
    assert listed[lasting]["expires_at"] is None and listed[lasting]["expired"] is False
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
    extended = await side.extend(brief, later)
    assert extended["expired"] is False
    assert [v.version for v in await advocate.cases.read(view, brief)] == [1]
    assert sorted(map(str, await shared_ids(advocate, view))) == sorted(map(str, [lasting, brief]))


async def test_an_end_in_the_past_is_refused(victim: Writer, advocate: Member) -> None:
    entry_id = (await victim.diary.add(incident("He sent a parcel."))).entry_id
    known = KnownKeys()
    await assign(victim, advocate, known)
    side = advocacy(victim, known)
    with pytest.raises(ApiError) as refused:
        await side.share([entry_id], until=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
    assert (refused.value.status, refused.value.code) == (400, "invalid-expiry")
    assert await side.shares() == []
    await side.share([entry_id])
    with pytest.raises(ApiError) as refused:
        await side.extend(entry_id, dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
    assert refused.value.code == "invalid-expiry"
    with pytest.raises(ApiError) as refused:
        await side.extend(uuid.uuid4(), None)
    assert refused.value.status == 404


async def shared_ids(advocate: Member, view: CaseView) -> list[uuid.UUID]:
    return [uuid.UUID(s["entry_id"]) for s in await advocate.cases.shared_entries(view.case_id)]
