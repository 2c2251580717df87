"""Advocacy from both sides: `daybook advocate ...`, `share`, `unshare`,
`access-log`, `note ...`, and `org ...` for an organisation's admins.

A victim accepts an advocate with the code the advocate hands over, after
comparing the fingerprint the advocate reads out. This computer keeps that
key (known-keys.json beside the profile, mode 0600), and shares are wrapped
to it alone: a server that shows another key gets nothing. An advocate's
computer keeps each victim's key as it first sees it, so a later swap is
caught too (app/client/known_keys.py)."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal, NoReturn

import pydantic
import typer
from rich.table import Table
from rich.text import Text

from app import cli
from app.cli import CliError, err, out
from app.client import replica_store
from app.client.advocacy import AdvocateCard, VictimAdvocacy
from app.client.api import ApiError, DaybookApi
from app.client.cases import AdvocateCases, CaseView
from app.client.errors import VerificationError
from app.client.known_keys import KeyChanged, KeyNotConfirmed, KnownKeys
from app.client.local_files import read_json, write_private_json
from app.client.notes import VerifiedNote
from app.client.profile import Profile
from app.wire import CaseLabel, DisplayName

KNOWN_KEYS_FILE = "known-keys.json"
KNOWN_KEYS_FORMAT = 1

advocate_app = typer.Typer(
    no_args_is_help=True,
    help="Your advocate (as a victim), or your cases (as an advocate).",
)
note_app = typer.Typer(no_args_is_help=True, help="Advocate notes, encrypted and signed.")
org_app = typer.Typer(no_args_is_help=True, help="Your organisation's advocates (for its admins).")
# Top-level commands: `daybook share`, `daybook unshare`, `daybook access-log`.
sharing_app = typer.Typer()

CaseArg = Annotated[
    str, typer.Argument(help="The case id, or its start as `advocate cases` shows it.")
]
NO_ADVOCATE = "you have no advocate: accept your advocate's code first (`daybook advocate accept`)"


class NoteKind(StrEnum):
    NOTE = "note"
    SAFETY_PLAN = "safety-plan"


# The keys this computer confirmed, kept beside the profile


def _known_keys_path(ctx: typer.Context) -> Path:
    return cli._state_dir(ctx) / KNOWN_KEYS_FILE


def _load_known(path: Path, account_id: uuid.UUID) -> KnownKeys:
    """This account's confirmed keys; none when the file is missing or another account's."""
    data = read_json(path)
    if (
        data is None
        or data.get("format") != KNOWN_KEYS_FORMAT
        or data.get("account_id") != str(account_id)
    ):
        return KnownKeys()
    return KnownKeys.from_json(data["keys"])


@contextmanager
def _known_keys(ctx: typer.Context, profile: Profile) -> Iterator[KnownKeys]:
    """Saved afterwards if a key was added, even when the command then failed:
    a key is only ever added after it was checked or confirmed."""
    path = _known_keys_path(ctx)
    known = _load_known(path, profile.account_id)
    before = dict(known.keys)
    try:
        yield known
    finally:
        if known.keys != before:
            write_private_json(
                path,
                {
                    "format": KNOWN_KEYS_FORMAT,
                    "account_id": str(profile.account_id),
                    "keys": known.to_json(),
                },
            )


# Failures: a key that is not the confirmed one, and refused requests

_ADVOCATE_KEY_CHANGED = (
    "YOUR ADVOCATE'S KEY HAS CHANGED",
    "Nothing was sent. The server shows your advocate with another key than the one you "
    "compared with them, so someone else may be trying to read what you share. Call your "
    "advocate's organisation on a number you already know. "
    "`daybook advocate end` ends the assignment; accepting a new code from your advocate, "
    "comparing the fingerprint again, starts over.",
)
_ADVOCATE_KEY_NOT_CONFIRMED = (
    "YOUR ADVOCATE'S KEY IS NOT CONFIRMED ON THIS COMPUTER",
    "Nothing was sent. This computer never compared your advocate's fingerprint with them "
    "(they were accepted on another device, or before you signed in here). Compare it with "
    "your advocate and confirm it with `daybook advocate show --confirm`.",
)
_VICTIM_KEY_CHANGED = (
    "THE VICTIM'S KEY HAS CHANGED",
    "Nothing was read or written. The server shows this victim with another key than the "
    "one this computer first saw for them, so someone may be impersonating them. Do not rely "
    "on this case until you have compared the victim's fingerprint with them in person (they "
    "see it with `daybook keys show`).",
)


def _key_failed(exc: VerificationError, title: str, advice: str) -> NoReturn:
    err.rule(Text(title, style="bold white on red"), style="bold red")
    err.print(Text(str(exc), style="bold red"), soft_wrap=True)
    err.print(Text(advice, style="red"), soft_wrap=True)
    err.rule(style="bold red")
    raise typer.Exit(1)


def _refusal(exc: ApiError) -> str:
    """One line for a refused request; field errors spelled out."""
    errors = exc.problem.get("errors")
    if exc.code == "validation-failed" and isinstance(errors, list) and errors:
        return "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', [])[1:])}: {e.get('message')}" for e in errors
        )
    return str(exc.problem.get("detail") or exc)


def _with_api(
    ctx: typer.Context,
    work: Callable[[DaybookApi, Profile], Awaitable[None]],
    *,
    checks: Literal["advocate", "victim"] | None = None,
) -> None:
    """cli._with_api, with a red banner when the key of the other side (the
    advocate's on a victim's computer, or the victim's on an advocate's) is
    not the one this computer confirmed."""

    async def checked(api: DaybookApi, profile: Profile) -> None:
        try:
            await work(api, profile)
        except KeyChanged as exc:
            if checks is None:
                raise
            _key_failed(
                exc, *(_ADVOCATE_KEY_CHANGED if checks == "advocate" else _VICTIM_KEY_CHANGED)
            )
        except KeyNotConfirmed as exc:
            if checks is None:
                raise
            _key_failed(exc, *_ADVOCATE_KEY_NOT_CONFIRMED)
        except ApiError as exc:
            raise CliError(_refusal(exc)) from None

    cli._with_api(ctx, checked)


def _checked(adapter: pydantic.TypeAdapter[str], value: str, what: str) -> str:
    """`value` as the server would take it (a name, a label), or a one-line error."""
    try:
        return adapter.validate_python(value)
    except pydantic.ValidationError as exc:
        problems = (str(e["msg"]).removeprefix("Value error, ") for e in exc.errors())
        cli._fail(f"{what}: " + "; ".join(problems))


def _pick(text: str, candidates: Sequence[str], what: str, where: str) -> uuid.UUID:
    """A full id as given, or the one candidate that starts with `text`."""
    with contextlib.suppress(ValueError):
        return uuid.UUID(text)
    prefix = text.strip().lower()
    matches = [c for c in candidates if prefix and c.startswith(prefix)]
    if not matches:
        raise CliError(f"no {what} id starts with {text!r}: see {where}, or give the full id")
    if len(matches) > 1:
        raise CliError(f"{len(matches)} {what} ids start with {text!r}: give more of the id")
    return uuid.UUID(matches[0])


def _plural(count: int, word: str) -> str:
    if count == 1:
        return f"1 {word}"
    return f"{count} {word[:-1]}ies" if word.endswith("y") else f"{count} {word}s"


# The victim's side: accepting, showing and ending their advocate


def _print_card(card: AdvocateCard) -> None:
    out.print(Text.assemble(("Advocate:     ", "bold"), card.display_name))
    out.print(Text.assemble(("Organisation: ", "bold"), card.organisation_name))
    # Computed on this computer from the keys, never taken from the server.
    out.print(Text.assemble(("Fingerprint:  ", "bold"), card.key.fingerprint))


async def _assignment(api: DaybookApi) -> dict[str, Any] | None:
    """The victim's case as the server describes it, keys unchecked; None without one."""
    try:
        return await api.assignment()
    except ApiError as exc:
        if exc.code == "no-advocate":
            return None
        raise


