"""Cleaning up uploads that were abandoned, and what crashed writes left behind."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

from app.attachments import service
from app.db import transaction
from app.state import AppState

logger = logging.getLogger("daybook.cleanup")


async def sweep(state: AppState) -> int:
    """Erase uploads with no new chunk for `upload_abandon_seconds`; returns how many."""
    older_than = dt.timedelta(seconds=state.settings.upload_abandon_seconds)
    async with transaction(state.sessionmaker) as db:
        erased = await service.erase_abandoned(db, older_than)
    await service.erase_blobs(state.blobs, erased)
    # A temp file that old belongs to no upload still in progress.
    await state.blobs.sweep_temporary(state.settings.upload_abandon_seconds)
    return len(erased)


async def sweep_forever(state: AppState) -> None:
    """Every worker runs this; erasing is idempotent, so they never conflict."""
    while True:
        try:
            erased = await sweep(state)
            if erased:
                logger.info("erased %d abandoned upload(s)", erased)
        except Exception:
            logger.exception("upload cleanup failed; trying again next interval")
        await asyncio.sleep(state.settings.cleanup_interval_seconds)
