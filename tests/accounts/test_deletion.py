"""Erasing an account removes every ciphertext, row and blob of it, and only
with the passphrase; what stays is the public evidence log, naming no one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from app.client import identity
from app.client.api import ApiError
from app.client.attachments import PendingUpload, upload
from app.client.bundle_export import Selection, create_bundle
from app.client.diary import Replica
from app.client.incident_fields import with_attachments
from app.client.known_keys import KnownKeys
from app.db import Base
from app.models import LogLeaf
from tests.advocacy.people import Member, advocacy, assign
from tests.attachments.conftest import random_file
from tests.conftest import MakeApi
from tests.writers import PASSPHRASE, Writer, incident, sign_up


async def everything_stored(application: FastAPI) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = []
    async with application.state.daybook.sessionmaker() as db:
        for table in Base.metadata.sorted_tables:
            rows += [(table.name, row) for row in await db.execute(select(table))]
    return rows


def mentions(rows: list[tuple[str, Any]], needles: set[str]) -> list[str]:
    """Tables whose rows hold any of the ids or bytes."""
    found = []
    for name, row in rows:
        text = " ".join(v.hex() if isinstance(v, bytes) else str(v) for v in row)
        if any(needle in text for needle in needles):
            found.append(name)
    return sorted(set(found))


def blob_files(application: FastAPI) -> list[Path]:
    root = application.state.daybook.settings.resolved_blob_dir
    return [p for p in root.rglob("*") if p.is_file()]


async def test_deleting_an_account_erases_all_of_it(
    application: FastAPI,
    make_api: MakeApi,
    victim: Writer,
    other: Writer,
    advocate: Member,
    tmp_path: Path,
) -> None:
    photo = random_file(tmp_path / "car.jpg", 3_000_000)
    reference = await upload(victim.api, PendingUpload.plan(photo))
    written = await victim.diary.add(with_attachments(incident("He followed me."), [reference]))
    loose = PendingUpload.plan(random_file(tmp_path / "half.jpg", 2_000_000))
    await victim.api.start_upload(loose.attachment_id, loose.ciphertext_size)
    bundle = await create_bundle(victim.diary, Replica(), Selection())
    await victim.api.call("POST", f"/v1/bundles/{bundle.bundle_id}/links", json={})
    known = KnownKeys()
    case, view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([written.entry_id])
    await advocate.cases.read(view, written.entry_id)
    await advocate.cases.add_note(view, "Safety plan agreed.")
    theirs = await other.diary.add(incident("Someone else's entry."))
    needles = {
        str(victim.me.account_id),
        victim.me.account_id.hex,
        str(written.entry_id),
        written.entry_id.hex,
        str(case.case_id),
        case.case_id.hex,
        reference["attachment_id"],
        str(bundle.bundle_id),
        bundle.bundle_id.hex,
    }
    assert mentions(await everything_stored(application), needles)  # the search works
    leaves_before = len([r for r in await everything_stored(application) if r[0] == "log_leaves"])

    with pytest.raises(ApiError) as wrong:
        await identity.delete_account(victim.api, "not the passphrase")
    assert wrong.value.status == 401
    assert (await victim.api.entry(written.entry_id))["id"] == str(written.entry_id)

    await identity.delete_account(victim.api, PASSPHRASE)

    stored = await everything_stored(application)
    assert mentions(stored, needles) == []
    assert len([r for r in stored if r[0] == "log_leaves"]) == leaves_before
    assert not any(reference["attachment_id"] in str(p) for p in blob_files(application))
    assert not any(str(loose.attachment_id) in str(p) for p in blob_files(application))
    # Signed out everywhere, and the name is free again.
    with pytest.raises(ApiError) as gone:
        await identity.login(await make_api(), "robin", PASSPHRASE, "phone")
    assert gone.value.status == 401
    assert (await sign_up(make_api, "robin")).me.account_id != victim.me.account_id
    # Nobody else lost anything, and the advocate's case is gone.
    assert len(await other.diary.history(theirs.entry_id)) == 1
    assert await advocate.cases.cases() == []


async def test_an_advocate_cannot_erase_their_account(advocate: Member) -> None:
    with pytest.raises(ApiError) as refused:
        await identity.delete_account(advocate.api, PASSPHRASE)
    assert refused.value.status == 403
    assert (await advocate.api.organisation())["role"] == "advocate"


async def test_every_leaf_of_the_log_outlives_the_account(
    application: FastAPI, victim: Writer
) -> None:
    written = await victim.diary.add(incident("He was at the gate."))
    assert written.receipt is not None
    await identity.delete_account(victim.api, PASSPHRASE)
    async with application.state.daybook.sessionmaker() as db:
        leaf = await db.get(LogLeaf, written.receipt.leaf_index)
    assert leaf is not None
