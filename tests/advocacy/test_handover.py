"""Handing a case to another advocate: proposed by an admin or the advocate,
approved on the victim's device after it checks the new advocate's
fingerprint; the new advocate reads the same history, notes and case documents,
the old one gets 404, and a deactivation leaves every case awaiting handover with the
victim told why."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from fastapi import FastAPI
from sqlalchemy import update

from app.client import identity
from app.client.advocacy import entry_grant
from app.client.api import ApiError
from app.client.case_documents import CaseDocuments
from app.client.handover import (
    DocumentsNotGiven,
    FingerprintMismatch,
    HandoverOffer,
    NoAdvocateProposed,
    VictimHandover,
)
from app.client.known_keys import KeyChanged, KnownKeys
from app.db import transaction
from app.models import Account
from app.protocol.encoding import b64encode
from tests.advocacy.people import (
    Member,
    advocacy,
    assign,
    join,
    new_admin,
    new_advocate,
    new_organisation,
    server,
)
from tests.advocacy.test_case_documents import PLAN, REVIEW, reader_of
from tests.conftest import MakeApi
from tests.writers import PASSPHRASE, Writer, incident


async def _events(victim: Writer) -> list[str]:
    return [e["kind"] for e in (await victim.api.security_events())["events"]]


async def _open_offer(side: VictimHandover) -> HandoverOffer:
    offer = await side.offer()
    assert offer is not None
    return offer


async def test_a_handed_over_case_keeps_its_history_and_the_old_advocate_loses_it(
    make_api: MakeApi, victim: Writer, admin: Member, advocate: Member
) -> None:
    first = (await victim.diary.add(incident("He was at the bus stop."))).entry_id
    second = (await victim.diary.add(incident("He called 14 times.", day=2))).entry_id
    known = KnownKeys()
    old_case, old_view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([first, second])
    note = await advocate.cases.add_note(old_view, "Safe word agreed: daffodil.")
    sam = await new_advocate(make_api, admin, "jordan")

    proposed = await admin.api.propose_handover(old_case.case_id, sam.me.account_id, "leave")
    assert (proposed["status"], proposed["label"]) == ("proposed", "Robin")
    assert [h["id"] for h in await admin.api.organisation_handovers()] == [proposed["id"]]
    assert (await _events(victim))[0] == "handover_proposed"
    # Until she approves, nothing moves.
    assert len(await advocate.cases.read(old_view, first)) == 1
    assert await sam.api.cases() == []

    side = VictimHandover(victim.api, victim.me, known)
    offer = await _open_offer(side)
    assert (offer.reason, set(offer.shared_entry_ids)) == ("leave", {first, second})
    assert offer.note_ids == (note.note_id,)
    new_case = await side.approve(offer, sam.me.fingerprint)
    assert new_case.advocate.account_id == sam.me.account_id
    assert known.confirmed(sam.me.account_id).fingerprint == sam.me.fingerprint

    (listed,) = await sam.api.cases()
    assert (listed["handed_over_from"], listed["shared_entries"]) == (str(old_case.case_id), 2)
    view = await sam.cases.case(new_case.case_id)
    for entry_id in (first, second):
        assert len(await sam.cases.read(view, entry_id)) == 1
    (handed,) = await sam.cases.notes(view)
    assert (handed.note_id, handed.text, handed.author_confirmed) == (
        note.note_id,
        "Safe word agreed: daffodil.",
        False,
    )

    for call in (
        advocate.api.entry(first),
        advocate.api.case(old_case.case_id),
        advocate.api.case_notes(old_case.case_id),
    ):
        with pytest.raises(ApiError) as refused:
            await call
        assert refused.value.status == 404
    assert await advocate.api.cases() == []

    assert (await _events(victim))[0] == "case_handed_over"
    log = await advocacy(victim, known).access_log()
    handovers = [r for r in log if r["kind"] == "handover"]
    assert {(r["entry_id"], r["reader"]["account_id"]) for r in handovers} == {
        (str(first), str(sam.me.account_id)),
        (str(second), str(sam.me.account_id)),
    }
    assert await side.offer() is None
    assert await admin.api.organisation_handovers() == []


async def test_deactivation_leaves_the_case_awaiting_handover_and_tells_the_victim(
    make_api: MakeApi, victim: Writer, admin: Member, advocate: Member
) -> None:
    entry_id = (await victim.diary.add(incident("A parcel with no name."))).entry_id
    known = KnownKeys()
    case, _view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([entry_id])

    await admin.api.deactivate_advocate(advocate.me.account_id)

    assert (await _events(victim))[0] == "advocate_deactivated"
    side = VictimHandover(victim.api, victim.me, known)
    offer = await _open_offer(side)
    assert (offer.status, offer.reason, offer.to_advocate) == (
        "awaiting_advocate",
        "deactivation",
        None,
    )
    assert offer.shared_entry_ids == (entry_id,)
    with pytest.raises(NoAdvocateProposed):
        await side.approve(offer, "")
    (waiting,) = await admin.api.organisation_handovers()
    assert (waiting["case_id"], waiting["status"]) == (str(case.case_id), "awaiting_advocate")

    # The organisation reactivates the advocate: their old case stays ended.
    await admin.api.reactivate_advocate(advocate.me.account_id)
    back = await make_api()
    await identity.login(back, "alex", PASSPHRASE, "laptop again")
    assert await back.cases() == []
    with pytest.raises(ApiError) as refused:
        await back.entry(entry_id)
    assert refused.value.status == 404

    sam = await new_advocate(make_api, admin, "jordan")
    await admin.api.propose_handover(case.case_id, sam.me.account_id, "caseload")
    offer = await _open_offer(side)
    assert (offer.status, offer.reason) == ("proposed", "deactivation")
    new_case = await side.approve(offer, sam.me.fingerprint)
    view = await sam.cases.case(new_case.case_id)
    assert len(await sam.cases.read(view, entry_id)) == 1


async def test_a_swapped_key_for_the_new_advocate_is_refused_by_her_device(
    application: FastAPI, make_api: MakeApi, victim: Writer, admin: Member, advocate: Member
) -> None:
    """A dishonest server offers its own key as the new advocate's: the
    fingerprint the advocate read out does not match, and nothing is sent."""
    entry_id = (await victim.diary.add(incident("He followed me home."))).entry_id
    known = KnownKeys()
    case, _view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([entry_id])
    sam = await new_advocate(make_api, admin, "jordan")
    await advocate.api.propose_handover(case.case_id, sam.me.account_id, "caseload")

    forged_signing = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    forged_hpke = x25519.X25519PrivateKey.generate().public_key().public_bytes_raw()
    async with transaction(server(application).sessionmaker) as db:
        await db.execute(
            update(Account)
            .where(Account.id == sam.me.account_id)
            .values(signing_public_key=forged_signing, hpke_public_key=forged_hpke)
        )

    side = VictimHandover(victim.api, victim.me, known)
    offer = await _open_offer(side)
    assert offer.to_advocate is not None
    assert offer.to_advocate.key.fingerprint != sam.me.fingerprint
    with pytest.raises(FingerprintMismatch):
        await side.approve(offer, sam.me.fingerprint)
    assert sam.me.account_id not in known.keys
    # Nothing moved: the handover is still open and the old advocate keeps the case.
    assert (await _open_offer(side)).status == "proposed"
    assert [c["id"] for c in await advocate.api.cases()] == [str(case.case_id)]


async def test_only_the_proposed_advocate_and_the_victims_own_grants_are_accepted(
    make_api: MakeApi, victim: Writer, other: Writer, admin: Member, advocate: Member
) -> None:
    entry_id = (await victim.diary.add(incident("He left a note."))).entry_id
    known = KnownKeys()
    case, _view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([entry_id])
    sam = await new_advocate(make_api, admin, "jordan")
    rival = await new_advocate(make_api, admin, "rival")
    await admin.api.propose_handover(case.case_id, sam.me.account_id, "leave")
    offer = await _open_offer(VictimHandover(victim.api, victim.me, known))
    body: dict[str, Any] = {
        "handover_id": str(offer.handover_id),
        "to_advocate_id": str(rival.me.account_id),
        "entry_grants": [],
        "note_grants": [],
    }
    with pytest.raises(ApiError) as mismatch:
        await victim.api.approve_handover(body)
    assert (mismatch.value.status, mismatch.value.code) == (409, "advocate-mismatch")

    # A grant signed by someone else than the victim is refused, whole.
    assert offer.to_advocate is not None
    own = (await other.diary.add(incident("Not hers."))).entry_id
    forged = entry_grant(other.me, await other.api.entry(own), offer.to_advocate)
    forged["entry_id"] = str(entry_id)
    body |= {"to_advocate_id": str(sam.me.account_id), "entry_grants": [forged]}
    with pytest.raises(ApiError) as refused:
        await victim.api.approve_handover(body)
    assert (refused.value.status, refused.value.code) == (400, "invalid-key-grant")
    assert await sam.api.cases() == []


async def test_who_may_propose_a_handover(
    application: FastAPI, make_api: MakeApi, victim: Writer, admin: Member, advocate: Member
) -> None:
    known = KnownKeys()
    case, _view = await assign(victim, advocate, known)
    sam = await new_advocate(make_api, admin, "jordan")
    elsewhere = await new_organisation(application, "Southvale Victim Services")
    other_admin = await new_admin(application, make_api, elsewhere, "quinn")
    blake = await new_advocate(make_api, other_admin, "blake")
    for who in (other_admin, blake, sam):
        with pytest.raises(ApiError) as refused:
            await who.api.propose_handover(case.case_id, sam.me.account_id, "leave")
        assert refused.value.status == 404
    for target in (advocate.me.account_id, other_admin.me.account_id, uuid.uuid4()):
        with pytest.raises(ApiError) as unknown:
            await admin.api.propose_handover(case.case_id, target, "leave")
        assert (unknown.value.status, unknown.value.code) == (404, "unknown-advocate")
    with pytest.raises(ApiError) as victims:
        await victim.api.propose_handover(case.case_id, sam.me.account_id, "leave")
    assert victims.value.status == 403
    # To another organisation's advocate, by the advocate themself.
    await advocate.api.propose_handover(case.case_id, blake.me.account_id, "other")
    offer = await _open_offer(VictimHandover(victim.api, victim.me, known))
    assert offer.to_advocate is not None
    assert offer.to_advocate.organisation_name == "Southvale Victim Services"


async def test_declining_keeps_an_active_advocate(
    make_api: MakeApi, victim: Writer, admin: Member, advocate: Member
) -> None:
    entry_id = (await victim.diary.add(incident("He waited outside work."))).entry_id
    known = KnownKeys()
    case, view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([entry_id])
    sam = await new_advocate(make_api, admin, "jordan")
    await admin.api.propose_handover(case.case_id, sam.me.account_id, "caseload")
    side = VictimHandover(victim.api, victim.me, known)
    await side.decline()
    assert await side.offer() is None
    assert (await _events(victim))[0] == "handover_declined"
    assert len(await advocate.cases.read(view, entry_id)) == 1
    with pytest.raises(ApiError) as gone:
        await side.decline()
    assert (gone.value.status, gone.value.code) == (404, "no-handover")


async def test_admins_list_and_revoke_pending_invitations(admin: Member, make_api: MakeApi) -> None:
    first = await admin.api.invite_advocate("Jo Advocate")
    second = await admin.api.invite_advocate("Kim Advocate")
    listed = await admin.api.organisation_invitations()
    assert [i["id"] for i in listed] == [first["id"], second["id"]]
    assert "code" not in listed[0]
    await admin.api.revoke_invitation(uuid.UUID(first["id"]))
    assert [i["id"] for i in await admin.api.organisation_invitations()] == [second["id"]]
    with pytest.raises(ApiError) as gone:
        await admin.api.revoke_invitation(uuid.UUID(first["id"]))
    assert gone.value.status == 404
    with pytest.raises(ApiError) as refused:
        await join(make_api, first["code"], "josephine")
    assert refused.value.code == "invalid-invitation"
    await join(make_api, second["code"], "kimberley")
    assert await admin.api.organisation_invitations() == []


async def _keep_documents(
    victim: Writer, advocate: Member, known: KnownKeys
) -> tuple[uuid.UUID, uuid.UUID]:
    """A safety plan the victim starts and a risk review her advocate writes."""
    _case, view = await assign(victim, advocate, known)
    readers = [
        reader_of(victim.me.account_id, victim.me.keys.hpke_public),
        reader_of(advocate.me.account_id, advocate.me.keys.hpke_public),
    ]
    mine = CaseDocuments(victim.api, victim.me, known)
    plan = await mine.create(victim.me.account_id, "safety-plan", PLAN, readers)
    theirs = CaseDocuments(advocate.api, advocate.me, advocate.known)
    review = await theirs.create(view.victim_id, "risk-review", REVIEW, readers)
    return plan.document_id, review.document_id


async def test_the_new_advocate_reads_the_same_case_documents_and_the_old_one_gets_404(
    make_api: MakeApi, victim: Writer, admin: Member, advocate: Member
) -> None:
    known = KnownKeys()
    plan, review = await _keep_documents(victim, advocate, known)
    (old_case,) = await advocate.api.cases()
    sam = await new_advocate(make_api, admin, "jordan")
    await admin.api.propose_handover(uuid.UUID(old_case["id"]), sam.me.account_id, "leave")

    side = VictimHandover(victim.api, victim.me, known)
    await side.approve(await _open_offer(side), sam.me.fingerprint)

    theirs = CaseDocuments(sam.api, sam.me, sam.known)
    assert [d["id"] for d in await theirs.documents()] == [str(plan), str(review)]
    (plan_version,) = await theirs.read(plan)
    (review_version,) = await theirs.read(review)
    assert plan_version.content == PLAN
    assert (review_version.content, review_version.author_id) == (REVIEW, advocate.me.account_id)
    # Sam writes the next version; the victim verifies it.
    await theirs.update(review, {**REVIEW, "next_review_due": "2027-02-09"})
    mine = CaseDocuments(victim.api, victim.me, known)
    assert [v.author_id for v in await mine.read(review)] == [
        advocate.me.account_id,
        sam.me.account_id,
    ]

    old = CaseDocuments(advocate.api, advocate.me, advocate.known)
    assert await old.documents() == []
    for document_id in (plan, review):
        for path in ("", "/versions"):
            with pytest.raises(ApiError) as refused:
                await advocate.api.call("GET", f"/v1/case-documents/{document_id}{path}")
            assert refused.value.status == 404


async def test_documents_are_not_given_when_the_server_names_another_key_after_approval(
    make_api: MakeApi, victim: Writer, admin: Member, advocate: Member
) -> None:
    """A dishonest server answers the approval with its own key as the new
    advocate's: her device stops before wrapping any document key."""
    known = KnownKeys()
    await _keep_documents(victim, advocate, known)
    (old_case,) = await advocate.api.cases()
    sam = await new_advocate(make_api, admin, "jordan")
    await admin.api.propose_handover(uuid.UUID(old_case["id"]), sam.me.account_id, "leave")

    honest = victim.api.approve_handover
    forged = x25519.X25519PrivateKey.generate().public_key().public_bytes_raw()
    sent: list[str] = []

    async def dishonest(body: dict[str, Any]) -> dict[str, Any]:
        answer = await honest(body)
        answer["advocate"]["hpke_public_key"] = b64encode(forged)
        return answer

    async def watched(method: str, path: str, **kw: Any) -> Any:
        sent.append(f"{method} {path}")
        return await call(method, path, **kw)

    call = victim.api.call
    victim.api.approve_handover = dishonest  # type: ignore[method-assign]
    victim.api.call = watched  # type: ignore[method-assign]
    side = VictimHandover(victim.api, victim.me, known)
    with pytest.raises(KeyChanged):
        await side.approve(await _open_offer(side), sam.me.fingerprint)
    assert not [s for s in sent if s.endswith("/grants")]
    assert await CaseDocuments(sam.api, sam.me, sam.known).documents() == []


