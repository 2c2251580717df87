"""Fixtures: a signed-in victim with an unlocked identity and a diary, on one
device or two; and a valid incident to write. Loaded by tests/conftest.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from app.client import identity
from app.client.api import DaybookApi
from app.client.diary import Diary
from app.client.identity import Identity
from app.client.incident import new_incident

if TYPE_CHECKING:  # tests/conftest.py loads this module as a plugin
    from tests.conftest import MakeApi

PASSPHRASE = "correct horse battery staple"


@dataclass
class Writer:
    api: DaybookApi
    me: Identity
    diary: Diary


async def sign_up(make_api: MakeApi, username: str) -> Writer:
    api = await make_api()
    me, _recovery = await identity.register(api, username, PASSPHRASE, "phone")
    return Writer(api, me, Diary(api, me))


async def second_device(make_api: MakeApi, writer: Writer) -> Writer:
    api = await make_api()
    me = await identity.login(api, writer.me.username, PASSPHRASE, "laptop")
    return Writer(api, me, Diary(api, me))


@pytest.fixture
async def victim(make_api: MakeApi) -> Writer:
    return await sign_up(make_api, "robin")


@pytest.fixture
async def other(make_api: MakeApi) -> Writer:
    return await sign_up(make_api, "sam")


def incident(description: str, day: int = 1, **optional: Any) -> dict[str, Any]:
    start = dt.datetime(2026, 10, day, 21, 15, tzinfo=dt.UTC)
    return new_incident(
        description,
        ["following", "watching_or_spying"],
        start=start,
        time_zone="Europe/London",
        recorded_at=start + dt.timedelta(hours=1),
        **optional,
    )
