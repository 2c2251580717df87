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
from app.client.i18n import N_, _
from app.client.profile import Profile

# The keys and the API are imported inside the commands, not for --help.
if TYPE_CHECKING:
    from app.client.api import DaybookApi
    from app.client.notes import VerifiedNote

note_app = typer.Typer(no_args_is_help=True, help=_("Advocate notes, encrypted and signed."))


class NoteKind(StrEnum):
    NOTE = "note"
    SAFETY_PLAN = "safety-plan"


_KIND_NAMES = {NoteKind.NOTE: N_("note"), NoteKind.SAFETY_PLAN: N_("safety-plan")}


def _kind_name(kind: str) -> str:
    return _(_KIND_NAMES[NoteKind(kind)]) if kind in set(NoteKind) else kind


@note_app.command(
    "add",
    help=_(
        "Add a note to a case, or to one of its shared entries: encrypted to the "
        "victim and you, and signed by you. Notes are never changed."
    ),
)
def note_add(
    ctx: typer.Context,
    case_id: CaseArg,
    text: Annotated[str, typer.Argument(help=_("The note; the victim reads it."))],
    entry: Annotated[
        str | None,
        typer.Option("--entry", metavar="ENTRY_ID", help=_("A shared entry the note is about.")),
    ] = None,
    kind: Annotated[
        NoteKind,
        typer.Option(
            "--kind", help=_("A note, or a safety-planning action agreed with the victim.")
        ),
    ] = NoteKind.NOTE,
) -> None:
    from app.client.cases import AdvocateCases

    if not text.strip():
        fail(_("the note is empty"))

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            cases = AdvocateCases(api, identity_of(profile), known)
            view = await open_case(cases, case_id)
            entry_id = None if entry is None else await shared_entry_id(cases, view.case_id, entry)
            note = await cases.add_note(view, text, kind=kind.value, entry_id=entry_id)
        added = _("Added {kind} {note} to the case of {label}.")
        out.print(
            Text(added.format(kind=_kind_name(note.kind), note=note.note_id, label=view.label))
        )
        out.print(_("The victim can read it (`daybook note list`); it cannot be changed."))

    with_case_api(ctx, work, checks="victim")


def _print_notes(found: list[VerifiedNote], authors: dict[uuid.UUID, str]) -> None:
    if not found:
        out.print(_("No notes."))
        return
    out.print(_("Each note verified: signed by its advocate, and decrypted on this computer."))
    for note in found:
        author = authors.get(note.advocate_id) or _("advocate {account}").format(
            account=note.advocate_id
        )
        by = _("by {author}").format(author=author)
        if note.entry_id is not None:
            by = _("by {author}, on entry {entry}").format(author=author, entry=note.entry_id)
        if not note.author_confirmed:
            by += " " + _("(their key is not confirmed on this computer)")
        out.print()
        out.print(
            Text.assemble(
                (f"{local_time(note.written_at)}  {_kind_name(note.kind)}", "bold"), f"  {by}"
            ),
            soft_wrap=True,
        )
        out.print(Text(note.text), soft_wrap=True)


@note_app.command(
    "list", help=_("The notes your advocates wrote for you; for an advocate, a case's notes.")
)
def note_list(
    ctx: typer.Context,
    case_id: Annotated[
        str | None,
        typer.Argument(help=_("As an advocate: the case. As a victim, leave it out.")),
    ] = None,
) -> None:
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
        _print_notes(found, {profile.account_id: _("you")})

    if case_id is None:
        with_case_api(ctx, victim, checks="advocate")
    else:
        with_case_api(ctx, advocate, checks="victim")
