"""Faults of the machine answer as faults: a full disk is 507 `storage-full`
(and readiness says so), a database out of reach is 503
`database-unavailable` with Retry-After, and either answer closes the
connection cleanly. Nothing is written half, and the server recovers."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import errno
import os
import subprocess
from collections.abc import AsyncIterable, AsyncIterator, Iterator, Sequence
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import make_url

from app.blobs.local import MIN_FREE_BYTES
from app.blobs.store import Admit, AdmitMany, BlobData, BlobInfo, BlobStore, BlobStream, Tee
from app.client import identity
from app.client.api import ApiError, DaybookApi
from app.client.attachments import PendingUpload, upload
from app.client.diary import Diary
from app.config import Settings
from app.main import create_app
from bench.server import live_server
from tests.attachments.conftest import random_file
from tests.conftest import ADMIN_URL, BASE_URL, PostgresDatabases
from tests.writers import PASSPHRASE, Writer, incident

MIB = 1024 * 1024


class FullDisk:
    """The server's blob store on a disk with no space left: every write
    fails as the kernel reports it; reads still work."""

    def __init__(self, inner: BlobStore) -> None:
        self.inner = inner

    async def put(
        self,
        key: str,
        data: AsyncIterable[bytes],
        *,
        max_bytes: int | None = None,
        expected_sha256: bytes | None = None,
        admit: Admit | None = None,
        tee: Tee | None = None,
    ) -> BlobInfo:
        async for _piece in data:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    async def put_many(
        self, items: Sequence[tuple[str, BlobData]], *, admit: AdmitMany
    ) -> list[BlobInfo]:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    async def read(self, key: str, start: int = 0, end: int | None = None) -> BlobStream:
        return await self.inner.read(key, start, end)

    async def size(self, key: str) -> int | None:
        return await self.inner.size(key)

    async def delete(self, key: str) -> None:
        await self.inner.delete(key)

    async def delete_prefix(self, prefix: str) -> None:
        await self.inner.delete_prefix(prefix)

    async def children(self, prefix: str) -> list[str]:
        return await self.inner.children(prefix)

    async def check(self) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    async def sweep_temporary(self, older_than_seconds: float) -> int:
        return await self.inner.sweep_temporary(older_than_seconds)


class Answers:
    """Every answer a client got, for the headers the client library drops."""

    def __init__(self, api: DaybookApi) -> None:
        self.seen: list[httpx.Response] = []
        api.http.event_hooks["response"].append(self._keep)

    async def _keep(self, response: httpx.Response) -> None:
        self.seen.append(response)

    def last(self) -> httpx.Response:
        return self.seen[-1]


async def test_a_full_blob_disk_answers_507_and_readiness_says_so(
    application: FastAPI, http: httpx.AsyncClient, victim: Writer, tmp_path: Path
) -> None:
    state = application.state.daybook
    application.state.daybook = dataclasses.replace(state, blobs=FullDisk(state.blobs))
    answers = Answers(victim.api)
    with pytest.raises(ApiError) as refused:
        await upload(victim.api, PendingUpload.plan(random_file(tmp_path / "a.jpg", 5000)))
    assert (refused.value.status, refused.value.code) == (507, "storage-full")
    assert answers.last().headers["connection"] == "close"
    ready = await http.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["checks"]["blob_store"] == "full"

    application.state.daybook = state
    assert (await http.get("/readyz")).status_code == 200
    await upload(victim.api, PendingUpload.plan(random_file(tmp_path / "b.jpg", 5000)))


@contextlib.contextmanager
def small_disk(path: Path, size_mib: int) -> Iterator[Path]:
    """A real file system of `size_mib` MiB (tmpfs), if this process may mount one."""
    path.mkdir()
    mounted = subprocess.run(  # noqa: S603 - fixed arguments
        ["mount", "-t", "tmpfs", "-o", f"size={size_mib}m,mode=0700", "tmpfs", str(path)],  # noqa: S607
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)  # noqa: S603, S607


async def test_a_real_full_disk(settings: Settings, tmp_path: Path) -> None:
    """The blob directory on an 8 MiB file system, filled up by someone else."""
    with small_disk(tmp_path / "disk", 8) as disk:
        application = create_app(settings.model_copy(update={"blob_dir": disk / "blobs"}))
        transport = httpx.ASGITransport(app=application)
        try:
            async with (
                httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http,
                DaybookApi(BASE_URL, transport=transport) as api,
            ):
                await identity.register(api, "robin", PASSPHRASE, "phone")
                assert (await http.get("/readyz")).status_code == 200
                free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
                filler = random_file(disk / "filler", free - MIB)
                ready = await http.get("/readyz")
                assert (ready.status_code, ready.json()["checks"]["blob_store"]) == (503, "full")
                with pytest.raises(ApiError) as refused:
                    await upload(api, PendingUpload.plan(random_file(tmp_path / "v.mp4", 3 * MIB)))
                assert (refused.value.status, refused.value.code) == (507, "storage-full")
                assert not list((disk / "blobs").rglob(".tmp-*")), "a temp file was left"

                filler.unlink()
                assert (await http.get("/readyz")).status_code == 200
                await upload(api, PendingUpload.plan(random_file(tmp_path / "w.mp4", 3 * MIB)))
        finally:
            await application.state.daybook.engine.dispose()
        assert MIN_FREE_BYTES < MIB * 8


class Proxy:
    """A TCP proxy to the PostgreSQL server that can be cut, as a database
    restarting or a network failing cuts it: open connections are reset and
    new ones refused, until it is resumed on the same port."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self.server: asyncio.Server | None = None
        self.links: set[asyncio.StreamWriter] = set()

    async def resume(self) -> None:
        self.server = await asyncio.start_server(
            self._serve, "127.0.0.1", self.port, reuse_address=True
        )
        self.port = self.server.sockets[0].getsockname()[1]

    async def cut(self) -> None:
        assert self.server is not None
        self.server.close()
        for writer in self.links:
            writer.transport.abort()
        self.links.clear()
        await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
        self.links |= {writer, upstream_writer}
        await asyncio.gather(
            _pipe(reader, upstream_writer), _pipe(upstream_reader, writer), return_exceptions=True
        )

    def url(self, url: str) -> str:
        return make_url(url).set(host="127.0.0.1", port=self.port).render_as_string(False)


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    try:
        while piece := await source.read(65536):
            sink.write(piece)
            await sink.drain()
    finally:
        sink.close()