async def test_documents_interrupted_after_approval_are_given_again(
    make_api: MakeApi, victim: Writer, admin: Member, advocate: Member
) -> None:
    """The case moved but the connection dropped while giving documents: she
    is told so, and giving them all again finishes it."""
    known = KnownKeys()
    plan, review = await _keep_documents(victim, advocate, known)
    (old_case,) = await advocate.api.cases()
    sam = await new_advocate(make_api, admin, "jordan")
    await admin.api.propose_handover(uuid.UUID(old_case["id"]), sam.me.account_id, "leave")

    call = victim.api.call

    async def dropped(method: str, path: str, **kw: Any) -> Any:
        if path.endswith("/grants"):
            raise httpx.ConnectError("the connection dropped")
        return await call(method, path, **kw)

    victim.api.call = dropped  # type: ignore[method-assign]
    side = VictimHandover(victim.api, victim.me, known)
    with pytest.raises(DocumentsNotGiven, match="case-doc give --all"):
        await side.approve(await _open_offer(side), sam.me.fingerprint)
    assert await sam.api.cases() != []
    victim.api.call = call  # type: ignore[method-assign]

    card = known.confirmed(sam.me.account_id)
    reader = reader_of(sam.me.account_id, card.hpke)
    assert await CaseDocuments(victim.api, victim.me, known).give_all(reader) == 2
    theirs = CaseDocuments(sam.api, sam.me, sam.known)
    assert {d["id"] for d in await theirs.documents()} == {str(plan), str(review)}
