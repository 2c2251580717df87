"""Attachment throughput, and the server's memory while a large file goes up and down.

    python -m bench.attachments [--size-mib N [N ...]] [--database-url URL] [--s3 [ENDPOINT]]
                                [--run-chunks K] [--parallel-runs P]

For each size (default 256 and 1024 MiB), on a fresh server:

1. A file of random bytes is written to a temporary directory, 1 MiB at a
   time (never held in memory), and planned with `PendingUpload.plan` (which
   hashes it once).
2. `attachments.upload`: read 1 MiB at a time, AES-256-GCM-seal, gather
   runs of K consecutive chunks (`--run-chunks`, default the client's 8),
   SHA-256 each run and PUT it, P runs in flight (`--parallel-runs`, default
   2); then finalise.
3. `attachments.download`: stream, decrypt, write, check both hashes.
4. The same transfers without the client's cryptography, for contrast: runs
   of K prebuilt 1 MiB chunks PUT one after another, and a download read and
   dropped.

During 2 and 3 the server's VmRSS is sampled every 100 ms and its VmHWM
(peak RSS, reset through /proc/<pid>/clear_refs before each phase) read
at the end; the client's is measured the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.client import attachments, chunk_transfer
from app.client.attachments import PendingUpload
from app.protocol import stream
from bench.common import (
    MIB,
    Cost,
    TimedApi,
    Timing,
    base_parser,
    database_label,
    machine,
    mib,
    sign_up,
    table,
)
from bench.s3 import S3Bucket, add_s3_argument, blobs_label, temporary_bucket
from bench.server import LiveServer, PhaseMemory, live_server, log, rss_bytes

CRYPTO_MIB = 128


def write_random_file(path: Path, size: int) -> None:
    """`size` bytes from os.urandom, 1 MiB at a time."""
    with path.open("wb") as file:
        remaining = size
        while remaining:
            piece = min(MIB, remaining)
            file.write(os.urandom(piece))
            remaining -= piece


@dataclass
class Transfer:
    cost: Cost
    server: PhaseMemory
    client: PhaseMemory
    timings: dict[str, Timing] = field(default_factory=dict)


@dataclass
class SizeResult:
    size: int
    startup_rss: int
    idle_rss: int
    plan_seconds: float
    upload: Transfer
    download: Transfer
    raw_upload: Cost
    raw_download: Cost

    def rate(self, seconds: float) -> str:
        return f"{self.size / MIB / seconds:.0f}"


@dataclass
class CryptoRates:
    """Client-side primitives on 1 MiB buffers, MiB/s, one core."""

    seal: float
    open: float
    sha256: float


@dataclass
class AttachmentsResult:
    database: str
    sizes: list[SizeResult]
    crypto: CryptoRates

    def throughput(self) -> str:
        rows: list[tuple[str, ...]] = []
        for r in self.sizes:
            label = f"{r.size // MIB} MiB"
            up, down = r.upload, r.download
            put, finalize = up.timings.get("put_run", Timing()), up.timings.get("finalize")
            final_s = finalize.total if finalize else 0.0
            rows += [
                (
                    label,
                    "**upload** (`attachments.upload`)",
                    f"**{r.rate(up.cost.wall)}**",
                    f"{up.cost.wall:.1f}",
                    f"{up.cost.server_cpu:.1f}",
                    f"{up.cost.client_cpu:.1f}",
                    f"{put.count} runs of up to {chunk_transfer.RUN_CHUNKS} chunks, "
                    f"{chunk_transfer.PARALLEL_RUNS} in flight (p50 "
                    f"{1000 * put.percentile(0.5):.1f} ms a run), "
                    f"finalize {final_s:.1f} s",
                ),
                (
                    label,
                    "**download** (`attachments.download`)",
                    f"**{r.rate(down.cost.wall)}**",
                    f"{down.cost.wall:.1f}",
                    f"{down.cost.server_cpu:.1f}",
                    f"{down.cost.client_cpu:.1f}",
                    "stream, decrypt, write, check both hashes",
                ),
                (
                    label,
                    "upload without client crypto",
                    r.rate(r.raw_upload.wall),
                    f"{r.raw_upload.wall:.1f}",
                    f"{r.raw_upload.server_cpu:.1f}",
                    f"{r.raw_upload.client_cpu:.1f}",
                    "runs of one prebuilt chunk PUT one after another, then finalize",
                ),
                (
                    label,
                    "download without client crypto",
                    r.rate(r.raw_download.wall),
                    f"{r.raw_download.wall:.1f}",
                    f"{r.raw_download.server_cpu:.1f}",
                    f"{r.raw_download.client_cpu:.1f}",
                    "bytes read and dropped",
                ),
                (
                    label,
                    "`PendingUpload.plan` (hash the file once)",
                    r.rate(r.plan_seconds),
                    f"{r.plan_seconds:.1f}",
                    "",
                    "",
                    "client only",
                ),
            ]
        return table(
            ["file", "operation", "MiB/s", "seconds", "server CPU s", "client CPU s", "notes"],
            rows,
        )

    def memory(self) -> str:
        rows = []
        for r in self.sizes:
            up, down = r.upload.server, r.download.server
            rows.append(
                (
                    f"{r.size // MIB} MiB",
                    mib(r.startup_rss),
                    mib(r.idle_rss),
                    f"**{mib(up.hwm)}**",
                    mib(up.sampled_peak_rss),
                    f"**{mib(down.hwm)}**",
                    mib(down.sampled_peak_rss),
                    mib(down.end_rss),
                    f"{up.samples} + {down.samples}",
                )
            )
        server = table(
            [
                "file",
                "after startup",
                "idle, signed up",
                "upload VmHWM",
                "upload max sampled",
                "download VmHWM",
                "download max sampled",
                "after download",
                "samples",
            ],
            rows,
        )
        client_rows = [
            (
                f"{r.size // MIB} MiB",
                mib(r.upload.client.start_rss),
                mib(r.upload.client.hwm),
                mib(r.download.client.hwm),
            )
            for r in self.sizes
        ]
        client = table(["file", "client RSS before", "upload VmHWM", "download VmHWM"], client_rows)
        reset = all(r.upload.server.hwm_is_phase_peak for r in self.sizes)
        note = (
            "VmHWM was reset before each phase, so it is that phase's peak."
            if reset
            else "VmHWM could not be reset: it is the peak since the server started."
        )
        return (
            f"Server process RSS, MiB ({note} Samples every 100 ms.)\n\n{server}\n\n"
            f"The benchmark process (the client), MiB:\n\n{client}\n"
        )

    def crypto_table(self) -> str:
        c = self.crypto
        return table(
            ["client primitive (1 MiB buffers, one core)", "MiB/s"],
            [
                ("AES-256-GCM seal (`StreamKey.seal_chunk`)", f"{c.seal:.0f}"),
                ("AES-256-GCM open (`StreamKey.open_chunk`)", f"{c.open:.0f}"),
                ("SHA-256 (`hashlib`)", f"{c.sha256:.0f}"),
            ],
        )

    def markdown(self) -> str:
        return (
            f"### Attachments on {self.database}\n\n"
            f"Throughput (MiB of the original file per second):\n\n{self.throughput()}\n\n"
            f"{self.memory()}\n{self.crypto_table()}\n"
        )


def crypto_rates(count: int = CRYPTO_MIB) -> CryptoRates:
    key = stream.StreamKey.generate(uuid.uuid4())
    plaintext = os.urandom(stream.CHUNK_BYTES)
    started = time.perf_counter()
    for index in range(count):
        sealed = key.seal_chunk(index, plaintext, last=False)
    seal = count / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(count):
        key.open_chunk(count - 1, sealed, last=False)
    opened = count / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(count):
        hashlib.sha256(plaintext).digest()
    digest = count / (time.perf_counter() - started)
    return CryptoRates(seal=seal, open=opened, sha256=digest)


async def _transfer(server: LiveServer, api: TimedApi, work: Awaitable[object]) -> Transfer:
    api.timings = {}
    with (
        PhaseMemory.measure(server.pid) as server_memory,
        PhaseMemory.measure(os.getpid()) as client_memory,
        Cost.measure(server.pid) as cost,
    ):
        await work
    return Transfer(cost, server_memory, client_memory, dict(api.timings))


async def _raw_upload(api: TimedApi, size: int) -> None:
    """A ciphertext of the right size, every chunk the same prebuilt bytes,
    in runs of the client's size."""
    attachment_id = uuid.uuid4()
    sizes = stream.chunk_sizes(stream.ciphertext_size(size))
    assert sizes is not None
    block = os.urandom(stream.CIPHERTEXT_CHUNK_BYTES)
    whole = hashlib.sha256()
    await api.start_upload(attachment_id, sum(sizes))
    step = chunk_transfer.RUN_CHUNKS
    full = block * step
    full_digest = hashlib.sha256(full).digest()
    for first in range(0, len(sizes), step):
        body = (
            full
            if first + step < len(sizes)
            else b"".join(block[:length] for length in sizes[first : first + step])
        )
        digest = full_digest if body is full else hashlib.sha256(body).digest()
        await api.put_run(attachment_id, first, body, digest)
        whole.update(body)
    await api.finalize_attachment(attachment_id, whole.digest())
    await api.delete_attachment(attachment_id)