@advocate_app.command("accept")
def advocate_accept(
    ctx: typer.Context,
    code: Annotated[str, typer.Argument(help="The code your advocate gave you.")],
    label: Annotated[
        str | None,
        typer.Option(
            "--label",
            help="How you appear in the advocate's list of cases (a first name or a nickname).",
        ),
    ] = None,
    yes: Annotated[
        bool,
        typer.Option("--yes", "-y", help="The fingerprint was compared already: do not ask."),
    ] = False,
) -> None:
    """Accept an advocate: shows who the code names and their fingerprint, to
    compare with the one they read out, before anything is shared."""
    adapter = pydantic.TypeAdapter(CaseLabel)
    if label is not None:
        label = _checked(adapter, label, "the label")

    async def work(api: DaybookApi, profile: Profile) -> None:
        with _known_keys(ctx, profile) as known:
            advocacy = VictimAdvocacy(api, cli._identity(profile), known)
            card = await advocacy.look_up(code)
            _print_card(card)
            current = await _assignment(api)
            already = current is not None and current["advocate"]["account_id"] == str(
                card.account_id
            )
            if already:
                out.print(
                    "They are your advocate already: accepting again changes only your label."
                )
            elif current is not None:
                previous = AdvocateCard.from_wire(current["advocate"])
                out.print(
                    Text(
                        f"Accepting ends your case with {previous.display_name} "
                        f"({previous.organisation_name}): everything you share with them is "
                        "revoked at once.",
                        style="yellow",
                    ),
                    soft_wrap=True,
                )
            if not yes and not typer.confirm("Does the advocate read out the same fingerprint?"):
                out.print(
                    "Not accepted, and nothing shared. If the fingerprints differ, the code may "
                    "not be theirs or someone may stand between you: tell the advocate's "
                    "organisation, on a number you already know.",
                    soft_wrap=True,
                )
                raise typer.Exit(1)
            name = label or _checked(
                adapter,
                str(
                    typer.prompt(
                        "Your name in the advocate's list of cases (a first name or a nickname)"
                    )
                ),
                "the label",
            )
            case = await advocacy.accept(code, card, name)
        out.print(
            Text(
                f"{card.display_name} ({card.organisation_name}) is now your advocate; you "
                f"appear in their list as {case.label}. Case {case.case_id}."
            ),
            soft_wrap=True,
        )
        out.print(
            ("What you shared stays shared. " if already else "Nothing is shared yet. ")
            + "Share entries with `daybook share ENTRY...`; every read of theirs appears in "
            "`daybook access-log`.",
            soft_wrap=True,
        )

    _with_api(ctx, work, checks="advocate")


