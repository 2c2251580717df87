"""A live Daybook server in a subprocess, and the memory of a process over time.

`live_server` migrates a fresh database (a SQLite file in a temporary data
directory, or a new PostgreSQL database on the server the URL names), starts
`uvicorn --factory app.main:create_app` on a free port of 127.0.0.1, waits
until it answers, and stops it and removes everything afterwards.

`PhaseMemory.measure` watches a process during one phase of a benchmark: it
resets the kernel's peak-RSS counter (VmHWM) first, samples VmRSS every
100 ms in a thread, and reads VmHWM at the end.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import secrets
import shlex
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import asyncpg
import httpx
from sqlalchemy import make_url

from app.protocol.encoding import b64encode

if TYPE_CHECKING:
    from app.state import AppState

REPO = Path(__file__).resolve().parent.parent
DAYBOOK_FACTORY = "app.main:create_app"
MIB = 1024 * 1024
STARTUP_TIMEOUT_SECONDS = 30.0
SAMPLE_INTERVAL_SECONDS = 0.1

# The Argon2id cost only affects register and login, which these benchmarks do
# once; the test environment allows the cheapest cost, so set-up stays quick.
BENCH_ENV = {
    "DAYBOOK_ENVIRONMENT": "test",
    "DAYBOOK_KDF_MEMORY_KIB": "1024",
    "DAYBOOK_KDF_ITERATIONS": "1",
    "DAYBOOK_KDF_PARALLELISM": "1",
}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def is_postgres(url: str | None) -> bool:
    return url is not None and url.startswith("postgresql")


def _plain_dsn(url: str) -> str:
    """An SQLAlchemy URL as asyncpg takes it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _admin(url: str, statement: str) -> None:
    connection = await asyncpg.connect(_plain_dsn(url), timeout=10)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


async def postgres_version(url: str) -> str:
    connection = await asyncpg.connect(_plain_dsn(url), timeout=10)
    try:
        return str(await connection.fetchval("SHOW server_version"))
    finally:
        await connection.close()


@contextlib.asynccontextmanager
async def fresh_postgres(server_url: str) -> AsyncIterator[str]:
    """A new, empty database on the server of `server_url`, dropped afterwards."""
    name = f"daybook_bench_{secrets.token_hex(6)}"
    await _admin(server_url, f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        await _admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# Memory of a process, from /proc


def _status_kib(pid: int, field: str) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise LookupError(f"{field} not in /proc/{pid}/status")


def rss_bytes(pid: int) -> int:
    return _status_kib(pid, "VmRSS") * 1024


def rss_file_bytes(pid: int) -> int:
    """RssFile: the resident pages mapped from files (the interpreter's and the
    extensions' code and read-only data), shared with the page cache."""
    return _status_kib(pid, "RssFile") * 1024


def hwm_bytes(pid: int) -> int:
    """VmHWM: the peak resident set size since start or since `reset_peak`."""
    return _status_kib(pid, "VmHWM") * 1024


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the whole process (every thread) so far."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        # The command name, in parentheses, may hold spaces: split after it.
        fields = stat.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of proc(5)
    return ticks / os.sysconf("SC_CLK_TCK")


def reset_peak(pid: int) -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0, own processes); False if refused."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
    except OSError:
        return False
    return True


class RssSampler:
    """Samples VmRSS of `pid` every `interval` seconds in a thread, keeping the maximum."""

    def __init__(self, pid: int, interval: float = SAMPLE_INTERVAL_SECONDS) -> None:
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"rss-{pid}", daemon=True)

    def _sample(self) -> None:
        with contextlib.suppress(OSError, LookupError):  # the process may be gone
            self.peak = max(self.peak, rss_bytes(self.pid))
            self.samples += 1

    def _run(self) -> None:
        self._sample()
        while not self._stop.wait(self.interval):
            self._sample()

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()


@dataclass
class PhaseMemory:
    """What one process's memory did during one phase; bytes."""

    start_rss: int = 0
    sampled_peak_rss: int = 0
    hwm: int = 0
    hwm_is_phase_peak: bool = False  # False: VmHWM could not be reset, it is the lifetime peak
    end_rss: int = 0
    samples: int = 0

    @classmethod
    @contextlib.contextmanager
    def measure(cls, pid: int) -> Iterator[PhaseMemory]:
        found = cls(hwm_is_phase_peak=reset_peak(pid), start_rss=rss_bytes(pid))
        with RssSampler(pid) as sampler:
            yield found
        found.sampled_peak_rss, found.samples = sampler.peak, sampler.samples
        found.hwm, found.end_rss = hwm_bytes(pid), rss_bytes(pid)


# The server


@dataclass
class LiveServer:
    base_url: str
    process: subprocess.Popen[bytes]
    data_dir: Path
    database_url: str
    startup_seconds: float
    # The server's environment: its keys and settings, for `daybook admin`.
    env: dict[str, str]

    @property
    def pid(self) -> int:
        return self.process.pid

    def database_bytes(self) -> int:
        """The SQLite file with its WAL; for PostgreSQL see `postgres_database_bytes`."""
        return sum(p.stat().st_size for p in self.data_dir.glob("daybook.sqlite3*"))

    async def postgres_database_bytes(self) -> int:
        connection = await asyncpg.connect(_plain_dsn(self.database_url), timeout=10)
        try:
            size: int = await connection.fetchval("SELECT pg_database_size(current_database())")
            return size
        finally:
            await connection.close()


