"""Keeping checkpoints of the evidence log and having them time-stamped, in the
background of every worker."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from app.db import transaction
from app.evidence import service
from app.evidence.key_history import LogKeyNotCurrent
from app.protocol.signed_note import Signer
from app.state import AppState

logger = logging.getLogger("daybook.evidence")


@dataclass(frozen=True)
class Published:
    """What one round did: the size of the checkpoint it kept, and of the one it
    had time-stamped (None: nothing)."""

    kept: int | None
    timestamped: int | None


async def publish_checkpoint(state: AppState) -> Published:
    """Sign and keep a checkpoint of the log if it grew, then have the newest kept
    checkpoint time-stamped by the TSA if it has no token from it yet.

    The TSA is asked outside any transaction, so it never holds up a write, and
    its failure only leaves the checkpoint without a token: the next round asks
    again (for the newest checkpoint then, which includes this one's leaves)."""
    signer = Signer(state.settings.log_origin, state.keys.signing_key)
    tsa = state.tsa
    async with transaction(state.sessionmaker) as db:
        kept = await service.store_checkpoint(db, signer)
        kept_size = None if kept is None else kept.tree_size
        newest = await service.latest_checkpoint(db)
        if newest is None or tsa is None or not await service.needs_timestamp(db, newest, tsa.url):
            return Published(kept_size, None)
    # Loaded with the configured TSA (app/state.py), and only then.
    from app.protocol.timestamp import TimestampError

    try:
        timestamp = await tsa.timestamp(newest.note.encode("utf-8"))
    except TimestampError as exc:
        logger.warning(
            "no time-stamp for checkpoint %d from %s (%s); trying again next interval",
            newest.tree_size,
            tsa.url,
            exc,
        )
        return Published(kept_size, None)
    async with transaction(state.sessionmaker) as db:
        await service.add_timestamp(db, newest, tsa.url, timestamp)
    return Published(kept_size, newest.tree_size)


async def publish_forever(state: AppState) -> None:
    """Every worker runs this; they keep one checkpoint per size and one token per
    checkpoint and TSA, whoever comes first, so they never conflict."""
    while True:
        try:
            await publish_checkpoint(state)
        except LogKeyNotCurrent as exc:
            logger.error("keeping no checkpoint: %s", exc.detail)
        except Exception as error:
            # Its type only: a database error's text can hold values.
            logger.error(
                "publishing a checkpoint failed; trying again next interval",
                extra={"error_type": type(error).__name__},
            )
        await asyncio.sleep(state.settings.checkpoint_interval_seconds)
