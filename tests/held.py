"""An async context manager (a live server, say) held open by a synchronous
fixture of module scope, in an event loop of its own: pytest-asyncio gives
each test a new loop, which a server shared by several tests must outlive."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from contextlib import AbstractAsyncContextManager
from typing import TypeVar

T = TypeVar("T")


@contextlib.contextmanager
def held(manager: AbstractAsyncContextManager[T]) -> Iterator[tuple[T, asyncio.AbstractEventLoop]]:
    """What `manager` gives, and the loop it runs in (for more calls on it)."""
    loop = asyncio.new_event_loop()
    try:
        value = loop.run_until_complete(manager.__aenter__())
        try:
            yield value, loop
        finally:
            loop.run_until_complete(manager.__aexit__(None, None, None))
    finally:
        loop.close()