async def _raw_download(api: TimedApi, attachment_id: str) -> int:
    received = 0
    async with api.stream(f"/v1/attachments/{attachment_id}/content") as response:
        async for piece in response.aiter_bytes():
            received += len(piece)
    return received


async def measure_size(
    database_url: str | None, size: int, workdir: Path, bucket: S3Bucket | None
) -> SizeResult:
    source, target = workdir / "evidence.bin", workdir / "downloaded.bin"
    log(f"attachments: writing a {size // MIB} MiB file")
    await asyncio.to_thread(write_random_file, source, size)
    try:
        settings = bucket.server_settings() if bucket else None
        async with live_server(database_url, settings) as server:
            startup_rss = rss_bytes(server.pid)
            async with TimedApi(server.base_url) as api:
                await sign_up(api, "uploader")
                await asyncio.sleep(0.5)
                idle_rss = rss_bytes(server.pid)
                started = time.perf_counter()
                pending = await asyncio.to_thread(PendingUpload.plan, source)
                plan_seconds = time.perf_counter() - started

                log(f"attachments: upload {size // MIB} MiB")
                box: dict[str, dict[str, Any]] = {}

                async def up() -> None:
                    box["reference"] = await attachments.upload(api, pending)

                upload = await _transfer(server, api, up())
                reference = box["reference"]

                log(f"attachments: download {size // MIB} MiB")
                download = await _transfer(
                    server, api, attachments.download(api, reference, target)
                )
                assert target.stat().st_size == size
                target.unlink()

                log("attachments: the same without client crypto")
                with Cost.measure(server.pid) as raw_download:
                    received = await _raw_download(api, reference["attachment_id"])
                assert received == stream.ciphertext_size(size)
                with Cost.measure(server.pid) as raw_upload:
                    await _raw_upload(api, size)
    finally:
        source.unlink(missing_ok=True)
        target.unlink(missing_ok=True)
    return SizeResult(
        size=size,
        startup_rss=startup_rss,
        idle_rss=idle_rss,
        plan_seconds=plan_seconds,
        upload=upload,
        download=download,
        raw_upload=raw_upload,
        raw_download=raw_download,
    )


