"""The console in Debian's Chromium on loopback: the bytes it transfers on a
first visit (an empty cache), the time to its sign-in form, and the time from
"Sign in" to a usable case list (every case's news filled in), at the
production Argon2id cost (64 MiB, 3 passes: the sign-in's own work).

python -m bench.console [--cases N] [--runs N] [--database-url URL]
"""

from __future__ import annotations

import asyncio
import json
import shutil
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import anyio

from app.client import identity
from app.client.advocacy import VictimAdvocacy
from app.client.api import DaybookApi
from app.client.cases import AdvocateCases
from app.client.diary import Diary
from app.client.known_keys import KnownKeys
from bench.common import base_parser, database_label, table
from bench.server import LiveServer, admin_invitation, live_server, log
from dev import node_environment
from tests.writers import PASSPHRASE, incident

PRODUCTION_KDF = {"DAYBOOK_KDF_MEMORY_KIB": "65536", "DAYBOOK_KDF_ITERATIONS": "3"}
CHROMIUM = "/usr/bin/chromium"
DRIVER = Path(__file__).resolve().parents[1] / "web" / "console" / "test" / "drive.mjs"


async def people(server: LiveServer, cases: int) -> None:
    """An advocate with `cases` victims, each sharing one entry."""
    async with DaybookApi(server.base_url) as admin, DaybookApi(server.base_url) as advocate_api:
        code = await admin_invitation(server, "Northshire Advocacy", "Morgan")
        await identity.register(admin, "morgan", PASSPHRASE, "office", invitation_code=code)
        invited = await admin.invite_advocate("Alex Advocate")
        alex, _ = await identity.register(
            advocate_api, "alex", PASSPHRASE, "office", invitation_code=invited["code"]
        )
        office = AdvocateCases(advocate_api, alex, KnownKeys())
        for n in range(cases):
            async with DaybookApi(server.base_url) as api:
                me, _ = await identity.register(api, f"victim{n}", PASSPHRASE, "phone")
                written = await Diary(api, me).add(incident(f"Incident {n}"))
                victim = VictimAdvocacy(api, me, KnownKeys())
                assignment = (await office.issue_code())["code"]
                await victim.accept(assignment, await victim.look_up(assignment), f"Victim {n}")
                await victim.share([written.entry_id])


async def measure(cases: int, runs: int, database_url: str | None) -> dict[str, Any]:
    env = node_environment()
    node = shutil.which("node", path=env["PATH"])
    if node is None:
        sys.exit("no Node: run `python3 dev.py test` once")
    async with live_server(database_url, PRODUCTION_KDF) as server:
        log(f"console: {cases} cases, {runs} cold visits, on {server.base_url}")
        await people(server, cases)
        task = {
            "phase": "measure",
            "base_url": server.base_url,
            "chromium": CHROMIUM,
            "username": "alex",
            "passphrase": PASSPHRASE,
            "cases": cases,
            "runs": runs,
        }
        done = await anyio.run_process(
            [node, str(DRIVER)], input=json.dumps(task).encode(), env=env, check=False
        )
    found: dict[str, Any] = json.loads(done.stdout or b"{}")
    if done.returncode != 0 or "error" in found:
        sys.exit(done.stderr.decode() + str(found.get("error")))
    return found


def markdown(found: dict[str, Any], cases: int, db: str) -> str:
    runs = found["runs"]
    first = runs[0]["transfer"]
    rows = [(t["name"], f"{t['transfer'] / 1024:.1f}") for t in first]
    rows.append(("total", f"{sum(t['transfer'] for t in first) / 1024:.1f}"))
    ms = [(r["formMs"], r["listMs"]) for r in runs]

    def spread(values: list[float]) -> str:
        return f"{statistics.median(values):.0f} ms (min {min(values):.0f}, max {max(values):.0f})"

    timing = [
        ("navigation to the sign-in form (cold cache)", spread([m[0] for m in ms])),
        (f"'Sign in' to a usable list of {cases} cases ({db})", spread([m[1] for m in ms])),
    ]
    return "\n\n".join(
        [
            table(["file (first visit)", "transferred KiB"], rows),
            table([f"{len(runs)} runs", "median"], timing),
        ]
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser("The console's transfer size and time to a usable case list.")
    parser.add_argument("--cases", type=int, default=10, help="cases of the advocate (10)")
    parser.add_argument("--runs", type=int, default=5, help="cold visits (5)")
    args = parser.parse_args(argv)
    found = asyncio.run(measure(args.cases, args.runs, args.database_url))
    print(markdown(found, args.cases, database_label(args.database_url)))


if __name__ == "__main__":
    main()
