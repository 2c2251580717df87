"""How long the `daybook` command takes, start to finish, as a person types it.

    python -m bench.cli_start [--runs N] [--database-url URL]

Starts a live server (bench/server.py), registers a throw-away account with
the command itself and writes a few entries, then runs each measured command
`--runs` times in a fresh process (after two warm-up runs, so the file cache is
warm as it is for someone using the command) and prints the median, p95 and
fastest wall-clock times, and the median CPU time (user + system) of the
command's process, which a busy machine inflates less, as a markdown table;
a bare `python -c pass` first, as the floor.
`daybook --help` is pure start-up, as are `daybook entry --help` (one group's
help) and `daybook bundle create --help` (one command's); `daybook entry list`
adds a sign-in check, a sync over loopback, verification and the table. It
also names any server library a client command loaded, and which of the
libraries only a command's work needs (the HTTP client, cryptography,
pydantic, the PDF and image libraries, Babel) it loaded.
"""

from __future__ import annotations

import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.common import PASSPHRASE, base_parser, machine, table
from bench.server import live_server, log

DAYBOOK = str(Path(sys.executable).parent / "daybook")
ENTRIES = 3
WARM_UP_RUNS = 2
SERVER_LIBRARIES = ("fastapi", "sqlalchemy", "boto3", "redis", "starlette", "uvicorn")
WORK_LIBRARIES = ("httpx", "cryptography", "pydantic", "fpdf", "PIL", "babel")
# Imports the command's module and runs it, then names the libraries it loaded.
PROBE = (
    "import sys\n"
    "from app.cli import main\n"
    "try:\n"
    "    main()\n"
    "except SystemExit:\n"
    "    pass\n"
    "top = {m.split('.')[0] for m in sys.modules}\n"
    f"for label, names in (('SERVER', {SERVER_LIBRARIES!r}), ('WORK', {WORK_LIBRARIES!r})):\n"
    "    loaded = sorted(top & set(names))\n"
    "    print(f'{label}-LIBRARIES:', ' '.join(loaded) or '-', file=sys.stderr)\n"
)


@dataclass
class Measured:
    command: str
    durations: list[float]
    cpu: list[float]  # user + system time of the command's process
    server_libraries: str = ""
    work_libraries: str = ""

    @property
    def p95(self) -> float:
        ordered = sorted(self.durations)
        return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]

    def row(self) -> tuple[str, ...]:
        return (
            self.command,
            str(len(self.durations)),
            f"{statistics.median(self.durations) * 1000:.0f}",
            f"{self.p95 * 1000:.0f}",
            f"{min(self.durations) * 1000:.0f}",
            f"{statistics.median(self.cpu) * 1000:.0f}",
            self.server_libraries,
            self.work_libraries,
        )


def _run(argv: Sequence[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(  # noqa: S603 - our own command and arguments
        argv, env=env, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed:\n{done.stdout}\n{done.stderr}")
    return done


def _libraries(args: Sequence[str], env: dict[str, str]) -> dict[str, str]:
    """The server libraries and the work libraries `daybook ARGS` loaded."""
    done = _run([sys.executable, "-c", PROBE, *args], env)
    found = {}
    for line in done.stderr.splitlines():
        label, _, names = line.partition("-LIBRARIES:")
        if names:
            found[label] = names.strip()
    return found


def measure(argv: Sequence[str], env: dict[str, str], runs: int, label: str) -> Measured:
    for _ in range(WARM_UP_RUNS):
        _run(argv, env)
    durations, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        _run(argv, env)
        durations.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return Measured(label, durations, cpu)


def command(args: Sequence[str], env: dict[str, str], runs: int) -> Measured:
    found = measure([DAYBOOK, *args], env, runs, f"`daybook {' '.join(args)}`")
    loaded = _libraries(args, env)
    found.server_libraries = loaded.get("SERVER", "?")
    found.work_libraries = loaded.get("WORK", "?")
    return found


async def run(runs: int, database_url: str | None) -> list[Measured]:
    async with live_server(database_url) as server:
        with tempfile.TemporaryDirectory(prefix="daybook-cli-") as home:
            env = {k: v for k, v in os.environ.items() if not k.startswith("DAYBOOK_")}
            env |= {"DAYBOOK_PROFILE": str(Path(home) / "profile.json")}
            env |= {"DAYBOOK_PASSPHRASE": PASSPHRASE, "COLUMNS": "120"}
            sign_up = ["register", "--server", server.base_url, "--username", "bench"]
            _run([DAYBOOK, *sign_up, "--device", "bench"], env)
            for n in range(ENTRIES):
                what = ["--what", f"He was outside, time {n}", "--behaviour", "loitering"]
                when = ["--start", f"2026-03-1{n}T21:05", "--tz", "Europe/London"]
                _run([DAYBOOK, "entry", "add", *what, *when], env)
            log(f"measuring {runs} runs of each command")
            # The floor: this interpreter starting with nothing to do.
            bare = [sys.executable, "-c", "pass"]
            return [
                await asyncio.to_thread(measure, bare, env, runs, "`python -c pass`"),
                await asyncio.to_thread(command, ["--help"], env, runs),
                await asyncio.to_thread(command, ["entry", "--help"], env, runs),
                await asyncio.to_thread(command, ["bundle", "create", "--help"], env, runs),
                await asyncio.to_thread(command, ["entry", "list"], env, runs),
            ]


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser("Time `daybook --help`, help of a group and a command, and `entry list`.")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per command (20)")
    args = parser.parse_args(argv)
    found = asyncio.run(run(args.runs, args.database_url))
    print(asyncio.run(machine(args.database_url)), end="\n\n")
    headers = ["command", "runs", "median ms", "p95 ms", "fastest ms", "median CPU ms"]
    headers += ["server libraries loaded", "work libraries loaded"]
    print(table(headers, [m.row() for m in found]))


if __name__ == "__main__":
    main(sys.argv[1:])
