"""`daybook serve --workers 2`, as an operator starts it: the command migrates
the database, then becomes uvicorn's own process, whose workers import the
ASGI application alone (not the command line, which made them miss uvicorn's
health checks and restart in a loop). Both workers serve, and a burst of
requests over loopback restarts neither."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.protocol.encoding import b64encode
from bench.server import BENCH_ENV, cpu_seconds, free_port
from tests.conftest import PostgresDatabases

# Timing-sensitive: runs alone, after the parallel part of the suite (dev.py).
pytestmark = pytest.mark.serial

DAYBOOK = str(Path(sys.executable).parent / "daybook")
WORKERS = 2
BURST = 400
IN_FLIGHT = 16
# Generous: two workers import the app on a 2-core machine shared with others.
STARTUP_SECONDS = 120.0


def _env(tmp_path: Path, database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DAYBOOK_")}
    metrics = tmp_path / "metrics"
    metrics.mkdir()
    return env | {
        **BENCH_ENV,
        "DAYBOOK_DATA_DIR": str(tmp_path / "data"),
        "DAYBOOK_DATABASE_URL": database_url,
        "DAYBOOK_SERVER_SECRET": b64encode(os.urandom(32)),
        "DAYBOOK_SIGNING_KEY": b64encode(os.urandom(32)),
        "PROMETHEUS_MULTIPROC_DIR": str(metrics),
        # Every process of the server writes each module it imports to the log.
        "PYTHONPROFILEIMPORTTIME": "1",
    }


@contextlib.contextmanager
def _serving(env: dict[str, str], port: int, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`daybook serve --workers 2` in a session of its own, stopped (its workers too) after."""
    command = [DAYBOOK, "serve", "--port", str(port), "--workers", str(WORKERS)]
    with log.open("wb") as output:
        process = subprocess.Popen(  # noqa: S603 - our own command
            command, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _read(log: Path) -> str:
    return log.read_text(errors="replace")  # small, and local: no need to leave the loop


def _command(pid: int) -> list[bytes]:
    return Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")


def _imports(log: str, module: str) -> int:
    """How many times a process of the server imported `module` (-X importtime lines)."""
    return sum(
        1
        for line in log.splitlines()
        if line.startswith("import time:") and line.rsplit("|", 1)[1].strip() == module
    )


def _workers(pid: int) -> list[int]:
    """The server's worker processes (its children but multiprocessing's resource tracker)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in children if b"spawn_main" in b" ".join(_command(int(child)))]


async def _ready(base_url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Until every worker reported startup complete and /readyz answers."""
    deadline = time.monotonic() + STARTUP_SECONDS
    async with httpx.AsyncClient(base_url=base_url, timeout=5) as probe:
        while time.monotonic() < deadline:
            assert process.poll() is None, _read(log)[-4000:]
            started = _read(log).count("Application startup complete.")
            with contextlib.suppress(httpx.TransportError):
                if started == WORKERS and (await probe.get("/readyz")).status_code == 200:
                    return
            await asyncio.sleep(0.2)
    pytest.fail(f"not ready in {STARTUP_SECONDS} s:\n{_read(log)[-4000:]}")


async def _burst(base_url: str) -> list[int]:
    """BURST requests, IN_FLIGHT at a time, each on a new connection."""
    limits = httpx.Limits(max_connections=IN_FLIGHT, max_keepalive_connections=0)
    gate = asyncio.Semaphore(IN_FLIGHT)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60) as client:

        async def one() -> int:
            async with gate:
                return (await client.get("/readyz")).status_code

        return await asyncio.gather(*(one() for _ in range(BURST)))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, postgres: PostgresDatabases | None
) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'data' / 'daybook.sqlite3'}"
    if postgres is None:
        pytest.skip("PostgreSQL unreachable")
    return postgres.create()


async def test_two_workers_serve_a_burst_without_restarting(
    database_url: str, tmp_path: Path
) -> None:
    port, log = free_port(), tmp_path / "server.log"
    base_url = f"http://127.0.0.1:{port}"
    with _serving(_env(tmp_path, database_url), port, log) as server:
        await _ready(base_url, server, log)
        # The command line was imported once, by `daybook serve` itself: the
        # workers, started, imported the app alone.
        assert _imports(_read(log), "app.cli") == 1
        workers = _workers(server.pid)
        assert len(workers) == WORKERS
        before = {pid: cpu_seconds(pid) for pid in workers}

        answers = await _burst(base_url)

        assert answers == [200] * BURST
        # Both workers answered a part of the burst (each spent a share of the
        # time on it; an idle one only answers uvicorn's pings) ...
        spent = {pid: cpu_seconds(pid) - before[pid] for pid in workers}
        assert min(spent.values()) >= 0.05 * sum(spent.values()) > 0, spent
        # ... and neither was restarted, during or after it.
        assert _workers(server.pid) == workers
        async with httpx.AsyncClient(base_url=base_url) as client:
            assert (await client.get("/readyz")).status_code == 200
        output = _read(log)
        assert "died" not in output and "Traceback" not in output, output[-4000:]
