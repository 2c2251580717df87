"""Advocacy from both sides: `daybook advocate ...` (a victim accepts, shows
and ends her advocate; an advocate issues codes, lists cases and reads what is
shared), and a victim's `daybook share`, `unshare` and `access-log`."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from app.cli.attachments import download_attachments
from app.cli.cases import (
    CaseArg,
    assignment,
    known_keys,
    open_case,
    refusal,
    shared_entry_id,
    shared_with,
    with_case_api,
)
from app.cli.common import (
    CliError,
    diary_of,
    fail,
    find_entry_id,
    identity_of,
    local_time,
    out,
    print_fields,
    replica_path,
    reported_errors,
    validated,
)
from app.cli.entry_view import print_entry, summary_headings, summary_row
from app.client.i18n import N_, _, ngettext
from app.client.incident import occurred_at
from app.client.profile import Profile

# What a command needs (the API, the keys, the diary) is imported inside it:
# `daybook advocate --help` loads none of it.
if TYPE_CHECKING:
    from app.client.advocacy import AdvocateCard
    from app.client.api import DaybookApi
    from app.client.cases import AdvocateCases, CaseView
    from app.client.diary import VerifiedVersion

advocate_app = typer.Typer(
    no_args_is_help=True,
    help=_("Your advocate (as a victim), or your cases (as an advocate)."),
)
# Top-level commands: `daybook share`, `daybook unshare`, `daybook access-log`.
sharing_app = typer.Typer()

# A shared entry as the server lists it, and its current version (None: no longer shared).
Shared = tuple[dict[str, Any], "VerifiedVersion | None"]

NO_ADVOCATE = N_(
    "you have no advocate: accept your advocate's code first (`daybook advocate accept`)"
)


# The victim's side: accepting, showing and ending their advocate


def _print_card(card: AdvocateCard) -> None:
    # The fingerprint is computed on this computer from the keys, never taken from the server.
    print_fields(
        [
            (_("Advocate:"), card.display_name),
            (_("Organisation:"), card.organisation_name),
            (_("Fingerprint:"), card.key.fingerprint),
        ]
    )


@advocate_app.command(
    "accept",
    help=_(
        "Accept an advocate: shows who the code names and their fingerprint, to "
        "compare with the one they read out, before anything is shared."
    ),
)
def advocate_accept(
    ctx: typer.Context,
    code: Annotated[str, typer.Argument(help=_("The code your advocate gave you."))],
    label: Annotated[
        str | None,
        typer.Option(
            "--label",
            help=_("How you appear in the advocate's list of cases (a first name or a nickname)."),
        ),
    ] = None,
    yes: Annotated[
        bool,
        typer.Option("--yes", "-y", help=_("The fingerprint was compared already: do not ask.")),
    ] = False,
) -> None:
    from app.client.advocacy import AdvocateCard, VictimAdvocacy
    from app.wire import CaseLabel  # pydantic: only for the commands that take a name

    if label is not None:
        label = validated(CaseLabel, label, _("the label"))

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            advocacy = VictimAdvocacy(api, identity_of(profile), known)
            card = await advocacy.look_up(code)
            _print_card(card)
            current = await assignment(api)
            already = current is not None and current["advocate"]["account_id"] == str(
                card.account_id
            )
            if already:
                out.print(
                    _("They are your advocate already: accepting again changes only your label.")
                )
            elif current is not None:
                previous = AdvocateCard.from_wire(current["advocate"])
                out.print(
                    Text(
                        _(
                            "Accepting ends your case with {advocate} ({organisation}): "
                            "everything you share with them is revoked at once."
                        ).format(
                            advocate=previous.display_name,
                            organisation=previous.organisation_name,
                        ),
                        style="yellow",
                    ),
                    soft_wrap=True,
                )
            same = _("Does the advocate read out the same fingerprint?")
            if not yes and not typer.confirm(same):
                out.print(
                    _(
                        "Not accepted, and nothing shared. If the fingerprints differ, the code "
                        "may not be theirs or someone may stand between you: tell the advocate's "
                        "organisation, on a number you already know."
                    ),
                    soft_wrap=True,
                )
                raise typer.Exit(1)
            name = label or validated(
                CaseLabel,
                str(
                    typer.prompt(
                        _("Your name in the advocate's list of cases (a first name or a nickname)")
                    )
                ),
                _("the label"),
            )
            case = await advocacy.accept(code, card, name)
        out.print(
            Text(
                _(
                    "{advocate} ({organisation}) is now your advocate; you "
                    "appear in their list as {label}. Case {case}."
                ).format(
                    advocate=card.display_name,
                    organisation=card.organisation_name,
                    label=case.label,
                    case=case.case_id,
                )
            ),
            soft_wrap=True,
        )
        out.print(
            (_("What you shared stays shared.") if already else _("Nothing is shared yet."))
            + " "
            + _(
                "Share entries with `daybook share ENTRY...`; every read of theirs appears in "
                "`daybook access-log`."
            ),
            soft_wrap=True,
        )

    with_case_api(ctx, work, checks="advocate")


@advocate_app.command(
    "show", help=_("Your advocate, their organisation and fingerprint, and since when.")
)
def advocate_show(
    ctx: typer.Context,
    confirm: Annotated[
        bool,
        typer.Option(
            "--confirm",
            help=_(
                "On another device of yours: compare the fingerprint with your advocate "
                "and, if it is the same, confirm their key here so this device can share too."
            ),
        ),
    ] = False,
) -> None:
    from app.client.advocacy import VictimAdvocacy
    from app.client.known_keys import KeyNotConfirmed

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            advocacy = VictimAdvocacy(api, identity_of(profile), known)
            case = await advocacy.current(check=False)
            if case is None:
                out.print(
                    _("You have no advocate. Accept one with `daybook advocate accept CODE`.")
                )
                return
            card = case.advocate
            try:
                known.check(card.account_id, card.key)  # KeyChanged: the banner, nothing shown
                confirmed = True
            except KeyNotConfirmed:
                confirmed = False
            _print_card(card)
            if not confirmed and confirm:
                typer.confirm(_("Does the advocate read out the same fingerprint?"), abort=True)
                await advocacy.confirm(case)
                confirmed = True
        shared = (await api.shares())["shares"]
        entries = ngettext("{count} entry", "{count} entries", len(shared))
        print_fields(
            [
                (_("Since:"), local_time(case.started_at.isoformat())),
                (_("Your label:"), case.label),
                (_("Case:"), str(case.case_id)),
                (_("Shared:"), entries.format(count=len(shared))),
            ]
        )
        if confirmed:
            out.print(_("This is the key you confirmed with your advocate."), style="green")
        else:
            out.print(
                _(
                    "This computer has not confirmed this key, so it shares nothing with them: "
                    "compare the fingerprint with your advocate, then run "
                    "`daybook advocate show --confirm`."
                ),
                style="yellow",
                soft_wrap=True,
            )

    with_case_api(ctx, work, checks="advocate")


@advocate_app.command(
    "end", help=_("End the case with your advocate: every share is revoked at once.")
)
def advocate_end(
    ctx: typer.Context,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=_("Do not ask first."))] = False,
) -> None:
    from app.client.advocacy import AdvocateCard, VictimAdvocacy

    async def work(api: DaybookApi, profile: Profile) -> None:
        # No key check: ending must work above all when the key is not the confirmed one.
        current = await assignment(api)
        if current is None:
            out.print(_("You have no advocate: there is nothing to end."))
            return
        card = AdvocateCard.from_wire(current["advocate"])
        if not yes:
            end = _(
                "End your case with {advocate} ({organisation})? "
                "Everything you share with them is revoked at once."
            )
            typer.confirm(
                end.format(advocate=card.display_name, organisation=card.organisation_name),
                abort=True,
            )
        with known_keys(ctx, profile) as known:
            await VictimAdvocacy(api, identity_of(profile), known).end()
        ended = _("Your case with {advocate} ({organisation}) has ended.")
        out.print(
            Text(ended.format(advocate=card.display_name, organisation=card.organisation_name))
        )
        out.print(
            _(
                "Every share is revoked: from now on they can read none of your entries or files. "
                "What they already read or downloaded cannot be recalled. Their notes stay "
                "readable to you (`daybook note list`), and to you alone: they can no longer read "
                "them either."
            ),
            soft_wrap=True,
        )

    with_case_api(ctx, work)


# The victim's side: sharing, revoking, and who read what


@sharing_app.command(
    "share", help=_("Share entries, with every version and attachment, with your advocate.")
)
def share(
    ctx: typer.Context,
    entry_ids: Annotated[
        list[str],
        typer.Argument(help=_("Entry ids, or their starts as `entry list` shows them.")),
    ],
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            metavar="TIME",
            help=_(
                "End the share by itself then (e.g. 2027-01-31T18:00+00:00); "
                "without it, it lasts until you revoke it."
            ),
        ),
    ] = None,
) -> None:
    from app.client import replica_store
    from app.client.advocacy import VictimAdvocacy

    ends = None if until is None else _end_time(until)

    async def work(api: DaybookApi, profile: Profile) -> None:
        targets = list(dict.fromkeys(find_entry_id(ctx, profile, e) for e in entry_ids))
        kept = replica_path(ctx)
        replica = replica_store.load(kept, profile.account_id)
        with known_keys(ctx, profile) as known:
            advocacy = VictimAdvocacy(api, identity_of(profile), known, replica=replica)
            case = await advocacy.current()  # the advocate's key must be the confirmed one
            if case is None:
                raise CliError(_(NO_ADVOCATE))
            shared = await advocacy.share(targets, until=ends)
        # The next sync proves each share's receipt in the evidence log.
        replica_store.save(kept, profile.account_id, replica)
        advocate = case.advocate
        count = ngettext("{count} entry", "{count} entries", len(shared)).format(count=len(shared))
        shared_with_them = _(
            "Shared {entries} with {advocate} ({organisation}), fingerprint {fingerprint}:"
        )
        out.print(
            Text(
                shared_with_them.format(
                    entries=count,
                    advocate=advocate.display_name,
                    organisation=advocate.organisation_name,
                    fingerprint=advocate.key.fingerprint,
                )
            ),
            soft_wrap=True,
        )
        for item in shared:
            receipt = item.get("receipt")
            parts = [_("shared {time}").format(time=local_time(item["shared_at"]))]
            if ends is not None:
                parts.append(_("until {time}").format(time=local_time(item["expires_at"])))
            if receipt is not None:
                logged = _("record {number} in the evidence log")
                parts.append(logged.format(number=receipt["leaf_index"]))
            out.print(f"  {item['entry_id']}  {', '.join(parts)}")
        out.print(
            _(
                "They can read every version and attachment of what you shared, later edits "
                "included; each read appears in `daybook access-log`. `daybook unshare ENTRY` "
                "stops it."
            ),
            soft_wrap=True,
        )

    with_case_api(ctx, work, checks="advocate")


def _end_time(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        fail(_("{text} is not a time such as 2027-01-31T18:00+00:00").format(text=repr(text)))
    if moment.tzinfo is None:
        fail(_("give the time with its offset, such as +00:00 or +01:00"))
    return moment


@sharing_app.command(
    "share-until",
    help=_(
        "Move the end of one share: extend it (an expired one too), shorten it, "
        "or make it last until you revoke it (`never`)."
    ),
)
def share_until(
    ctx: typer.Context,
    entry: Annotated[str, typer.Argument(help=_("A shared entry (or its start)."))],
    until: Annotated[
        str, typer.Argument(metavar="TIME|never", help=_("The share's new end, or `never`."))
    ],
) -> None:
    from app.client.advocacy import VictimAdvocacy
    from app.client.known_keys import KnownKeys

    ends = None if until == "never" else _end_time(until)

    async def work(api: DaybookApi, profile: Profile) -> None:
        entry_id = find_entry_id(ctx, profile, entry)
        advocacy = VictimAdvocacy(api, identity_of(profile), KnownKeys())
        share = await advocacy.extend(entry_id, ends)
        until = (
            _("Entry {entry} is shared with your advocate until you revoke it.")
            if ends is None
            else _("Entry {entry} is shared with your advocate until {time}.")
        )
        out.print(until.format(entry=entry_id, time=local_time(share["expires_at"])))

    with_case_api(ctx, work)


@sharing_app.command("unshare", help=_("Stop sharing entries with your advocate, at once."))
def unshare(
    ctx: typer.Context,
    entry_ids: Annotated[
        list[str] | None,
        typer.Argument(help=_("Entry ids, or their starts as `entry list` shows.")),
    ] = None,
    every: Annotated[
        bool,
        typer.Option("--all", help=_("Stop sharing every entry (the advocate stays yours).")),
    ] = False,
) -> None:
    from app.client.advocacy import VictimAdvocacy
    from app.client.known_keys import KnownKeys

    if bool(entry_ids) == every:
        fail(_("give the entries to stop sharing, or --all (not both)"))

    async def work(api: DaybookApi, profile: Profile) -> None:
        # No key check: revoking must always work.
        advocacy = VictimAdvocacy(api, identity_of(profile), KnownKeys())
        if every:
            await advocacy.unshare_all()
            out.print(
                _(
                    "Stopped sharing every entry: from now on your advocate gets nothing more of "
                    "them. They stay your advocate (`daybook advocate end` ends the case)."
                ),
                soft_wrap=True,
            )
        else:
            for text in dict.fromkeys(entry_ids or ()):
                entry_id = find_entry_id(ctx, profile, text)
                await advocacy.unshare(entry_id)
                stopped = _("Stopped sharing entry {entry}: your advocate gets nothing more of it.")
                out.print(stopped.format(entry=entry_id))
        out.print(_("What they already read or downloaded cannot be recalled."))

    with_case_api(ctx, work)


@sharing_app.command("shares", help=_("What you share now, with whom and since when."))
def shares(ctx: typer.Context) -> None:
    from app.client import replica_store

    async def work(api: DaybookApi, profile: Profile) -> None:
        shared, advocate = await shared_with(api)
        if not shared:
            out.print(_("You share nothing: no advocate can read any of your entries."))
            return
        replica = replica_store.load(replica_path(ctx), profile.account_id)
        diary = diary_of(api, profile)
        known = {str(v.entry_id): v for v in diary.read_replica(replica)}
        table = Table(*summary_headings(), _("shared since"))
        for entry_id, since in shared.items():
            version = known.get(entry_id)
            row = summary_row(version) if version else (Text(entry_id[:8]), *[Text("")] * 5)
            table.add_row(*row, Text(local_time(since)))
        whom = _("Shared with {advocate}:").format(advocate=advocate or _("your advocate"))
        out.print(Text(whom), soft_wrap=True)
        out.print(table)
        out.print(
            _(
                "They can read every version and attachment of these; each read is in "
                "`daybook access-log`. `daybook unshare ID` or `--all` stops it."
            ),
            soft_wrap=True,
        )

    with_case_api(ctx, work)


_KINDS = {
    "entry": N_("entry"),
    "history": N_("history"),
    "version": N_("version"),
    "attachment": N_("file status"),
    "attachment_content": N_("file download"),
    "handover": N_("handed over to a new advocate"),
}


def _what(record: dict[str, Any]) -> str:
    kind = str(record["kind"])
    version = record.get("version")
    if kind == "version" and version is not None:
        return _("version {number}").format(number=version)
    if kind == "history" and version is not None:
        return _("history from v{number}").format(number=version)
    return _(_KINDS[kind]) if kind in _KINDS else kind


@sharing_app.command(
    "access-log", help=_("Every read by an advocate of what you shared, newest first.")
)
def access_log(ctx: typer.Context) -> None:
    from app.client.advocacy import VictimAdvocacy
    from app.client.known_keys import KnownKeys

    async def work(api: DaybookApi, profile: Profile) -> None:
        records = await VictimAdvocacy(api, identity_of(profile), KnownKeys()).access_log()
        if not records:
            out.print(_("No advocate has read anything you shared."))
            return
        table = Table(_("when"), _("who"), _("what"), _("entry"), _("attachment"))
        for record in records:
            reader = record["reader"]
            row = (
                local_time(record["accessed_at"]),
                f"{reader['display_name']} ({reader['organisation_name']})",
                _what(record),
                str(record["entry_id"]),
                str(record["attachment_id"] or ""),
            )
            table.add_row(*map(Text, row))
        out.print(table)
        reads = ngettext(
            "{count} read. The advocates cannot change or hide these.",
            "{count} reads. The advocates cannot change or hide these.",
            len(records),
        )
        out.print(reads.format(count=len(records)))

    with_case_api(ctx, work)


# The advocate's side: codes, cases and reading what is shared


@advocate_app.command(
    "code", help=_("A one-time code for a victim, with your fingerprint to read out with it.")
)
def advocate_code(ctx: typer.Context) -> None:
    from app.client.cases import AdvocateCases

    async def work(api: DaybookApi, profile: Profile) -> None:
        me = identity_of(profile)
        with known_keys(ctx, profile) as known:
            issued = await AdvocateCases(api, me, known).issue_code()
        print_fields(
            [
                (_("Code:"), Text(issued["code"], style="bold")),
                (_("Expires:"), local_time(issued["expires_at"])),
                (_("Your fingerprint:"), me.fingerprint),
            ]
        )
        out.print(
            _(
                "Give the victim the code in person or by phone and read them your fingerprint: "
                "they accept with `daybook advocate accept CODE` and compare it. The code works "
                "once."
            ),
            soft_wrap=True,
        )

    with_case_api(ctx, work)


@advocate_app.command("cases", help=_("Your open cases, by the label each victim chose."))
def advocate_cases(ctx: typer.Context) -> None:
    from app.client.cases import AdvocateCases

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            found = await AdvocateCases(api, identity_of(profile), known).cases()
        if not found:
            out.print(_("No open cases. Give a victim a code: `daybook advocate code`."))
            return
        table = Table(_("label"), _("case id"), _("since"), _("shared entries"))
        for case in found:
            row = (str(case["label"]), str(case["id"]), local_time(case["started_at"]))
            table.add_row(*map(Text, row), str(case["shared_entries"]))
        out.print(table)

    with_case_api(ctx, work)


@advocate_app.command(
    "read",
    help=_(
        "The entries a victim shares, as a timeline (when, behaviours, first "
        "line: each entry's current version is read); with ENTRY_ID, that entry's "
        "verified history. The victim sees every read in their access log."
    ),
)
def advocate_read(
    ctx: typer.Context,
    case_id: CaseArg,
    entry_id: Annotated[
        str | None,
        typer.Argument(help=_("A shared entry's id, or its start; without it, list them.")),
    ] = None,
    save_attachments: Annotated[
        Path | None,
        typer.Option(
            "--save-attachments",
            metavar="DIR",
            file_okay=False,
            help=_("Download, decrypt and check each attachment of the entry into DIR."),
        ),
    ] = None,
) -> None:
    from app.client.api import ApiError
    from app.client.cases import AdvocateCases

    if save_attachments is not None:
        if entry_id is None:
            fail(_("--save-attachments needs an ENTRY_ID"))
        with reported_errors():
            save_attachments.mkdir(parents=True, exist_ok=True)

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            cases = AdvocateCases(api, identity_of(profile), known)
            view = await open_case(cases, case_id)
            if entry_id is None:
                shared = await cases.shared_entries(view.case_id)
                _print_shared(view, [await _latest(cases, view, e) for e in shared])
                return
            target = await shared_entry_id(cases, view.case_id, entry_id)
            try:
                history = await cases.read(view, target)
            except ApiError as exc:
                if exc.status != 404:
                    raise
                not_shared = _(
                    "The victim does not share entry {entry} with you, or no longer does."
                )
                raise CliError(f"{refusal(exc)} {not_shared.format(entry=target)}") from None
        print_entry(history)
        if save_attachments is not None:
            references = history[-1].incident.get("attachments", [])
            await download_attachments(api, references, save_attachments, out)
        out.print(_("This read is in the victim's access log."))

    with_case_api(ctx, work, checks="victim")


@advocate_app.command(
    "flags",
    help=_(
        "Advisory flags computed here from what the victim shares (escalation, "
        "threats or violence, visits to her home, people contacted, possible "
        "breaches), each with its reason. Reading the entries is in her access log."
    ),
)
def advocate_flags(ctx: typer.Context, case_id: CaseArg) -> None:
    from app.client.case_flags import SharedIncident, flags
    from app.client.cases import AdvocateCases

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            cases = AdvocateCases(api, identity_of(profile), known)
            view = await open_case(cases, case_id)
            shared = []
            for item in await cases.shared_entries(view.case_id):
                entry_id = uuid.UUID(item["entry_id"])
                latest = (await cases.read(view, entry_id))[-1]
                shared.append(SharedIncident(entry_id, latest.incident))
        found = flags(shared, dt.datetime.now(dt.UTC).date())
        if not found:
            out.print(_("No flag: the shared entries do not show these patterns."))
        for flag in found:
            out.print(Text(f"{flag.label}: {flag.reason}"), soft_wrap=True)
        out.print(_("Flags are prompts for your judgement, not predictions of risk."))

    with_case_api(ctx, work, checks="victim")


async def _latest(cases: AdvocateCases, view: CaseView, shared: dict[str, Any]) -> Shared:
    """A shared entry's current version; None if the victim stopped sharing it meanwhile."""
    from app.client.api import ApiError

    entry_id = uuid.UUID(str(shared["entry_id"]))
    try:
        return shared, await cases.latest(view, entry_id)
    except ApiError as exc:
        if exc.status != 404:
            raise
        return shared, None


