"""The people of advocacy tests: an organisation bootstrapped on the server
(as `daybook admin` does), its admin, its advocates, and victims who accept
them. Everyone else goes through the reference client over HTTP. Loaded
by tests/conftest.py: the `admin` and `advocate` fixtures."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pytest
from fastapi import FastAPI

from app.client import identity
from app.client.advocacy import Case, VictimAdvocacy
from app.client.api import DaybookApi
from app.client.cases import AdvocateCases, CaseView
from app.client.identity import Identity
from app.client.known_keys import KnownKeys
from app.db import transaction
from app.models import Role
from app.organisations import service as organisations
from app.state import AppState
from tests.writers import PASSPHRASE, Writer

if TYPE_CHECKING:  # tests/conftest.py loads this module as a plugin
    from tests.conftest import MakeApi


@dataclass
class Member:
    """An organisation's admin or advocate, signed in on one device."""

    api: DaybookApi
    me: Identity
    organisation_id: uuid.UUID
    recovery_key: str
    known: KnownKeys = field(default_factory=KnownKeys)

    @property
    def cases(self) -> AdvocateCases:
        return AdvocateCases(self.api, self.me, self.known)


def server(application: FastAPI) -> AppState:
    state = application.state.daybook
    assert isinstance(state, AppState)
    return state


async def new_organisation(application: FastAPI, name: str) -> uuid.UUID:
    async with transaction(server(application).sessionmaker) as db:
        return (await organisations.create_organisation(db, name)).id


async def admin_invitation(application: FastAPI, organisation_id: uuid.UUID, name: str) -> str:
    """What `daybook admin add-admin` prints."""
    state = server(application)
    async with transaction(state.sessionmaker) as db:
        _invitation, code = await organisations.invite(
            db, state, organisation_id, Role.ORG_ADMIN, name, None
        )
    return code


async def join(make_api: MakeApi, code: str, username: str) -> Member:
    """Register with an organisation's invitation code."""
    api = await make_api()
    me, recovery_key = await identity.register(
        api, username, PASSPHRASE, f"{username}'s laptop", invitation_code=code
    )
    organisation_id = uuid.UUID((await api.organisation())["id"])
    return Member(api, me, organisation_id, recovery_key)


async def new_admin(
    application: FastAPI, make_api: MakeApi, organisation_id: uuid.UUID, username: str
) -> Member:
    code = await admin_invitation(application, organisation_id, username.title())
    return await join(make_api, code, username)


async def new_advocate(make_api: MakeApi, admin: Member, username: str) -> Member:
    invitation = await admin.api.invite_advocate(username.title() + " Advocate")
    return await join(make_api, invitation["code"], username)


def advocacy(victim: Writer, known: KnownKeys) -> VictimAdvocacy:
    return VictimAdvocacy(victim.api, victim.me, known)


async def assign(
    victim: Writer, advocate: Member, known: KnownKeys, label: str = "Robin"
) -> tuple[Case, CaseView]:
    """The advocate issues a code, the victim looks it up, checks the
    fingerprint the advocate reads out, and accepts; both sides' views."""
    code = (await advocate.cases.issue_code())["code"]
    side = advocacy(victim, known)
    card = await side.look_up(code)
    assert card.key.fingerprint == advocate.me.fingerprint
    case = await side.accept(code, card, label)
    return case, await advocate.cases.case(case.case_id)


@pytest.fixture
async def admin(application: FastAPI, make_api: MakeApi) -> Member:
    organisation = await new_organisation(application, "Northshire Stalking Advocacy")
    return await new_admin(application, make_api, organisation, "morgan")


@pytest.fixture
async def advocate(make_api: MakeApi, admin: Member) -> Member:
    return await new_advocate(make_api, admin, "alex")
