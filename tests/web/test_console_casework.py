"""The case work in the console, in Debian's Chromium against a live server on
SQLite and PostgreSQL (web/console/test/drive.mjs drives the pages). A victim
(the Python client) shares incidents that raise flags and keeps a safety plan,
a risk review and an orders register with her advocate. In the browser the
advocate sees each flag with its reason, the review due and the order ending
on the case list; on the case page the documents decrypted and verified; the
safety plan's form refuses an empty name and code word, each problem beside
its field; the advocate's new version, written through the form (partly by
keyboard alone), is read and verified by the victim's Python client, with the
fields the form did not touch unchanged. A dishonest server alters the
risk review: it is shown as failed verification. The admin deactivates the
advocate and proposes another for the case; the victim approves on her device
(re-wrapping her entries and documents after checking the fingerprint), and
the new advocate sees the same entries, notes and documents. axe-core finds nothing on
any of these pages."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from cryptography.hazmat.primitives.asymmetric import x25519
from sqlalchemy import select, update

from app.client.advocacy import AdvocateCard
from app.client.api import DaybookApi
from app.client.case_documents import CaseDocuments, Reader
from app.client.diary import Diary
from app.client.handover import VictimHandover
from app.client.incident import new_incident
from app.db import transaction
from app.models import CaseDocumentVersion
from bench.server import LiveServer, server_state
from tests.web.browser import chromium
from tests.web.console_cast import console_cast, register_advocate
from tests.web.console_driver import drive

TODAY = dt.datetime.now(dt.UTC).date()
NOTE = "Safety plan updated with Robin: new code word agreed."

PLAN: dict[str, Any] = {
    "schema_version": 1,
    "written_at": "2026-12-01T10:00:00+00:00",
    "safe_contacts": [
        {
            "id": "sister",
            "name": "Jo (sister)",
            "ways": [{"channel": "text", "safe": True}],
            "voicemail_safe": False,
        }
    ],
    "code_word": {"word": "pineapple", "means": "Call 999 and send them to my flat."},
    "next_review": "2027-01-12",
}
# What the advocate enters in the safety plan's form.
FORM_PLAN = {
    "contact": "Jo (sister)",
    "word": "mango",
    "means": "Come and get me; I can't talk.",
    "place": "Market Street police station",
    "place_where": "Market Street, by the bus stop",
    "trigger": "He turns up at work",
    "actions": ["Tell reception not to let him in", "Call 999"],
    "next_review": "2027-01-19",
}
REVIEW: dict[str, Any] = {
    "schema_version": 1,
    "written_at": "2026-12-01T11:00:00+00:00",
    "assessed_on": (TODAY - dt.timedelta(days=40)).isoformat(),
    "answers": [{"question": "stalking-05", "answer": "yes"}],
    "professional_judgement": {"level": "high", "reasoning": "Visits to work are escalating."},
    "next_review_due": (TODAY + dt.timedelta(days=3)).isoformat(),
}
ORDERS: dict[str, Any] = {
    "schema_version": 1,
    "written_at": "2026-12-01T12:00:00+00:00",
    "orders": [
        {
            "id": "bail",
            "type": "bail-conditions",
            "issued_by": "Northshire Police (pre-charge bail)",
            "reference": "NP/2026/118",
            "start": "2026-10-01",
            "end": (TODAY + dt.timedelta(days=10)).isoformat(),
            "conditions": [{"id": "c1", "text": "Not to contact her by any means."}],
        }
    ],
}


def shared_incident(description: str, day: int, behaviours: list[str]) -> dict[str, Any]:
    start = dt.datetime(2026, 10, day, 21, 15, tzinfo=dt.UTC)
    return new_incident(description, behaviours, start=start, time_zone="Europe/London")


def reader(card: AdvocateCard) -> Reader:
    return Reader(card.account_id, x25519.X25519PublicKey.from_public_bytes(card.key.hpke))


async def alter_document(server: LiveServer, document_id: uuid.UUID) -> None:
    """A dishonest server flips one bit of a case document's only version."""
    async with server_state(server) as state, transaction(state.sessionmaker) as db:
        query = select(CaseDocumentVersion).where(CaseDocumentVersion.document_id == document_id)
        version = (await db.execute(query)).scalars().one()
        flipped = (
            version.ciphertext[:20] + bytes([version.ciphertext[20] ^ 1]) + version.ciphertext[21:]
        )
        await db.execute(
            update(CaseDocumentVersion)
            .where(CaseDocumentVersion.document_id == document_id)
            .values(ciphertext=flipped)
        )


