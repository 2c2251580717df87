"""Advocate notes: encrypted to the victim and the advocate, signed by the
advocate, checked by the server and by both readers."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import x25519
from fastapi import FastAPI
from sqlalchemy import update

from app.client import notes
from app.client.api import ApiError
from app.client.cases import CaseView
from app.client.diary import VerificationError
from app.client.known_keys import AccountKey, KnownKeys
from app.db import transaction
from app.models import AdvocateNote
from app.protocol.encoding import b64decode, b64encode
from app.protocol.notes import NoteBinding, NoteContent
from tests.advocacy.people import Member, advocacy, assign, server
from tests.writers import Writer, incident


async def test_notes_on_the_case_and_on_an_entry_reach_the_victim(
    victim: Writer, advocate: Member
) -> None:
    entry_id = (await victim.diary.add(incident("He sent flowers to my work."))).entry_id
    known = KnownKeys()
    case, view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([entry_id])
    on_case = await advocate.cases.add_note(view, "First call: safety plan started.")
    on_entry = await advocate.cases.add_note(
        view, "Told work reception not to accept deliveries.", kind="safety-plan", entry_id=entry_id
    )

    read = await advocacy(victim, known).notes()
    assert [(n.note_id, n.kind, n.entry_id, n.text) for n in read] == [
        (on_case.note_id, "note", None, "First call: safety plan started."),
        (
            on_entry.note_id,
            "safety-plan",
            entry_id,
            "Told work reception not to accept deliveries.",
        ),
    ]
    assert all(n.case_id == case.case_id and n.author_confirmed for n in read)
    # Another device of the victim's, which never compared the advocate's
    # fingerprint, still reads them, marked as checked with the server's key.
    elsewhere = await advocacy(victim, KnownKeys()).notes()
    assert [(n.note_id, n.author_confirmed) for n in elsewhere] == [
        (on_case.note_id, False),
        (on_entry.note_id, False),
    ]
    assert [n.note_id for n in await advocate.cases.notes(view)] == [
        on_case.note_id,
        on_entry.note_id,
    ]


WRITTEN_AT = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)


def body_for(
    advocate: Member, view: CaseView, entry_id: uuid.UUID | None, text: str
) -> tuple[uuid.UUID, dict[str, Any]]:
    """A note sealed and signed by the advocate's device, ready to PUT."""
    binding = NoteBinding(
        uuid.uuid4(), view.case_id, view.victim_id, advocate.me.account_id, entry_id
    )
    victim_key = x25519.X25519PublicKey.from_public_bytes(view.victim_key.hpke)
    content = NoteContent("note", text, WRITTEN_AT)
    return binding.note_id, notes.seal(content, binding, advocate.me, victim_key)


def knowing(advocate: Member) -> KnownKeys:
    """What a victim's device knows once it has accepted this advocate."""
    keys = advocate.me.keys
    return KnownKeys({advocate.me.account_id: AccountKey(keys.signing_public, keys.hpke_public)})


async def test_the_server_checks_every_note(
    victim: Writer, other: Writer, advocate: Member
) -> None:
    mine = (await victim.diary.add(incident("He was outside again."))).entry_id
    unshared = (await victim.diary.add(incident("He called twice.", day=2))).entry_id
    theirs = (await other.diary.add(incident("Someone else's entry."))).entry_id
    known = KnownKeys()
    _case, view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([mine])
    _other_case, other_view = await assign(other, advocate, KnownKeys(), label="Sam")
    await advocacy(other, knowing(advocate)).share([theirs])

    for entry_id in (unshared, theirs):
        note_id, body = body_for(advocate, view, entry_id, "about the wrong entry")
        with pytest.raises(ApiError) as refused:
            await advocate.api.add_note(view.case_id, note_id, body)
        assert refused.value.status == 404

    note_id, body = body_for(advocate, view, mine, "a note")
    signature = bytearray(b64decode(body["signature"]))
    signature[0] ^= 1
    with pytest.raises(ApiError) as forged:
        await advocate.api.add_note(
            view.case_id, note_id, {**body, "signature": b64encode(bytes(signature))}
        )
    assert (forged.value.status, forged.value.code) == (400, "invalid-note")

    # A note sealed for one case is refused in another.
    with pytest.raises(ApiError) as moved:
        await advocate.api.add_note(other_view.case_id, note_id, body)
    assert moved.value.code in ("invalid-note", "not-found")

    first = await advocate.api.add_note(view.case_id, note_id, body)
    assert await advocate.api.add_note(view.case_id, note_id, body) == first
    _id, different = body_for(advocate, view, None, "another text")
    with pytest.raises(ApiError) as taken:
        await advocate.api.add_note(view.case_id, note_id, different)
    assert (taken.value.status, taken.value.code) == (409, "note-id-taken")


async def test_a_note_the_server_moved_does_not_verify(
    application: FastAPI, victim: Writer, advocate: Member
) -> None:
    first = (await victim.diary.add(incident("He was outside again."))).entry_id
    second = (await victim.diary.add(incident("He called twice.", day=2))).entry_id
    known = KnownKeys()
    _case, view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([first, second])
    note = await advocate.cases.add_note(view, "About the first one.", entry_id=first)
    async with transaction(server(application).sessionmaker) as db:
        await db.execute(
            update(AdvocateNote).where(AdvocateNote.id == note.note_id).values(entry_id=second)
        )
    with pytest.raises(VerificationError, match="does not verify"):
        await advocacy(victim, known).notes()
