"""Several server processes on one PostgreSQL database, as a deployment runs
them: concurrent victims and advocates over real HTTP on loopback lose no
write, the evidence log gets exactly one leaf per accepted write, and the
sign-in throttle holds whichever process answers, kept in the database or
in Redis."""

from __future__ import annotations

import asyncio
import itertools
import uuid
from collections.abc import AsyncIterator

import pytest

from app.client import identity
from app.client.api import ApiError, DaybookApi
from app.client.diary import Replica
from app.client.known_keys import KnownKeys
from bench.server import LiveServer, admin_invitation, live_servers
from tests.advocacy.people import Member, advocacy, assign, join
from tests.conftest import ADMIN_URL, PostgresDatabases
from tests.writers import PASSPHRASE, Writer, incident, second_device, sign_up

# Timing-sensitive: runs alone, after the parallel part of the suite (dev.py).
pytestmark = pytest.mark.serial

VICTIMS = 4
ENTRIES_PER_DEVICE = 5
# Everything below must finish in this time on the 2-core CI machine.
DEADLINE_SECONDS = 180


@pytest.fixture
async def deployment(postgres: PostgresDatabases | None) -> AsyncIterator[tuple[LiveServer, ...]]:
    if postgres is None:
        pytest.skip("PostgreSQL unreachable")
    async with live_servers(ADMIN_URL, 2) as servers:
        yield servers


@pytest.fixture(params=["database", "redis"])
async def limits_in(
    request: pytest.FixtureRequest, postgres: PostgresDatabases | None
) -> AsyncIterator[tuple[LiveServer, ...]]:
    """Two servers whose failed-attempt limits are kept in the database, or in Redis."""
    if postgres is None:
        pytest.skip("PostgreSQL unreachable")
    settings = {}
    if request.param == "redis":
        settings["DAYBOOK_REDIS_URL"] = request.getfixturevalue("redis_url")
    async with live_servers(ADMIN_URL, 2, settings=settings) as servers:
        yield servers


class Devices:
    """New client connections, each on the next server in turn."""

    def __init__(self, servers: tuple[LiveServer, ...]) -> None:
        self.urls = itertools.cycle([s.base_url for s in servers])
        self.made: list[DaybookApi] = []

    async def __call__(self) -> DaybookApi:
        api = DaybookApi(next(self.urls))
        self.made.append(api)
        return api

    async def close(self) -> None:
        for api in self.made:
            await api.aclose()


async def bootstrap_admin(server: LiveServer, devices: Devices) -> Member:
    """What `daybook admin create-org` and `add-admin` do, then the admin signs up."""
    return await join(devices, await admin_invitation(server, "Northshire", "Morgan"), "morgan")


async def write(device: Writer, tag: str) -> list[tuple[uuid.UUID, int]]:
    """Entries written from one device; each as (id, its receipt's leaf index)."""
    written = []
    for n in range(ENTRIES_PER_DEVICE):
        version = await device.diary.add(incident(f"{tag} {n}", day=n + 1))
        assert version.receipt is not None
        written.append((version.entry_id, version.receipt.leaf_index))
    return written


async def victim_story(
    n: int, devices: Devices, advocate: Member
) -> tuple[set[uuid.UUID], list[int]]:
    """Two devices write at once, then the advocate reads while they write on."""
    phone = await sign_up(devices, f"victim{n}")
    laptop = await second_device(devices, phone)
    first = await asyncio.gather(write(phone, f"v{n} phone"), write(laptop, f"v{n} laptop"))
    written = [item for batch in first for item in batch]
    known = KnownKeys()
    _case, view = await assign(phone, advocate, known, label=f"Victim {n}")
    shares = await advocacy(phone, known).share([entry_id for entry_id, _ in written[:3]])
    reads = [advocate.cases.read(view, entry_id) for entry_id, _ in written[:3]]
    writing = asyncio.create_task(write(laptop, f"v{n} later"))
    histories = await asyncio.gather(*reads)
    written += await writing
    assert all(len(history) == 1 for history in histories)
    indexes = [index for _, index in written] + [s["receipt"]["leaf_index"] for s in shares]

    ids = {entry_id for entry_id, _ in written}
    for device in (phone, laptop):
        replica = Replica()
        await device.diary.sync(replica)
        assert {uuid.UUID(i) for i in replica.entries} == ids, "a write was lost"
    log = await advocacy(phone, known).access_log()
    assert {r["entry_id"] for r in log} == {str(entry_id) for entry_id, _ in written[:3]}
    return ids, indexes


async def test_concurrent_victims_and_advocates_on_two_servers(
    deployment: tuple[LiveServer, ...],
) -> None:
    devices = Devices(deployment)
    try:
        admin = await bootstrap_admin(deployment[0], devices)
        advocates = []
        for name in ("alex", "jamie"):
            invitation = await admin.api.invite_advocate(name.title())
            advocates.append(await join(devices, invitation["code"], name))
        stories = [victim_story(n, devices, advocates[n % 2]) for n in range(VICTIMS)]
        results = await asyncio.wait_for(asyncio.gather(*stories), DEADLINE_SECONDS)

        every_id = [entry_id for ids, _ in results for entry_id in ids]
        assert len(every_id) == len(set(every_id)) == VICTIMS * 3 * ENTRIES_PER_DEVICE
        indexes = sorted(index for _, found in results for index in found)
        # One leaf per accepted write, none twice, none missing: the log's size
        # is exactly the number of receipts handed out (entries and shares).
        assert indexes == list(range(len(indexes)))
        checkpoint = await admin.api.log_checkpoint()
        assert checkpoint.splitlines()[1] == str(len(indexes))
        for api in (admin.api, advocates[0].api):
            leaf = await api.log_leaf(indexes[-1])
            assert leaf["leaf_index"] == indexes[-1]
        cases = [len(await a.cases.cases()) for a in advocates]
        assert cases == [VICTIMS // 2, VICTIMS // 2]
    finally:
        await devices.close()


async def test_the_sign_in_throttle_holds_across_servers(
    limits_in: tuple[LiveServer, ...],
) -> None:
    deployment = limits_in
    devices = Devices(deployment)
    try:
        await sign_up(devices, "robin")
        statuses = []
        for _ in range(6):  # every attempt on a new connection, to each server in turn
            with pytest.raises(ApiError) as refused:
                await identity.login(await devices(), "robin", "wrong passphrase", "x")
            statuses.append(refused.value.status)
        assert statuses == [401] * 5 + [429]
        for _ in deployment:
            with pytest.raises(ApiError) as held:
                await identity.login(await devices(), "robin", PASSPHRASE, "phone")
            assert (held.value.status, held.value.code) == (429, "too-many-attempts")
    finally:
        await devices.close()
