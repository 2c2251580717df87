"""Evidence files: the uploads and downloads that the entry, upload and
advocacy commands make (encrypted, resumable, with progress bars)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.text import Text

from app.cli.common import (
    CliError,
    bar,
    err,
    progress_bars,
)
from app.client.i18n import N_, _
from app.client.local_files import destination_for

if TYPE_CHECKING:
    from rich.progress import Progress

    from app.client.api import DaybookApi
    from app.client.attachments import PendingUpload
    from app.client.pending_uploads import PendingUploads

RESUME_HINT = N_(
    "what was typed and sent is kept on this computer: run `daybook uploads resume` "
    "to finish, and the files go into their entry"
)


def plan_upload(store: PendingUploads, path: Path, entry_id: uuid.UUID | None) -> PendingUpload:
    """The upload of `path` for `entry_id`, saved before anything is sent so
    that it can resume and end in that entry."""
    planned = store.plan(path, entry_id)
    if planned.resumed:
        err.print(Text(_("Resuming the unfinished upload of {file}.").format(file=path.name)))
    return planned.pending


async def send(
    api: DaybookApi, store: PendingUploads, pending: PendingUpload, progress: Progress
) -> dict[str, Any]:
    """Send what the server lacks; the reference is kept with the upload until
    an entry records it, since the file's key exists nowhere else."""
    import httpx

    from app.client import attachments

    name = pending.facts.file_name
    try:
        reference = await attachments.upload(api, pending, bar(progress, name, pending.facts.size))
    except httpx.HTTPError as exc:
        stopped = _("the upload of {file} stopped ({error}); {hint}")
        raise CliError(stopped.format(file=name, error=exc, hint=_(RESUME_HINT))) from exc
    store.uploaded(pending.attachment_id, reference)
    return reference


def refuse_waiting_elsewhere(
    store: PendingUploads, paths: Sequence[Path], entry_id: uuid.UUID
) -> None:
    """A file still waiting to go into another entry means an earlier try of
    this command: finishing that one, not writing a second entry, is what the
    person wants."""
    for path in paths:
        for waiting in store.waiting():
            if waiting.pending.path == path.resolve() and waiting.entry_id not in (None, entry_id):
                short = str(waiting.pending.attachment_id)[:8]
                waits = _(
                    "{file} is already waiting to go into entry {entry} from an "
                    "earlier try: `daybook uploads resume` finishes that, or "
                    "`daybook uploads discard {upload}` forgets it"
                )
                raise CliError(waits.format(file=path.name, entry=waiting.entry_id, upload=short))


async def upload_files(
    api: DaybookApi, store: PendingUploads, paths: Sequence[Path], entry_id: uuid.UUID
) -> list[dict[str, Any]]:
    """Upload files for the entry `entry_id`. Their state stays until the entry
    is saved, so `daybook uploads resume` (or the same command again) reuses
    what was uploaded."""
    planned = [plan_upload(store, path, entry_id) for path in paths]
    with progress_bars() as progress:
        return [await send(api, store, pending, progress) for pending in planned]


def forget_uploads(store: PendingUploads, references: Sequence[dict[str, Any]]) -> None:
    """The entry recorded these references: their keys are in it now."""
    for reference in references:
        store.remove(uuid.UUID(reference["attachment_id"]))


async def download_attachments(
    api: DaybookApi, references: list[dict[str, Any]], directory: Path, console: Console
) -> None:
    """Download, decrypt and check each attachment into `directory` (which exists)."""
    from app.client import attachments

    saved = []
    with progress_bars() as progress:
        for ref in references:
            target = destination_for(directory, ref["file_name"], uuid.UUID(ref["attachment_id"]))
            advance = bar(progress, ref["file_name"], int(ref["size"]))
            await attachments.download(api, ref, target, advance)
            checked = _("Saved {file} (SHA-256 {sha256} checked)")
            saved.append(Text(checked.format(file=target, sha256=ref["sha256"])))
    for line in saved or [Text(_("The entry has no attachments."))]:
        console.print(line, soft_wrap=True)
