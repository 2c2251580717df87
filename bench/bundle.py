"""Evidence bundles at scale: export a large diary, stream its ZIP, verify it.

    python -m bench.bundle [--entries N] [--attachment-mib M] [--files K]
                           [--writers W] [--database-url URL] [--s3 [ENDPOINT]]

On a fresh live server (bench/server.py):

1. Set-up, timed apart (it is not the measurement): one victim; K files
   (default 4) totalling M MiB (default 1024) of os.urandom, written to a
   temporary directory 1 MiB at a time and uploaded with
   `attachments.upload`; then N entries (default 10,000), every one a real
   `Diary.add` (encrypted, signed, HPKE-granted, verified) through the API,
   written by W sessions of the victim's account at once (default 4, each
   signed in as its own device), K of them referencing one file each.
2. `create_bundle` of every entry from a device with an empty replica: sync
   (verifying every entry and proving its receipt), each entry's history,
   seal and upload the packages, seal the statement. The HTTP time
   of each route is summed apart, so the rest is the client's own work.
3. `GET /v1/bundles/{id}/zip` streamed to a file: the server assembles the
   ZIP while it streams. The server's VmRSS is sampled every 50 ms (with the
   bytes received so far) and its VmHWM, reset before, read at the end.
4. `verify_bundle` (what `daybook bundle verify` runs) in a fresh process, so
   its peak RSS is that of verifying alone: VmHWM reset after the imports.
5. For contrast, 2 to 4 again for a bundle of only the K entries with a file:
   the difference is what the other entries cost.

Everything (files, ZIP, data directory, database) is removed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from app.client import attachments, identity
from app.client.api import DaybookApi
from app.client.attachments import PendingUpload
from app.client.bundle_export import CreatedBundle, Selection, create_bundle
from app.client.diary import Diary, Replica
from app.client.incident_fields import with_attachments
from app.protocol import bundle
from bench.attachments import write_random_file
from bench.common import (
    MIB,
    PASSPHRASE,
    Cost,
    Timing,
    base_parser,
    database_label,
    machine,
    mib,
    sign_up,
    table,
)
from bench.diary import make_incidents
from bench.s3 import add_s3_argument, blobs_label, temporary_bucket
from bench.server import (
    REPO,
    LiveServer,
    PhaseMemory,
    hwm_bytes,
    live_server,
    log,
    reset_peak,
    rss_bytes,
)

USERNAME = "victim"
DOWNLOAD_SAMPLE_SECONDS = 0.05
PROGRESS_EVERY = 1000
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_NUMBER = re.compile(r"/\d+(?=/|$)")


def route(method: str, path: str) -> str:
    """`PUT /v1/bundles/{id}/entries`: the path with its ids and numbers elided."""
    return f"{method} {_NUMBER.sub('/{n}', _UUID.sub('{id}', path))}"


class RouteTimedApi(DaybookApi):
    """The reference client's API, timing every request by its route.

    Each time covers the whole exchange as the client sees it (a token
    refresh included); streamed downloads are not counted here."""

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        self.timings: dict[str, Timing] = {}

    async def __aenter__(self) -> RouteTimedApi:
        return self

    async def request(
        self, method: str, path: str, *, auth: bool = True, **kw: Any
    ) -> httpx.Response:
        started = time.perf_counter()
        try:
            return await super().request(method, path, auth=auth, **kw)
        finally:
            elapsed = time.perf_counter() - started
            self.timings.setdefault(route(method, path), Timing()).durations.append(elapsed)


# Results


@dataclass
class SetUp:
    entries: int
    files: int
    attachment_bytes: int
    writers: int
    write_files_seconds: float
    upload: Cost
    write: Cost
    server_rss_after: int


@dataclass
class Creation:
    cost: Cost
    server: PhaseMemory
    client: PhaseMemory
    routes: dict[str, Timing]
    entry_count: int
    attachment_count: int


@dataclass(frozen=True)
class Sample:
    """The server's memory at one moment of the download; bytes."""

    seconds: float
    received: int
    rss: int
    anon: int  # RssAnon: the heap, without mapped files


