"""The red banners at the end of a run that skipped part of the suite for want
of a server (PostgreSQL, S3, Redis) or a browser.

With pytest-xdist the skips happen in the workers while the controller writes
the summary, so each worker hands its banners over when it finishes
(tests/conftest.py's hooks) and the controller prints each banner once."""

from __future__ import annotations

from typing import Any

import pytest

_BANNERS_KEY = "daybook_skip_banners"
# title -> why, the first reason seen.
_banners: dict[str, str] = {}


def record_skip(title: str, why: str) -> None:
    _banners.setdefault(title, why)


def hand_over(config: pytest.Config) -> None:
    """In an xdist worker: send this worker's banners to the controller."""
    workeroutput: dict[str, Any] | None = getattr(config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput[_BANNERS_KEY] = dict(_banners)


def take_over(node: Any) -> None:
    """In the controller: keep a finished worker's banners."""
    for title, why in getattr(node, "workeroutput", {}).get(_BANNERS_KEY, {}).items():
        record_skip(title, why)


def write_banners(terminalreporter: pytest.TerminalReporter) -> None:
    for title, why in _banners.items():
        terminalreporter.write_sep("!", title, red=True, bold=True)
        terminalreporter.write_line(why, red=True, bold=True)
