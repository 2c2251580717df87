"""How many bytes of run bodies one worker holds at once.

A run's body (up to 16 MiB) is read whole before its write starts, so a
slow client holds no database connection meanwhile. Each body being read is
therefore memory the worker holds until its write ends; the budget bounds
their sum, whatever the number of connections. A run over budget is refused
with 503 `uploads-busy` and Retry-After before any of its body is read."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app.errors import DaybookError

# A refused run is sent again this many seconds later: about the time a
# full run takes to arrive and be written on a slow link.
RETRY_AFTER_SECONDS = 2


class UploadsBusy(DaybookError):
    status = 503
    code = "uploads-busy"
    title = "Too many uploads at once"


class RunBuffers:
    """The bytes reserved by the run bodies being read or written now, in
    one process (its event loop's thread: no lock is needed)."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.reserved = 0

    @contextmanager
    def reserve(self, size: int) -> Iterator[None]:
        """Hold `size` bytes of the budget for the block, or refuse at once."""
        if self.reserved + size > self.budget:
            raise UploadsBusy(
                "This server is receiving as many uploads as it can hold at once; "
                "nothing of this request was stored. Send it again after Retry-After seconds.",
                headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
            )
        self.reserved += size
        try:
            yield
        finally:
            self.reserved -= size
