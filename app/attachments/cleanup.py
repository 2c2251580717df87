"""Cleaning up uploads that were abandoned, and what crashed writes left behind."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import uuid

from app.attachments import repository, service
from app.db import transaction
from app.state import AppState

logger = logging.getLogger("daybook.cleanup")


async def sweep(state: AppState) -> int:
    """Erase uploads with no new chunk for `upload_abandon_seconds`; returns how many."""
    older_than = dt.timedelta(seconds=state.settings.upload_abandon_seconds)
    async with transaction(state.sessionmaker) as db:
        erased = await service.erase_abandoned(db, older_than)
    await service.erase_blobs(state.blobs, erased)
    await _erase_orphans(state)
    # A temp file that old belongs to no upload still in progress.
    await state.blobs.sweep_temporary(state.settings.upload_abandon_seconds)
    return len(erased)


async def _erase_orphans(state: AppState) -> None:
    """Blobs whose rows are gone: a crash came between the commit that erased
    the rows and the blobs' removal. The blobs are listed before the rows are
    read, and an upload's row commits before its first chunk is written, so a
    live upload is never mistaken for an orphan."""
    stored = await state.blobs.children(service.BLOB_ROOT)
    ids = [uuid.UUID(name) for name in stored if _is_uuid(name)]
    async with transaction(state.sessionmaker) as db:
        known = await repository.existing_ids(db, ids)
    await service.erase_blobs(state.blobs, [i for i in ids if i not in known])


def _is_uuid(name: str) -> bool:
    try:
        return str(uuid.UUID(name)) == name
    except ValueError:
        return False


async def sweep_forever(state: AppState) -> None:
    """Every worker runs this; erasing is idempotent, so they never conflict."""
    while True:
        try:
            erased = await sweep(state)
            if erased:
                logger.info("erased %d abandoned upload(s)", erased)
        except Exception as error:
            # Its type only: the text of a database or file error can name an id.
            logger.error(
                "upload cleanup failed; trying again next interval",
                extra={"error_type": type(error).__name__},
            )
        await asyncio.sleep(state.settings.cleanup_interval_seconds)
