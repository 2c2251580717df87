"""What only the local directory store does: few thread hops per write, fsync
before the rename and of the directory after, 0700/0600 modes, and the sweep
of what crashed writes leave. The contract every store keeps is in
test_contract.py."""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import pytest

from app.blobs.local import TEMP_PREFIX, LocalBlobStore
from app.blobs.store import BlobInfo
from app.protocol.stream import CIPHERTEXT_CHUNK_BYTES
from tests.blobs.streams import read_all, source, split

MIB = 1024 * 1024


@pytest.fixture
def store(tmp_path: Path) -> LocalBlobStore:
    return LocalBlobStore(tmp_path / "blobs")


def _debris(root: Path) -> list[Path]:
    return sorted(root.rglob(TEMP_PREFIX + "*"))


def _names(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _age(path: Path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


async def test_a_chunk_in_many_pieces_takes_one_thread_hop_and_more_data_few(
    store: LocalBlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    hops = 0
    run_sync = anyio.to_thread.run_sync

    async def counting(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        nonlocal hops
        hops += 1
        return await run_sync(function, *args, **kwargs)

    monkeypatch.setattr(anyio.to_thread, "run_sync", counting)
    chunk = os.urandom(CIPHERTEXT_CHUNK_BYTES)
    info = await store.put("k", source(*split(chunk, 1024)))  # a thousand small pieces
    assert info.sha256 == hashlib.sha256(chunk).digest()
    assert hops == 1  # written, hashed, fsynced and renamed in one hop

    hops = 0
    data = os.urandom(3 * MIB)
    info = await store.put("k", source(*split(data, 1024)))
    assert info.sha256 == hashlib.sha256(data).digest()
    assert hops <= 3  # two full batches, then the last with the commit


async def test_put_fsyncs_the_data_before_the_rename_and_the_directory_after(
    store: LocalBlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await store.put("d/k", source(b"first"))
    synced: list[str] = []
    fsync = os.fsync

    def recording(descriptor: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{descriptor}"))
        fsync(descriptor)

    monkeypatch.setattr(os, "fsync", recording)
    await store.put("d/k", source(b"second"))

    directory = store.root / "d"
    assert len(synced) == 2
    assert Path(synced[0]).parent == directory
    assert Path(synced[0]).name.startswith(TEMP_PREFIX)
    assert Path(synced[1]) == directory


async def test_put_many_takes_two_hops_and_one_directory_fsync(
    store: LocalBlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await store.put("d/old", source(b"first"))  # the directory exists
    hops, synced = 0, []
    run_sync, fsync = anyio.to_thread.run_sync, os.fsync

    async def counting(function: Callable[..., Any], *args: Any) -> Any:
        nonlocal hops
        hops += 1
        return await run_sync(function, *args)

    def recording(descriptor: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{descriptor}"))
        fsync(descriptor)

    async def admit(infos: Sequence[BlobInfo]) -> set[int]:
        return set(range(len(infos)))

    monkeypatch.setattr(anyio.to_thread, "run_sync", counting)
    monkeypatch.setattr(os, "fsync", recording)
    items = [(f"d/{i}", os.urandom(1000)) for i in range(8)]
    await store.put_many(items, admit=admit)

    assert hops == 2  # write, hash and fsync all; then rename all
    assert [Path(p).name.startswith(TEMP_PREFIX) for p in synced] == [True] * 8 + [False]
    assert Path(synced[-1]) == store.root / "d"


async def test_root_and_directories_are_0700_and_files_0600(tmp_path: Path) -> None:
    root = tmp_path / "fresh" / "blobs"
    store = LocalBlobStore(root)
    await store.put("a/b/c", source(b"x"))

    assert _mode(root) == 0o700
    assert _mode(root / "a") == 0o700
    assert _mode(root / "a" / "b") == 0o700
    assert _mode(root / "a" / "b" / "c") == 0o600


def _leave_debris(root: Path) -> Path:
    """What crashes leave: an old temp file, an old half-deleted prefix, and
    (as if from an upload still running) a fresh temp file, which is returned.
    The blob beside them is aged too: only the name marks debris."""
    directory = root / "a"
    old_file = directory / f"{TEMP_PREFIX}old"
    fresh_file = directory / f"{TEMP_PREFIX}fresh"
    old_trash = root / f"{TEMP_PREFIX}trash"
    (old_trash / "inner").mkdir(parents=True)
    (old_trash / "inner" / "blob").write_bytes(b"x")
    old_file.write_bytes(b"partial")
    fresh_file.write_bytes(b"in progress")
    for path in (old_file, old_trash, directory / "k"):
        _age(path, 3600)
    return fresh_file


async def test_sweep_removes_old_debris_and_keeps_fresh(store: LocalBlobStore) -> None:
    await store.put("a/k", source(b"keep"))
    fresh_file = _leave_debris(store.root)

    assert await store.sweep_temporary(older_than_seconds=60) == 2

    assert _debris(store.root) == [fresh_file]
    assert await read_all(store, "a/k") == b"keep"
    assert await store.sweep_temporary(older_than_seconds=60) == 0