@dataclass
class Download:
    cost: Cost
    zip_bytes: int
    members: int
    server: PhaseMemory
    trace: list[Sample]

    @property
    def rate(self) -> float:
        return self.zip_bytes / MIB / self.cost.wall

    def at(self, fraction: float) -> Sample:
        """The last sample taken before `fraction` of the download's time had passed,
        with the largest RSS sampled until then in place of its own."""
        limit = fraction * self.cost.wall
        before = [sample for sample in self.trace if sample.seconds <= limit] or self.trace[:1]
        last = before[-1]
        return Sample(last.seconds, last.received, max(s.rss for s in before), last.anon)


@dataclass
class Verification:
    seconds: float
    cpu_seconds: float
    rss_before: int
    hwm: int
    hwm_is_phase_peak: bool
    incidents: int
    exhibits: int
    checks: int


@dataclass
class Contrast:
    """The same diary's bundle of only the entries with a file."""

    entries: int
    creation_seconds: float
    download: Download
    verification: Verification


@dataclass
class BundleResult:
    database: str
    server_idle_rss: int
    setup: SetUp
    creation: Creation
    download: Download
    verification: Verification
    files_only: Contrast | None

    def summary(self) -> str:
        s, c, d, v = self.setup, self.creation, self.download, self.verification
        n = s.entries
        http = sum(t.total for t in c.routes.values())
        peak = d.server.hwm if d.server.hwm_is_phase_peak else d.server.sampled_peak_rss
        rows: list[tuple[str, str]] = [
            ("entries (every one `Diary.add` through the API)", f"{n:,}"),
            (
                "attachments",
                f"{s.files} files, {mib(s.attachment_bytes)} MiB "
                f"({s.attachment_bytes:,} bytes of plaintext)",
            ),
            (
                "set-up: write the files (os.urandom)",
                f"{s.write_files_seconds:.1f} s",
            ),
            (
                "set-up: upload them (`attachments.upload`)",
                f"{s.upload.wall:.1f} s, {s.attachment_bytes / MIB / s.upload.wall:.0f} MiB/s",
            ),
            (
                f"set-up: write the entries ({s.writers} sessions at once)",
                f"{s.write.wall:.0f} s, {n / s.write.wall:.0f} entries/s "
                f"(server CPU {s.write.server_cpu:.0f} s, client CPU {s.write.client_cpu:.0f} s)",
            ),
            (
                "**bundle creation** (`create_bundle`: sync + history + packages + upload + seal)",
                f"**{c.cost.wall:.1f} s** ({1000 * c.cost.wall / n:.1f} ms an entry; "
                f"HTTP {http:.1f} s, client's own work {c.cost.wall - http:.1f} s; "
                f"server CPU {c.cost.server_cpu:.1f} s, client CPU {c.cost.client_cpu:.1f} s)",
            ),
            (
                "ZIP",
                f"{mib(d.zip_bytes)} MiB ({d.zip_bytes:,} bytes), {d.members:,} members",
            ),
            (
                "**download = server assembly** (`GET /v1/bundles/{id}/zip` to a file)",
                f"**{d.rate:.0f} MiB/s**, {d.cost.wall:.1f} s "
                f"(server CPU {d.cost.server_cpu:.1f} s, client CPU {d.cost.client_cpu:.1f} s)",
            ),
            (
                "**server RSS**: idle after sign-up / after set-up / "
                "before the download → **peak during it** / after",
                f"{mib(self.server_idle_rss)} / {mib(s.server_rss_after)} / "
                f"{mib(d.server.start_rss)} → **{mib(peak)}** / {mib(d.server.end_rss)} MiB",
            ),
            (
                "server RSS peak during creation",
                f"{mib(c.server.hwm if c.server.hwm_is_phase_peak else c.server.sampled_peak_rss)}"
                f" MiB (from {mib(c.server.start_rss)})",
            ),
            (
                "client (benchmark process) RSS during creation",
                f"{mib(c.client.start_rss)} → {mib(c.client.hwm)} MiB",
            ),
            (
                "**verify** (`verify_bundle`, fresh process)",
                f"**{v.seconds:.1f} s** (CPU {v.cpu_seconds:.1f} s), "
                f"{v.incidents:,} incidents, {v.exhibits} exhibits, {v.checks:,} checks",
            ),
            (
                "**verifying process RSS**: after imports → **peak**",
                f"{mib(v.rss_before)} → **{mib(v.hwm)}** MiB",
            ),
        ]
        return table(["", ""], rows)

    def routes(self) -> str:
        c = self.creation
        ordered = sorted(c.routes.items(), key=lambda item: -item[1].total)
        rows = [
            (
                f"`{name}`",
                f"{timing.count:,}",
                f"{timing.total:.1f}",
                f"{1000 * timing.percentile(0.5):.1f}",
                f"{1000 * timing.percentile(0.95):.1f}",
            )
            for name, timing in ordered
        ]
        http = sum(t.total for t in c.routes.values())
        client = f"{c.cost.wall - http:.1f}"
        rows.append(("client's own work (verify, decrypt, package, sign)", "", client, "", ""))
        return table(["route", "requests", "seconds", "p50 ms", "p95 ms"], rows)

    def memory_trace(self) -> str:
        d = self.download
        rows = []
        for fraction in (0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0):
            sample = d.at(fraction)
            rows.append(
                (
                    f"{sample.seconds:.1f}",
                    f"{100 * sample.received / d.zip_bytes:.0f} %",
                    mib(sample.rss),
                    mib(sample.anon),
                )
            )
        note = "reset before the download" if d.server.hwm_is_phase_peak else "lifetime peak"
        return (
            table(
                [
                    "seconds into the download",
                    "of the ZIP received",
                    "server VmRSS, max so far, MiB",
                    "of which RssAnon (heap) now, MiB",
                ],
                rows,
            )
            + f"\n\n{len(d.trace)} samples, every {1000 * DOWNLOAD_SAMPLE_SECONDS:.0f} ms; "
            f"VmHWM ({note}): {mib(d.server.hwm)} MiB. The files sit at random places in "
            "the ZIP (entries go in entry id order), so time, not bytes, tracks the entries.\n"
        )

    def contrast(self) -> str:
        rows = [
            _contrast_row(
                "whole diary",
                self.setup.entries,
                self.creation.cost.wall,
                self.download,
                self.verification,
            )
        ]
        if self.files_only is not None:
            f = self.files_only
            rows.append(
                _contrast_row(
                    "only the entries with a file",
                    f.entries,
                    f.creation_seconds,
                    f.download,
                    f.verification,
                )
            )
        return table(
            [
                "bundle",
                "entries",
                "ZIP MiB",
                "creation s",
                "download s",
                "download MiB/s",
                "server CPU s (download)",
                "server RSS before → peak",
                "verify s",
                "verify peak RSS",
            ],
            rows,
        )

    def markdown(self) -> str:
        return (
            f"### Evidence bundle of {self.setup.entries:,} entries and "
            f"{mib(self.setup.attachment_bytes)} MiB of files on {self.database}\n\n"
            f"{self.summary()}\n\n"
            f"Bundle creation, HTTP time by route (the client's view):\n\n{self.routes()}\n\n"
            f"The server's memory while the ZIP streams:\n\n{self.memory_trace()}\n"
            f"The whole diary's bundle against one of only the entries with a file "
            f"(same server, right after):\n\n{self.contrast()}\n{self.per_entry()}"
        )

    def per_entry(self) -> str:
        """What the entries add to the download, beyond the files' bytes."""
        f = self.files_only
        others = self.setup.entries - (f.entries if f is not None else 0)
        if f is None or others <= 0:
            return ""
        d = self.download
        extra_wall = d.cost.wall - f.download.cost.wall
        extra_cpu = d.cost.server_cpu - f.download.cost.server_cpu
        extra_bytes = d.zip_bytes - f.download.zip_bytes
        return (
            f"\nThe {others:,} entries without a file add {mib(extra_bytes)} MiB to the ZIP and "
            f"{extra_wall:.1f} s to the download: {1000 * extra_wall / others:.2f} ms "
            f"({1000 * extra_cpu / others:.2f} ms of server CPU) an entry.\n"
        )


