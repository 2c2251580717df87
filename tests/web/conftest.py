"""The red banner when the console's browser tests were skipped."""

from __future__ import annotations

import pytest

from tests.skip_banner import skip_banner
from tests.web.browser import skipped_browser


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if skipped_browser:
        skip_banner(
            terminalreporter,
            "BROWSER TESTS SKIPPED",
            "The console was not tried in a browser: " + skipped_browser[0],
        )
