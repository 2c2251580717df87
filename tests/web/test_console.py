"""The console in Debian's Chromium against a live server on loopback, on SQLite
and PostgreSQL (web/console/test/drive.mjs drives the pages). A victim shares
three entries with the Python client (one with a photo, edited once) and keeps
a fourth; the advocate signs in in the browser and sees exactly the three,
verified, opens the photo, adds a note and starts a safety plan with its form,
both of which the victim's Python client verifies; ten minutes without use
lock the console. The
victim revokes one, a dishonest server alters another, and on refresh the
revoked one is gone and the altered one is shown as failed verification. The
admin invites an advocate, sees the invitations not used yet and revokes one
(by keyboard), deactivates an advocate and reactivates them. axe-core finds nothing on any
page, no Content-Security-Policy violation happens and nothing is requested
from another origin."""

from __future__ import annotations

import uuid
from io import BytesIO
from pathlib import Path

import httpx
from PIL import Image
from sqlalchemy import select, update

from app.client import attachments
from app.client.attachments import PendingUpload
from app.client.case_documents import CaseDocuments
from app.client.diary import Diary
from app.client.incident_fields import with_attachments
from app.console_ui import CSP
from app.db import transaction
from app.models import EntryVersion
from bench.server import LiveServer, server_state
from tests.web.browser import chromium
from tests.web.console_cast import console_cast
from tests.web.console_driver import drive
from tests.writers import incident

NOTE = "Called Robin; safety plan reviewed, next call Friday."
# What the advocate enters in the form of a safety plan she starts.
STARTED_PLAN = {"word": "blue umbrella", "means": "Call 999 now.", "place": "The library"}


def photo(path: Path) -> Path:
    image = Image.new("RGB", (160, 90), (200, 40, 40))
    image.paste((30, 60, 160), (80, 0, 160, 90))
    buffer = BytesIO()
    image.save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


async def alter(server: LiveServer, entry_id: uuid.UUID) -> None:
    """A dishonest server flips one bit of the entry's latest ciphertext."""
    async with server_state(server) as state, transaction(state.sessionmaker) as db:
        version = (
            (
                await db.execute(
                    select(EntryVersion)
                    .where(EntryVersion.entry_id == entry_id)
                    .order_by(EntryVersion.version.desc())
                )
            )
            .scalars()
            .first()
        )
        assert version is not None
        flipped = bytes([version.ciphertext[0] ^ 1]) + version.ciphertext[1:]
        await db.execute(
            update(EntryVersion)
            .where(EntryVersion.entry_id == entry_id, EntryVersion.version == version.version)
            .values(ciphertext=flipped)
        )


