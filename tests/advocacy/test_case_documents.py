"""Case documents over HTTP with real keys: a victim and her advocate keep a
safety plan and a risk review, both write versions and both verify them;
nobody else gets anything but 404."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import x25519
from fastapi import FastAPI
from sqlalchemy import update

from app.client.api import ApiError
from app.client.case_documents import CaseDocuments, ContentInvalid, Reader, validate
from app.client.errors import VerificationError
from app.client.known_keys import KnownKeys
from app.db import transaction
from app.models import CaseDocumentVersion
from app.protocol import case_documents, key_grants
from app.protocol.encoding import b64encode
from tests.advocacy.people import Member, advocacy, assign, new_advocate, server
from tests.bundles.orders import stalking_protection_order
from tests.conftest import MakeApi
from tests.writers import Writer, sign_up

PLAN: dict[str, Any] = {
    "schema_version": 1,
    "written_at": "2026-12-01T10:00:00+00:00",
    "safe_contacts": [
        {
            "id": "sister",
            "name": "Jo (sister)",
            "ways": [
                {"channel": "text", "safe": True},
                {"channel": "call", "safe": False, "when": "not after 6pm: he checks"},
            ],
            "voicemail_safe": False,
            "knows_code_word": True,
        }
    ],
    "code_word": {"word": "pineapple", "means": "Call 999 and send them to my flat."},
    "safe_places": [{"id": "library", "name": "Central Library", "open": "9-8 daily"}],
    "triggers": [
        {
            "id": "work",
            "trigger": "He turns up at work.",
            "actions": ["Tell reception", "Stay inside", "Call the OIC"],
        }
    ],
    "ready_to_leave": {"items": [{"item": "passport", "where": "at Jo's", "ready": True}]},
    "next_review": "2027-01-12",
}

REVIEW: dict[str, Any] = {
    "schema_version": 1,
    "written_at": "2026-12-01T11:00:00+00:00",
    "assessed_on": "2026-12-01",
    "answers": [
        {"question": "dash-02", "answer": "yes"},
        {"question": "stalking-05", "answer": "yes", "comment": "Outside work three times."},
    ],
    "professional_judgement": {
        "level": "high",
        "reasoning": "Escalating visits to work; fear of violence.",
        "marac_referral": True,
    },
    "next_review_due": "2027-01-26",
}


def victim_side(victim: Writer, known: KnownKeys) -> CaseDocuments:
    return CaseDocuments(victim.api, victim.me, known)


def reader_of(account_id: uuid.UUID, hpke: bytes) -> Reader:
    return Reader(account_id, x25519.X25519PublicKey.from_public_bytes(hpke))


def readers(victim: Writer, advocate: Member) -> list[Reader]:
    return [
        reader_of(victim.me.account_id, victim.me.keys.hpke_public),
        reader_of(advocate.me.account_id, advocate.me.keys.hpke_public),
    ]


async def test_victim_and_advocate_keep_a_safety_plan_and_a_risk_review(
    victim: Writer, advocate: Member
) -> None:
    known = KnownKeys()
    _case, view = await assign(victim, advocate, known)
    mine = victim_side(victim, known)
    theirs = CaseDocuments(advocate.api, advocate.me, advocate.known)
    victim_id = victim.me.account_id

    plan = await mine.create(victim_id, "safety-plan", PLAN, readers(victim, advocate))
    updated = {**PLAN, "code_word": {"word": "mango", "means": "Come and get me."}}
    await theirs.update(plan.document_id, updated)
    review = await theirs.create(view.victim_id, "risk-review", REVIEW, readers(victim, advocate))
    await mine.update(review.document_id, {**REVIEW, "notes": "I disagree about work."})

    for side in (mine, theirs):
        plan_history = await side.read(plan.document_id)
        assert [(v.version, v.author_id, v.content["code_word"]["word"]) for v in plan_history] == [
            (1, victim_id, "pineapple"),
            (2, advocate.me.account_id, "mango"),
        ]
        review_history = await side.read(review.document_id)
        assert [(v.kind, v.author_id) for v in review_history] == [
            ("risk-review", advocate.me.account_id),
            ("risk-review", victim_id),
        ]
        assert all(v.author_confirmed for v in plan_history + review_history)
        assert {v.receipt["kind"] for v in plan_history} == {"case-document"}
    listed = await theirs.documents()
    assert [(d["kind"], d["current_version"]) for d in listed] == [
        ("safety-plan", 2),
        ("risk-review", 2),
    ]
    assert [d["id"] for d in await mine.documents()] == [d["id"] for d in listed]


async def test_nobody_else_gets_anything_and_the_old_advocate_loses_it(
    victim: Writer, advocate: Member, admin: Member, make_api: MakeApi
) -> None:
    known = KnownKeys()
    await assign(victim, advocate, known)
    plan = await victim_side(victim, known).create(
        victim.me.account_id, "safety-plan", PLAN, readers(victim, advocate)
    )
    colleague = await new_advocate(make_api, admin, "casey")
    stranger = await sign_up(make_api, "sam")
    path = f"/v1/case-documents/{plan.document_id}"
    for outsider in (colleague.api, stranger.api, admin.api):
        for method, url, body in (
            ("GET", path, None),
            ("GET", f"{path}/versions", None),
            ("POST", f"{path}/versions", {"base_version": 1, **_junk_version()}),
        ):
            with pytest.raises(ApiError) as refused:
                await outsider.call(method, url, json=body)
            assert refused.value.status == 404, (method, url)
        assert (await outsider.call("GET", "/v1/case-documents"))["documents"] == []
    # Writing a new document into her case is refused the same way.
    with pytest.raises(ApiError) as refused:
        await CaseDocuments(colleague.api, colleague.me, KnownKeys()).create(
            victim.me.account_id, "orders", _orders(), readers(victim, advocate)
        )
    assert refused.value.status == 404

    await advocacy(victim, known).end()
    with pytest.raises(ApiError) as refused:
        await advocate.api.call("GET", path)
    assert refused.value.status == 404
    assert (await advocate.api.call("GET", "/v1/case-documents"))["documents"] == []
    assert [v.version for v in await victim_side(victim, known).read(plan.document_id)] == [1]


async def test_a_document_made_before_the_advocate_is_given_to_them(
    victim: Writer, advocate: Member
) -> None:
    known = KnownKeys()
    mine = victim_side(victim, known)
    me = [reader_of(victim.me.account_id, victim.me.keys.hpke_public)]
    plan = await mine.create(victim.me.account_id, "safety-plan", PLAN, me)
    _case, _view = await assign(victim, advocate, known)
    path = f"/v1/case-documents/{plan.document_id}"
    with pytest.raises(ApiError) as refused:
        await advocate.api.call("GET", path)
    assert refused.value.status == 404

    key = known.confirmed(advocate.me.account_id)
    given = await mine.give(plan.document_id, reader_of(advocate.me.account_id, key.hpke))
    assert given["receipt"]["kind"] == "key-grant"
    theirs = CaseDocuments(advocate.api, advocate.me, advocate.known)
    assert [v.content["next_review"] for v in await theirs.read(plan.document_id)] == ["2027-01-12"]


class Held(Exception):
    """Stops the client just before it sends a write, to send it ourselves."""


def hold_writes(api: Any, held: list[dict[str, Any]]) -> None:
    async def capture(method: str, path: str, **kw: Any) -> Any:
        if method in ("POST", "PUT"):
            held.append({"method": method, "path": path, "json": kw["json"]})
            raise Held
        return await type(api).call(api, method, path, **kw)

    api.call = capture


async def test_identical_requests_at_once_make_one_document_and_one_version(
    make_api: MakeApi, victim: Writer, advocate: Member
) -> None:
    known = KnownKeys()
    await assign(victim, advocate, known)
    held: list[dict[str, Any]] = []
    device = await make_api()
    device.tokens = victim.api.tokens
    hold_writes(device, held)
    with pytest.raises(Held):
        await CaseDocuments(device, victim.me, known).create(
            victim.me.account_id, "safety-plan", PLAN, readers(victim, advocate)
        )
    answers = await asyncio.gather(*[victim.api.request(**held[0]) for _ in range(3)])
    assert sorted(a.status_code for a in answers) == [200, 200, 201]
    document_id = uuid.UUID(answers[0].json()["id"])

    with pytest.raises(Held):
        await CaseDocuments(device, victim.me, known).update(document_id, {**PLAN, "notes": "2"})
    answers = await asyncio.gather(*[victim.api.request(**held[1]) for _ in range(3)])
    assert sorted(a.status_code for a in answers) == [200, 200, 201]
    assert [v.version for v in await victim_side(victim, known).read(document_id)] == [1, 2]

    stale = {**held[1]["json"], "commitment": _junk_version()["commitment"]}
    with pytest.raises(ApiError) as refused:
        await victim.api.call("POST", held[1]["path"], json=stale)
    assert (refused.value.status, refused.value.code) == (409, "stale-version")


async def test_a_version_changed_on_the_server_is_refused(
    application: FastAPI, victim: Writer, advocate: Member
) -> None:
    known = KnownKeys()
    await assign(victim, advocate, known)
    plan = await victim_side(victim, known).create(
        victim.me.account_id, "safety-plan", PLAN, readers(victim, advocate)
    )
    async with transaction(server(application).sessionmaker) as db:
        stored = await db.get(CaseDocumentVersion, (plan.document_id, 1))
        assert stored is not None
        tampered = bytearray(stored.ciphertext)
        tampered[40] ^= 1
        await db.execute(
            update(CaseDocumentVersion)
            .where(CaseDocumentVersion.document_id == plan.document_id)
            .values(ciphertext=bytes(tampered))
        )
    theirs = CaseDocuments(advocate.api, advocate.me, advocate.known)
    with pytest.raises(VerificationError):
        await theirs.read(plan.document_id)


def test_content_is_checked_against_its_schema_before_it_is_sealed() -> None:
    validate("safety-plan", PLAN)
    validate("risk-review", REVIEW)
    validate("orders", _orders())
    with pytest.raises(ContentInvalid) as invalid:
        validate("risk-review", {**REVIEW, "answers": REVIEW["answers"] * 2})
    assert "$.answers: an item's question is used twice" in invalid.value.problems
    with pytest.raises(ContentInvalid):
        validate("orders", {**_orders(), "orders": [{**_orders()["orders"][0], "type": "asbo"}]})
    with pytest.raises(ContentInvalid):
        validate("safety-plan", {**PLAN, "next_review": "soon"})


def _orders() -> dict[str, Any]:
    return stalking_protection_order("2026-12-01T12:00:00+00:00", "2026-11-20", "2028-11-20")


def _junk_version() -> dict[str, Any]:
    return {
        "ciphertext": b64encode(bytes([1]) + bytes(1052)),
        "commitment": b64encode(b"{}"),
        "signature": b64encode(bytes(64)),
    }


async def test_the_server_refuses_grants_and_versions_that_do_not_bind(
    make_api: MakeApi, victim: Writer, advocate: Member
) -> None:
    known = KnownKeys()
    await assign(victim, advocate, known)
    held: list[dict[str, Any]] = []
    device = await make_api()
    device.tokens = victim.api.tokens
    hold_writes(device, held)
    for _ in range(2):
        with pytest.raises(Held):
            await CaseDocuments(device, victim.me, known).create(
                victim.me.account_id, "safety-plan", PLAN, readers(victim, advocate)
            )
    first, second = held[0], held[1]

    async def refused(body: dict[str, Any], path: str = first["path"]) -> tuple[int, str]:
        with pytest.raises(ApiError) as caught:
            await victim.api.call("PUT", path, json=body)
        return caught.value.status, caught.value.code

    # Without the advocate's grant, or with the victim's grant twice.
    alone = {**first["json"], "grants": first["json"]["grants"][:1]}
    assert await refused(alone) == (400, "invalid-key-grant")
    twice = {**first["json"], "grants": [first["json"]["grants"][0]] * 2}
    assert await refused(twice) == (400, "invalid-key-grant")
    # A grant made for another document does not verify for this one.
    swapped = {**first["json"], "grants": second["json"]["grants"]}
    assert await refused(swapped) == (400, "invalid-key-grant")
    # A version sealed for another document does not either.
    moved = {**first["json"], "version": second["json"]["version"]}
    assert await refused(moved) == (400, "invalid-version")
    # Nor does one relabelled as another kind.
    assert await refused({**first["json"], "kind": "orders"}) == (400, "invalid-version")
    # The advocate cannot pass off a version the victim signed as their own,
    # even with grants they signed themselves for this document.
    document_id = uuid.UUID(first["path"].rsplit("/", 1)[1])
    own_grants = []
    for reader in readers(victim, advocate):
        info = case_documents.key_info(document_id, reader.account_id)
        envelope, signature = key_grants.grant(
            bytes(32), reader.hpke, info, advocate.me.keys.signing
        )
        own_grants.append(
            {
                "reader_id": str(reader.account_id),
                "envelope": b64encode(envelope),
                "signature": b64encode(signature),
            }
        )
    with pytest.raises(ApiError) as caught:
        await advocate.api.call("PUT", first["path"], json={**first["json"], "grants": own_grants})
    assert (caught.value.status, caught.value.code) == (400, "invalid-version")
    await victim.api.call("PUT", first["path"], json=first["json"])
