"""The red banner at the end of a run that skipped a half of the suite for
want of a server (PostgreSQL, S3, Redis)."""

from __future__ import annotations

import pytest


def skip_banner(terminalreporter: pytest.TerminalReporter, title: str, why: str) -> None:
    terminalreporter.write_sep("!", title, red=True, bold=True)
    terminalreporter.write_line(why, red=True, bold=True)
