"""Advocate notes on a case: the advocate writes and reads them, the victim reads them."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, BackgroundTasks, Response, status

from app.models import AdvocateNote, Assignment
from app.notes import service
from app.notes.schemas import HandedOverKey, NoteIn, NoteList, NoteOut
from app.problem_docs import raises
from app.push.send import NotificationKind, notify
from app.sessions.dependencies import AdvocateCaller, VictimCaller
from app.state import DbSession, State

case_router = APIRouter(prefix="/v1/cases/{case_id}/notes", tags=["advocacy"])
router = APIRouter(prefix="/v1/notes", tags=["advocacy"])


def note_out(note: AdvocateNote, assignment: Assignment) -> NoteOut:
    return NoteOut(
        id=note.id,
        case_id=assignment.id,
        victim_id=assignment.victim_id,
        advocate_id=assignment.advocate_id,
        entry_id=note.entry_id,
        ciphertext=note.ciphertext,
        victim_envelope=note.victim_envelope,
        advocate_envelope=note.advocate_envelope,
        signature=note.signature,
        created_at=note.created_at,
    )


@case_router.put(
    "/{note_id}",
    response_model=NoteOut,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": NoteOut, "description": "The same note was already added."}},
)
@raises(service.InvalidNote, service.NoteIdTaken)
async def add_note(
    case_id: uuid.UUID,
    note_id: uuid.UUID,
    body: NoteIn,
    caller: AdvocateCaller,
    db: DbSession,
    state: State,
    response: Response,
    background: BackgroundTasks,
) -> NoteOut:
    """Add a note, under an id the advocate's device chose, to the case or to
    one entry it shares. It is encrypted to the victim and the advocate and
    signed by the advocate; the server checks the signature. Notes are never
    changed: write another to correct one."""
    note, assignment, created = await service.add(db, caller.account, case_id, note_id, body)
    if not created:
        response.status_code = status.HTTP_200_OK
    else:
        victim = [assignment.victim_id]
        background.add_task(notify, state, victim, NotificationKind.CASE_UPDATE)
    return note_out(note, assignment)


@case_router.get("", response_model=NoteList)
async def case_notes(case_id: uuid.UUID, caller: AdvocateCaller, db: DbSession) -> NoteList:
    """The notes of the victim's earlier cases handed to this advocate (with
    `handed_over`), then the case's own, each oldest first."""
    handed, own, assignment = await service.of_case(db, caller.account, case_id)
    return NoteList(
        notes=[
            note_out(note, earlier).model_copy(
                update={"handed_over": HandedOverKey.model_validate(grant)}
            )
            for note, earlier, grant in handed
        ]
        + [note_out(n, assignment) for n in own]
    )


@router.get("", response_model=NoteList)
async def victim_notes(caller: VictimCaller, db: DbSession) -> NoteList:
    """Every note advocates wrote on this account's cases, ended ones too, oldest first."""
    return NoteList(notes=[note_out(n, a) for n, a in await service.of_victim(db, caller.account)])
