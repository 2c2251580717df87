"""The pages of a sync, the next one requested before this one is handed out,
so the server prepares the next page while the device verifies this one."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator
from typing import Any

from app.client.api import DaybookApi


async def pages(api: DaybookApi, cursor: str | None) -> AsyncGenerator[dict[str, Any]]:
    """Every page from `cursor` to the last (`more` false). A consumer that
    verifies at length should yield to the event loop now and then (an
    `await asyncio.sleep(0)`), so the next page's answer is read meanwhile;
    close the iterator (contextlib.aclosing) to drop a page still on its way."""
    following: asyncio.Task[dict[str, Any]] | None = asyncio.ensure_future(api.sync(cursor))
    try:
        while following is not None:
            page = await following
            following = None
            if page["more"]:
                following = asyncio.ensure_future(api.sync(page["cursor"]))
            yield page
    finally:
        if following is not None:
            following.cancel()
            # Whatever became of the request no longer matters: the consumer stopped.
            with contextlib.suppress(BaseException):
                await following
