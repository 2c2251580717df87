"""Evidence files on their way to an entry: `daybook attach` and `daybook
uploads` (list, resume, attach, discard). An upload cut short resumes where it
stopped and ends in the entry it was for; one in no entry waits, listed, until
it is put in one or discarded, since its key exists only on this computer."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from app.cli.attachments import RESUME_HINT, plan_upload, send
from app.cli.common import (
    CliError,
    drafts,
    fail,
    find_entry_id,
    local_time,
    out,
    progress_bars,
    uploads,
    with_api,
)
from app.cli.entries import finish_entry
from app.client.i18n import _
from app.client.profile import Profile

if TYPE_CHECKING:
    from app.client.api import DaybookApi
    from app.client.drafts import Draft
    from app.client.pending_uploads import PendingUploads, Waiting

# Top-level command: `daybook attach`.
commands = typer.Typer()
uploads_app = typer.Typer(
    help=_(
        "Files not yet in an entry (an upload cut short, or `daybook attach`): "
        "with no command, list them."
    )
)

UploadId = Annotated[
    str, typer.Argument(help=_("The upload's id, or its start as `daybook uploads` shows."))
]


def _find(store: PendingUploads, text: str) -> Waiting:
    found = [w for w in store.waiting() if str(w.pending.attachment_id).startswith(text.lower())]
    if not text or not found:
        none = _("no upload on this computer starts with {text}: see `daybook uploads`")
        raise CliError(none.format(text=repr(text)))
    if len(found) > 1:
        several = _("{text} is the start of more than one upload: give more of it")
        raise CliError(several.format(text=repr(text)))
    return found[0]


async def _complete(api: DaybookApi, store: PendingUploads, items: list[Waiting]) -> list[Waiting]:
    """Send what the server lacks of each; the same uploads, each with its reference."""
    missing = [w for w in items if w.reference is None]
    if missing:
        with progress_bars() as progress:
            for waiting in missing:
                await send(api, store, waiting.pending, progress)
    done = {w.pending.attachment_id: w for w in store.waiting()}
    return [done[w.pending.attachment_id] for w in items]


async def _into_entries(
    ctx: typer.Context, api: DaybookApi, profile: Profile, items: list[Waiting]
) -> None:
    """Finish the uploads, then put each in the entry it is for, one version per entry."""
    store = uploads(ctx, profile)
    finished = await _complete(api, store, items)
    by_entry: dict[uuid.UUID | None, list[dict[str, Any]]] = defaultdict(list)
    for waiting in finished:
        assert waiting.reference is not None
        by_entry[waiting.entry_id].append(waiting.reference)
    for entry_id, references in by_entry.items():
        names = ", ".join(ref["file_name"] for ref in references)
        if entry_id is None:
            uploaded = _("Uploaded {files}: in no entry yet (`daybook uploads attach ID ENTRY`).")
            out.print(Text(uploaded.format(files=names)))
            continue
        version = await finish_entry(ctx, api, profile, entry_id, references)
        written = _("Entry {entry} is written (version {version}) with {files}.")
        out.print(Text(written.format(entry=entry_id, version=version.version, files=names)))


def _unwritten(ctx: typer.Context, profile: Profile, store: PendingUploads) -> list[Draft]:
    """Drafts ready to be written (whole new entries, and changes) whose files
    are all in, when writing them failed: partial answers are not among them
    (`daybook entry add` offers those back)."""
    waiting_for = {w.entry_id for w in store.waiting()}
    return [
        draft
        for draft in drafts(ctx, profile).all()
        if draft.entry_id not in waiting_for
        and (draft.content.get("kind") == "edit" or "incident" in draft.content)
    ]


# No help of its own: the group's (uploads_app) is what `daybook --help` lists.
@uploads_app.callback(invoke_without_command=True)
def uploads_list(ctx: typer.Context) -> None:
    if ctx.invoked_subcommand is not None:
        return

    async def work(_api: DaybookApi, profile: Profile) -> None:
        store = uploads(ctx, profile)
        waiting = store.waiting()
        unwritten = _unwritten(ctx, profile, store)
        if not waiting and not unwritten:
            out.print(_("No unfinished uploads, and no entry waiting to be written."))
            return
        if waiting:
            table = Table(_("id"), _("file"), _("size"), _("started"), _("state"), _("for"))
            for w in waiting:
                table.add_row(
                    str(w.pending.attachment_id)[:8],
                    w.pending.facts.file_name,
                    _size(w.pending.facts.size),
                    local_time(w.planned_at),
                    _("sent") if w.reference is not None else _("partly sent"),
                    _("no entry yet")
                    if w.entry_id is None
                    else _("entry {entry}").format(entry=str(w.entry_id)[:8]),
                )
            out.print(table)
        for draft in unwritten:
            not_yet = (
                _("Not yet written: a new entry {entry}, typed {time}.")
                if draft.content["kind"] == "add"
                else _("Not yet written: a change to entry {entry}, typed {time}.")
            )
            when = local_time(draft.saved_at)
            out.print(Text(not_yet.format(entry=str(draft.entry_id)[:8], time=when)))
        out.print(
            _(
                "`daybook uploads resume` finishes every one and puts each file in its entry; "
                "`daybook uploads attach ID ENTRY` puts a file in an entry; "
                "`daybook uploads discard ID` forgets one."
            )
        )

    with_api(ctx, work)


def _size(size: int) -> str:
    return f"{size / 2**20:.1f} MiB" if size >= 2**20 else f"{size / 2**10:.0f} KiB"


@uploads_app.command(
    "resume", help=_("Finish the uploads (all, or one) and write each into the entry it was for.")
)
def uploads_resume(
    ctx: typer.Context,
    upload: Annotated[str | None, typer.Argument(help=_("Only this upload."))] = None,
) -> None:

    async def work(api: DaybookApi, profile: Profile) -> None:
        store = uploads(ctx, profile)
        items = store.waiting() if upload is None else [_find(store, upload)]
        unwritten = [] if upload is not None else _unwritten(ctx, profile, store)
        if not items and not unwritten:
            out.print(_("No unfinished uploads."))
            return
        await _into_entries(ctx, api, profile, items)
        for draft in unwritten:
            version = await finish_entry(ctx, api, profile, draft.entry_id, [])
            written = _("Entry {entry} is written (version {version}).")
            out.print(written.format(entry=draft.entry_id, version=version.version))

    with_api(ctx, work, interrupted=RESUME_HINT)


@uploads_app.command(
    "attach", help=_("Finish an upload and add the file to an entry, as a new version of it.")
)
def uploads_attach(
    ctx: typer.Context,
    upload: UploadId,
    entry: Annotated[
        str, typer.Argument(help=_("The entry id, or its start as `entry list` shows."))
    ],
) -> None:

    async def work(api: DaybookApi, profile: Profile) -> None:
        store = uploads(ctx, profile)
        waiting = _find(store, upload)
        target = find_entry_id(ctx, profile, entry)
        if waiting.entry_id not in (None, target):
            elsewhere = _(
                "that upload is for entry {entry}: `daybook uploads resume` puts it there"
            )
            raise CliError(elsewhere.format(entry=waiting.entry_id))
        store.assign(waiting.pending.attachment_id, target)
        await _into_entries(
            ctx, api, profile, [store.find(waiting.pending.attachment_id) or waiting]
        )

    with_api(ctx, work, interrupted=RESUME_HINT)


@uploads_app.command(
    "discard", help=_("Forget an upload on this computer; the server erases what it received.")
)
def uploads_discard(
    ctx: typer.Context,
    upload: UploadId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=_("Do not ask first."))] = False,
) -> None:
    async def work(api: DaybookApi, profile: Profile) -> None:
        store = uploads(ctx, profile)
        waiting = _find(store, upload)
        name = waiting.pending.facts.file_name
        if not yes:
            forget = _("Forget the upload of {file}? The file on this computer stays as it is.")
            typer.confirm(forget.format(file=name), abort=True)
        await _erase(api, waiting)
        store.remove(waiting.pending.attachment_id)
        out.print(Text(_("Forgot the upload of {file}.").format(file=name)))

    with_api(ctx, work)


async def _erase(api: DaybookApi, waiting: Waiting) -> None:
    """Have the server erase what it received, before this computer forgets
    the upload: if that fails, the upload stays listed to discard again."""
    from app.client.api import ApiError

    ids = [waiting.pending.attachment_id]
    if waiting.pending.stripped is not None:
        ids.append(waiting.pending.stripped.attachment_id)
    for attachment_id in ids:
        try:
            await api.delete_attachment(attachment_id)
        except ApiError as exc:
            if exc.status != 404:  # never started, or already erased
                raise


@commands.command(
    help=_(
        "Upload an evidence file, encrypted, in a way that resumes after an "
        "interruption. The usual way is `daybook entry add --attach FILE` (or "
        "`entry edit ID --attach FILE`), which uploads the file and puts it in the "
        "entry: a file uploaded here waits in `daybook uploads` until "
        "`daybook uploads attach` puts it in an entry (or its reference, printed "
        "with --json, goes into an incident)."
    )
)
def attach(
    ctx: typer.Context,
    file: Annotated[
        Path | None,
        typer.Argument(exists=True, dir_okay=False, readable=True, help=_("The evidence file.")),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help=_("Finish every unfinished upload (as `uploads resume`).")),
    ] = False,
    as_json: Annotated[
        bool,
        typer.Option("--json", help=_("Print the attachment reference (with its key) as JSON.")),
    ] = False,
) -> None:
    if (file is None) != resume:
        fail(_("give a FILE to upload, or --resume (not both)"))
    if resume:
        uploads_resume(ctx, None)
        return

    async def work(api: DaybookApi, profile: Profile) -> None:
        assert file is not None
        store = uploads(ctx, profile)
        pending = plan_upload(store, file, None)
        with progress_bars() as progress:
            reference = await send(api, store, pending, progress)
        if as_json:  # the reference holds the key now: whoever runs this keeps it
            store.remove(pending.attachment_id)
            typer.echo(json.dumps(reference, indent=2))
            return
        short = str(pending.attachment_id)[:8]
        uploaded = _("Uploaded {file} as upload {upload}.")
        out.print(Text(uploaded.format(file=reference["file_name"], upload=short)))
        in_no_entry = _(
            "It is in no entry yet: `daybook uploads attach {upload} ENTRY` puts it in one "
            "(`daybook entry add --attach FILE` uploads and adds a file in one step)."
        )
        out.print(in_no_entry.format(upload=short))

    with_api(ctx, work, interrupted=RESUME_HINT)