def _server_env(data_dir: Path, database_url: str) -> dict[str, str]:
    # Nothing DAYBOOK_* from the caller's environment leaks into the server.
    env = {k: v for k, v in os.environ.items() if not k.startswith("DAYBOOK_")}
    env.update(BENCH_ENV)
    env.update(
        {
            "DAYBOOK_DATA_DIR": str(data_dir),
            "DAYBOOK_DATABASE_URL": database_url,
            "DAYBOOK_SERVER_SECRET": b64encode(os.urandom(32)),
            "DAYBOOK_SIGNING_KEY": b64encode(os.urandom(32)),
        }
    )
    return env


def _migrate(env: dict[str, str], log_file: Path) -> None:
    with log_file.open("ab") as output:
        done = subprocess.run(
            [sys.executable, "-m", "alembic", "upgrade", "head"],
            cwd=REPO,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"migrations failed:\n{_tail(log_file)}")


def _tail(log_file: Path) -> str:
    return log_file.read_text(errors="replace")[-4000:]


def _uvicorn(port: int, workers: int, factory: str = DAYBOOK_FACTORY) -> list[str]:
    """uvicorn exactly as the image starts it: the command line of the
    Dockerfile's CMD (its parser, and the proxies it believes from
    DAYBOOK_FORWARDED_ALLOW_IPS), on loopback and a port of our own;
    `factory` in place of Daybook's."""
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    found = re.search(r"^CMD (\[.*\])$", dockerfile, re.MULTILINE)
    assert found is not None, "the Dockerfile has a CMD in exec form"
    shell_line: str = json.loads(found.group(1))[-1]
    command = shell_line[shell_line.index("exec uvicorn ") :]
    for image, here in [
        ("exec uvicorn ", f"exec {shlex.quote(sys.executable)} -m uvicorn "),
        ("--host 0.0.0.0 --port 8000", f"--host 127.0.0.1 --port {port} --workers {workers}"),
        (f"--factory {DAYBOOK_FACTORY} ", f"--factory {factory} "),
    ]:
        assert image in command, f"the Dockerfile's CMD no longer has {image!r}"
        command = command.replace(image, here)
    return ["sh", "-c", command]


def _daybook_serve(port: int, workers: int) -> list[str]:
    """The `daybook serve` command, installed beside this interpreter."""
    daybook = str(Path(sys.executable).with_name("daybook"))
    return [daybook, "serve", "--port", str(port), "--workers", str(workers)]


def _spawn(command: list[str], env: dict[str, str], log_file: Path) -> subprocess.Popen[bytes]:
    with log_file.open("ab") as output:
        return subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            command, cwd=REPO, env=env, stdout=output, stderr=subprocess.STDOUT
        )


