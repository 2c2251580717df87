"""The diary: `daybook entry ...` (write, edit, read and delete incidents),
`daybook sync`, and `daybook log show` (the evidence log as this computer
verified it). Every entry is verified and kept in a replica beside the profile."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import uuid
import zoneinfo
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from app.cli import interview
from app.cli.attachments import (
    RESUME_HINT,
    download_attachments,
    forget_uploads,
    refuse_waiting_elsewhere,
    upload_files,
)
from app.cli.cases import shared_with
from app.cli.common import (
    CliError,
    diary_of,
    drafts,
    err,
    fail,
    find_entry_id,
    identity_of,
    local_time,
    out,
    print_fields,
    profile_path,
    replica_path,
    reported_errors,
    uploads,
    with_api,
)
from app.cli.entry_view import history_json, print_entry, summary_headings, summary_row
from app.client import incident_fields
from app.client.i18n import N_, _, ngettext
from app.client.incident import IncidentInvalid, occurred_at, validate_incident
from app.client.incident_fields import BEHAVIOURS, FieldValues
from app.client.profile import Profile

# The API, the diary and its cryptography are imported inside the commands:
# `daybook entry --help` loads none of them.
if TYPE_CHECKING:
    from app.client.api import DaybookApi
    from app.client.diary import Current, Diary, Replica, SyncReport, VerifiedVersion
    from app.client.drafts import Draft, Drafts
    from app.client.log_check import LogReport

# Top-level command: `daybook sync`.
commands = typer.Typer()
entry_app = typer.Typer(
    no_args_is_help=True, help=_("Diary entries: write, edit, read and delete incidents.")
)
log_app = typer.Typer(
    no_args_is_help=True,
    help=_("The server's evidence log, as this computer has verified it."),
)


# The replica beside the profile


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@asynccontextmanager
async def _writing_diary(
    ctx: typer.Context, api: DaybookApi, profile: Profile
) -> AsyncIterator[Diary]:
    """A diary that records the receipts of its writes in the replica, so the
    next sync proves each of them in the log; saved after the writes."""
    from app.client import replica_store
    from app.client.diary import Diary

    path = replica_path(ctx)
    replica = replica_store.load(path, profile.account_id)
    yield Diary(api, identity_of(profile), replica=replica)
    replica_store.save(path, profile.account_id, replica)


async def _synced(ctx: typer.Context, diary: Diary) -> tuple[Replica, SyncReport]:
    """The replica brought up to date; saved only once every change verified."""
    from app.client import replica_store

    path, account_id = replica_path(ctx), diary.identity.account_id
    replica = replica_store.load(path, account_id)
    report = await diary.sync(replica)
    replica_store.save(path, account_id, replica)
    return replica, report


def _forget_entry(ctx: typer.Context, profile: Profile, entry_id: uuid.UUID) -> None:
    from app.client import replica_store

    path = replica_path(ctx)
    replica = replica_store.load(path, profile.account_id)
    if replica.entries.pop(str(entry_id), None) is not None:
        replica_store.save(path, profile.account_id, replica)


# Incidents from options, a file or questions

What = Annotated[str | None, typer.Option("--what", help=_("What happened, in your own words."))]
Behaviour = Annotated[
    list[str] | None,
    typer.Option(
        "--behaviour",
        help=_("Repeat for each: {behaviours}.").format(behaviours=", ".join(BEHAVIOURS)),
    ),
]
Other = Annotated[
    str | None,
    typer.Option("--other", help=_("What the behaviour was, with --behaviour other.")),
]
Start = Annotated[
    str | None,
    typer.Option(
        "--start",
        help=_(
            "When it began, ISO 8601 (2026-03-14T21:05); default now. "
            "Without an offset it is wall-clock time in --tz."
        ),
    ),
]
End = Annotated[str | None, typer.Option("--end", help=_("When it ended, ISO 8601."))]
Tz = Annotated[
    str | None,
    typer.Option(
        "--tz",
        help=_("IANA time zone where it happened (Europe/London); default this computer's."),
    ),
]
Where = Annotated[str | None, typer.Option("--where", help=_("Where it happened, in words."))]
Who = Annotated[str | None, typer.Option("--who", help=_("The perpetrator's name."))]
Reported = Annotated[
    bool | None,
    typer.Option("--reported/--not-reported", help=_("Whether it was reported to the police.")),
]
PoliceRef = Annotated[
    str | None,
    typer.Option("--police-ref", help=_("The police reference (implies --reported).")),
]
Attach = Annotated[
    list[Path] | None,
    typer.Option(
        "--attach",
        exists=True,
        dir_okay=False,
        readable=True,
        help=_("An evidence file to upload (encrypted) and add; repeat for several."),
    ),
]
JsonFile = Annotated[
    str | None,
    typer.Option(
        "--json",
        metavar="FILE",
        help=_("A whole incident as JSON (schemas/incident.schema.json); - reads standard input."),
    ),
]
EntryId = Annotated[
    str, typer.Argument(help=_("The entry id, or its start as `entry list` shows."))
]


def _values(
    what: str | None,
    behaviour: list[str] | None,
    other: str | None,
    start: str | None,
    end: str | None,
    tz: str | None,
    where: str | None,
    who: str | None,
    reported: bool | None,
    police_ref: str | None,
) -> FieldValues:
    return FieldValues(
        description=what,
        behaviours=tuple(behaviour or ()),
        behaviour_other=other,
        start=start,
        end=end,
        time_zone=tz,
        place=where,
        perpetrator=who,
        reported=reported,
        police_reference=police_ref,
    )


def _read_incident(source: str) -> dict[str, Any]:
    """A whole incident from a file or standard input, validated."""
    text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    try:
        incident = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(
            _("{source} is not JSON: {error}").format(source=source, error=exc)
        ) from None
    if not isinstance(incident, dict):
        raise IncidentInvalid(["$: must be of type object"])
    validate_incident(incident)
    return incident


def _offered_draft(kept: Drafts) -> Draft | None:
    """The newest interview left unfinished, if the person wants to carry on with it."""
    partial = [d for d in kept.all() if d.content.get("kind") == "add" and "values" in d.content]
    if not partial:
        return None
    draft = partial[0]
    words = str(draft.content["values"].get("description") or "").strip().splitlines()
    when = local_time(draft.saved_at)
    out.print(
        Text(
            _('You began an entry {time} that is not saved yet: "{words}".').format(
                time=when, words=words[0][:60]
            )
            if words
            else _("You began an entry {time} that is not saved yet.").format(time=when)
        )
    )
    if typer.confirm(_("Carry on with it?"), default=True):
        return draft
    if typer.confirm(_("Delete it for good?"), default=False):
        kept.remove(draft.entry_id)
    return None


def _photo_time(paths: list[Path], zone: str) -> tuple[Path, dt.datetime] | None:
    """The first attached photo that says when it was taken."""
    from app.client.media import capture_time

    for path in paths:
        taken = capture_time(path, zoneinfo.ZoneInfo(zone))
        if taken is not None:
            return path, dt.datetime.fromisoformat(taken)
    return None


def _interviewed(
    ctx: typer.Context, values: FieldValues, attach: list[Path]
) -> tuple[uuid.UUID, dict[str, Any]]:
    """An incident by question and answer, and the id its entry gets; the
    answers are kept in a draft from the first one on."""
    from app.client.drafts import Draft

    profile = Profile.load(profile_path(ctx))
    if profile is None:
        fail(_("not signed in: run `daybook login` or `daybook register` first"))
    kept = drafts(ctx, profile)
    entry_id, asked = uuid.uuid4(), set[str]()
    with reported_errors():
        offered = _offered_draft(kept)
    if offered is not None:
        entry_id, asked = offered.entry_id, set(offered.content.get("asked", []))
        earlier = incident_fields.values_from_json(offered.content["values"])
        given = {k: v for k, v in dataclasses.asdict(values).items() if v not in (None, [], ())}
        values = dataclasses.replace(earlier, **given)
    zone = values.time_zone or incident_fields.local_zone_name()
    if not incident_fields.is_zone(zone):
        fail(
            _("--tz {zone} is not a time zone in the IANA tz database (Europe/London)").format(
                zone=zone
            )
        )
    values = dataclasses.replace(values, time_zone=zone)

    def save(answers: FieldValues, done: frozenset[str]) -> None:
        content = {"kind": "add", "values": dataclasses.asdict(answers), "asked": sorted(done)}
        kept.save(Draft(entry_id, _now(), content))

    now = _now()
    with reported_errors():
        try:
            values = interview.ask(values, asked, zone, now, _photo_time(attach, zone), save)
        except typer.Abort:
            err.print(
                Text.assemble((_("Stopped. "), "yellow"), _(KEPT_ANSWERS)),
                soft_wrap=True,
            )
            raise typer.Exit(1) from None
        try:
            return entry_id, incident_fields.create(values, now)
        except IncidentInvalid:
            err.print(Text(_(KEPT_ANSWERS)), soft_wrap=True)
            raise


KEPT_ANSWERS = N_(
    "Your answers so far are kept on this computer, encrypted: "
    "`daybook entry add` offers them back."
)


def _new_incident(values: FieldValues, json_file: str | None) -> dict[str, Any]:
    if json_file is not None:
        if not values.is_empty():
            raise CliError(_("--json gives the whole incident: leave out the field options"))
        return _read_incident(json_file)
    return incident_fields.create(values, _now())


# The commands


@entry_app.command(
    "add",
    help=_(
        "Write a new entry: from the options, from --json FILE, or by answering "
        "questions when neither --what nor --json is given."
    ),
)
def entry_add(
    ctx: typer.Context,
    what: What = None,
    behaviour: Behaviour = None,
    other: Other = None,
    start: Start = None,
    end: End = None,
    tz: Tz = None,
    where: Where = None,
    who: Who = None,
    reported: Reported = None,
    police_ref: PoliceRef = None,
    attach: Attach = None,
    json_file: JsonFile = None,
) -> None:
    values = _values(what, behaviour, other, start, end, tz, where, who, reported, police_ref)
    if json_file is None and values.description is None:
        entry_id, incident = _interviewed(ctx, values, attach or [])
    else:
        entry_id = uuid.uuid4()
        with reported_errors():
            incident = _new_incident(values, json_file)  # checked before anything is sent

    async def work(api: DaybookApi, profile: Profile) -> None:
        from app.client.drafts import Draft

        refuse_waiting_elsewhere(uploads(ctx, profile), attach or [], entry_id)
        # Kept (encrypted) before anything is sent, until the entry is written.
        drafts(ctx, profile).save(Draft(entry_id, _now(), {"kind": "add", "incident": incident}))
        with _kept_on_failure():
            references = await upload_files(api, uploads(ctx, profile), attach or [], entry_id)
            version = await finish_entry(ctx, api, profile, entry_id, references)
        added = _("Added entry {entry} (version {version}).")
        out.print(added.format(entry=version.entry_id, version=version.version))

    with_api(ctx, work, interrupted=RESUME_HINT)


@contextmanager
def _kept_on_failure() -> Iterator[None]:
    try:
        yield
    except Exception:
        err.print(
            Text.assemble(
                (_("Nothing is lost: "), "yellow"),
                _(
                    "what you wrote and the files sent so far are kept on this computer, "
                    "encrypted; `daybook uploads` shows them and `daybook uploads resume` "
                    "finishes writing the entry."
                ),
            ),
            soft_wrap=True,
        )
        raise


async def _append(diary: Diary, base: Current, incident: dict[str, Any]) -> VerifiedVersion:
    from app.client.api import ApiError

    try:
        return await diary.append(base, incident)
    except ApiError as exc:
        if exc.code != "stale-version":
            raise
        changed = _("entry {entry} changed on another device; run `daybook sync` and try again")
        raise CliError(changed.format(entry=base.entry_id)) from exc


def _changes(content: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """The next version an edit draft asks for, on top of the current one."""
    if "incident" in content:  # a whole replacement (--json)
        return dict(content["incident"])
    given = incident_fields.values_from_json(content.get("values", {}))
    return incident_fields.merge(current, given, _now())


async def finish_entry(
    ctx: typer.Context,
    api: DaybookApi,
    profile: Profile,
    entry_id: uuid.UUID,
    references: list[dict[str, Any]],
) -> VerifiedVersion:
    """Write the entry `entry_id` as its draft says, with these files: a new
    entry, or a new version of it (the files alone when there is no draft).
    Then forget the draft and the uploads, whose keys the entry now holds."""
    kept = drafts(ctx, profile)
    draft = kept.load(entry_id)
    content = {} if draft is None else draft.content
    async with _writing_diary(ctx, api, profile) as diary:
        if content.get("kind") == "add":
            new = incident_fields.with_attachments(content["incident"], references)
            version = await diary.add(new, entry_id=entry_id)
        else:
            base = await diary.current(entry_id)
            # Without a draft, the files alone: the current version, written now.
            changed = _changes(content, base.latest.incident)
            new = incident_fields.with_attachments(changed, references)
            version = await _append(diary, base, new)
    forget_uploads(uploads(ctx, profile), references)
    kept.remove(entry_id)
    return version


@entry_app.command(
    "edit",
    help=_(
        "Write a new version of an entry: the fields given replace the current "
        "ones and --attach adds files; --json FILE replaces the whole incident. "
        "Earlier versions are kept and stay readable."
    ),
)
def entry_edit(
    ctx: typer.Context,
    entry_id: EntryId,
    what: What = None,
    behaviour: Behaviour = None,
    other: Other = None,
    start: Start = None,
    end: End = None,
    tz: Tz = None,
    where: Where = None,
    who: Who = None,
    reported: Reported = None,
    police_ref: PoliceRef = None,
    attach: Attach = None,
    json_file: JsonFile = None,
) -> None:
    values = _values(what, behaviour, other, start, end, tz, where, who, reported, police_ref)
    with reported_errors():
        replacement = None if json_file is None else _read_incident(json_file)
    if replacement is not None and not values.is_empty():
        fail(_("--json gives the whole incident: leave out the field options"))
    if replacement is None and values.is_empty() and not attach:
        fail(_("nothing to change: give the fields to replace, --attach or --json"))
    content: dict[str, Any] = {"kind": "edit"}
    if replacement is not None:
        content["incident"] = replacement
    else:
        content["values"] = dataclasses.asdict(values)

    async def work(api: DaybookApi, profile: Profile) -> None:
        from app.client.drafts import Draft

        target = find_entry_id(ctx, profile, entry_id)
        base = await diary_of(api, profile).current(target)
        _changes(content, base.latest.incident)  # checked before anything is sent
        refuse_waiting_elsewhere(uploads(ctx, profile), attach or [], target)
        drafts(ctx, profile).save(Draft(target, _now(), content))
        with _kept_on_failure():
            references = await upload_files(api, uploads(ctx, profile), attach or [], target)
            version = await finish_entry(ctx, api, profile, target, references)
        now_at = _("Entry {entry} is now at version {version}.")
        out.print(now_at.format(entry=version.entry_id, version=version.version))

    with_api(ctx, work, interrupted=RESUME_HINT)


@entry_app.command("list", help=_("Sync, then list the entries in the order they happened."))
def entry_list(ctx: typer.Context) -> None:
    async def work(api: DaybookApi, profile: Profile) -> None:
        diary = diary_of(api, profile)
        replica, _report = await _synced(ctx, diary)
        found = diary.read_replica(replica)
        if not found:
            out.print(_("No entries."))
            return
        shared, advocate = await shared_with(api)
        table = Table(*summary_headings(), _("shared"))
        for version in sorted(found, key=lambda v: occurred_at(v.incident)):
            table.add_row(
                *summary_row(version), _("yes") if str(version.entry_id) in shared else ""
            )
        out.print(table)
        if shared:
            count = ngettext("{count} entry", "{count} entries", len(shared))
            shared_with_them = _("Shared with {advocate}: {entries}.").format(
                advocate=advocate or _("your advocate"), entries=count.format(count=len(shared))
            )
            out.print(
                Text(shared_with_them)
                + Text(" " + _("`daybook shares` says since when; `daybook unshare ID` stops it.")),
                soft_wrap=True,
            )

    with_api(ctx, work)


@entry_app.command("show", help=_("An entry with its whole verified history and its attachments."))
def entry_show(
    ctx: typer.Context,
    entry_id: EntryId,
    as_json: Annotated[bool, typer.Option("--json", help=_("Print the history as JSON."))] = False,
    save_attachments: Annotated[
        Path | None,
        typer.Option(
            "--save-attachments",
            metavar="DIR",
            file_okay=False,
            help=_("Download, decrypt and check each attachment into DIR."),
        ),
    ] = None,
) -> None:
    if save_attachments is not None:
        with reported_errors():
            save_attachments.mkdir(parents=True, exist_ok=True)

    async def work(api: DaybookApi, profile: Profile) -> None:
        history = await diary_of(api, profile).history(find_entry_id(ctx, profile, entry_id))
        if as_json:
            typer.echo(json.dumps(history_json(history), indent=2, ensure_ascii=False))
        else:
            print_entry(history)
        if save_attachments is not None:
            references = history[-1].incident.get("attachments", [])
            await download_attachments(api, references, save_attachments, err if as_json else out)

    with_api(ctx, work)


@entry_app.command(
    "delete",
    help=_("Erase an entry for good: every version and attachment; only a tombstone remains."),
)
def entry_delete(
    ctx: typer.Context,
    entry_id: EntryId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=_("Do not ask first."))] = False,
) -> None:
    async def work(api: DaybookApi, profile: Profile) -> None:
        target = find_entry_id(ctx, profile, entry_id)
        if not yes:
            erase = _("Erase entry {entry}, every version and attachment, for good?")
            typer.confirm(erase.format(entry=target), abort=True)
        await diary_of(api, profile).delete(target)
        _forget_entry(ctx, profile, target)
        out.print(_("Deleted entry {entry}.").format(entry=target))
        out.print(
            _(
                "Its content, every version and its attachments are erased for good and cannot "
                "be recovered; only a tombstone (the id and when it was deleted) remains, so "
                "your other devices learn of the deletion."
            )
        )

    with_api(ctx, work)


def _print_log(log: LogReport) -> None:
    from app.client.log_check import show_root

    if log.pinned_now == "server":
        out.print(
            Text.assemble(
                (_("Pinned the evidence log's key on first use: "), "bold yellow"),
                log.verifier_key,
            ),
            soft_wrap=True,
        )
        out.print(
            _(
                "Compare it with the key the server's operator publishes elsewhere (not one this "
                "server sends); `daybook log show` prints it again. Every later summary of the "
                "log must be signed by it."
            ),
            style="yellow",
            soft_wrap=True,
        )
    elif log.pinned_now == "caller":
        pinned = _("Pinned the evidence log's key you gave: {key}").format(key=log.verifier_key)
        out.print(pinned, soft_wrap=True)
    if log.rotated_from is not None:
        out.print(
            Text.assemble((_("The evidence log has a new key: "), "bold yellow"), log.verifier_key),
            soft_wrap=True,
        )
        out.print(
            _(
                "The key this computer pinned, {key}, handed the log over to it by "
                "a note both keys signed, and the log is consistent across the hand-over. Compare "
                "the new key with the one the server's operator publishes."
            ).format(key=log.rotated_from),
            style="yellow",
            soft_wrap=True,
        )
    holds = ngettext(
        "The server's evidence log holds {count} record; its summary {root} is signed by {signer}.",
        "The server's evidence log holds {count} records; "
        "its summary {root} is signed by {signer}.",
        log.size,
    )
    signer = f"{log.origin}+{log.key_id}"
    out.print(
        holds.format(count=log.size, root=show_root(log.root_hash), signer=signer), soft_wrap=True
    )
    if log.previous_size is None:
        out.print(_("This computer checks the log for the first time: nothing to compare yet."))
    else:
        grew = _(
            "The log only grew since the last sync ({before} \u2192 {after} "
            "records): nothing in it was changed or taken out."
        )
        out.print(grew.format(before=log.previous_size, after=log.size), style="green")
    if log.proven:
        checked = ngettext(
            "{count} receipt checked: each write this computer has a receipt "
            "for (the server's signed promise to keep it) is in the log.",
            "{count} receipts checked: each write this computer has a receipt "
            "for (the server's signed promise to keep it) is in the log.",
            log.proven,
        )
        out.print(checked.format(count=log.proven), soft_wrap=True)


@commands.command(
    "sync",
    help=_(
        "Bring this computer's copy of the diary up to date, verifying every entry, "
        "and check the evidence log: the new checkpoint must extend the last one and "
        "hold every receipt."
    ),
)
def sync_diary(
    ctx: typer.Context,
    log_key: Annotated[
        str | None,
        typer.Option(
            "--log-key",
            metavar="KEY",
            help=_(
                "The evidence log's verifier key as the server's operator publishes it: "
                "pinned if none is yet, refused if another one is."
            ),
        ),
    ] = None,
) -> None:
    from app.client.log_check import parse_key

    if log_key is not None:
        with reported_errors():
            parse_key(log_key)

    async def work(api: DaybookApi, profile: Profile) -> None:
        diary = diary_of(api, profile)
        diary.log_key = log_key
        replica, report = await _synced(ctx, diary)
        verified = diary.read_replica(replica)
        changes = _("{changed} changed, {deleted} deleted.")
        out.print(changes.format(changed=report.changed, deleted=report.deleted))
        all_verified = ngettext(
            "Verified all {count} entry on this computer: each is signed "
            "by your account, unaltered since it was written, and opens as a whole incident.",
            "Verified all {count} entries on this computer: each is signed "
            "by your account, unaltered since it was written, and opens as a whole incident.",
            len(verified),
        )
        out.print(all_verified.format(count=len(verified)), style="green")
        _print_log(report.log)

    with_api(ctx, work)


@log_app.command(
    "show",
    help=_(
        "The evidence log's pinned key, to compare with the one the server's "
        "operator publishes, and the last checkpoint this computer verified."
    ),
)
def log_show(ctx: typer.Context) -> None:
    from app.client import replica_store
    from app.client.log_check import kept_checkpoint, parse_key, show_root

    profile = Profile.load(profile_path(ctx))
    if profile is None:
        fail(_("not signed in: run `daybook login` first"))
    with reported_errors():
        view = replica_store.load(replica_path(ctx), profile.account_id).log
        checkpoint = kept_checkpoint(view)
    if view.verifier_key is None:
        out.print(_("No evidence log key is pinned on this computer yet: run `daybook sync`."))
        return
    verifier = parse_key(view.verifier_key)
    rows = [
        (_("Origin:"), verifier.name),
        (_("Key id:"), verifier.key_id.hex()),
        (_("Verifier key:"), view.verifier_key),
    ]
    if checkpoint is not None and view.checkpoint is not None:
        summary = ngettext(
            "{count} record, root {root}", "{count} records, root {root}", checkpoint.size
        )
        rows.append(
            (
                _("Last summary:"),
                summary.format(count=checkpoint.size, root=show_root(checkpoint.root_hash)),
            )
        )
    print_fields(rows)
    pending = _("Receipts not yet checked against the log: {count} (the next sync does)")
    out.print(pending.format(count=len(view.pending)))
    out.print(
        _(
            "Compare the verifier key, every character, with the one the server's operator "
            "publishes somewhere other than this server (a web page, a printed notice, a "
            "message you trust). If they differ, this computer trusts another key than the "
            "operator's: stop using the server and ask them."
        ),
        soft_wrap=True,
    )
    if view.checkpoint is not None:
        out.print()
        out.print(
            _("The last summary of the log (a checkpoint) verified here, as the server signed it:")
        )
        out.print(Text(view.checkpoint), soft_wrap=True)
