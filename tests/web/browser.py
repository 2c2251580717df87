"""Debian's Chromium for the console's browser tests: found at /usr/bin/chromium
(or DAYBOOK_CHROMIUM). Without it the tests skip with a red banner at the end
of the run, unless DAYBOOK_REQUIRE_BROWSER is set (as .ci/run does), which
makes a missing browser a failure."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.skip_banner import record_skip


def chromium() -> Path:
    """The browser's path, or skip (fail with DAYBOOK_REQUIRE_BROWSER) without one."""
    named = os.environ.get("DAYBOOK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    path = Path(named)
    if path.is_file() and os.access(path, os.X_OK):
        return path
    why = f"no Chromium at {named}: `apt-get install -y chromium` (.ci/run does)"
    if os.environ.get("DAYBOOK_REQUIRE_BROWSER"):
        pytest.fail(f"a browser is required (DAYBOOK_REQUIRE_BROWSER) but there is {why}")
    record_skip("BROWSER TESTS SKIPPED", "The console was not tried in a browser: " + why)
    pytest.skip(why)