async def run(
    sizes_mib: Sequence[int], database_url: str | None, s3_endpoint: str | None
) -> AttachmentsResult:
    log("attachments: client crypto primitives")
    crypto = crypto_rates()
    results = []
    with contextlib.ExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="daybook-bench-")))
        bucket = stack.enter_context(temporary_bucket(s3_endpoint)) if s3_endpoint else None
        for size_mib in sizes_mib:
            results.append(await measure_size(database_url, size_mib * MIB, workdir, bucket))
    return AttachmentsResult(database_label(database_url) + blobs_label(bucket), results, crypto)


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser(__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--size-mib",
        type=int,
        nargs="+",
        default=[256, 1024],
        help="file sizes in MiB, each on a fresh server (default: 256 1024)",
    )
    parser.add_argument(
        "--run-chunks", type=int, default=chunk_transfer.RUN_CHUNKS, help="chunks a request"
    )
    parser.add_argument(
        "--parallel-runs", type=int, default=chunk_transfer.PARALLEL_RUNS, help="runs in flight"
    )
    add_s3_argument(parser)
    args = parser.parse_args(argv)
    chunk_transfer.RUN_CHUNKS, chunk_transfer.PARALLEL_RUNS = args.run_chunks, args.parallel_runs

    async def go() -> None:
        result = await run(args.size_mib, args.database_url, args.s3)
        print(await machine(args.database_url), end="\n\n")
        print(result.markdown())

    asyncio.run(go())


if __name__ == "__main__":
    main(sys.argv[1:])
