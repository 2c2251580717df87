"""What the benchmarks share: a timed API client, sign-up, the machine, markdown."""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import os
import platform
import sqlite3
import ssl
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.client import identity
from app.client.api import DaybookApi
from app.client.identity import Identity
from bench.server import cpu_seconds, is_postgres, postgres_version

PASSPHRASE = "correct horse battery staple"  # noqa: S105 - throw-away accounts
MIB = 1024 * 1024


@dataclass
class Timing:
    """Durations of one kind of call, in seconds."""

    durations: list[float] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.durations)

    @property
    def total(self) -> float:
        return sum(self.durations)

    def percentile(self, fraction: float) -> float:
        if not self.durations:
            return 0.0
        ordered = sorted(self.durations)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


@dataclass
class Cost:
    """Wall-clock time of a phase, and the CPU time each process spent in it; seconds."""

    wall: float = 0.0
    server_cpu: float = 0.0
    client_cpu: float = 0.0

    def __iadd__(self, other: Cost) -> Cost:
        self.wall += other.wall
        self.server_cpu += other.server_cpu
        self.client_cpu += other.client_cpu
        return self

    @classmethod
    @contextlib.contextmanager
    def measure(cls, server_pid: int) -> Iterator[Cost]:
        """The client is this process (its sampler threads included, which cost next to nothing)."""
        found = cls()
        client_pid = os.getpid()
        server_before, client_before = cpu_seconds(server_pid), cpu_seconds(client_pid)
        started = time.perf_counter()
        yield found
        found.wall = time.perf_counter() - started
        found.server_cpu = cpu_seconds(server_pid) - server_before
        found.client_cpu = cpu_seconds(client_pid) - client_before


class TimedApi(DaybookApi):
    """The reference client's API, timing the calls the benchmarks break down.

    Each time covers the whole HTTP exchange as the client sees it: request
    encoding, loopback, the server's work, and reading and parsing the answer.
    """

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        self.timings: dict[str, Timing] = {}

    async def __aenter__(self) -> TimedApi:
        return self

    @contextlib.contextmanager
    def timed(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timings.setdefault(name, Timing()).durations.append(time.perf_counter() - started)

    def timing(self, name: str) -> Timing:
        return self.timings.get(name, Timing())

    async def create_entry(self, entry_id: uuid.UUID, body: dict[str, Any]) -> dict[str, Any]:
        with self.timed("create_entry"):
            return await super().create_entry(entry_id, body)

    async def sync(self, cursor: str | None, *, limit: int = 100) -> dict[str, Any]:
        with self.timed("sync"):
            return await super().sync(cursor, limit=limit)

    async def start_upload(self, attachment_id: uuid.UUID, ciphertext_size: int) -> dict[str, Any]:
        with self.timed("start_upload"):
            return await super().start_upload(attachment_id, ciphertext_size)

    async def put_chunk(
        self, attachment_id: uuid.UUID, index: int, chunk: bytes, digest: bytes
    ) -> dict[str, Any]:
        with self.timed("put_chunk"):
            return await super().put_chunk(attachment_id, index, chunk, digest)

    async def put_run(
        self, attachment_id: uuid.UUID, first: int, body: bytes, digest: bytes
    ) -> dict[str, Any]:
        with self.timed("put_run"):
            return await super().put_run(attachment_id, first, body, digest)

    async def finalize_attachment(
        self, attachment_id: uuid.UUID, ciphertext_sha256: bytes
    ) -> dict[str, Any]:
        with self.timed("finalize"):
            return await super().finalize_attachment(attachment_id, ciphertext_sha256)


async def sign_up(api: DaybookApi, username: str) -> Identity:
    me, _recovery_key = await identity.register(api, username, PASSPHRASE, "bench")
    return me


def mib(size: float) -> str:
    return f"{size / MIB:.1f}"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def database_label(database_url: str | None) -> str:
    if database_url is None:
        return f"SQLite {sqlite3.sqlite_version} (file, WAL, synchronous=FULL)"
    if is_postgres(database_url):
        return "PostgreSQL (fresh database)"
    return database_url.split(":", 1)[0]


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def _meminfo_total() -> str:
    with open("/proc/meminfo", encoding="ascii") as meminfo:
        for line in meminfo:
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return "?"


def _cpu_model() -> str:
    with open("/proc/cpuinfo", encoding="ascii", errors="replace") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "?"


async def machine(database_url: str | None) -> str:
    """The machine and the software that produced the figures, as a markdown table."""
    cpus = len(os.sched_getaffinity(0))
    rows: list[tuple[str, str]] = [
        ("CPU", f"{_cpu_model()}, {cpus} usable cores (nproc)"),
        ("RAM", _meminfo_total()),
        ("Kernel", platform.release()),
        ("Python", sys.version.split()[0]),
        ("SQLite (Python's sqlite3)", sqlite3.sqlite_version),
    ]
    if is_postgres(database_url):
        assert database_url is not None
        rows.append(("PostgreSQL", await postgres_version(database_url)))
    http = "httptools" if _version("httptools") != "absent" else "h11 (pure Python)"
    loop = "uvloop" if _version("uvloop") != "absent" else "asyncio"
    rows += [
        ("uvicorn", f"{_version('uvicorn')}, HTTP parser {http}, event loop {loop}"),
        ("httpx (client)", _version("httpx")),
        ("cryptography", f"{_version('cryptography')} ({ssl.OPENSSL_VERSION} in Python)"),
        (
            "SQLAlchemy / aiosqlite / asyncpg",
            " / ".join(_version(p) for p in ("sqlalchemy", "aiosqlite", "asyncpg")),
        ),
    ]
    return table(["", ""], rows)


def base_parser(description: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--database-url",
        default=None,
        help="A PostgreSQL URL (postgresql+asyncpg://postgres@127.0.0.1:5432/postgres) to run "
        "on a fresh database created on that server and dropped afterwards; "
        "default: a SQLite file in a temporary directory.",
    )
    return parser