@advocate_app.command("show")
def advocate_show(
    ctx: typer.Context,
    confirm: Annotated[
        bool,
        typer.Option(
            "--confirm",
            help="On another device of yours: compare the fingerprint with your advocate "
            "and, if it is the same, confirm their key here so this device can share too.",
        ),
    ] = False,
) -> None:
    """Your advocate, their organisation and fingerprint, and since when."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        with _known_keys(ctx, profile) as known:
            advocacy = VictimAdvocacy(api, cli._identity(profile), known)
            case = await advocacy.current(check=False)
            if case is None:
                out.print("You have no advocate. Accept one with `daybook advocate accept CODE`.")
                return
            card = case.advocate
            try:
                known.check(card.account_id, card.key)  # KeyChanged: the banner, nothing shown
                confirmed = True
            except KeyNotConfirmed:
                confirmed = False
            _print_card(card)
            if not confirmed and confirm:
                typer.confirm("Does the advocate read out the same fingerprint?", abort=True)
                await advocacy.confirm(case)
                confirmed = True
        shared = (await api.shares())["shares"]
        out.print(f"Since:        {cli._time(case.started_at.isoformat())}")
        out.print(Text.assemble(("Your label:   ", "bold"), case.label))
        out.print(f"Case:         {case.case_id}")
        out.print(f"Shared:       {_plural(len(shared), 'entry')}")
        if confirmed:
            out.print("This is the key you confirmed with your advocate.", style="green")
        else:
            out.print(
                "This computer has not confirmed this key, so it shares nothing with them: "
                "compare the fingerprint with your advocate, then run "
                "`daybook advocate show --confirm`.",
                style="yellow",
                soft_wrap=True,
            )

    _with_api(ctx, work, checks="advocate")


@advocate_app.command("end")
def advocate_end(
    ctx: typer.Context,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask first.")] = False,
) -> None:
    """End the case with your advocate: every share is revoked at once."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        # No key check: ending must work above all when the key is not the confirmed one.
        current = await _assignment(api)
        if current is None:
            out.print("You have no advocate: there is nothing to end.")
            return
        card = AdvocateCard.from_wire(current["advocate"])
        if not yes:
            typer.confirm(
                f"End your case with {card.display_name} ({card.organisation_name})? "
                "Everything you share with them is revoked at once.",
                abort=True,
            )
        with _known_keys(ctx, profile) as known:
            await VictimAdvocacy(api, cli._identity(profile), known).end()
        out.print(Text(f"Your case with {card.display_name} ({card.organisation_name}) has ended."))
        out.print(
            "Every share is revoked: from now on they can read none of your entries or files. "
            "What they already read or downloaded cannot be recalled. Their notes stay "
            "readable to you (`daybook note list`).",
            soft_wrap=True,
        )

    _with_api(ctx, work)


