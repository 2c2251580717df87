"""The diary: `daybook entry ...` (write, edit, read and delete incidents),
`daybook sync`, and `daybook log show` (the evidence log as this computer
verified it). Every entry is verified and kept in a replica beside the profile."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from app.cli.attachments import RESUME_HINT, download_attachments, forget_uploads, upload_files
from app.cli.cases import shared_with
from app.cli.common import (
    CliError,
    diary_of,
    err,
    fail,
    find_entry_id,
    identity_of,
    out,
    plural,
    profile_path,
    replica_path,
    reported_errors,
    uploads,
    with_api,
)
from app.cli.entry_view import history_json, print_entry, summary_row
from app.client import incident_fields, replica_store
from app.client.api import ApiError, DaybookApi
from app.client.diary import Current, Diary, Replica, SyncReport, VerifiedVersion
from app.client.incident import IncidentInvalid, occurred_at, validate_incident
from app.client.incident_fields import BEHAVIOURS, FieldValues
from app.client.log_check import LogReport, kept_checkpoint, parse_key, show_root
from app.client.profile import Profile

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
    path = replica_path(ctx)
    replica = replica_store.load(path, profile.account_id)
    yield Diary(api, identity_of(profile), replica=replica)
    replica_store.save(path, profile.account_id, replica)


async def _synced(ctx: typer.Context, diary: Diary) -> tuple[Replica, SyncReport]:
    """The replica brought up to date; saved only once every change verified."""
    path, account_id = replica_path(ctx), diary.identity.account_id
    replica = replica_store.load(path, account_id)
    report = await diary.sync(replica)
    replica_store.save(path, account_id, replica)
    return replica, report


def _forget_entry(ctx: typer.Context, profile: Profile, entry_id: uuid.UUID) -> None:
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


def _ask_behaviours() -> tuple[str, ...]:
    for number, name in enumerate(BEHAVIOURS, start=1):
        out.print(f"  {number:2}. {name}")
    while True:
        answer = str(typer.prompt("Behaviours (numbers from the list, separated by commas)"))
        parts = answer.replace(",", " ").split()
        if parts and all(p.isdigit() and 1 <= int(p) <= len(BEHAVIOURS) for p in parts):
            return tuple(BEHAVIOURS[int(p) - 1] for p in parts)
        err.print(f"Give one or more numbers from 1 to {len(BEHAVIOURS)}.")


def _ask(values: FieldValues) -> FieldValues:
    """Ask for what the options did not give."""
    description = values.description or str(typer.prompt("What happened"))
    behaviours = values.behaviours or _ask_behaviours()
    other = values.behaviour_other
    if "other" in behaviours and other is None:
        other = str(typer.prompt("What was the other behaviour"))
    start = values.start or str(
        typer.prompt("When did it start (ISO 8601, e.g. 2026-03-14T21:05)", default="now")
    )
    place = values.place
    if place is None:
        place = str(typer.prompt("Where (empty to skip)", default="", show_default=False))
    return dataclasses.replace(
        values,
        description=description,
        behaviours=behaviours,
        behaviour_other=other,
        start=None if start.strip().lower() == "now" else start,
        place=place or None,
    )


def _new_incident(values: FieldValues, json_file: str | None) -> dict[str, Any]:
    if json_file is not None:
        if not values.is_empty():
            raise CliError("--json gives the whole incident: leave out the field options")
        return _read_incident(json_file)
    if values.description is None:
        values = _ask(values)
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
    with reported_errors():
        incident = _new_incident(values, json_file)  # checked before anything is sent

    async def work(api: DaybookApi, profile: Profile) -> None:
        store = uploads(ctx, profile)
        uploaded = await upload_files(api, store, attach or [])
        references = [reference for _pending, reference in uploaded]
        async with _writing_diary(ctx, api, profile) as diary:
            version = await diary.add(incident_fields.with_attachments(incident, references))
        forget_uploads(store, uploaded)
        out.print(f"Added entry {version.entry_id} (version {version.version}).")

    with_api(ctx, work, interrupted=RESUME_HINT)


async def _append(diary: Diary, base: Current, incident: dict[str, Any]) -> VerifiedVersion:
    try:
        return await diary.append(base, incident)
    except ApiError as exc:
        if exc.code != "stale-version":
            raise
        raise CliError(
            f"entry {base.entry_id} changed on another device; run `daybook sync` and try again"
        ) from exc


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

    async def work(api: DaybookApi, profile: Profile) -> None:
        store = uploads(ctx, profile)
        async with _writing_diary(ctx, api, profile) as diary:
            base = await diary.current(find_entry_id(ctx, profile, entry_id))
            incident = replacement
            if incident is None:
                incident = incident_fields.merge(base.latest.incident, values, _now())
            uploaded = await upload_files(api, store, attach or [])
            references = [reference for _pending, reference in uploaded]
            changed = incident_fields.with_attachments(incident, references)
            version = await _append(diary, base, changed)
        forget_uploads(store, uploaded)
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
    if log.pinned_now == "server":
        out.print(
            Text.assemble(
                ("Pinned the evidence log's key on first use: ", "bold yellow"), log.verifier_key
            ),
            soft_wrap=True,
        )
        out.print(
            "Compare it with the key the server's operator publishes elsewhere (not one this "
            "server sends); `daybook log show` prints it again. Every later checkpoint must "
            "be signed by it.",
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
        f"Evidence log checkpoint: size {log.size}, root {show_root(log.root_hash)} "
        f"(signed by {log.origin}+{log.key_id}).",
        soft_wrap=True,
    )
    proven = f"{log.proven} receipt" + ("" if log.proven == 1 else "s") + " proven"
    if log.previous_size is None:
        out.print(f"First checkpoint on this computer, nothing to compare yet; {proven}.")
    else:
        out.print(
            f"Log consistent with the last sync (size {log.previous_size} \u2192 {log.size}), "
            f"{proven}.",
            style="green",
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
    if log_key is not None:
        with reported_errors():
            parse_key(log_key)

    async def work(api: DaybookApi, profile: Profile) -> None:
        diary = diary_of(api, profile)
        diary.log_key = log_key
        replica, report = await _synced(ctx, diary)
        verified = diary.read_replica(replica)
        out.print(f"{report.changed} changed, {report.deleted} deleted.")
        count = f"{len(verified)} entr" + ("y" if len(verified) == 1 else "ies")
        out.print(
            f"Verified all {count} on this computer: the account's signatures, "
            "the commitments, the decryption and the schema.",
            style="green",
        )
        _print_log(report.log)

    with_api(ctx, work)


@log_app.command("show")
def log_show(ctx: typer.Context) -> None:
    """The evidence log's pinned key, to compare with the one the server's
    operator publishes, and the last checkpoint this computer verified."""
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
        out.print(f"Checkpoint:    size {checkpoint.size}, root {show_root(checkpoint.root_hash)}")
    out.print(f"Unproven receipts: {len(view.pending)}")
    out.print(
        "Compare the verifier key, every character, with the one the server's operator "
        "publishes somewhere other than this server (a web page, a printed notice, a "
        "message you trust). If they differ, this computer trusts another key than the "
        "operator's: stop using the server and ask them.",
        soft_wrap=True,
    )
    if view.checkpoint is not None:
        out.print()
        out.print("The last checkpoint verified here, as the server signed it:")
        out.print(Text(view.checkpoint), soft_wrap=True)
