"""An organisation with its admin and one advocate, for every advocacy test."""

from __future__ import annotations

import pytest
from fastapi import FastAPI

from tests.advocacy.people import Member, new_admin, new_advocate, new_organisation
from tests.conftest import MakeApi


@pytest.fixture
async def admin(application: FastAPI, make_api: MakeApi) -> Member:
    organisation = await new_organisation(application, "Northshire Stalking Advocacy")
    return await new_admin(application, make_api, organisation, "morgan")


@pytest.fixture
async def advocate(make_api: MakeApi, admin: Member) -> Member:
    return await new_advocate(make_api, admin, "alex")
