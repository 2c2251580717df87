"""Every accepted write carries its receipt: a leaf of the evidence log, in the
same transaction as the write, logged once however often the write is repeated."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event

from app.client.api import ApiError, DaybookApi
from app.client.attachments import PendingUpload, upload
from app.client.diary import VerificationError, create_body, version_body
from app.models import LogLeaf
from app.protocol import receipts
from app.protocol.encoding import b64decode, b64encode
from tests.conftest import BASE_URL
from tests.evidence.log import PublishedLog
from tests.writers import Writer, incident

LEAF_FIELDS = {"leaf_index", "kind", "received_at", "object_sha256", "leaf_hash", "leaf_data"}


def decoded(receipt: dict[str, Any]) -> receipts.ReceiptLeaf:
    """The receipt's leaf data, which every other field must agree with."""
    leaf = receipts.decode_leaf(b64decode(receipt["leaf_data"]))
    assert receipt["kind"] == leaf.kind.label
    assert dt.datetime.fromisoformat(receipt["received_at"]) == leaf.received_at
    assert b64decode(receipt["object_sha256"]) == leaf.object_sha256
    assert b64decode(receipt["leaf_hash"]) == leaf.leaf_hash
    return leaf


async def photo_upload(writer: Writer, tmp_path: Path) -> dict[str, Any]:
    photo = tmp_path / f"{uuid.uuid4()}.jpg"
    photo.write_bytes(os.urandom(3000))
    return await upload(writer.api, PendingUpload.plan(photo))


async def test_every_kind_of_write_gets_a_receipt_the_log_includes(
    victim: Writer, http: httpx.AsyncClient, tmp_path: Path
) -> None:
    log = await PublishedLog.fetch(http)
    reference = await photo_upload(victim, tmp_path)
    attachment = await victim.api.attachment(uuid.UUID(reference["attachment_id"]))
    written = await victim.diary.add(incident("He followed me.", attachments=[reference]))
    entry = await victim.api.entry(written.entry_id)
    edited = await victim.diary.edit(written.entry_id, incident("He followed me home."))
    history = (await victim.api.versions(written.entry_id))["versions"]
    await victim.api.delete_entry(written.entry_id)
    tombstone = await victim.api.entry(written.entry_id)

    expected = [
        (attachment["receipt"], "attachment", attachment["ciphertext_sha256"]),
        (entry["latest"]["receipt"], "entry-version", entry["latest"]["commitment_sha256"]),
        (history[1]["receipt"], "entry-version", history[1]["commitment_sha256"]),
        (
            tombstone["deletion_receipt"],
            "tombstone",
            b64encode(receipts.tombstone_object(written.entry_id)),
        ),
    ]
    for index, (receipt, kind, object_sha256) in enumerate(expected):
        assert set(receipt) == LEAF_FIELDS
        assert (receipt["leaf_index"], receipt["kind"]) == (index, kind)
        assert receipt["object_sha256"] == object_sha256
        decoded(receipt)
    # The time in the leaf is the time the write records, to the millisecond.
    times = [attachment["completed_at"], *(v["received_at"] for v in history)]
    times.append(tombstone["deleted_at"])
    assert [r["received_at"] for r, _, _ in expected] == times
    assert history[0]["receipt"] == entry["latest"]["receipt"]
    assert written.receipt is not None and written.receipt.leaf_index == 1
    assert (
        edited.receipt is not None and edited.receipt.leaf.object_sha256 == edited.commitment_sha256
    )

    head = await log.checkpoint()
    assert head.size == len(expected)
    for receipt, _, _ in expected:
        await log.assert_included(receipt, head)
        assert (await http.get(f"/v1/log/leaves/{receipt['leaf_index']}")).json() == receipt


