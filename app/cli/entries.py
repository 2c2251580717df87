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
    plural,
    profile_path,
    replica_path,
    reported_errors,
    uploads,
    with_api,
)
from app.cli.entry_view import history_json, print_entry, summary_row
from app.client import incident_fields
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
    no_args_is_help=True, help="Diary entries: write, edit, read and delete incidents."
)
log_app = typer.Typer(
    no_args_is_help=True, help="The server's evidence log, as this computer has verified it."
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

What = Annotated[str | None, typer.Option("--what", help="What happened, in your own words.")]
Behaviour = Annotated[
    list[str] | None,
    typer.Option("--behaviour", help=f"Repeat for each: {', '.join(BEHAVIOURS)}."),
]
Other = Annotated[
    str | None, typer.Option("--other", help="What the behaviour was, with --behaviour other.")
]
Start = Annotated[
    str | None,
    typer.Option(
        "--start",
        help="When it began, ISO 8601 (2026-03-14T21:05); default now. "
        "Without an offset it is wall-clock time in --tz.",
    ),
]
End = Annotated[str | None, typer.Option("--end", help="When it ended, ISO 8601.")]
Tz = Annotated[
    str | None,
    typer.Option(
        "--tz", help="IANA time zone where it happened (Europe/London); default this computer's."
    ),
]
Where = Annotated[str | None, typer.Option("--where", help="Where it happened, in words.")]
Who = Annotated[str | None, typer.Option("--who", help="The perpetrator's name.")]
Reported = Annotated[
    bool | None,
    typer.Option("--reported/--not-reported", help="Whether it was reported to the police."),
]
PoliceRef = Annotated[
    str | None, typer.Option("--police-ref", help="The police reference (implies --reported).")
]
Attach = Annotated[
    list[Path] | None,
    typer.Option(
        "--attach",
        exists=True,
        dir_okay=False,
        readable=True,
        help="An evidence file to upload (encrypted) and add; repeat for several.",
    ),
]
JsonFile = Annotated[
    str | None,
    typer.Option(
        "--json",
        metavar="FILE",
        help="A whole incident as JSON (schemas/incident.schema.json); - reads standard input.",
    ),
]
EntryId = Annotated[str, typer.Argument(help="The entry id, or its start as `entry list` shows.")]


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
        raise CliError(f"{source} is not JSON: {exc}") from None
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
    begun = f': "{words[0][:60]}"' if words else ""
    out.print(
        Text(f"You began an entry {local_time(draft.saved_at)} that is not saved yet{begun}.")
    )
    if typer.confirm("Carry on with it?", default=True):
        return draft
    if typer.confirm("Delete it for good?", default=False):
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
        fail("not signed in: run `daybook login` or `daybook register` first")
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
        fail(f"--tz {zone} is not a time zone in the IANA tz database (Europe/London)")
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
                Text.assemble(("Stopped. ", "yellow"), KEPT_ANSWERS),
                soft_wrap=True,
            )
            raise typer.Exit(1) from None
        try:
            return entry_id, incident_fields.create(values, now)
        except IncidentInvalid:
            err.print(Text(KEPT_ANSWERS), soft_wrap=True)
            raise


KEPT_ANSWERS = (
    "Your answers so far are kept on this computer, encrypted: "
    "`daybook entry add` offers them back."
)


def _new_incident(values: FieldValues, json_file: str | None) -> dict[str, Any]:
    if json_file is not None:
        if not values.is_empty():
            raise CliError("--json gives the whole incident: leave out the field options")
        return _read_incident(json_file)
    return incident_fields.create(values, _now())


# The commands


@entry_app.command("add")
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
    """Write a new entry: from the options, from --json FILE, or by answering
    questions when neither --what nor --json is given."""
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
        out.print(f"Added entry {version.entry_id} (version {version.version}).")

    with_api(ctx, work, interrupted=RESUME_HINT)