# The victim's side: sharing, revoking, and who read what


@sharing_app.command("share")
def share(
    ctx: typer.Context,
    entry_ids: Annotated[
        list[str], typer.Argument(help="Entry ids, or their starts as `entry list` shows them.")
    ],
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            metavar="TIME",
            help="End the share by itself then (e.g. 2027-01-31T18:00+00:00); "
            "without it, it lasts until you revoke it.",
        ),
    ] = None,
) -> None:
    """Share entries, with every version and attachment, with your advocate."""
    ends = None if until is None else _end_time(until)

    async def work(api: DaybookApi, profile: Profile) -> None:
        targets = list(dict.fromkeys(cli._entry_id(ctx, profile, e) for e in entry_ids))
        replica_path = cli._replica_path(ctx)
        replica = replica_store.load(replica_path, profile.account_id)
        with _known_keys(ctx, profile) as known:
            advocacy = VictimAdvocacy(api, cli._identity(profile), known, replica=replica)
            case = await advocacy.current()  # the advocate's key must be the confirmed one
            if case is None:
                raise CliError(NO_ADVOCATE)
            shared = await advocacy.share(targets, until=ends)
        # The next sync proves each share's receipt in the evidence log.
        replica_store.save(replica_path, profile.account_id, replica)
        advocate = case.advocate
        out.print(
            Text(
                f"Shared {_plural(len(shared), 'entry')} with {advocate.display_name} "
                f"({advocate.organisation_name}), fingerprint {advocate.key.fingerprint}:"
            ),
            soft_wrap=True,
        )
        for item in shared:
            receipt = item.get("receipt")
            logged = "" if receipt is None else f", evidence log leaf {receipt['leaf_index']}"
            lasts = "" if ends is None else f", until {cli._time(item['expires_at'])}"
            out.print(f"  {item['entry_id']}  shared {cli._time(item['shared_at'])}{lasts}{logged}")
        out.print(
            "They can read every version and attachment of what you shared, later edits "
            "included; each read appears in `daybook access-log`. `daybook unshare ENTRY` "
            "stops it.",
            soft_wrap=True,
        )

    _with_api(ctx, work, checks="advocate")


