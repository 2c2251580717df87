"""The people every console test starts with, made with the Python client on a
live server: Morgan, the organisation's admin; Alex, its advocate; Robin, a
victim who has accepted Alex's assignment code and labelled the case "Robin"."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass

from app.client import identity
from app.client.advocacy import AdvocateCard, Case, VictimAdvocacy
from app.client.api import DaybookApi
from app.client.cases import AdvocateCases
from app.client.identity import Identity
from app.client.known_keys import KnownKeys
from bench.server import LiveServer, admin_invitation, live_server
from tests.writers import PASSPHRASE


@dataclass
class Cast:
    server: LiveServer
    admin_api: DaybookApi
    advocate_api: DaybookApi
    victim_api: DaybookApi
    alex: Identity
    robin: Identity
    known: KnownKeys
    victim: VictimAdvocacy
    card: AdvocateCard
    case: Case


async def register_morgan(server: LiveServer, admin_api: DaybookApi) -> Identity:
    """Morgan, the first admin of a new organisation, Northshire Advocacy."""
    invitation = await admin_invitation(server, "Northshire Advocacy", "Morgan")
    made, _ = await identity.register(
        admin_api, "morgan", PASSPHRASE, "office", invitation_code=invitation
    )
    return made


async def register_advocate(admin_api: DaybookApi, api: DaybookApi, username: str) -> Identity:
    """An advocate of Morgan's organisation, named after the username ("Sam Advocate")."""
    invited = await admin_api.invite_advocate(f"{username.title()} Advocate")
    made, _ = await identity.register(
        api, username, PASSPHRASE, "office", invitation_code=invited["code"]
    )
    return made


@asynccontextmanager
async def console_cast(
    server_url: str | None, settings: Mapping[str, str] | None = None
) -> AsyncIterator[Cast]:
    """A live server (SQLite, or PostgreSQL at `server_url`) with the cast signed up."""
    async with live_server(server_url, settings=settings) as server, AsyncExitStack() as stack:
        admin_api, advocate_api, victim_api = [
            await stack.enter_async_context(DaybookApi(server.base_url)) for _ in range(3)
        ]
        await register_morgan(server, admin_api)
        alex = await register_advocate(admin_api, advocate_api, "alex")
        robin, _ = await identity.register(victim_api, "robin", PASSPHRASE, "phone")
        known = KnownKeys()
        victim = VictimAdvocacy(victim_api, robin, known)
        code = (await AdvocateCases(advocate_api, alex, KnownKeys()).issue_code())["code"]
        card = await victim.look_up(code)
        case = await victim.accept(code, card, "Robin")
        yield Cast(
            server, admin_api, advocate_api, victim_api, alex, robin, known, victim, card, case
        )
