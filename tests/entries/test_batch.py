"""`POST /v1/entries/batch` over HTTP: each item answered as its own request
would be, a refused item writing nothing, repeats answered 200 with the first
receipts, and the log's tree still the tree of its leaves in order."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.client import i18n
from app.client.api import ApiError
from app.client.attachments import PendingUpload, upload
from app.client.diary import Replica, VerifiedVersion, create_body, version_body
from app.client.incident_fields import with_attachments
from app.protocol import commitment, merkle
from app.protocol.encoding import b64decode, b64encode
from tests.attachments.conftest import random_file
from tests.conftest import MakeApi
from tests.evidence.log import PublishedLog
from tests.writers import Writer, incident, second_device


def _create(writer: Writer, text: str, entry_id: uuid.UUID | None = None) -> dict[str, Any]:
    entry_id = entry_id or uuid.uuid4()
    return {
        "op": "create",
        "entry_id": str(entry_id),
        **create_body(writer.me, entry_id, incident(text)),
    }


def _first_hash(item: dict[str, Any]) -> bytes:
    return commitment.commitment_hash(b64decode(item["version"]["commitment"]))


def _content_key(writer: Writer, entry: dict[str, Any]) -> bytes:
    return writer.diary.open_key_grant(entry)


def _append(
    writer: Writer, entry: dict[str, Any], base: int, previous: bytes, text: str
) -> dict[str, Any]:
    entry_id = uuid.UUID(entry["id"])
    body = version_body(
        writer.me, entry_id, base + 1, previous, incident(text), _content_key(writer, entry)
    )
    return {"op": "append", "entry_id": str(entry_id), "base_version": base, "version": body}


async def _tree_is_its_leaves(http: httpx.AsyncClient) -> int:
    log = await PublishedLog.fetch(http)
    head = await log.checkpoint()
    assert merkle.root(await log.leaf_hashes(head.size)) == head.root_hash
    return head.size


async def test_many_drafts_go_up_in_one_request_and_sync_to_another_device(
    victim: Writer, make_api: MakeApi, http: httpx.AsyncClient
) -> None:
    texts = [f"Seen at the station, day {n}." for n in range(1, 131)]
    written = await victim.diary.add_many([incident(t) for t in texts])
    assert all(isinstance(w, VerifiedVersion) for w in written)
    assert [w.incident["description"] for w in written if isinstance(w, VerifiedVersion)] == texts

    laptop = await second_device(make_api, victim)
    replica = Replica()
    report = await laptop.diary.sync(replica)  # every receipt proven in the log
    assert report.changed == len(texts)
    assert sorted(v.incident["description"] for v in laptop.diary.read_replica(replica)) == sorted(
        texts
    )
    assert await _tree_is_its_leaves(http) == len(texts)


async def test_good_and_bad_items_each_get_their_own_answer(
    victim: Writer, other: Writer, http: httpx.AsyncClient
) -> None:
    theirs = await other.diary.add(incident("Sam's own entry."))
    first = _create(victim, "He followed me home.")
    entry = (await victim.api.write_batch([first]))[0]["entry"]
    bad_signature = _create(victim, "Signed wrongly.")
    bad_signature["version"]["signature"] = b64encode(bytes(64))
    edit = _append(victim, entry, 1, _first_hash(first), "He followed me home, again.")
    stale = _append(victim, entry, 1, _first_hash(first), "A rival edit.")
    fresh = _create(victim, "He phoned twelve times.")
    items = [
        first,  # a repeat: 200
        bad_signature,  # 400 invalid-version
        _create(victim, "Taken id.", theirs.entry_id),  # 409 entry-id-taken
        edit,  # 201
        stale,  # 409 stale-version: the edit before made version 2
        {**edit, "entry_id": str(uuid.uuid4())},  # 404 not-found
        fresh,  # 201
        edit,  # a repeat of an item of this batch: 200
    ]
    results = await victim.api.write_batch(items)
    assert [r["status"] for r in results] == [200, 400, 409, 201, 409, 404, 201, 200]
    codes = [r["problem"] and r["problem"]["code"] for r in results]
    assert codes == [
        None,
        "invalid-version",
        "entry-id-taken",
        None,
        "stale-version",
        "not-found",
        None,
        None,
    ]
    assert results[4]["problem"]["current_version"] == 2
    assert results[0]["entry"]["current_version"] == 2  # the entry as it is now
    assert results[3]["version"] == results[7]["version"]
    assert results[6]["entry"]["latest"]["version"] == 1

    # Nothing of a refused item was written.
    with pytest.raises(ApiError) as missing:
        await victim.api.entry(uuid.UUID(bad_signature["entry_id"]))
    assert missing.value.status == 404
    replica = Replica()
    await victim.diary.sync(replica)
    assert set(replica.entries) == {first["entry_id"], fresh["entry_id"]}
    assert [v.version for v in await victim.diary.history(uuid.UUID(first["entry_id"]))] == [1, 2]
    # Two creates and one edit were logged, besides Sam's entry.
    assert await _tree_is_its_leaves(http) == 4


async def test_an_attachment_bound_by_an_earlier_item_is_unavailable_to_a_later_one(
    victim: Writer, tmp_path: Path
) -> None:
    photo = await upload(victim.api, PendingUpload.plan(random_file(tmp_path / "a.jpg", 3000)))
    texts = ["The photo of his car.", "The same photo, again."]
    written = await victim.diary.add_many([with_attachments(incident(t), [photo]) for t in texts])
    assert isinstance(written[0], VerifiedVersion)
    refused = written[1]
    assert isinstance(refused, ApiError)
    assert (refused.status, refused.code) == (409, "attachment-unavailable")
    assert refused.problem["attachment_ids"] == [photo["attachment_id"]]
    replica = Replica()
    await victim.diary.sync(replica)
    assert list(replica.entries) == [str(written[0].entry_id)]


async def test_a_batch_sent_again_answers_200_with_the_first_receipts(victim: Writer) -> None:
    items = [_create(victim, f"Letter number {n}.") for n in range(3)]
    first = await victim.api.write_batch(items)
    again = await victim.api.write_batch(items)
    assert [r["status"] for r in first] == [201, 201, 201]
    assert [r["status"] for r in again] == [200, 200, 200]
    assert [r["entry"] for r in again] == [r["entry"] for r in first]


async def test_eight_identical_batches_at_once_write_each_item_once(
    victim: Writer, http: httpx.AsyncClient
) -> None:
    items = [_create(victim, f"Parcel left on the step, {n}.") for n in range(10)]
    answers = await asyncio.gather(
        *(victim.api.write_batch(items) for _ in range(8)), return_exceptions=True
    )
    batches = [a for a in answers if not isinstance(a, BaseException)]
    refused = [a for a in answers if isinstance(a, BaseException)]
    assert all(isinstance(e, ApiError) and e.code == "concurrent-request" for e in refused)
    assert batches
    for index in range(len(items)):
        statuses = sorted(b[index]["status"] for b in batches)
        assert statuses.count(201) == 1 and set(statuses) <= {200, 201}
        assert len({str(b[index]["entry"]) for b in batches}) == 1
    replica = Replica()
    await victim.diary.sync(replica)
    assert set(replica.entries) == {i["entry_id"] for i in items}
    assert await _tree_is_its_leaves(http) == len(items)


async def test_a_refused_items_problem_speaks_the_language_asked_for(victim: Writer) -> None:
    bad_signature = _create(victim, "Signed wrongly.")
    bad_signature["version"]["signature"] = b64encode(bytes(64))
    i18n.activate("cy")  # the client sends Accept-Language: cy
    try:
        [result] = await victim.api.write_batch([bad_signature])
    finally:
        i18n.activate(i18n.DEFAULT)
    assert result["status"] == 400 and result["problem"]["code"] == "invalid-version"
    assert result["problem"]["title"] == "Nid yw'r fersiwn yn dilysu"
