"""The diary through the reference client over HTTP: write, edit, history, sync, delete."""

from __future__ import annotations

import asyncio
import itertools
import uuid

import pytest

from app.client.api import ApiError
from app.client.diary import (
    EntryDeleted,
    Replica,
    VerificationError,
    create_body,
    version_body,
)
from tests.conftest import MakeApi
from tests.writers import Writer, incident, second_device


async def test_add_edit_three_times_and_read_the_history_back(victim: Writer) -> None:
    first = await victim.diary.add(incident("He waited outside my work."))
    edits = [f"He waited outside my work. Amendment {n}." for n in (1, 2, 3)]
    for text in edits:
        await victim.diary.edit(first.entry_id, incident(text))
    history = await victim.diary.history(first.entry_id)
    assert [v.version for v in history] == [1, 2, 3, 4]
    assert [v.incident["description"] for v in history] == [
        "He waited outside my work.",
        *edits,
    ]
    # Each version is chained to the one before it.
    assert history[0].commitment.previous is None
    for before, after in itertools.pairwise(history):
        assert after.commitment.previous == before.commitment_sha256
        assert after.received_at >= before.received_at


async def test_an_entry_retried_five_times_exists_once(victim: Writer) -> None:
    entry_id = uuid.uuid4()
    body = create_body(victim.me, entry_id, incident("Written offline, sent when back online."))
    answers = [await victim.api.create_entry(entry_id, body) for _ in range(5)]
    assert {a["latest"]["commitment_sha256"] for a in answers} == {
        answers[0]["latest"]["commitment_sha256"]
    }
    replica = Replica()
    await victim.diary.sync(replica)
    assert list(replica.entries) == [str(entry_id)]
    assert (await victim.api.entry(entry_id))["current_version"] == 1


async def test_reusing_an_id_with_other_content_is_refused(victim: Writer) -> None:
    entry_id = uuid.uuid4()
    await victim.api.create_entry(entry_id, create_body(victim.me, entry_id, incident("one")))
    with pytest.raises(ApiError) as refused:
        await victim.api.create_entry(entry_id, create_body(victim.me, entry_id, incident("two")))
    assert (refused.value.status, refused.value.code) == (409, "entry-id-taken")


async def test_a_stale_edit_gets_409_with_the_current_version(
    victim: Writer, make_api: MakeApi
) -> None:
    laptop = await second_device(make_api, victim)
    first = await victim.diary.add(incident("original"))
    entry = await victim.api.entry(first.entry_id)
    key = victim.diary.open_key_grant(entry)
    previous = first.commitment_sha256

    def edit_body(text: str) -> dict[str, object]:
        body = version_body(victim.me, first.entry_id, 2, previous, incident(text), key)
        return {**body, "base_version": 1}

    phone_edit, laptop_edit = edit_body("phone's edit"), edit_body("laptop's edit")
    results = await asyncio.gather(
        victim.api.append_version(first.entry_id, phone_edit),
        laptop.api.append_version(first.entry_id, laptop_edit),
        return_exceptions=True,
    )
    accepted = [r for r in results if isinstance(r, dict)]
    refused = [r for r in results if isinstance(r, ApiError)]
    assert len(accepted) == 1 and len(refused) == 1, results
    assert (refused[0].status, refused[0].code) == (409, "stale-version")
    assert refused[0].problem["current_version"] == 2
    phone_won = accepted[0]["commitment"] == phone_edit["commitment"]
    winner = "phone's edit" if phone_won else "laptop's edit"
    history = await victim.diary.history(first.entry_id)
    assert [v.incident["description"] for v in history] == ["original", winner]


async def test_retrying_an_accepted_edit_is_harmless(victim: Writer) -> None:
    first = await victim.diary.add(incident("original"))
    key = victim.diary.open_key_grant(await victim.api.entry(first.entry_id))
    body = version_body(
        victim.me, first.entry_id, 2, first.commitment_sha256, incident("edited"), key
    )
    once = await victim.api.append_version(first.entry_id, {**body, "base_version": 1})
    again = await victim.api.append_version(first.entry_id, {**body, "base_version": 1})
    assert once == again
    assert (await victim.api.entry(first.entry_id))["current_version"] == 2