async def test_a_repeated_write_returns_the_first_receipt_and_logs_nothing(
    victim: Writer, http: httpx.AsyncClient, tmp_path: Path
) -> None:
    log = await PublishedLog.fetch(http)
    entry_id = uuid.uuid4()
    body = create_body(victim.me, entry_id, incident("Written offline."))
    created = [await victim.api.create_entry(entry_id, body) for _ in range(3)]
    assert len({str(c["latest"]["receipt"]) for c in created}) == 1

    key = victim.diary.open_key_grant(created[0])
    previous = b64decode(created[0]["latest"]["commitment_sha256"])
    edit = version_body(victim.me, entry_id, 2, previous, incident("Amended."), key)
    appended = [
        await victim.api.append_version(entry_id, {**edit, "base_version": 1}) for _ in range(3)
    ]
    assert len({str(a["receipt"]) for a in appended}) == 1

    reference = await photo_upload(victim, tmp_path)
    attachment_id = uuid.UUID(reference["attachment_id"])
    digest = b64decode(reference["ciphertext_sha256"])
    finalised = [await victim.api.finalize_attachment(attachment_id, digest) for _ in range(2)]
    assert finalised[0]["receipt"] == finalised[1]["receipt"] is not None

    for _ in range(2):
        await victim.api.delete_entry(entry_id)
    tombstone = (await victim.api.entry(entry_id))["deletion_receipt"]

    indexes = [
        created[0]["latest"]["receipt"]["leaf_index"],
        appended[0]["receipt"]["leaf_index"],
        finalised[0]["receipt"]["leaf_index"],
        tombstone["leaf_index"],
    ]
    assert indexes == [0, 1, 2, 3]
    assert (await log.checkpoint()).size == 4


async def test_leaves_carry_hashes_and_times_only(
    victim: Writer, other: Writer, http: httpx.AsyncClient
) -> None:
    for writer in (victim, other):
        written = await writer.diary.add(incident(f"Written by {writer.me.username}."))
        await writer.diary.edit(written.entry_id, incident("Edited."))
    log = await PublishedLog.fetch(http)
    size = (await log.checkpoint()).size
    assert size == 4
    accounts = [victim.me.account_id, other.me.account_id]
    for index in range(size):
        response = await http.get(f"/v1/log/leaves/{index}")
        data = b64decode(response.json()["leaf_data"])
        # A fixed layout: there is no room for anything else.
        assert len(data) == receipts.LEAF_BYTES == 60
        assert decoded(response.json()).kind is receipts.ReceiptKind.ENTRY_VERSION
        for account_id in accounts:
            assert account_id.bytes not in data
            assert str(account_id) not in response.text
            assert account_id.hex not in response.text
    columns = {column.name for column in LogLeaf.__table__.columns}
    assert columns == {"index", "kind", "object_sha256", "received_at", "leaf_hash"}


async def test_the_client_refuses_a_receipt_that_is_not_the_versions(victim: Writer) -> None:
    first = await victim.diary.add(incident("One."))
    second = await victim.diary.add(incident("Two."))
    assert first.receipt is not None and second.receipt is not None
    assert first.receipt.leaf.kind is receipts.ReceiptKind.ENTRY_VERSION
    assert first.receipt.leaf.object_sha256 == first.commitment_sha256
    entry = await victim.api.entry(first.entry_id)
    others = (await victim.api.entry(second.entry_id))["latest"]["receipt"]

    def with_receipt(receipt: dict[str, Any]) -> dict[str, Any]:
        return {**entry, "latest": {**entry["latest"], "receipt": receipt}}

    with pytest.raises(VerificationError, match="not this version's"):
        victim.diary.verify_latest(with_receipt(others), None)
    mismatched = {**entry["latest"]["receipt"], "leaf_hash": others["leaf_hash"]}
    with pytest.raises(VerificationError, match="leaf hash"):
        victim.diary.verify_latest(with_receipt(mismatched), None)
    with pytest.raises(VerificationError, match="bad receipt"):
        victim.diary.verify_latest(with_receipt({**others, "leaf_data": "AAAA"}), None)


async def test_a_write_that_fails_to_commit_leaves_no_leaf(
    victim: Writer, application: FastAPI, http: httpx.AsyncClient
) -> None:
    log = await PublishedLog.fetch(http)
    engine = application.state.daybook.engine.sync_engine

    def fail(_connection: Any) -> None:
        raise RuntimeError("disk full")

    transport = httpx.ASGITransport(app=application, raise_app_exceptions=False)
    server = DaybookApi(BASE_URL, tokens=victim.api.tokens, transport=transport)
    entry_id = uuid.uuid4()
    event.listen(engine, "commit", fail)
    try:
        with pytest.raises(ApiError) as failed:
            await server.create_entry(entry_id, create_body(victim.me, entry_id, incident("Lost.")))
        assert failed.value.status == 500
    finally:
        event.remove(engine, "commit", fail)
        await server.aclose()
    assert (await log.checkpoint()).size == 0
    written = await victim.diary.add(incident("Kept."))
    # The index the failed write took was given back: the log has no gap.
    assert written.receipt is not None and written.receipt.leaf_index == 0
    assert (await log.checkpoint()).size == 1
