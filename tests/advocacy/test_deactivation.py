"""Deactivating an advocate stops their access at once, and the organisation
can manage only its own advocates."""

from __future__ import annotations

import uuid

import pytest
from fastapi import FastAPI

from app.client import identity
from app.client.api import ApiError
from app.client.known_keys import KnownKeys
from tests.advocacy.people import (
    Member,
    advocacy,
    assign,
    new_admin,
    new_advocate,
    new_organisation,
)
from tests.conftest import MakeApi
from tests.writers import PASSPHRASE, Writer, incident


async def test_deactivation_stops_the_advocate_at_once(
    make_api: MakeApi, victim: Writer, admin: Member, advocate: Member
) -> None:
    entry_id = (await victim.diary.add(incident("He was at the bus stop."))).entry_id
    known = KnownKeys()
    case, view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([entry_id])
    note = await advocate.cases.add_note(view, "Call the police on 999 if he comes back.")
    assert len(await advocate.cases.read(view, entry_id)) == 1

    await admin.api.deactivate_advocate(advocate.me.account_id)

    for call in (advocate.api.cases(), advocate.api.entry(entry_id), advocate.api.refresh()):
        with pytest.raises(ApiError) as refused:
            await call
        assert refused.value.status == 401
    with pytest.raises(ApiError) as signing_in:
        await identity.login(await make_api(), "alex", PASSPHRASE, "new laptop")
    assert (signing_in.value.status, signing_in.value.code) == (403, "account-deactivated")
    with pytest.raises(ApiError) as recovering:
        await identity.recover(
            await make_api(), "alex", advocate.recovery_key, "a new long passphrase", "phone"
        )
    assert (recovering.value.status, recovering.value.code) == (403, "account-deactivated")

    side = advocacy(victim, known)
    assert await side.current() is None
    events = [e["kind"] for e in (await victim.api.security_events())["events"]]
    assert events[0] == "advocate_deactivated"
    # The case's notes stay with the victim.
    assert [(n.note_id, n.case_id) for n in await side.notes()] == [(note.note_id, case.case_id)]

    listed = await admin.api.organisation_advocates()
    assert [(a["account_id"], a["active_cases"]) for a in listed] == [
        (str(advocate.me.account_id), 0)
    ]
    assert listed[0]["deactivated_at"] is not None
    await admin.api.deactivate_advocate(advocate.me.account_id)  # again: no change


async def test_an_admin_manages_only_their_own_advocates(
    application: FastAPI, make_api: MakeApi, admin: Member, advocate: Member
) -> None:
    elsewhere = await new_organisation(application, "Southvale Victim Services")
    other_admin = await new_admin(application, make_api, elsewhere, "quinn")
    stranger = await new_advocate(make_api, other_admin, "blake")
    for target in (
        stranger.me.account_id,
        other_admin.me.account_id,
        admin.me.account_id,
        uuid.uuid4(),
    ):
        with pytest.raises(ApiError) as refused:
            await admin.api.deactivate_advocate(target)
        assert refused.value.status == 404
    assert [a["username"] for a in await admin.api.organisation_advocates()] == ["alex"]
    assert [a["username"] for a in await other_admin.api.organisation_advocates()] == ["blake"]
    assert (await stranger.api.organisation())["name"] == "Southvale Victim Services"
    with pytest.raises(ApiError) as not_admin:
        await advocate.api.invite_advocate("Someone")
    assert not_admin.value.status == 403
