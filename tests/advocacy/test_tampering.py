"""The server cannot redirect a share or slip in its own keys: a grant wrapped
for one advocate and one entry is refused for any other, and what a
dishonest server does behind the API is caught by the clients."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import update

from app.client.advocacy import share_grant
from app.client.api import ApiError
from app.client.diary import VerificationError
from app.client.known_keys import KeyChanged, KnownKeys
from app.db import transaction
from app.models import Account, EntryKeyGrant
from app.protocol.encoding import b64encode
from app.protocol.keys import AccountKeys
from tests.advocacy.people import Member, advocacy, assign, new_advocate, server
from tests.conftest import MakeApi
from tests.writers import Writer, incident


async def two_shared_entries(
    victim: Writer, advocate: Member, known: KnownKeys
) -> tuple[uuid.UUID, uuid.UUID, Any]:
    first = (await victim.diary.add(incident("He was at the gym.", day=1))).entry_id
    second = (await victim.diary.add(incident("He messaged my sister.", day=2))).entry_id
    case, view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([first])
    return first, second, (case, view)


async def share_raw(
    victim: Writer, advocate_id: uuid.UUID, grants: list[dict[str, Any]]
) -> ApiError:
    with pytest.raises(ApiError) as refused:
        await victim.api.share(advocate_id, grants)
    return refused.value


async def test_a_grant_for_one_entry_is_refused_for_another(
    victim: Writer, advocate: Member
) -> None:
    known = KnownKeys()
    first, second, (case, _view) = await two_shared_entries(victim, advocate, known)
    grant = share_grant(victim.me, await victim.api.entry(first), case)
    moved = {**grant, "entry_id": str(second)}
    refused = await share_raw(victim, advocate.me.account_id, [moved])
    assert (refused.status, refused.code) == (400, "invalid-key-grant")
    assert [s["entry_id"] for s in await advocacy(victim, known).shares()] == [str(first)]


async def test_a_grant_for_one_advocate_is_refused_for_another(
    victim: Writer, advocate: Member, admin: Member, make_api: MakeApi
) -> None:
    known = KnownKeys()
    _first, second, (case, _view) = await two_shared_entries(victim, advocate, known)
    grant = share_grant(victim.me, await victim.api.entry(second), case)
    colleague = await new_advocate(make_api, admin, "jamie")
    refused = await share_raw(victim, colleague.me.account_id, [grant])
    assert (refused.status, refused.code) == (409, "advocate-mismatch")

    # Now the colleague is the advocate: the grant wrapped for Alex still fails.
    await assign(victim, colleague, known)
    refused = await share_raw(victim, colleague.me.account_id, [grant])
    assert (refused.status, refused.code) == (400, "invalid-key-grant")


async def test_one_bad_grant_refuses_the_whole_batch(victim: Writer, advocate: Member) -> None:
    known = KnownKeys()
    first, second, (case, _view) = await two_shared_entries(victim, advocate, known)
    good = share_grant(victim.me, await victim.api.entry(second), case)
    forged = share_grant(victim.me, await victim.api.entry(first), case)
    forged["signature"] = b64encode(AccountKeys.generate().signing.sign(b"not the grant"))
    refused = await share_raw(victim, advocate.me.account_id, [good, forged])
    assert (refused.status, refused.code) == (400, "invalid-key-grant")
    assert [s["entry_id"] for s in await advocacy(victim, known).shares()] == [str(first)]


async def test_a_grant_the_server_moved_to_another_entry_does_not_open(
    application: FastAPI, victim: Writer, advocate: Member
) -> None:
    known = KnownKeys()
    first, second, (_case, view) = await two_shared_entries(victim, advocate, known)
    async with transaction(server(application).sessionmaker) as db:
        await db.execute(
            update(EntryKeyGrant)
            .where(
                EntryKeyGrant.entry_id == first, EntryKeyGrant.reader_id == advocate.me.account_id
            )
            .values(entry_id=second)
        )
    with pytest.raises(VerificationError, match="key grant does not open"):
        await advocate.cases.read(view, second)


async def test_the_victim_will_not_share_with_a_key_the_server_swapped_in(
    application: FastAPI, victim: Writer, advocate: Member
) -> None:
    known = KnownKeys()
    first, second, _ = await two_shared_entries(victim, advocate, known)
    impostor = AccountKeys.generate()
    async with transaction(server(application).sessionmaker) as db:
        await db.execute(
            update(Account)
            .where(Account.id == advocate.me.account_id)
            .values(hpke_public_key=impostor.hpke_public)
        )
    with pytest.raises(KeyChanged, match="another key"):
        await advocacy(victim, known).share([second])
    assert [s["entry_id"] for s in await advocacy(victim, known).shares()] == [str(first)]


async def test_the_advocate_notices_when_the_victims_key_changes(
    application: FastAPI, victim: Writer, advocate: Member
) -> None:
    known = KnownKeys()
    _first, _second, (case, _view) = await two_shared_entries(victim, advocate, known)
    async with transaction(server(application).sessionmaker) as db:
        await db.execute(
            update(Account)
            .where(Account.id == victim.me.account_id)
            .values(signing_public_key=AccountKeys.generate().signing_public)
        )
    with pytest.raises(KeyChanged):
        await advocate.cases.case(case.case_id)
