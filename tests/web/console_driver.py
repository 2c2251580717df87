"""Running web/console/test/drive.mjs for the console's browser tests: one
phase of the pages in Debian's Chromium, what they showed as JSON, and the
checks every run must pass (no page error, no CSP violation, nothing fetched
from another origin, axe-core clean on every page it looked at). The
`server_url` fixture (SQLite, then PostgreSQL) is in conftest.py."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import anyio

from bench.server import LiveServer
from dev import node_environment
from tests.writers import PASSPHRASE

DRIVER = Path(__file__).resolve().parents[2] / "web" / "console" / "test" / "drive.mjs"
SHOTS = os.environ.get("DAYBOOK_CONSOLE_SCREENSHOTS")


async def drive(server: LiveServer, browser: Path, **task: Any) -> dict[str, Any]:
    env = node_environment()
    node = shutil.which("node", path=env["PATH"])
    assert node is not None, "run `python3 dev.py test`: Node comes from .venv"
    given = {"base_url": server.base_url, "chromium": str(browser), "passphrase": PASSPHRASE}
    done = await anyio.run_process(
        [node, str(DRIVER)],
        input=json.dumps({**given, **task, "shots_dir": SHOTS}).encode(),
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    found: dict[str, Any] = json.loads(done.stdout)
    assert "error" not in found, found["error"]
    # A helper module gets no assertion rewriting: each assertion says what it found.
    assert found["problems"] == [], found["problems"]
    violations = {page: v for page, v in found["axe"].items() if v}
    assert violations == {}, violations
    return found