async def test_the_console_in_a_browser(server_url: str | None, tmp_path: Path) -> None:
    browser = chromium()
    async with console_cast(server_url) as cast:
        server, victim_api, admin_api, advocate_api = (
            cast.server,
            cast.victim_api,
            cast.admin_api,
            cast.advocate_api,
        )
        alex, victim, case = cast.alex, cast.victim, cast.case
        await admin_api.invite_advocate("Kit Advocate")
        diary = Diary(victim_api, cast.robin)
        reference = await attachments.upload(
            victim_api, PendingUpload.plan(photo(tmp_path / "doorstep.png"))
        )
        pictured = await diary.add(
            with_attachments(incident("He left a note on my doorstep.", day=3), [reference])
        )
        await diary.edit(
            pictured.entry_id,
            with_attachments(incident("He left a note on my doorstep at 9pm.", day=3), [reference]),
        )
        revoked = await diary.add(incident("He followed me to the station.", day=5))
        altered = await diary.add(incident("He phoned my work twice.", day=9))
        await diary.add(incident("Not shared: my own note.", day=11))
        await victim.share([pictured.entry_id, revoked.entry_id, altered.entry_id])

        # What the console reads carries no-store; the console itself its CSP.
        async with httpx.AsyncClient(base_url=server.base_url) as plain:
            page = await plain.get("/console/")
            assert page.status_code == 200
            assert page.headers["content-security-policy"] == CSP
            assert advocate_api.tokens is not None
            bearer = {"Authorization": f"Bearer {advocate_api.tokens.access_token}"}
            cases = await plain.get("/v1/cases", headers=bearer)
            assert (cases.status_code, cases.headers["cache-control"]) == (200, "no-store")

        seen = await drive(
            server,
            browser,
            phase="advocate",
            username="alex",
            photo="doorstep.png",
            note_text=NOTE,
            start_plan=STARTED_PLAN,
        )
        assert seen["cases"] == ["Robin"]
        assert sorted(seen["verified"]) == sorted(
            [
                "He left a note on my doorstep at 9pm.",
                "He followed me to the station.",
                "He phoned my work twice.",
            ]
        )
        assert seen["failed"] == []
        # Local times with the zone named: 21:15 UTC on 9 October is 22:15 in London.
        assert seen["headings"][0] == "Fri, 9 Oct 2026, 22:15 BST (Europe/London)"
        assert seen["amendments"] == ["Amendments: 1 earlier version"]
        assert seen["photo"] == {"width": 160, "height": 90, "src": "blob:"}
        assert seen["fingerprint"] == alex.fingerprint
        assert len(seen["code"].replace("-", "").replace(" ", "")) == 10
        [note] = await victim.notes()
        assert (note.text, note.advocate_id, note.case_id) == (NOTE, alex.account_id, case.case_id)
        # The safety plan Alex started with the form: Robin's device reads it, signed by Alex.
        assert seen["started_plan"].startswith("✔ Verified: Version 1 of 1, written by you")
        documents = CaseDocuments(victim_api, cast.robin, cast.known)
        [summary] = await documents.documents()
        [started] = await documents.read(uuid.UUID(summary["id"]))
        assert (summary["kind"], started.author_id, started.author_confirmed) == (
            "safety-plan",
            alex.account_id,
            True,
        )
        assert started.content["code_word"] == {
            "word": STARTED_PLAN["word"],
            "means": STARTED_PLAN["means"],
        }
        assert [p["name"] for p in started.content["safe_places"]] == [STARTED_PLAN["place"]]

        await victim.unshare(revoked.entry_id)
        await alter(server, altered.entry_id)
        seen = await drive(server, browser, phase="refresh", username="alex", failed_shot=True)
        assert seen["after_reload"] == "Sign in"
        assert seen["verified"] == ["He left a note on my doorstep at 9pm."]
        assert seen["failed"] == [str(altered.entry_id)]
        # The SDK names the check that failed; the console says it in the person's language.
        assert seen["failed_why"] == [
            "What failed: the encrypted text is not the one its author signed"
        ]

        seen = await drive(server, browser, phase="idle", username="alex")
        assert seen["before_lock"] == "Your cases"
        assert seen["locked"].startswith("Locked after 10 minutes without use.")
        assert (seen["after_lock"], seen["nav_after_lock"]) == ("Sign in", 0)

        seen = await drive(
            server,
            browser,
            phase="admin",
            username="morgan",
            invite="Sam Advocate",
            revoke="Kit Advocate",
            deactivate="Alex Advocate",
            reactivate="Alex Advocate",
        )
        assert len(seen["invitation"]) >= 10
        assert sorted(seen["invitations"]) == ["Kit Advocate", "Sam Advocate"]
        assert seen["invitations_after_revoke"] == ["Sam Advocate"]
        assert seen["focus_after_revoke"] == "invitations-title"
        assert seen["invitation_code_still_shown"]
        pending = await admin_api.organisation_invitations()
        assert [i["display_name"] for i in pending] == ["Sam Advocate"]
        [deactivated] = [r for r in seen["rows"] if r.startswith("Alex Advocate")]
        assert "Reactivate Alex Advocate" in deactivated
        [alex_row] = [r for r in seen["rows_after_reactivate"] if r.startswith("Alex Advocate")]
        assert "Deactivate Alex Advocate" in alex_row
        # Reactivated: Alex may sign in again, but the case Alex had stays ended.
        [back] = [a for a in await admin_api.organisation_advocates() if a["username"] == "alex"]
        assert (back["deactivated_at"], back["active_cases"]) == (None, 0)