async def _wait_ready(base_url: str, process: subprocess.Popen[bytes], log_file: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    async with httpx.AsyncClient(base_url=base_url, timeout=2) as probe:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited:\n{_tail(log_file)}")
            with contextlib.suppress(httpx.TransportError):
                # Any HTTP answer means it listens; an unknown path costs next to nothing.
                await probe.get("/ready-probe")
                return
            await asyncio.sleep(0.05)
    raise RuntimeError(f"the server did not answer in {STARTUP_TIMEOUT_SECONDS} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.asynccontextmanager
async def live_server(
    database_url: str | None = None, settings: Mapping[str, str] | None = None
) -> AsyncIterator[LiveServer]:
    """A migrated, running server on a fresh database; everything removed afterwards.

    `database_url` None: a SQLite file in the temporary data directory. A
    PostgreSQL URL names the server (and an existing database to connect to
    for administration, e.g. `postgres`): a new database is created there for
    this server and dropped at the end. Any other URL is used as it is.
    `settings`: more DAYBOOK_* variables, such as a blob store.
    """
    async with live_servers(database_url, 1, settings=settings) as (server,):
        yield server


@contextlib.asynccontextmanager
async def live_server_from(
    tree: Path | None, database_url: str | None
) -> AsyncIterator[LiveServer]:
    """`live_server` started from another checkout of Daybook (`tree`; None: this one)."""
    global REPO  # the server starts (and runs the migrations) in REPO
    here = REPO
    REPO = tree or here
    try:
        async with live_server(database_url) as server:
            REPO = here
            yield server
    finally:
        REPO = here


@contextlib.asynccontextmanager
async def live_servers(
    database_url: str | None,
    count: int,
    *,
    workers: int = 1,
    settings: Mapping[str, str] | None = None,
) -> AsyncIterator[tuple[LiveServer, ...]]:
    """`count` server processes (each with `workers` uvicorn workers) on one
    database, one data directory and one set of server keys, each on its own
    port: the workers of one deployment, told apart by port. `settings`: more
    DAYBOOK_* variables for all of them."""
    async with deployment(database_url, workers=workers, settings=settings) as site:
        yield tuple([await site.start() for _ in range(count)])


@dataclass
class Deployment:
    """One database, data directory and set of keys; servers start on it, and
    can be killed and started again, as after a crash."""

    env: dict[str, str]
    log_file: Path
    workers: int
    running: list[LiveServer]

    async def start(self, *, cli: bool = False, factory: str = DAYBOOK_FACTORY) -> LiveServer:
        """`cli`: run `daybook serve` rather than uvicorn itself. `factory`:
        another ASGI app under the image's uvicorn command (bench/floor_app.py)."""
        port = free_port()
        started = time.perf_counter()
        if cli:
            command = _daybook_serve(port, self.workers)
        else:
            command = _uvicorn(port, self.workers, factory)
        process = _spawn(command, self.env, self.log_file)
        base_url = f"http://127.0.0.1:{port}"
        try:
            await _wait_ready(base_url, process, self.log_file)
        except BaseException:
            _stop(process)
            raise
        server = LiveServer(
            base_url,
            process,
            Path(self.env["DAYBOOK_DATA_DIR"]),
            self.env["DAYBOOK_DATABASE_URL"],
            time.perf_counter() - started,
            self.env,
        )
        self.running.append(server)
        return server

    def stop(self, server: LiveServer) -> None:
        """SIGTERM, as at the end: the server shuts down as it would be told to."""
        _stop(server.process)

    def kill(self, server: LiveServer) -> None:
        """SIGKILL: no shutdown, no flush, no rollback; as a power cut to the process."""
        server.process.kill()
        server.process.wait()


@contextlib.asynccontextmanager
async def deployment(
    database_url: str | None,
    *,
    workers: int = 1,
    migrate: bool = True,
    keys_of: Deployment | None = None,
    settings: Mapping[str, str] | None = None,
) -> AsyncIterator[Deployment]:
    """A fresh database (as `live_server` makes it) with nothing running yet;
    every server started on it is stopped at the end. Not `migrate`: the
    database stays empty, to restore a backup into. `keys_of`: the server
    keys of another deployment, as a restored server needs."""
    with tempfile.TemporaryDirectory(prefix="daybook-bench-") as temporary:
        data_dir = Path(temporary) / "data"
        data_dir.mkdir(mode=0o700)
        async with contextlib.AsyncExitStack() as stack:
            if database_url is None:
                url = f"sqlite+aiosqlite:///{data_dir / 'daybook.sqlite3'}"
            elif is_postgres(database_url):
                url = await stack.enter_async_context(fresh_postgres(database_url))
            else:
                url = database_url
            env = {**_server_env(data_dir, url), **(settings or {})}
            if keys_of is not None:
                for name in ("DAYBOOK_SERVER_SECRET", "DAYBOOK_SIGNING_KEY"):
                    env[name] = keys_of.env[name]
            if workers > 1:
                metrics = Path(temporary) / "metrics"
                metrics.mkdir()
                env["PROMETHEUS_MULTIPROC_DIR"] = str(metrics)
            log_file = Path(temporary) / "server.log"
            if migrate:
                await asyncio.to_thread(_migrate, env, log_file)
            site = Deployment(env, log_file, workers, [])
            try:
                yield site
            finally:
                for server in site.running:
                    _stop(server.process)


@contextlib.asynccontextmanager
async def server_state(server: LiveServer) -> AsyncIterator[AppState]:
    """The live server's own settings and database, opened from this process:
    for what `daybook admin` does, and for tests that play a dishonest server."""
    from pydantic import SecretStr

    from app.config import Environment, Settings
    from app.state import AppState

    env = server.env
    settings = Settings(
        environment=Environment.TEST,
        database_url=env["DAYBOOK_DATABASE_URL"],
        data_dir=Path(env["DAYBOOK_DATA_DIR"]),
        server_secret=SecretStr(env["DAYBOOK_SERVER_SECRET"]),
        signing_key=SecretStr(env["DAYBOOK_SIGNING_KEY"]),
        kdf_memory_kib=int(env["DAYBOOK_KDF_MEMORY_KIB"]),
        kdf_iterations=int(env["DAYBOOK_KDF_ITERATIONS"]),
        kdf_parallelism=int(env["DAYBOOK_KDF_PARALLELISM"]),
    )
    state = AppState.create(settings)
    try:
        yield state
    finally:
        await state.engine.dispose()


async def admin_invitation(server: LiveServer, organisation: str, admin_name: str) -> str:
    """What `daybook admin create-org` then `add-admin` do on the server: a new
    organisation and the code that makes its first admin."""
    from app.db import transaction
    from app.models import Role
    from app.organisations import service as organisations

    async with server_state(server) as state, transaction(state.sessionmaker) as db:
        made = await organisations.create_organisation(db, organisation)
        _invitation, code = await organisations.invite(
            db, state, made.id, Role.ORG_ADMIN, admin_name, None
        )
    return code