async def test_case_work_in_the_console(server_url: str | None) -> None:
    browser = chromium()
    async with console_cast(server_url) as cast, DaybookApi(cast.server.base_url) as colleague_api:
        server, victim_api, admin_api = cast.server, cast.victim_api, cast.admin_api
        alex, me, known, card = cast.alex, cast.robin, cast.known, cast.card
        sam = await register_advocate(admin_api, colleague_api, "sam")
        diary = Diary(victim_api, me)
        threat = await diary.add(
            shared_incident("He said he would hurt me.", 3, ["contacting", "threats"])
        )
        follow = await diary.add(shared_incident("He followed me home.", 12, ["following"]))
        await cast.victim.share([threat.entry_id, follow.entry_id])
        documents = CaseDocuments(victim_api, me, known)
        mine = x25519.X25519PublicKey.from_public_bytes(me.keys.hpke_public)
        both = [Reader(me.account_id, mine), reader(card)]
        plan = await documents.create(me.account_id, "safety-plan", PLAN, both)
        review = await documents.create(me.account_id, "risk-review", REVIEW, both)
        await documents.create(me.account_id, "orders", ORDERS, both)

        seen = await drive(
            server,
            browser,
            phase="casework",
            username="alex",
            new_plan=FORM_PLAN,
            json_kind="risk review",
            note_text=NOTE,
        )
        assert seen["cases"] == ["Robin"]
        threats = (
            "⚑ Threats or violence recorded: threats recorded in 1 incident, violence in 0; "
            "the latest on 3 Oct 2026."
        )
        breach = (
            "⚑ Possible breach of an order: 2 with contact or presence while an order was in "
            "force: check them against the conditions."
        )
        assert seen["flags"] == [threats, breach] == seen["case_flags"]
        review_due = f"Risk review due {day_words(TODAY + dt.timedelta(days=3))}"
        order_ends = f"Bail conditions NP/2026/118 ends {day_words(TODAY + dt.timedelta(days=10))}"
        assert seen["dues"] == [review_due, order_ends] == seen["case_dues"]
        assert seen["form_start"] == {
            "focused": "Name (required)",
            "contact": "Jo (sister)",
            "channel": "text",
            "safe": True,
            "voicemail": "no",
            "word": "pineapple",
            "next_review": "2027-01-12",
        }
        assert seen["refused"] == [
            "Name (required): Fill this in.",
            "Word or phrase (required): Fill this in.",
        ]
        assert seen["focus_after_refused"] == "error"
        # Each refused field is marked invalid, its problem tied to it after its hint.
        assert seen["field_errors"] == [
            {
                "label": "Name (required)",
                "described": ["Who: a name, or how she knows them.", "Fill this in."],
            },
            {
                "label": "Word or phrase (required)",
                "described": ["Fill this in."],
            },
        ]
        assert seen["focus_from_summary"] == "Name (required)"
        # Correcting a field takes its problem away.
        assert seen["problems_after_fix"] == 0
        assert seen["focus_after_add"] == "Name (required)"
        assert seen["focus_after_remove"] == "Add a route"
        assert seen["json_editor"] == "TEXTAREA"
        help_fields = {f.removesuffix(" (required)") for f in seen["help"]}
        assert {"assessed_on", "answers", "next_review_due"} <= help_fields
        assert seen["documents"] == ["Safety plan", "Risk review", "Orders and conditions"]
        assert seen["failed_documents"] == []
        assert seen["verified_documents"][0].startswith(
            "✔ Verified: Version 2 of 2, written by you, received "
        )
        assert "mango" in seen["plan_text"] and "Voicemail is safe" in seen["plan_text"]

        # The victim's device reads the advocate's version, signed by the key she confirmed.
        history = await documents.read(plan.document_id)
        assert [(v.version, v.author_id) for v in history] == [
            (1, me.account_id),
            (2, alex.account_id),
        ]
        written = dict(history[1].content)
        places, triggers = written.pop("safe_places"), written.pop("triggers")
        assert written == {
            **PLAN,
            "written_at": written["written_at"],
            "code_word": {"word": "mango", "means": "Come and get me; I can't talk."},
            "next_review": "2027-01-19",
        }
        assert [{k: v for k, v in p.items() if k != "id"} for p in places] == [
            {"name": FORM_PLAN["place"], "where": FORM_PLAN["place_where"]}
        ]
        assert [(t["trigger"], t["actions"]) for t in triggers] == [
            (FORM_PLAN["trigger"], FORM_PLAN["actions"])
        ]
        assert written["written_at"] != PLAN["written_at"]
        assert all(v.author_confirmed for v in history)

        await alter_document(server, review.document_id)
        seen = await drive(server, browser, phase="documents_failed", username="alex")
        assert seen["failed_documents"] == ["risk-review"]
        assert seen["failed_text"][0].startswith("✖ Risk review: FAILED verification")
        assert "1 case document FAILED verification: see below, in red." in seen["alerts"]
        assert seen["documents"] == ["Safety plan", "Orders and conditions"]

        # Handover: the admin deactivates Alex, proposes Sam; Robin approves on her device.
        alex_summary = next(
            a for a in await admin_api.organisation_advocates() if a["username"] == "alex"
        )
        await admin_api.deactivate_advocate(uuid.UUID(alex_summary["account_id"]))
        seen = await drive(
            server,
            browser,
            phase="handover_admin",
            username="morgan",
            label="Robin",
            to="Sam Advocate",
        )
        assert "Waiting for you to propose an advocate" in seen["handovers"][0]
        assert "Proposed: waiting for the victim to approve on her device" in seen["proposed"][0]

        # Approving re-wraps her case documents to the new advocate too.
        handover = VictimHandover(victim_api, me, known)
        offer = await handover.offer()
        assert offer is not None
        await handover.approve(offer, sam.fingerprint)

        seen = await drive(server, browser, phase="new_advocate", username="sam")
        assert "Handed over to you from another advocate" in seen["list_notes"]
        assert seen["notice"][0].startswith("This case was handed over to you")
        assert sorted(seen["verified"]) == ["He followed me home.", "He said he would hurt me."]
        # Alex's note, re-wrapped by Robin, still checked against Alex's signature.
        [note] = seen["notes"]
        assert note.startswith(f"{NOTE}✔ Note, written ")
        assert note.endswith(
            "signed by an earlier advocate of this case (their key came from the server, not "
            "from a check you made)"
        )
        assert seen["documents"] == ["Safety plan", "Orders and conditions"]
        assert seen["verified_documents"][0].startswith(
            "✔ Verified: Version 2 of 2, written by another account, whose key you have not "
            "confirmed (it came from the server)"
        )
        assert seen["failed_documents"] == ["risk-review"]


def day_words(on: dt.date) -> str:
    """As the console writes a date: "Wed, 9 Dec 2026"."""
    return f"{on:%a}, {on.day} {on:%b %Y}"