def _end_time(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        cli._fail(f"{text!r} is not a time such as 2027-01-31T18:00+00:00")
    if moment.tzinfo is None:
        cli._fail("give the time with its offset, such as +00:00 or +01:00")
    return moment


@sharing_app.command("share-until")
def share_until(
    ctx: typer.Context,
    entry: Annotated[str, typer.Argument(help="A shared entry (or its start).")],
    until: Annotated[
        str, typer.Argument(metavar="TIME|never", help="The share's new end, or `never`.")
    ],
) -> None:
    """Move the end of one share: extend it (an expired one too), shorten it,
    or make it last until you revoke it (`never`)."""
    ends = None if until == "never" else _end_time(until)

    async def work(api: DaybookApi, profile: Profile) -> None:
        entry_id = cli._entry_id(ctx, profile, entry)
        advocacy = VictimAdvocacy(api, cli._identity(profile), KnownKeys())
        share = await advocacy.extend(entry_id, ends)
        end = "until you revoke it" if ends is None else f"until {cli._time(share['expires_at'])}"
        out.print(f"Entry {entry_id} is shared with your advocate {end}.")

    _with_api(ctx, work)


@sharing_app.command("unshare")
def unshare(
    ctx: typer.Context,
    entry_ids: Annotated[
        list[str] | None, typer.Argument(help="Entry ids, or their starts as `entry list` shows.")
    ] = None,
    every: Annotated[
        bool, typer.Option("--all", help="Stop sharing every entry (the advocate stays yours).")
    ] = False,
) -> None:
    """Stop sharing entries with your advocate, at once."""
    if bool(entry_ids) == every:
        cli._fail("give the entries to stop sharing, or --all (not both)")

    async def work(api: DaybookApi, profile: Profile) -> None:
        # No key check: revoking must always work.
        advocacy = VictimAdvocacy(api, cli._identity(profile), KnownKeys())
        if every:
            await advocacy.unshare_all()
            out.print(
                "Stopped sharing every entry: from now on your advocate gets nothing more of "
                "them. They stay your advocate (`daybook advocate end` ends the case).",
                soft_wrap=True,
            )
        else:
            for text in dict.fromkeys(entry_ids or ()):
                entry_id = cli._entry_id(ctx, profile, text)
                await advocacy.unshare(entry_id)
                out.print(
                    f"Stopped sharing entry {entry_id}: your advocate gets nothing more of it."
                )
        out.print("What they already read or downloaded cannot be recalled.")

    _with_api(ctx, work)


_KINDS = {
    "entry": "entry",
    "history": "history",
    "version": "version",
    "attachment": "file status",
    "attachment_content": "file download",
}


def _what(record: dict[str, Any]) -> str:
    what = _KINDS.get(str(record["kind"]), str(record["kind"]))
    version = record.get("version")
    if record["kind"] == "version" and version is not None:
        return f"version {version}"
    if record["kind"] == "history" and version is not None:
        return f"history from v{version}"
    return what


@sharing_app.command("access-log")
def access_log(ctx: typer.Context) -> None:
    """Every read by an advocate of what you shared, newest first."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        records = await VictimAdvocacy(api, cli._identity(profile), KnownKeys()).access_log()
        if not records:
            out.print("No advocate has read anything you shared.")
            return
        table = Table("when", "who", "what", "entry", "attachment")
        for record in records:
            reader = record["reader"]
            row = (
                cli._time(record["accessed_at"]),
                f"{reader['display_name']} ({reader['organisation_name']})",
                _what(record),
                str(record["entry_id"]),
                str(record["attachment_id"] or ""),
            )
            table.add_row(*map(Text, row))
        out.print(table)
        out.print(f"{_plural(len(records), 'read')}. The advocates cannot change or hide these.")

    _with_api(ctx, work)


# The advocate's side: codes, cases and reading what is shared


@advocate_app.command("code")
def advocate_code(ctx: typer.Context) -> None:
    """A one-time code for a victim, with your fingerprint to read out with it."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        me = cli._identity(profile)
        with _known_keys(ctx, profile) as known:
            issued = await AdvocateCases(api, me, known).issue_code()
        out.print(Text.assemble(("Code:             ", "bold"), (issued["code"], "bold")))
        out.print(f"Expires:          {cli._time(issued['expires_at'])}")
        out.print(Text.assemble(("Your fingerprint: ", "bold"), me.fingerprint))
        out.print(
            "Give the victim the code in person or by phone and read them your fingerprint: "
            "they accept with `daybook advocate accept CODE` and compare it. The code works "
            "once.",
            soft_wrap=True,
        )

    _with_api(ctx, work)


@advocate_app.command("cases")
def advocate_cases(ctx: typer.Context) -> None:
    """Your open cases, by the label each victim chose."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        with _known_keys(ctx, profile) as known:
            found = await AdvocateCases(api, cli._identity(profile), known).cases()
        if not found:
            out.print("No open cases. Give a victim a code: `daybook advocate code`.")
            return
        table = Table("label", "case id", "since", "shared entries")
        for case in found:
            row = (str(case["label"]), str(case["id"]), cli._time(case["started_at"]))
            table.add_row(*map(Text, row), str(case["shared_entries"]))
        out.print(table)

    _with_api(ctx, work)


async def _case_id(cases: AdvocateCases, text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        found = [str(c["id"]) for c in await cases.cases()]
        return _pick(text, found, "case", "`daybook advocate cases`")


async def _shared_entry_id(cases: AdvocateCases, case_id: uuid.UUID, text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        found = [str(e["entry_id"]) for e in await cases.shared_entries(case_id)]
        return _pick(text, found, "shared entry", f"`daybook advocate read {case_id}`")


async def _open_case(cases: AdvocateCases, text: str) -> CaseView:
    """The case, its victim's key checked against (or kept as) the one first seen."""
    seen = set(cases.known.keys)
    view = await cases.case(await _case_id(cases, text))
    if view.victim_id not in seen:
        err.print(
            Text(
                "This computer sees this victim's key for the first time and keeps it: "
                f"fingerprint {view.victim_key.fingerprint}. Compare it with the victim in "
                "person (they see theirs with `daybook keys show`); a different key later "
                "is refused.",
                style="yellow",
            ),
            soft_wrap=True,
        )
    return view


@advocate_app.command("read")
def advocate_read(
    ctx: typer.Context,
    case_id: CaseArg,
    entry_id: Annotated[
        str | None,
        typer.Argument(help="A shared entry's id, or its start; without it, list them."),
    ] = None,
    save_attachments: Annotated[
        Path | None,
        typer.Option(
            "--save-attachments",
            metavar="DIR",
            file_okay=False,
            help="Download, decrypt and check each attachment of the entry into DIR.",
        ),
    ] = None,
) -> None:
    """The entries a victim shares; with ENTRY_ID, that entry's verified
    history. The victim sees every read in their access log."""
    if save_attachments is not None:
        if entry_id is None:
            cli._fail("--save-attachments needs an ENTRY_ID")
        with cli._reported_errors():
            save_attachments.mkdir(parents=True, exist_ok=True)

    async def work(api: DaybookApi, profile: Profile) -> None:
        with _known_keys(ctx, profile) as known:
            cases = AdvocateCases(api, cli._identity(profile), known)
            view = await _open_case(cases, case_id)
            if entry_id is None:
                _print_shared(view, await cases.shared_entries(view.case_id))
                return
            target = await _shared_entry_id(cases, view.case_id, entry_id)
            try:
                history = await cases.read(view, target)
            except ApiError as exc:
                if exc.status != 404:
                    raise
                raise CliError(
                    f"{_refusal(exc)} The victim does not share entry {target} with you, "
                    "or no longer does."
                ) from None
        cli._print_entry(history)
        if save_attachments is not None:
            references = history[-1].incident.get("attachments", [])
            await cli._save_attachments(api, references, save_attachments, out)
        out.print("This read is in the victim's access log.")

    _with_api(ctx, work, checks="victim")


def _print_shared(view: CaseView, entries: list[dict[str, Any]]) -> None:
    out.print(
        Text.assemble(
            ("Case ", "bold"),
            (view.label, "bold"),
            f" ({view.case_id}): {_plural(len(entries), 'shared entry')}.",
        ),
        soft_wrap=True,
    )
    out.print(f"Victim's fingerprint: {view.victim_key.fingerprint}")
    if not entries:
        out.print("The victim shares nothing in this case yet.")
        return
    table = Table("entry id", "versions", "updated", "shared")
    for entry in entries:
        table.add_row(
            str(entry["entry_id"]),
            str(entry["current_version"]),
            cli._time(entry["updated_at"]),
            cli._time(entry["shared_at"]),
        )
    out.print(table)
    out.print(f"Read one with `daybook advocate read {view.case_id} ENTRY_ID`.")


# Notes: the advocate writes them, both sides read them


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
    if not text.strip():
        cli._fail("the note is empty")

    async def work(api: DaybookApi, profile: Profile) -> None:
        with _known_keys(ctx, profile) as known:
            cases = AdvocateCases(api, cli._identity(profile), known)
            view = await _open_case(cases, case_id)
            entry_id = None if entry is None else await _shared_entry_id(cases, view.case_id, entry)
            note = await cases.add_note(view, text, kind=kind.value, entry_id=entry_id)
        out.print(Text(f"Added {note.kind} {note.note_id} to the case of {view.label}."))
        out.print("The victim can read it (`daybook note list`); it cannot be changed.")

    _with_api(ctx, work, checks="victim")


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
                (f"{cli._utc(note.written_at)}  {note.kind}", "bold"), f"  by {author}{about}"
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

    async def victim(api: DaybookApi, profile: Profile) -> None:
        with _known_keys(ctx, profile) as known:
            found = await VictimAdvocacy(api, cli._identity(profile), known).notes()
        authors: dict[uuid.UUID, str] = {}
        current = await _assignment(api)
        if current is not None:
            card = AdvocateCard.from_wire(current["advocate"])
            authors[card.account_id] = f"{card.display_name} ({card.organisation_name})"
        _print_notes(found, authors)

    async def advocate(api: DaybookApi, profile: Profile) -> None:
        assert case_id is not None
        with _known_keys(ctx, profile) as known:
            cases = AdvocateCases(api, cli._identity(profile), known)
            found = await cases.notes(await _open_case(cases, case_id))
        _print_notes(found, {profile.account_id: "you"})

    if case_id is None:
        _with_api(ctx, victim, checks="advocate")
    else:
        _with_api(ctx, advocate, checks="victim")


# The organisation's admins


@org_app.command("invite")
def org_invite(
    ctx: typer.Context,
    name: Annotated[str, typer.Option("--name", help="The advocate's name, as victims see it.")],
) -> None:
    """A one-time invitation code for a new advocate."""
    name = _checked(pydantic.TypeAdapter(DisplayName), name, "the name")

    async def work(api: DaybookApi, _profile: Profile) -> None:
        invitation = await api.invite_advocate(name)
        out.print(Text(f"Invitation for {invitation['display_name']}, advocate:"))
        out.print(Text(invitation["code"], style="bold"))
        out.print(f"Expires: {cli._time(invitation['expires_at'])}")
        out.print(
            "It works once and is shown only now. Give it to them in person or by a channel "
            "you trust; they create their account with "
            "`daybook register --invitation CODE --server URL --username NAME --device NAME`.",
            soft_wrap=True,
        )

    _with_api(ctx, work)


@org_app.command("advocates")
def org_advocates(ctx: typer.Context) -> None:
    """Your organisation's advocates and how many victims each has (never who)."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await api.organisation_advocates()
        if not found:
            out.print("No advocates yet: invite one with `daybook org invite --name NAME`.")
            return
        table = Table("name", "username", "account id", "joined", "status", "cases")
        for advocate in found:
            deactivated = advocate["deactivated_at"]
            status = "active" if deactivated is None else f"deactivated {cli._time(deactivated)}"
            row = (
                str(advocate["display_name"]),
                str(advocate["username"]),
                str(advocate["account_id"]),
                cli._time(advocate["joined_at"]),
                status,
            )
            table.add_row(*map(Text, row), str(advocate["active_cases"]))
        out.print(table)
        active = [a for a in found if a["deactivated_at"] is None]
        cases = sum(int(a["active_cases"]) for a in found)
        out.print(
            f"{_plural(len(found), 'advocate')} ({len(active)} active), "
            f"{_plural(cases, 'open case')}."
        )

    _with_api(ctx, work)


@org_app.command("deactivate")
def org_deactivate(
    ctx: typer.Context,
    account_id: Annotated[uuid.UUID, typer.Argument(help="From `daybook org advocates`.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask first.")] = False,
) -> None:
    """Stop an advocate's access at once: their sessions and cases end, and
    every share to them is revoked."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        if not yes:
            typer.confirm(
                f"Deactivate advocate {account_id}? Their sessions and cases end and every "
                "share to them is revoked, at once.",
                abort=True,
            )
        await api.deactivate_advocate(account_id)
        out.print(f"Deactivated {account_id}: their sessions ended and they can read nothing more.")
        out.print("Their cases ended; each victim sees it in their security events.")

    _with_api(ctx, work)
