"""Case documents from both sides: `daybook case-doc ...` (docs/protocol §28).

The victim writes hers with her advocate's key as this computer confirmed
it; the advocate writes with the victim's key as first seen here. Every
version shown was verified: signed by its author, chained, decrypted here.
The content is JSON following the kind's schema (schemas/<kind>.schema.json)."""

from __future__ import annotations

import json
import uuid
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from app.cli.advocacy import NO_ADVOCATE
from app.cli.cases import known_keys, open_case, with_case_api
from app.cli.common import CliError, fail, identity_of, local_time, out
from app.client.i18n import _, ngettext
from app.client.profile import Profile

# The keys and the API are imported inside the commands, not for --help.
if TYPE_CHECKING:
    from app.client.api import DaybookApi
    from app.client.case_documents import DocumentVersion, Reader
    from app.client.identity import Identity
    from app.client.known_keys import AccountKey

case_doc_app = typer.Typer(
    no_args_is_help=True,
    help=_(
        "Case documents kept with your advocate (or your client): safety plan, risk "
        "review, orders, case progress."
    ),
)


class Kind(StrEnum):
    SAFETY_PLAN = "safety-plan"
    RISK_REVIEW = "risk-review"
    ORDERS = "orders"
    CASE_PROGRESS = "case-progress"


DocArg = Annotated[str, typer.Argument(help=_("The document id, as `case-doc list` shows it."))]
JsonArg = Annotated[
    Path, typer.Argument(help=_("The content, as JSON following schemas/<kind>.schema.json."))
]


