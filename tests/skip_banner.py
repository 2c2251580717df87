"""The red banners at the end of a run that skipped part of the suite for want
of a server (PostgreSQL, S3, Redis) or a browser.

With pytest-xdist the skips happen in the workers while the controller writes
the summary, so each worker hands its banners over when it finishes and the
controller prints each banner once."""

from __future__ import annotations

from typing import Any

import pytest

_BANNERS_KEY = "daybook_skip_banners"
# title -> why, the first reason seen.
_banners: dict[str, str] = {}


def record_skip(title: str, why: str) -> None:
    _banners.setdefault(title, why)


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput: dict[str, Any] | None = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput[_BANNERS_KEY] = dict(_banners)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    for title, why in getattr(node, "workeroutput", {}).get(_BANNERS_KEY, {}).items():
        record_skip(title, why)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for title, why in _banners.items():
        terminalreporter.write_sep("!", title, red=True, bold=True)
        terminalreporter.write_line(why, red=True, bold=True)