def _contrast_row(
    name: str, entries: int, creation: float, d: Download, v: Verification
) -> tuple[str, ...]:
    peak = d.server.hwm if d.server.hwm_is_phase_peak else d.server.sampled_peak_rss
    return (
        name,
        f"{entries:,}",
        mib(d.zip_bytes),
        f"{creation:.1f}",
        f"{d.cost.wall:.1f}",
        f"{d.rate:.0f}",
        f"{d.cost.server_cpu:.1f}",
        f"{mib(d.server.start_rss)} → {mib(peak)}",
        f"{v.seconds:.1f}",
        mib(v.hwm),
    )


# 1. Set-up


def file_sizes(total: int, count: int) -> list[int]:
    """`count` sizes adding up to `total`, as even as whole MiB allow."""
    count = max(1, min(count, total // MIB or 1))
    base, extra = divmod(total // MIB, count)
    sizes = [(base + (1 if k < extra else 0)) * MIB for k in range(count)]
    sizes[-1] += total % MIB
    return [s for s in sizes if s > 0]


async def upload_files(
    api: DaybookApi, server_pid: int, workdir: Path, sizes: Sequence[int]
) -> tuple[list[dict[str, Any]], float, Cost]:
    """Write each file, upload it, delete it; returns the references."""
    references: list[dict[str, Any]] = []
    write_seconds = 0.0
    total = Cost()
    for number, size in enumerate(sizes, start=1):
        path = workdir / f"recording-{number}.mp4"
        log(f"set-up: writing file {number}/{len(sizes)} ({size // MIB} MiB)")
        started = time.perf_counter()
        await asyncio.to_thread(write_random_file, path, size)
        write_seconds += time.perf_counter() - started
        try:
            log(f"set-up: uploading file {number}/{len(sizes)}")
            pending = await asyncio.to_thread(PendingUpload.plan, path)
            with Cost.measure(server_pid) as cost:
                references.append(await attachments.upload(api, pending))
            total += cost
        finally:
            await asyncio.to_thread(path.unlink, missing_ok=True)
    return references, write_seconds, total


def _spread(count: int, among: int) -> list[int]:
    """`count` indexes spread evenly over range(among)."""
    return [among * (k + 1) // (count + 1) for k in range(count)]


async def write_entries(
    server: LiveServer, incidents: Sequence[tuple[uuid.UUID, dict[str, Any]]], writers: int
) -> tuple[int, Cost]:
    """Every incident through `Diary.add`, by `writers` sessions at once."""
    queue = list(reversed(incidents))
    written = 0
    started = time.perf_counter()

    async def writer(number: int) -> None:
        nonlocal written
        async with DaybookApi(server.base_url) as api:
            me = await identity.login(api, USERNAME, PASSPHRASE, f"writer {number}")
            diary = Diary(api, me)
            while queue:
                entry_id, incident = queue.pop()
                await diary.add(incident, entry_id=entry_id)
                written += 1
                if written % PROGRESS_EVERY == 0:
                    elapsed = time.perf_counter() - started
                    log(
                        f"set-up: {written:,}/{len(incidents):,} entries, "
                        f"{written / elapsed:.0f} entries/s"
                    )

    with Cost.measure(server.pid) as cost:
        async with asyncio.TaskGroup() as group:
            for number in range(max(1, writers)):
                group.create_task(writer(number + 1))
    return written, cost


# 2. Creation; 3. download


class _Progress:
    received = 0


def _rss_and_anon(pid: int) -> tuple[int, int]:
    """VmRSS and RssAnon from one read of /proc/<pid>/status; bytes."""
    found: dict[str, int] = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "RssAnon"):
                found[name] = int(value.split()[0]) * 1024
    return found["VmRSS"], found["RssAnon"]


class _DownloadWatch:
    """Samples the server's VmRSS with the bytes received so far, in a thread."""

    def __init__(self, pid: int, progress: _Progress) -> None:
        self.pid, self.progress = pid, progress
        self.trace: list[Sample] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bundle-rss", daemon=True)
        self._started = time.perf_counter()

    def _sample(self) -> None:
        with contextlib.suppress(OSError, LookupError):
            moment = time.perf_counter() - self._started
            rss, anon = _rss_and_anon(self.pid)
            self.trace.append(Sample(moment, self.progress.received, rss, anon))

    def _run(self) -> None:
        self._sample()
        while not self._stop.wait(DOWNLOAD_SAMPLE_SECONDS):
            self._sample()

    @contextlib.contextmanager
    def running(self) -> Iterator[_DownloadWatch]:
        self._started = time.perf_counter()
        self._thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            self._thread.join()
            self._sample()


async def stream_zip_to(
    api: DaybookApi, bundle_id: uuid.UUID, target: Path, progress: _Progress
) -> int:
    async with api.stream(f"/v1/bundles/{bundle_id}/zip") as response:
        with target.open("wb") as out:
            async for piece in response.aiter_bytes():
                out.write(piece)
                progress.received += len(piece)
    return progress.received


async def download(
    server: LiveServer, api: DaybookApi, bundle_id: uuid.UUID, target: Path
) -> Download:
    progress = _Progress()
    watch = _DownloadWatch(server.pid, progress)
    with (
        PhaseMemory.measure(server.pid) as memory,
        watch.running(),
        Cost.measure(server.pid) as cost,
    ):
        received = await stream_zip_to(api, bundle_id, target, progress)
    memory.sampled_peak_rss = max(memory.sampled_peak_rss, *(s.rss for s in watch.trace))
    members = await asyncio.to_thread(_members, target, received)
    return Download(cost, received, members, memory, watch.trace)


def _members(target: Path, size: int) -> int:
    assert target.stat().st_size == size
    with zipfile.ZipFile(target) as archive:
        return len(archive.namelist())


# 4. Verification, in a fresh process


def verify_child(path: Path) -> None:
    """Run in the child: read the key (hex) from stdin, verify, print JSON."""
    from app.client.bundle_open import verify_bundle

    key = bundle.BundleKey(bytes.fromhex(sys.stdin.read().strip()))
    pid = os.getpid()
    rss_before = rss_bytes(pid)
    reset = reset_peak(pid)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    opened = verify_bundle(path, key)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    pack = opened.pack
    found = {
        "seconds": seconds,
        "cpu_seconds": (after.ru_utime + after.ru_stime) - (usage.ru_utime + usage.ru_stime),
        "rss_before": rss_before,
        "hwm": hwm_bytes(pid),
        "hwm_is_phase_peak": reset,
        "incidents": len(pack.incidents),
        "exhibits": sum(1 for e in pack.exhibits if e.pack_path is not None),
        "checks": len(pack.checks),
    }
    print(json.dumps(found))


def _run_child(path: Path, key: bundle.BundleKey) -> Verification:
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "bench.bundle", "--verify-child", str(path)],
        cwd=REPO,
        input=key.secret.hex().encode(),
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"verify_bundle failed:\n{done.stderr.decode(errors='replace')[-4000:]}")
    return Verification(**json.loads(done.stdout.decode().strip().splitlines()[-1]))


# The run


async def _bundle_and_download(
    server: LiveServer,
    api: RouteTimedApi,
    me: identity.Identity,
    selection: Selection,
    target: Path,
) -> tuple[CreatedBundle, Creation, Download, Verification]:
    api.timings = {}
    with (
        PhaseMemory.measure(server.pid) as server_memory,
        PhaseMemory.measure(os.getpid()) as client_memory,
        Cost.measure(server.pid) as cost,
    ):
        created = await create_bundle(Diary(api, me), Replica(), selection)
    creation = Creation(
        cost,
        server_memory,
        client_memory,
        dict(api.timings),
        created.entry_count,
        created.attachment_count,
    )
    log(f"create_bundle: {created.entry_count:,} entries in {cost.wall:.1f} s")
    try:
        await asyncio.sleep(0.5)
        log("download: GET /v1/bundles/{id}/zip")
        fetched = await download(server, api, created.bundle_id, target)
        log(f"download: {mib(fetched.zip_bytes)} MiB in {fetched.cost.wall:.1f} s")
        log("verify_bundle, in a fresh process")
        verification = await asyncio.to_thread(_run_child, target, created.key)
        log(f"verify_bundle: {verification.seconds:.1f} s")
    finally:
        await asyncio.to_thread(target.unlink, missing_ok=True)
    assert verification.incidents == created.entry_count
    assert verification.exhibits == created.attachment_count
    return created, creation, fetched, verification


async def measure(
    server: LiveServer,
    workdir: Path,
    entries: int,
    attachment_bytes: int,
    files: int,
    writers: int,
    label: str,
) -> BundleResult:
    async with RouteTimedApi(server.base_url) as api:
        me = await sign_up(api, USERNAME)
        await asyncio.sleep(0.5)
        idle_rss = rss_bytes(server.pid)

        sizes = file_sizes(attachment_bytes, files) if attachment_bytes > 0 else []
        references, write_files_seconds, upload = await upload_files(
            api, server.pid, workdir, sizes
        )

        incidents = [(uuid.uuid4(), incident) for incident in make_incidents(entries)]
        with_files = _spread(len(references), entries)
        for index, reference in zip(with_files, references, strict=True):
            entry_id, incident = incidents[index]
            incidents[index] = entry_id, with_attachments(incident, [reference])
        log(f"set-up: {entries:,} x Diary.add, {writers} sessions at once, on {label}")
        written, write = await write_entries(server, incidents, writers)
        assert written == entries, (written, entries)
        setup = SetUp(
            entries=entries,
            files=len(sizes),
            attachment_bytes=sum(sizes),
            writers=writers,
            write_files_seconds=write_files_seconds,
            upload=upload,
            write=write,
            server_rss_after=rss_bytes(server.pid),
        )
        log(
            f"set-up done: files {upload.wall:.0f} s, entries {write.wall:.0f} s "
            f"({entries / write.wall:.0f}/s)"
        )

        log("the whole diary: create_bundle from an empty replica, download, verify")
        created, creation, fetched, verification = await _bundle_and_download(
            server, api, me, Selection(), workdir / "whole.zip"
        )
        assert created.entry_count == entries, (created.entry_count, entries)
        assert created.attachment_count == len(sizes), (created.attachment_count, len(sizes))

        files_only = None
        if with_files:
            log("for contrast, a bundle of only the entries with a file")
            chosen = Selection(entry_ids=tuple(incidents[i][0] for i in with_files))
            small, small_creation, small_fetched, small_verification = await _bundle_and_download(
                server, api, me, chosen, workdir / "files-only.zip"
            )
            files_only = Contrast(
                small.entry_count, small_creation.cost.wall, small_fetched, small_verification
            )

    return BundleResult(label, idle_rss, setup, creation, fetched, verification, files_only)


async def run(
    entries: int,
    attachment_mib: int,
    files: int,
    writers: int,
    database_url: str | None,
    s3_endpoint: str | None,
) -> BundleResult:
    with contextlib.ExitStack() as stack:
        workdir = stack.enter_context(tempfile.TemporaryDirectory(prefix="daybook-bench-bundle-"))
        bucket = stack.enter_context(temporary_bucket(s3_endpoint)) if s3_endpoint else None
        settings = bucket.server_settings() if bucket else None
        async with live_server(database_url, settings) as server:
            log(f"server up on {server.base_url} (pid {server.pid})")
            return await measure(
                server,
                Path(workdir),
                entries,
                attachment_mib * MIB,
                files,
                writers,
                database_label(database_url) + blobs_label(bucket),
            )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--entries", type=int, default=10_000, help="diary size (default 10000)")
    parser.add_argument(
        "--attachment-mib",
        type=int,
        default=1024,
        help="MiB of files in the diary and the bundle (default 1024)",
    )
    parser.add_argument(
        "--files", type=int, default=4, help="how many files share those MiB (default 4)"
    )
    parser.add_argument(
        "--writers",
        type=int,
        default=4,
        help="sessions writing the entries at once during set-up (default 4)",
    )
    add_s3_argument(parser)


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser(__doc__.split("\n\n")[0] if __doc__ else None)
    add_arguments(parser)
    parser.add_argument("--verify-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.verify_child is not None:
        verify_child(args.verify_child)
        return
    if args.entries < 1 or args.attachment_mib < 0 or args.files < 1:
        parser.error("--entries and --files must be at least 1, --attachment-mib at least 0")

    async def go() -> None:
        started = time.perf_counter()
        result = await run(
            args.entries, args.attachment_mib, args.files, args.writers, args.database_url, args.s3
        )
        print(await machine(args.database_url), end="\n\n")
        print(result.markdown())
        print(f"Total benchmark time: {time.perf_counter() - started:.0f} s.")

    asyncio.run(go())


if __name__ == "__main__":
    main(sys.argv[1:])