@contextmanager
def _kept_on_failure() -> Iterator[None]:
    try:
        yield
    except Exception:
        err.print(
            Text.assemble(
                ("Nothing is lost: ", "yellow"),
                "what you wrote and the files sent so far are kept on this computer, "
                "encrypted; `daybook uploads` shows them and `daybook uploads resume` "
                "finishes writing the entry.",
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
        raise CliError(
            f"entry {base.entry_id} changed on another device; run `daybook sync` and try again"
        ) from exc


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


@entry_app.command("edit")
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
    """Write a new version of an entry: the fields given replace the current
    ones and --attach adds files; --json FILE replaces the whole incident.
    Earlier versions are kept and stay readable."""
    values = _values(what, behaviour, other, start, end, tz, where, who, reported, police_ref)
    with reported_errors():
        replacement = None if json_file is None else _read_incident(json_file)
    if replacement is not None and not values.is_empty():
        fail("--json gives the whole incident: leave out the field options")
    if replacement is None and values.is_empty() and not attach:
        fail("nothing to change: give the fields to replace, --attach or --json")
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
        out.print(f"Entry {version.entry_id} is now at version {version.version}.")

    with_api(ctx, work, interrupted=RESUME_HINT)


@entry_app.command("list")
def entry_list(ctx: typer.Context) -> None:
    """Sync, then list the entries in the order they happened."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        diary = diary_of(api, profile)
        replica, _report = await _synced(ctx, diary)
        found = diary.read_replica(replica)
        if not found:
            out.print("No entries.")
            return
        shared, advocate = await shared_with(api)
        table = Table("id", "happened", "behaviours", "what", "versions", "files", "shared")
        for version in sorted(found, key=lambda v: occurred_at(v.incident)):
            table.add_row(*summary_row(version), "yes" if str(version.entry_id) in shared else "")
        out.print(table)
        if shared:
            out.print(
                Text(f"Shared with {advocate or 'your advocate'}: {plural(len(shared), 'entry')}.")
                + Text(" `daybook shares` says since when; `daybook unshare ID` stops it."),
                soft_wrap=True,
            )

    with_api(ctx, work)


@entry_app.command("show")
def entry_show(
    ctx: typer.Context,
    entry_id: EntryId,
    as_json: Annotated[bool, typer.Option("--json", help="Print the history as JSON.")] = False,
    save_attachments: Annotated[
        Path | None,
        typer.Option(
            "--save-attachments",
            metavar="DIR",
            file_okay=False,
            help="Download, decrypt and check each attachment into DIR.",
        ),
    ] = None,
) -> None:
    """An entry with its whole verified history and its attachments."""
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


@entry_app.command("delete")
def entry_delete(
    ctx: typer.Context,
    entry_id: EntryId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask first.")] = False,
) -> None:
    """Erase an entry for good: every version and attachment; only a tombstone remains."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        target = find_entry_id(ctx, profile, entry_id)
        if not yes:
            typer.confirm(
                f"Erase entry {target}, every version and attachment, for good?", abort=True
            )
        await diary_of(api, profile).delete(target)
        _forget_entry(ctx, profile, target)
        out.print(f"Deleted entry {target}.")
        out.print(
            "Its content, every version and its attachments are erased for good and cannot "
            "be recovered; only a tombstone (the id and when it was deleted) remains, so "
            "your other devices learn of the deletion."
        )

    with_api(ctx, work)


def _print_log(log: LogReport) -> None:
    from app.client.log_check import show_root

    if log.pinned_now == "server":
        out.print(
            Text.assemble(
                ("Pinned the evidence log's key on first use: ", "bold yellow"), log.verifier_key
            ),
            soft_wrap=True,
        )
        out.print(
            "Compare it with the key the server's operator publishes elsewhere (not one this "
            "server sends); `daybook log show` prints it again. Every later summary of the "
            "log must be signed by it.",
            style="yellow",
            soft_wrap=True,
        )
    elif log.pinned_now == "caller":
        out.print(f"Pinned the evidence log's key you gave: {log.verifier_key}", soft_wrap=True)
    if log.rotated_from is not None:
        out.print(
            Text.assemble(("The evidence log has a new key: ", "bold yellow"), log.verifier_key),
            soft_wrap=True,
        )
        out.print(
            f"The key this computer pinned, {log.rotated_from}, handed the log over to it by "
            "a note both keys signed, and the log is consistent across the hand-over. Compare "
            "the new key with the one the server's operator publishes.",
            style="yellow",
            soft_wrap=True,
        )
    out.print(
        f"The server's evidence log holds {plural(log.size, 'record')}; its summary "
        f"{show_root(log.root_hash)} is signed by {log.origin}+{log.key_id}.",
        soft_wrap=True,
    )
    if log.previous_size is None:
        out.print("This computer checks the log for the first time: nothing to compare yet.")
    else:
        out.print(
            f"The log only grew since the last sync ({log.previous_size} \u2192 {log.size} "
            "records): nothing in it was changed or taken out.",
            style="green",
        )
    if log.proven:
        out.print(
            f"{plural(log.proven, 'receipt')} checked: each write this computer has a receipt "
            "for (the server's signed promise to keep it) is in the log.",
            soft_wrap=True,
        )


@commands.command("sync")
def sync_diary(
    ctx: typer.Context,
    log_key: Annotated[
        str | None,
        typer.Option(
            "--log-key",
            metavar="KEY",
            help="The evidence log's verifier key as the server's operator publishes it: "
            "pinned if none is yet, refused if another one is.",
        ),
    ] = None,
) -> None:
    """Bring this computer's copy of the diary up to date, verifying every entry,
    and check the evidence log: the new checkpoint must extend the last one and
    hold every receipt."""
    from app.client.log_check import parse_key

    if log_key is not None:
        with reported_errors():
            parse_key(log_key)

    async def work(api: DaybookApi, profile: Profile) -> None:
        diary = diary_of(api, profile)
        diary.log_key = log_key
        replica, report = await _synced(ctx, diary)
        verified = diary.read_replica(replica)
        out.print(f"{report.changed} changed, {report.deleted} deleted.")
        out.print(
            f"Verified all {plural(len(verified), 'entry')} on this computer: each is signed "
            "by your account, unaltered since it was written, and opens as a whole incident.",
            style="green",
        )
        _print_log(report.log)

    with_api(ctx, work)


@log_app.command("show")
def log_show(ctx: typer.Context) -> None:
    """The evidence log's pinned key, to compare with the one the server's
    operator publishes, and the last checkpoint this computer verified."""
    from app.client import replica_store
    from app.client.log_check import kept_checkpoint, parse_key, show_root

    profile = Profile.load(profile_path(ctx))
    if profile is None:
        fail("not signed in: run `daybook login` first")
    with reported_errors():
        view = replica_store.load(replica_path(ctx), profile.account_id).log
        checkpoint = kept_checkpoint(view)
    if view.verifier_key is None:
        out.print("No evidence log key is pinned on this computer yet: run `daybook sync`.")
        return
    verifier = parse_key(view.verifier_key)
    out.print(f"Origin:        {verifier.name}")
    out.print(f"Key id:        {verifier.key_id.hex()}")
    out.print(f"Verifier key:  {view.verifier_key}", soft_wrap=True)
    if checkpoint is not None and view.checkpoint is not None:
        out.print(
            f"Last summary:  {plural(checkpoint.size, 'record')}, "
            f"root {show_root(checkpoint.root_hash)}"
        )
    out.print(f"Receipts not yet checked against the log: {len(view.pending)} (the next sync does)")
    out.print(
        "Compare the verifier key, every character, with the one the server's operator "
        "publishes somewhere other than this server (a web page, a printed notice, a "
        "message you trust). If they differ, this computer trusts another key than the "
        "operator's: stop using the server and ask them.",
        soft_wrap=True,
    )
    if view.checkpoint is not None:
        out.print()
        out.print(
            "The last summary of the log (a checkpoint) verified here, as the server signed it:"
        )
        out.print(Text(view.checkpoint), soft_wrap=True)
