"""Evidence files: `daybook attach`, and the uploads and downloads that the
entry and advocacy commands make (encrypted, resumable, with progress bars)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import httpx
import typer
from rich.console import Console
from rich.text import Text

from app.cli.common import (
    CliError,
    bar,
    err,
    fail,
    out,
    progress_bars,
    uploads,
    with_api,
)
from app.client import attachments
from app.client.api import DaybookApi
from app.client.attachments import PendingUpload
from app.client.local_files import destination_for
from app.client.pending_uploads import PendingUploads
from app.client.profile import Profile

if TYPE_CHECKING:
    from rich.progress import Progress

# Top-level command: `daybook attach`.
commands = typer.Typer()

RESUME_HINT = "what was sent is kept: run `daybook attach --resume` to finish the upload"


def _plan(store: PendingUploads, path: Path) -> PendingUpload:
    """The upload of `path`, saved before anything is sent so that it can resume."""
    planned = store.plan(path)
    if planned.resumed:
        err.print(Text(f"Resuming the unfinished upload of {path.name}."))
    return planned.pending


async def _send(api: DaybookApi, pending: PendingUpload, progress: Progress) -> dict[str, Any]:
    name = pending.facts.file_name
    try:
        return await attachments.upload(api, pending, bar(progress, name, pending.facts.size))
    except httpx.HTTPError as exc:
        raise CliError(f"the upload of {name} stopped ({exc}); {RESUME_HINT}") from exc


Uploaded = list[tuple[PendingUpload, dict[str, Any]]]


async def upload_files(api: DaybookApi, store: PendingUploads, paths: Sequence[Path]) -> Uploaded:
    """Upload files for an entry. Their pending state stays until the entry is
    saved, so running the same command again reuses what was uploaded."""
    planned = [_plan(store, path) for path in paths]
    done: Uploaded = []
    with progress_bars() as progress:
        for pending in planned:
            done.append((pending, await _send(api, pending, progress)))
    return done


def forget_uploads(store: PendingUploads, uploaded: Uploaded) -> None:
    for pending, _reference in uploaded:
        store.remove(pending.attachment_id)


async def download_attachments(
    api: DaybookApi, references: list[dict[str, Any]], directory: Path, console: Console
) -> None:
    """Download, decrypt and check each attachment into `directory` (which exists)."""
    saved = []
    with progress_bars() as progress:
        for ref in references:
            target = destination_for(directory, ref["file_name"], uuid.UUID(ref["attachment_id"]))
            advance = bar(progress, ref["file_name"], int(ref["size"]))
            await attachments.download(api, ref, target, advance)
            saved.append(Text(f"Saved {target} (SHA-256 {ref['sha256']} checked)"))
    for line in saved or [Text("The entry has no attachments.")]:
        console.print(line, soft_wrap=True)


@commands.command()
def attach(
    ctx: typer.Context,
    file: Annotated[
        Path | None,
        typer.Argument(exists=True, dir_okay=False, readable=True, help="The evidence file."),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Finish every unfinished upload.")
    ] = False,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print the attachment reference (with its key) as JSON."),
    ] = False,
) -> None:
    """Upload an evidence file, encrypted, in a way that resumes after an
    interruption. The usual way is `daybook entry add --attach FILE` (or
    `entry edit ID --attach FILE`), which uploads the file and puts it in the
    entry: a file uploaded here belongs to no entry until its reference
    (printed with --json) is put in an incident."""
    if (file is None) != resume:
        fail("give a FILE to upload, or --resume (not both)")

    async def work(api: DaybookApi, profile: Profile) -> None:
        store = uploads(ctx, profile)
        pending = store.all() if file is None else [_plan(store, file)]
        if not pending:
            out.print("No unfinished uploads.")
            return
        references = []
        with progress_bars() as progress:
            for item in pending:
                references.append(await _send(api, item, progress))
                store.remove(item.attachment_id)
        _print_uploads(references, as_json=as_json, many=file is None)

    with_api(ctx, work, interrupted=RESUME_HINT)


def _print_uploads(references: list[dict[str, Any]], *, as_json: bool, many: bool) -> None:
    if as_json:
        typer.echo(json.dumps(references if many else references[0], indent=2))
        return
    for ref in references:
        out.print(Text(f"Uploaded {ref['file_name']} as attachment {ref['attachment_id']}."))
    out.print(
        "It belongs to no entry yet: `daybook entry add --attach FILE` uploads and adds "
        "a file in one step."
    )
