"""Helpers for bundle tests: a diary with entries and files, and a bundle of it."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from app.client.attachments import PendingUpload, upload
from app.client.bundle_export import CreatedBundle, Redaction, Selection, create_bundle
from app.client.diary import Replica
from app.client.incident_fields import with_attachments
from tests.attachments.conftest import random_file
from tests.writers import Writer, incident


async def write_entries(
    writer: Writer, tmp_path: Path, count: int, *, files_every: int = 3, edits_every: int = 4
) -> list[uuid.UUID]:
    """`count` incidents, one every other day; some with a file, some edited."""
    ids = []
    for n in range(count):
        day = dt.datetime(2026, 9, 1, tzinfo=dt.UTC) + dt.timedelta(days=2 * n)
        content = incident(f"Incident {n}: he was outside the flat again", day=1)
        content["occurred"]["start"] = day.replace(hour=20).isoformat()
        content["recorded_at"] = (day + dt.timedelta(hours=22)).isoformat()
        if n % files_every == 0:
            path = random_file(tmp_path / f"photo-{n}.jpg", 3000 + n)
            reference = await upload(writer.api, PendingUpload.plan(path))
            content = with_attachments(content, [reference])
        written = await writer.diary.add(content)
        if n % edits_every == 1:
            amended = {**content, "description": content["description"] + " (amended)"}
            await writer.diary.edit(written.entry_id, amended)
        ids.append(written.entry_id)
    return ids


async def bundle_of(
    writer: Writer, selection: Selection | None = None, redaction: Redaction | None = None
) -> CreatedBundle:
    return await create_bundle(writer.diary, Replica(), selection or Selection(), redaction)


async def download(writer: Writer, created: CreatedBundle, target: Path) -> Path:
    async with writer.api.stream(f"/v1/bundles/{created.bundle_id}/zip") as response:
        with target.open("wb") as out:
            async for piece in response.aiter_bytes():
                out.write(piece)
    return target