async def test_two_devices_converge_through_sync(victim: Writer, make_api: MakeApi) -> None:
    laptop = await second_device(make_api, victim)
    phone_replica, laptop_replica = Replica(), Replica()
    kept = await victim.diary.add(incident("written on the phone", day=2))
    gone = await victim.diary.add(incident("a mistake", day=3))
    await laptop.diary.sync(laptop_replica)
    await laptop.diary.add(incident("written on the laptop", day=4))
    await laptop.diary.edit(kept.entry_id, incident("written on the phone, edited on the laptop"))
    await victim.diary.delete(gone.entry_id)

    for writer, replica in ((victim, phone_replica), (laptop, laptop_replica)):
        await writer.diary.sync(replica)
    assert phone_replica.entries == laptop_replica.entries
    texts = [v.incident["description"] for v in victim.diary.read_replica(phone_replica)]
    assert texts == ["written on the phone, edited on the laptop", "written on the laptop"]
    report = await laptop.diary.sync(laptop_replica)
    assert (report.changed, report.deleted) == (0, 0)


async def test_a_fresh_device_rebuilds_the_diary_page_by_page(
    victim: Writer, make_api: MakeApi
) -> None:
    written = [await victim.diary.add(incident(f"incident {n}", day=n)) for n in range(1, 8)]
    cursor, seen = None, []
    while True:
        page = await victim.api.sync(cursor, limit=3)
        seen += [c["id"] for c in page["changes"]]
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert seen == [str(v.entry_id) for v in written]
    laptop = await second_device(make_api, victim)
    replica = Replica()
    assert (await laptop.diary.sync(replica)).changed == 7


async def test_deleting_leaves_only_a_tombstone(victim: Writer) -> None:
    first = await victim.diary.add(incident("to be deleted"))
    second = await victim.diary.edit(first.entry_id, incident("to be deleted, edited"))
    key = victim.diary.open_key_grant(await victim.api.entry(first.entry_id))
    stale_edit = version_body(
        victim.me, first.entry_id, 3, second.commitment_sha256, incident("late edit"), key
    )
    await victim.diary.delete(first.entry_id)
    await victim.diary.delete(first.entry_id)  # again: harmless
    tombstone = await victim.api.entry(first.entry_id)
    assert tombstone["deleted"] is True
    assert tombstone["latest"] is None and tombstone["key_grant"] is None
    with pytest.raises(ApiError) as gone:
        await victim.api.versions(first.entry_id)
    assert (gone.value.status, gone.value.code) == (410, "entry-deleted")
    with pytest.raises(EntryDeleted):
        await victim.diary.edit(first.entry_id, incident("resurrected"))
    with pytest.raises(ApiError) as edit:
        await victim.api.append_version(first.entry_id, {"base_version": 2, **stale_edit})
    assert (edit.value.status, edit.value.code) == (410, "entry-deleted")


async def test_paging_stays_complete_while_another_device_writes(
    victim: Writer, make_api: MakeApi
) -> None:
    laptop = await second_device(make_api, victim)
    written = [await victim.diary.add(incident(f"incident {n}", day=n)) for n in range(1, 6)]
    replica, cursor, pages = Replica(), None, 0
    while True:
        page = await victim.api.sync(cursor, limit=2)
        replica.entries.update({c["id"]: c for c in page["changes"]})
        cursor, pages = page["cursor"], pages + 1
        if pages == 1:
            # Between pages: an entry already seen is edited, one not yet seen
            # is edited, and a new one is added.
            await laptop.diary.edit(written[0].entry_id, incident("incident 1, amended", day=1))
            await laptop.diary.edit(written[4].entry_id, incident("incident 5, amended", day=5))
            await laptop.diary.add(incident("incident 6", day=6))
        if not page["more"]:
            break
    texts = [v.incident["description"] for v in victim.diary.read_replica(replica)]
    assert texts == [
        "incident 1, amended",
        "incident 2",
        "incident 3",
        "incident 4",
        "incident 5, amended",
        "incident 6",
    ]


async def test_sync_refuses_a_server_that_rolls_an_entry_back(victim: Writer) -> None:
    written = await victim.diary.add(incident("first words"))
    await victim.diary.edit(written.entry_id, incident("second words"))
    replica = Replica()
    await victim.diary.sync(replica)
    # As if this device had seen a version 3 that the server now withholds.
    seen = replica.entries[str(written.entry_id)]
    replica.entries[str(written.entry_id)] = {**seen, "current_version": 3}
    replica.cursor = None
    with pytest.raises(VerificationError, match="rolled the entry back"):
        await victim.diary.sync(replica)