@pytest.fixture
async def proxy(postgres: PostgresDatabases | None) -> AsyncIterator[Proxy]:
    if postgres is None:
        pytest.skip("PostgreSQL unreachable")
    parsed = make_url(ADMIN_URL)
    made = Proxy((parsed.host or "127.0.0.1", parsed.port or 5432))
    await made.resume()
    yield made
    if made.server is not None:
        made.server.close()


async def raw_get(base_url: str, path: str, token: str) -> tuple[bytes, bool]:
    """One request on a raw socket: the answer's head, and whether the server
    then closed the connection cleanly (EOF, not a reset)."""
    url = httpx.URL(base_url)
    assert url.host is not None and url.port is not None
    reader, writer = await asyncio.open_connection(url.host, url.port)
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: {url.host}\r\nAuthorization: Bearer {token}\r\n\r\n".encode()
    )
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), 10)  # to EOF: the server closes
    writer.close()
    head = answer.split(b"\r\n\r\n", 1)[0].lower()
    return head, reader.at_eof()


async def test_postgresql_out_of_reach_answers_503_and_recovers(proxy: Proxy) -> None:
    async with live_server(proxy.url(ADMIN_URL)) as server, DaybookApi(server.base_url) as api:
        me, _ = await identity.register(api, "robin", PASSPHRASE, "phone")
        diary = Diary(api, me)
        await diary.add(incident("He was at the gate."))
        assert api.tokens is not None
        answers = Answers(api)

        await proxy.cut()
        for attempt in (api.account(), diary.add(incident("He followed me home."))):
            with pytest.raises(ApiError) as refused:
                await attempt
            assert (refused.value.status, refused.value.code) == (503, "database-unavailable")
            assert answers.last().headers["retry-after"].isdigit()
            assert answers.last().headers["connection"] == "close"
        head, closed = await raw_get(server.base_url, "/v1/account", api.tokens.access_token)
        assert head.startswith(b"http/1.1 503") and b"connection: close" in head
        assert closed

        await proxy.resume()
        assert (await api.account())["username"] == "robin"
        written = await diary.add(incident("He followed me home."))
        assert [v.entry_id for v in await diary.history(written.entry_id)]
