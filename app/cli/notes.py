"""Advocate notes: `daybook note add` (the advocate writes one, encrypted to
the victim and them, signed) and `daybook note list` (both sides read them)."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from app.cli.cases import CaseArg, assignment, known_keys, open_case, shared_entry_id, with_case_api
from app.cli.common import fail, identity_of, local_time, out
from app.client.profile import Profile

# The keys and the API are imported inside the commands, not for --help.
if TYPE_CHECKING:
    from app.client.api import DaybookApi
    from app.client.notes import VerifiedNote

note_app = typer.Typer(no_args_is_help=True, help="Advocate notes, encrypted and signed.")


class NoteKind(StrEnum):
    NOTE = "note"
    SAFETY_PLAN = "safety-plan"


@note_app.command("add")
def note_add(
    ctx: typer.Context,
    case_id: CaseArg,
    text: Annotated[str, typer.Argument(help="The note; the victim reads it.")],
    entry: Annotated[
        str | None,
        typer.Option("--entry", metavar="ENTRY_ID", help="A shared entry the note is about."),
    ] = None,
    kind: Annotated[
        NoteKind,
        typer.Option("--kind", help="A note, or a safety-planning action agreed with the victim."),
    ] = NoteKind.NOTE,
) -> None:
    """Add a note to a case, or to one of its shared entries: encrypted to the
    victim and you, and signed by you. Notes are never changed."""
    from app.client.cases import AdvocateCases

    if not text.strip():
        fail("the note is empty")

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            cases = AdvocateCases(api, identity_of(profile), known)
            view = await open_case(cases, case_id)
            entry_id = None if entry is None else await shared_entry_id(cases, view.case_id, entry)
            note = await cases.add_note(view, text, kind=kind.value, entry_id=entry_id)
        out.print(Text(f"Added {note.kind} {note.note_id} to the case of {view.label}."))
        out.print("The victim can read it (`daybook note list`); it cannot be changed.")

    with_case_api(ctx, work, checks="victim")


def _print_notes(found: list[VerifiedNote], authors: dict[uuid.UUID, str]) -> None:
    if not found:
        out.print("No notes.")
        return
    out.print("Each note verified: signed by its advocate, and decrypted on this computer.")
    for note in found:
        author = authors.get(note.advocate_id, f"advocate {note.advocate_id}")
        about = "" if note.entry_id is None else f", on entry {note.entry_id}"
        if not note.author_confirmed:
            about += " (their key is not confirmed on this computer)"
        out.print()
        out.print(
            Text.assemble(
                (f"{local_time(note.written_at)}  {note.kind}", "bold"), f"  by {author}{about}"
            ),
            soft_wrap=True,
        )
        out.print(Text(note.text), soft_wrap=True)


@note_app.command("list")
def note_list(
    ctx: typer.Context,
    case_id: Annotated[
        str | None,
        typer.Argument(help="As an advocate: the case. As a victim, leave it out."),
    ] = None,
) -> None:
    """The notes your advocates wrote for you; for an advocate, a case's notes."""
    from app.client.advocacy import AdvocateCard, VictimAdvocacy
    from app.client.cases import AdvocateCases

    async def victim(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            found = await VictimAdvocacy(api, identity_of(profile), known).notes()
        authors: dict[uuid.UUID, str] = {}
        current = await assignment(api)
        if current is not None:
            card = AdvocateCard.from_wire(current["advocate"])
            authors[card.account_id] = f"{card.display_name} ({card.organisation_name})"
        _print_notes(found, authors)

    async def advocate(api: DaybookApi, profile: Profile) -> None:
        assert case_id is not None
        with known_keys(ctx, profile) as known:
            cases = AdvocateCases(api, identity_of(profile), known)
            found = await cases.notes(await open_case(cases, case_id))
        _print_notes(found, {profile.account_id: "you"})

    if case_id is None:
        with_case_api(ctx, victim, checks="advocate")
    else:
        with_case_api(ctx, advocate, checks="victim")
