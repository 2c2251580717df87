"""One-time codes: an assignment code and an invitation work once, expire,
refuse guesses, and redeeming them is throttled like signing in."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from fastapi import FastAPI
from sqlalchemy import update

from app.client import identity
from app.client.api import ApiError
from app.client.known_keys import KnownKeys
from app.config import Settings
from app.db import transaction
from app.models import AssignmentCode, Invitation
from tests.advocacy.people import Member, advocacy, join, new_advocate, server
from tests.conftest import MakeApi
from tests.writers import PASSPHRASE, Writer


@pytest.fixture
def settings(settings: Settings) -> Settings:
    # A block that outlasts the test however loaded the machine: the tests ask
    # whether a block holds, not how long (a 1 s block ran out mid-test under load).
    return settings.model_copy(update={"login_backoff_base_seconds": 3600.0})


async def assert_refused(call: object, status: int, code: str) -> ApiError:
    with pytest.raises(ApiError) as caught:
        await call  # type: ignore[misc]
    assert (caught.value.status, caught.value.code) == (status, code), caught.value.problem
    return caught.value


async def expire_everything(application: FastAPI) -> None:
    past = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    async with transaction(server(application).sessionmaker) as db:
        await db.execute(update(AssignmentCode).values(expires_at=past))
        await db.execute(update(Invitation).values(expires_at=past))


async def test_a_code_is_forgiving_of_how_people_copy_it(victim: Writer, advocate: Member) -> None:
    code = (await advocate.cases.issue_code())["code"]
    assert len(code) == 11 and code[5] == "-"
    # Read out and typed back: lower case, spaces, O for 0 and I or L for 1.
    typed = " ".join(code.replace("-", "").lower()).replace("0", "o").replace("1", "l")
    card = await advocacy(victim, KnownKeys()).look_up(typed)
    assert card.account_id == advocate.me.account_id
    assert (card.display_name, card.organisation_name) == (
        "Alex Advocate",
        "Northshire Stalking Advocacy",
    )


async def test_a_used_code_works_no_more(victim: Writer, other: Writer, advocate: Member) -> None:
    code = (await advocate.cases.issue_code())["code"]
    side = advocacy(victim, KnownKeys())
    await side.accept(code, await side.look_up(code), "Robin")
    others = advocacy(other, KnownKeys())
    await assert_refused(others.look_up(code), 404, "invalid-code")
    await assert_refused(
        other.api.accept_assignment(code, advocate.me.account_id, "Sam"), 404, "invalid-code"
    )
    assert await others.current() is None


async def test_an_expired_code_is_refused(
    application: FastAPI, victim: Writer, advocate: Member
) -> None:
    code = (await advocate.cases.issue_code())["code"]
    await expire_everything(application)
    await assert_refused(advocacy(victim, KnownKeys()).look_up(code), 404, "invalid-code")
    await assert_refused(
        victim.api.accept_assignment(code, advocate.me.account_id, "Robin"), 404, "invalid-code"
    )


@pytest.mark.parametrize("guess", ["ABCDE-FGHJK", "hello", "ABCDE-FGHJK-MNPQR", "UUUUUUUUUU"])
async def test_a_guessed_code_is_refused(victim: Writer, advocate: Member, guess: str) -> None:
    await advocate.cases.issue_code()
    problem = await assert_refused(victim.api.preview_assignment_code(guess), 404, "invalid-code")
    assert "ask them for a new one" in problem.problem["detail"]


async def test_accepting_needs_the_advocate_the_victim_saw(
    victim: Writer, advocate: Member, make_api: MakeApi, admin: Member
) -> None:
    someone_else = await new_advocate(make_api, admin, "jamie")
    code = (await advocate.cases.issue_code())["code"]
    await assert_refused(
        victim.api.accept_assignment(code, someone_else.me.account_id, "Robin"),
        409,
        "advocate-mismatch",
    )
    # Refused whole: the code was not used up.
    side = advocacy(victim, KnownKeys())
    case = await side.accept(code, await side.look_up(code), "Robin")
    assert case.advocate.account_id == advocate.me.account_id


async def test_code_guessing_is_throttled(victim: Writer, other: Writer, advocate: Member) -> None:
    code = (await advocate.cases.issue_code())["code"]
    for _ in range(5):
        await assert_refused(victim.api.preview_assignment_code("ABCDE-FGHJK"), 404, "invalid-code")
    blocked = await assert_refused(
        victim.api.preview_assignment_code("ABCDE-FGHJK"), 429, "too-many-attempts"
    )
    assert blocked.problem["detail"].startswith("Too many failed attempts")
    # While throttled, even the right code is not looked at: a guesser learns nothing.
    await assert_refused(victim.api.preview_assignment_code(code), 429, "too-many-attempts")
    await assert_refused(
        victim.api.accept_assignment(code, advocate.me.account_id, "Robin"),
        429,
        "too-many-attempts",
    )
    # The same address trying another victim's account is held back as well.
    await assert_refused(other.api.preview_assignment_code(code), 429, "too-many-attempts")


async def test_an_invitation_works_once(make_api: MakeApi, admin: Member) -> None:
    invitation = await admin.api.invite_advocate("Alex Advocate")
    alex = await join(make_api, invitation["code"], "alex")
    assert (await alex.api.organisation())["role"] == "advocate"
    with pytest.raises(ApiError) as again:
        await join(make_api, invitation["code"], "alex2")
    assert (again.value.status, again.value.code) == (400, "invalid-invitation")


async def test_refused_invitations_create_no_account(
    application: FastAPI, make_api: MakeApi, admin: Member
) -> None:
    invitation = await admin.api.invite_advocate("Alex Advocate")
    await expire_everything(application)
    for code in (invitation["code"], "ABCDE-FGHJK-MNPQR-STVWX", "not a code"):
        with pytest.raises(ApiError) as caught:
            await join(make_api, code, "alex")
        assert (caught.value.status, caught.value.code) == (400, "invalid-invitation")
    # Nothing was half-written: the name is still free, for an ordinary account.
    api = await make_api()
    me, _ = await identity.register(api, "alex", PASSPHRASE, "phone")
    assert (await api.account())["role"] == "victim"
    assert me.username == "alex"


async def test_invitation_guessing_is_throttled(make_api: MakeApi, admin: Member) -> None:
    for n in range(5):
        with pytest.raises(ApiError) as wrong:
            await join(make_api, "ABCDE-FGHJK-MNPQR-STVWX", f"guess{n}")
        assert wrong.value.status == 400
    invitation = await admin.api.invite_advocate("Alex Advocate")
    with pytest.raises(ApiError) as blocked:
        await join(make_api, invitation["code"], "alex")
    assert (blocked.value.status, blocked.value.code) == (429, "too-many-attempts")


async def test_a_deactivated_advocates_code_is_dead(
    victim: Writer, advocate: Member, admin: Member
) -> None:
    code = (await advocate.cases.issue_code())["code"]
    await admin.api.deactivate_advocate(advocate.me.account_id)
    await assert_refused(victim.api.preview_assignment_code(code), 404, "invalid-code")


async def test_only_an_advocate_issues_codes_and_only_a_victim_redeems_them(
    victim: Writer, advocate: Member, admin: Member
) -> None:
    await assert_refused(victim.api.issue_assignment_code(), 403, "forbidden")
    await assert_refused(admin.api.issue_assignment_code(), 403, "forbidden")
    code = (await advocate.cases.issue_code())["code"]
    await assert_refused(advocate.api.preview_assignment_code(code), 403, "forbidden")
    await assert_refused(admin.api.accept_assignment(code, uuid.uuid4(), "x"), 403, "forbidden")
