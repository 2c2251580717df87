"""The red banner when the console's browser tests were skipped, and the
servers they run against: SQLite, then PostgreSQL where it answers."""

from __future__ import annotations

import pytest

from tests.conftest import ADMIN_URL, PostgresDatabases
from tests.skip_banner import skip_banner
from tests.web.browser import skipped_browser


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if skipped_browser:
        skip_banner(
            terminalreporter,
            "BROWSER TESTS SKIPPED",
            "The console was not tried in a browser: " + skipped_browser[0],
        )


@pytest.fixture(params=["sqlite", "postgresql"])
def server_url(request: pytest.FixtureRequest, postgres: PostgresDatabases | None) -> str | None:
    if request.param == "postgresql" and postgres is None:
        pytest.skip("PostgreSQL unreachable")
    return ADMIN_URL if request.param == "postgresql" else None