def _print_shared(view: CaseView, entries: list[Shared]) -> None:
    """The shared entries as a timeline: when each happened, its behaviours
    and its first line, in the order things happened."""
    heading = ngettext(
        "Case {label} ({case}): {count} shared entry.",
        "Case {label} ({case}): {count} shared entries.",
        len(entries),
    )
    out.print(
        Text(
            heading.format(label=view.label, case=str(view.case_id)[:8], count=len(entries)),
            style="bold",
        ),
        soft_wrap=True,
    )
    print_fields([(_("Victim's fingerprint:"), view.victim_key.fingerprint)])
    if not entries:
        out.print(_("The victim shares nothing in this case yet."))
        return
    readable = sorted(
        ((s, v) for s, v in entries if v is not None), key=lambda p: occurred_at(p[1].incident)
    )
    table = Table(*summary_headings(), _("shared"))
    for shared, version in readable:
        table.add_row(*summary_row(version), Text(local_time(shared["shared_at"])))
    out.print(table)
    if len(readable) < len(entries):
        stopped = ngettext(
            "{count} stopped being shared while this was read.",
            "{count} stopped being shared while this was read.",
            len(entries) - len(readable),
        )
        out.print(stopped.format(count=len(entries) - len(readable)))
    out.print(
        Text(
            _(
                "Each entry's current version, verified against the victim's signature. Read one "
                "with its history: `daybook advocate read {label} ID`. The victim sees "
                "every read in their access log."
            ).format(label=view.label)
        ),
        soft_wrap=True,
    )
