"""A sync asks for the next page before it verifies the one in hand, so the
server's work and the device's overlap; stopping early drops the page on its way."""

from __future__ import annotations

import asyncio
from contextlib import aclosing
from typing import Any, cast

from app.client.api import DaybookApi
from app.client.sync_pages import pages


class Pages:
    """Three pages a, b, c; with `stall`, the answer after the first never comes."""

    def __init__(self, *, stall: bool = False) -> None:
        self.asked: list[str | None] = []
        self.stall = stall
        self.cancelled = False

    async def sync(self, cursor: str | None) -> dict[str, Any]:
        self.asked.append(cursor)
        if self.stall and cursor is not None:
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                self.cancelled = True
                raise
        following = {None: "a", "a": "b", "b": "c"}[cursor]
        return {"changes": [following], "cursor": following, "more": following != "c"}


async def test_each_next_page_is_asked_for_before_the_one_in_hand_is_used() -> None:
    server = Pages()
    seen = []
    async with aclosing(pages(cast(DaybookApi, server), None)) as found:
        async for page in found:
            await asyncio.sleep(0)  # the consumer's verification, yielding as it should
            seen.append((page["cursor"], list(server.asked)))
    assert seen == [("a", [None, "a"]), ("b", [None, "a", "b"]), ("c", [None, "a", "b"])]


async def test_stopping_early_cancels_the_page_on_its_way() -> None:
    server = Pages(stall=True)
    async with aclosing(pages(cast(DaybookApi, server), None)) as found:
        async for _page in found:
            await asyncio.sleep(0)
            break
    assert server.asked == [None, "a"]
    assert server.cancelled