def _content(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        unreadable = _("{file}: not a readable JSON file ({error})")
        fail(unreadable.format(file=path, error=exc.__class__.__name__))
    if not isinstance(value, dict):
        fail(_("{file}: the content is a JSON object").format(file=path))
    return value


def _document_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        not_an_id = _("{text} is not a document id; see `daybook case-doc list`")
        raise CliError(not_an_id.format(text=repr(text))) from None


def _reader(account_id: uuid.UUID, key: AccountKey) -> Reader:
    from cryptography.hazmat.primitives.asymmetric import x25519

    from app.client.case_documents import Reader

    return Reader(account_id, x25519.X25519PublicKey.from_public_bytes(key.hpke))


def _me(me: Identity) -> Reader:
    from app.client.case_documents import Reader

    return Reader(me.account_id, me.keys.hpke.public_key())


def _print_versions(found: list[DocumentVersion], me: uuid.UUID) -> None:
    out.print(_("Every version verified: signed by its author, chained, decrypted here."))
    for version in found:
        author = (
            _("you")
            if version.author_id == me
            else _("account {account}").format(account=version.author_id)
        )
        if not version.author_confirmed:
            author += " " + _("(key not confirmed on this computer)")
        heading = _("{kind} version {number}").format(kind=version.kind, number=version.version)
        by = _("by {author}, received {time}").format(
            author=author, time=local_time(version.received_at)
        )
        out.print()
        out.print(
            Text.assemble((heading, "bold"), f"  {by}"),
            soft_wrap=True,
        )
        out.print(json.dumps(version.content, indent=2, ensure_ascii=False), soft_wrap=True)
        _print_questions(version.content)


def _print_questions(content: dict[str, Any]) -> None:
    """A risk review's questions in words, in the chosen language (the JSON has their codes)."""
    answers = content.get("answers")
    if not isinstance(answers, list) or not answers:
        return
    from app.client import schema_words  # reads the schemas: only when there is a review

    out.print(_("The questions, in Daybook's own words:"))
    for answer in answers:
        code = str(answer.get("question", ""))
        out.print(f"  {code}: {schema_words.question(code)}", soft_wrap=True, markup=False)


@case_doc_app.command(
    "list", help=_("Your case documents (as an advocate: those of your open cases).")
)
def case_doc_list(ctx: typer.Context) -> None:
    from app.client.case_documents import CaseDocuments

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            found = await CaseDocuments(api, identity_of(profile), known).documents()
        if not found:
            out.print(_("No case documents."))
        for doc in found:
            version = _("version {number}").format(number=doc["current_version"])
            changed = _("changed {time}").format(time=local_time(doc["updated_at"]))
            victim = _("(victim {account})").format(account=doc["victim_id"])
            out.print(f"{doc['id']}  {doc['kind']:<13}  {version}  {changed}  {victim}")

    with_case_api(ctx, work)


@case_doc_app.command(
    "new",
    help=_("Start a case document, encrypted to you and your advocate (or your client)."),
)
def case_doc_new(
    ctx: typer.Context,
    kind: Annotated[Kind, typer.Argument(help=_("What it is."))],
    content: JsonArg,
    case: Annotated[
        str | None, typer.Option("--case", help=_("As an advocate: the case it belongs to."))
    ] = None,
) -> None:
    from app.client.advocacy import VictimAdvocacy
    from app.client.case_documents import CaseDocuments
    from app.client.cases import AdvocateCases

    value = _content(content)

    async def victim(api: DaybookApi, profile: Profile) -> None:
        me = identity_of(profile)
        with known_keys(ctx, profile) as known:
            current = await VictimAdvocacy(api, me, known).current()
            readers = [_me(me)]
            if current is not None:
                readers.append(_reader(current.advocate.account_id, current.advocate.key))
            made = await CaseDocuments(api, me, known).create(me.account_id, kind, value, readers)
        made_it = (
            _("Made {kind} {document}, readable by you and your advocate.")
            if current is not None
            else _("Made {kind} {document}, readable by you (no advocate yet).")
        )
        out.print(made_it.format(kind=kind, document=made.document_id))

    async def advocate(api: DaybookApi, profile: Profile) -> None:
        assert case is not None
        me = identity_of(profile)
        with known_keys(ctx, profile) as known:
            view = await open_case(AdvocateCases(api, me, known), case)
            readers = [_reader(view.victim_id, view.victim_key), _me(me)]
            made = await CaseDocuments(api, me, known).create(view.victim_id, kind, value, readers)
        made_it = _("Made {kind} {document} in the case of {label}.")
        out.print(made_it.format(kind=kind, document=made.document_id, label=view.label))

    # A content that breaks its schema is refused before anything is sent
    # (ContentInvalid, reported like any invalid input).
    if case is None:
        with_case_api(ctx, victim, checks="advocate")
    else:
        with_case_api(ctx, advocate, checks="victim")


@case_doc_app.command("update", help=_("Add a version, signed by you, on top of the current one."))
def case_doc_update(ctx: typer.Context, document: DocArg, content: JsonArg) -> None:
    from app.client.case_documents import CaseDocuments

    value = _content(content)

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            docs = CaseDocuments(api, identity_of(profile), known)
            added = await docs.update(_document_id(document), value)
        added_it = _("Added version {number} of {kind} {document}.")
        out.print(
            added_it.format(number=added.version, kind=added.kind, document=added.document_id)
        )

    with_case_api(ctx, work)


@case_doc_app.command("show", help=_("Every version of a document, verified and decrypted here."))
def case_doc_show(ctx: typer.Context, document: DocArg) -> None:
    from app.client.case_documents import CaseDocuments

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            found = await CaseDocuments(api, identity_of(profile), known).read(
                _document_id(document)
            )
        _print_versions(found, profile.account_id)

    with_case_api(ctx, work)


@case_doc_app.command(
    "give",
    help=_("As a victim: give your advocate one of your documents (one made before them)."),
)
def case_doc_give(
    ctx: typer.Context,
    document: Annotated[
        str | None, typer.Argument(help=_("The document id, as `case-doc list` shows it."))
    ] = None,
    every: Annotated[
        bool, typer.Option("--all", help=_("Every one of your documents (after a handover)."))
    ] = False,
) -> None:
    if (document is None) == (not every):
        fail(_("name one document, or --all"))
    from app.client.advocacy import VictimAdvocacy
    from app.client.case_documents import CaseDocuments

    async def work(api: DaybookApi, profile: Profile) -> None:
        me = identity_of(profile)
        with known_keys(ctx, profile) as known:
            current = await VictimAdvocacy(api, me, known).current()
            if current is None:
                raise CliError(_(NO_ADVOCATE))
            advocate = _reader(current.advocate.account_id, current.advocate.key)
            docs = CaseDocuments(api, me, known)
            if document is None:
                given = await docs.give_all(advocate)
                can_read_all = ngettext(
                    "{advocate} can now read {count} document.",
                    "{advocate} can now read {count} documents.",
                    given,
                )
                name = current.advocate.display_name
                out.print(can_read_all.format(advocate=name, count=given))
                return
            await docs.give(_document_id(document), advocate)
        can_read = _("{advocate} can now read {document}.")
        out.print(can_read.format(advocate=current.advocate.display_name, document=document))

    with_case_api(ctx, work, checks="advocate")
