"""`LocalBlobStore`: the blob store on a local directory, one file per blob.

A key maps to a path under the root (``a/b/c`` is ``<root>/a/b/c``);
`check_key` guarantees that path stays inside the root. Writes are crash-safe:
a ``.tmp-<hex>`` file in the target directory is filled, fsynced, renamed onto
the final name, and the directory fsynced, so after a crash a key holds either
its old blob or its new one, and the only debris is dot-named temp entries,
which `LocalBlobStore.sweep_temporary` clears. Keys cannot start a segment
with ".", so debris never collides with a blob.

Every blocking call runs in a worker thread (`anyio.to_thread`), in batches
of up to an attachment chunk's size, so a chunk that arrives in many pieces
costs one thread hop, and a large transfer a few, not thousands.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import secrets
import shutil
import stat
import time
from collections.abc import AsyncIterable, Callable, Collection, Sequence
from pathlib import Path
from typing import BinaryIO, Self

import anyio.to_thread

from app.blobs.store import (
    READ_PIECE_BYTES,
    Admit,
    AdmitMany,
    BlobData,
    BlobDigestMismatch,
    BlobInfo,
    BlobNotFound,
    BlobTooLarge,
    RangeStream,
    Tee,
    check_key,
    check_range,
    clamp_range,
)
from app.protocol.stream import CIPHERTEXT_CHUNK_BYTES

TEMP_PREFIX = ".tmp-"
WRITE_BATCH_BYTES = CIPHERTEXT_CHUNK_BYTES
DIRECTORY_MODE = 0o700
FILE_MODE = 0o600
# Less free space than this and the store is full for readiness: a chunk
# upload (1 MiB of ciphertext in a temp file) would fail.
MIN_FREE_BYTES = 2 * 1024 * 1024
# What opening or statting a key that holds no blob can raise: nothing there,
# a blob where the key needs a directory, or a directory where it needs a file.
_NO_BLOB = (FileNotFoundError, NotADirectoryError, IsADirectoryError)


class LocalBlobStore:
    """A `BlobStore` on the directory `root`, created (mode 0700) if missing.

    Not for several processes sharing one root while `sweep_temporary` runs
    with a threshold shorter than an upload's longest pause (it would take the
    upload's temp file from under it).
    """

    def __init__(self, root: Path) -> None:
        # Blocking, but construction happens once, at startup.
        root.mkdir(mode=DIRECTORY_MODE, parents=True, exist_ok=True)
        self._root = root

    @property
    def root(self) -> Path:
        return self._root

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
        parts = check_key(key).split("/")
        if max_bytes is not None and max_bytes < 0:
            raise ValueError("max_bytes must not be negative")
        if expected_sha256 is not None and len(expected_sha256) != hashlib.sha256().digest_size:
            raise ValueError("expected_sha256 must be a 32-byte SHA-256 digest")
        temp = _TempFile(self._root, parts[:-1], tee)
        final = self._root.joinpath(*parts)
        try:
            pending = await _fill(temp, data, max_bytes)
            if admit is None:
                return await anyio.to_thread.run_sync(temp.commit, pending, final, expected_sha256)
            info = await anyio.to_thread.run_sync(temp.seal, pending, expected_sha256)
            await admit(info)
            await anyio.to_thread.run_sync(temp.publish, final)
            return info
        except BaseException:
            # Inline rather than in a thread: after a cancellation the next await
            # may be cancelled too, and the temp file must go whatever happens.
            # Closing and unlinking one file is quick.
            temp.discard()
            raise

    async def put_many(
        self, items: Sequence[tuple[str, BlobData]], *, admit: AdmitMany
    ) -> list[BlobInfo]:
        """One worker-thread hop writes, hashes and fsyncs every temp file, a
        second renames the admitted ones and fsyncs each directory once."""
        temps = [_TempFile(self._root, check_key(key).split("/")[:-1]) for key, _ in items]
        finals = [self._path(key) for key, _ in items]
        try:
            infos = await anyio.to_thread.run_sync(_seal_all, temps, [d for _, d in items])
            keep = await admit(infos)
            await anyio.to_thread.run_sync(_land, temps, finals, keep)
            return infos
        except BaseException:
            for temp in temps:  # inline, as in `put`; a landed one is already gone
                temp.discard()
            raise

    async def read(self, key: str, start: int = 0, end: int | None = None) -> LocalBlobStream:
        path = self._path(key)
        check_range(start, end)
        return await anyio.to_thread.run_sync(LocalBlobStream.open, path, key, start, end)

    async def size(self, key: str) -> int | None:
        return await anyio.to_thread.run_sync(_regular_file_size, self._path(key))

    async def delete(self, key: str) -> None:
        await anyio.to_thread.run_sync(_unlink_blob, self._path(key))

    async def delete_prefix(self, prefix: str) -> None:
        await anyio.to_thread.run_sync(_remove_tree, self._path(prefix))

    async def children(self, prefix: str) -> list[str]:
        return await anyio.to_thread.run_sync(_children, self._path(prefix))

    async def check(self) -> None:
        await anyio.to_thread.run_sync(_check_usable, self._root)

    async def sweep_temporary(self, older_than_seconds: float) -> int:
        """Remove the ``.tmp-`` files and directories that crashed writes and
        deletions left behind, if untouched for `older_than_seconds`; return
        how many were removed. The threshold must exceed the longest pause of
        an upload in progress, or its temp file is swept from under it."""
        return await anyio.to_thread.run_sync(_sweep, self._root, older_than_seconds)

    def _path(self, key: str) -> Path:
        return self._root.joinpath(*check_key(key).split("/"))


class LocalBlobStream(RangeStream):
    """A `BlobStream` over an open file: one ``pread`` per piece, so it keeps
    no file position and reads the inode it opened even if the key has since
    been replaced or deleted. Meant for one consumer at a time."""

    def __init__(self, file: io.FileIO, size: int, start: int, end: int) -> None:
        super().__init__(size, start, end)
        self._file: io.FileIO | None = file
        self._position = start

    @classmethod
    def open(cls, path: Path, key: str, start: int, end: int | None) -> Self:
        """Blocking: open the blob at `path` and settle the range against its size."""
        try:
            file = io.FileIO(path, "r")
        except _NO_BLOB as error:
            raise BlobNotFound(key) from error
        try:
            size = os.fstat(file.fileno()).st_size
            return cls(file, size, start, clamp_range(start, end, size))
        except BaseException:
            file.close()
            raise

    async def __anext__(self) -> bytes:
        if self._file is None or self._position >= self._end:
            self._close()
            raise StopAsyncIteration
        count = min(READ_PIECE_BYTES, self._end - self._position)
        try:
            piece = await anyio.to_thread.run_sync(
                os.pread, self._file.fileno(), count, self._position
            )
            if not piece:
                # Blobs are replaced, never truncated in place; someone else did this.
                raise OSError(f"blob file shrank below {self._end} bytes while read")
        except BaseException:
            self._close()
            raise
        self._position += len(piece)
        return piece

    async def aclose(self) -> None:
        self._close()

    def _close(self) -> None:
        # Closing a read-only descriptor does no I/O worth a thread, and doing it
        # inline means a cancelled consumer still releases it.
        if self._file is not None:
            self._file.close()
            self._file = None


class _TempFile:
    """A ``.tmp-<hex>`` file being filled next to its blob's final name,
    created by its first write, so a blob that arrives in one piece costs a
    single worker-thread hop. Its methods block: call them through a worker
    thread (`discard` excepted)."""

    def __init__(self, root: Path, directories: Sequence[str], tee: Tee | None = None) -> None:
        self._root, self._directories, self._tee = root, directories, tee
        self._path: Path | None = None
        self._file: BinaryIO | None = None
        self._sha256 = hashlib.sha256()
        self._size = 0

    def _opened(self) -> BinaryIO:
        if self._file is None:
            self._path = _make_directories(self._root, self._directories) / _temp_name()
            descriptor = os.open(
                self._path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, FILE_MODE
            )
            self._file = os.fdopen(descriptor, "wb")
        return self._file

    def write(self, pieces: Sequence[BlobData]) -> None:
        file = self._opened()
        for piece in pieces:
            file.write(piece)
            self._sha256.update(piece)
            if self._tee is not None:
                self._tee(piece)
            self._size += len(piece)

    def seal(self, pieces: Sequence[BlobData], expected_sha256: bytes | None) -> BlobInfo:
        """Write the last `pieces`, check the digest and make the data durable,
        still under the temporary name."""
        self.write(pieces)
        digest = self._sha256.digest()
        if expected_sha256 is not None and digest != expected_sha256:
            raise BlobDigestMismatch("the data does not hash to the expected SHA-256")
        file = self._opened()
        file.flush()
        os.fsync(file.fileno())
        file.close()
        return BlobInfo(size=self._size, sha256=digest)

    def publish(self, final: Path) -> None:
        """Move the sealed data onto `final` and make the rename durable too."""
        self.move(final)
        _fsync_directory(final.parent)

    def move(self, final: Path) -> None:
        """Rename the sealed data onto `final`; durable once its directory is fsynced."""
        assert self._path is not None, "sealed before moved"
        os.replace(self._path, final)

    def commit(
        self, pieces: Sequence[bytes], final: Path, expected_sha256: bytes | None
    ) -> BlobInfo:
        info = self.seal(pieces, expected_sha256)
        self.publish(final)
        return info

    def discard(self) -> None:
        # Closing flushes what is buffered, which fails again on a full disk
        # (the file is closed all the same): the temp file must go regardless.
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
        # Already gone if the failure came after the rename (the directory fsync).
        if self._path is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._path)


async def _fill(temp: _TempFile, data: AsyncIterable[bytes], max_bytes: int | None) -> list[bytes]:
    """Write `data` into `temp` in batches of about `WRITE_BATCH_BYTES`; return
    the last, unwritten batch so the commit can write it in the same thread hop."""
    pending: list[bytes] = []
    pending_bytes = 0
    total = 0
    async for piece in data:
        total += len(piece)
        if max_bytes is not None and total > max_bytes:
            raise BlobTooLarge(f"blob exceeds {max_bytes} bytes")
        # A full batch is written only once more data follows it, so the last
        # one (a whole chunk, in however many pieces it came) goes with the commit.
        if pending_bytes >= WRITE_BATCH_BYTES:
            await anyio.to_thread.run_sync(temp.write, pending)
            pending, pending_bytes = [], 0
        pending.append(piece)
        pending_bytes += len(piece)
    return pending


def _seal_all(temps: Sequence[_TempFile], data: Sequence[BlobData]) -> list[BlobInfo]:
    return [temp.seal([piece], None) for temp, piece in zip(temps, data, strict=True)]


def _land(temps: Sequence[_TempFile], finals: Sequence[Path], keep: Collection[int]) -> None:
    """Rename the kept temp files onto their blobs, drop the others, and make
    the renames durable with one fsync per directory."""
    for position, (temp, final) in enumerate(zip(temps, finals, strict=True)):
        if position in keep:
            temp.move(final)
        else:
            temp.discard()
    for directory in {finals[position].parent for position in keep}:
        _fsync_directory(directory)


def _temp_name() -> str:
    return TEMP_PREFIX + secrets.token_hex(16)


def _fsync_directory(directory: Path) -> None:
    """Make the entries added to or removed from `directory` survive a crash."""
    descriptor = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _make_directories(root: Path, directories: Sequence[str]) -> Path:
    """Create the missing levels of `root/directories...`, each mode 0700
    (`os.makedirs` gives intermediate levels the default mode), fsyncing the
    parent of each new level so it is still there after a crash."""
    path = root
    for name in directories:
        parent, path = path, path / name
        try:
            os.mkdir(path, DIRECTORY_MODE)
        except FileExistsError:
            continue
        _fsync_directory(parent)
    return path


def _regular_file_size(path: Path) -> int | None:
    try:
        status = os.stat(path)
    except _NO_BLOB:
        return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def _unlink_blob(path: Path) -> None:
    try:
        os.unlink(path)
    except _NO_BLOB:  # IsADirectoryError: a directory is a prefix, not a blob
        return
    # An erasure must not come back after a crash.
    _fsync_directory(path.parent)


def _children(path: Path) -> list[str]:
    try:
        return sorted(name for name in os.listdir(path) if not name.startswith("."))
    except (FileNotFoundError, NotADirectoryError):
        return []


def _remove_tree(path: Path) -> None:
    """Remove the directory `path` with everything under it.

    It is first renamed to a ``.tmp-`` name and that rename made durable, so
    the whole prefix disappears at once for readers, and a crash part-way
    through leaves debris for `_sweep` rather than a half-deleted prefix.
    """
    try:
        if not stat.S_ISDIR(os.lstat(path).st_mode):
            return
        trash = path.parent / _temp_name()
        os.rename(path, trash)
    except (FileNotFoundError, NotADirectoryError):
        return  # nothing there, or a concurrent delete_prefix got it first
    # The sweep judges age by mtime, which a rename leaves old: mark it fresh
    # so a sweep does not race this removal.
    os.utime(trash)
    _fsync_directory(path.parent)
    shutil.rmtree(trash)


def _sweep(root: Path, older_than_seconds: float) -> int:
    cutoff = time.time() - older_than_seconds
    removed = 0
    for directory, subdirectories, files in os.walk(root):
        here = Path(directory)
        for name in [name for name in subdirectories if name.startswith(TEMP_PREFIX)]:
            subdirectories.remove(name)  # never walk into a directory being deleted
            removed += _remove_if_stale(here / name, cutoff, shutil.rmtree)
        for name in files:
            if name.startswith(TEMP_PREFIX):
                removed += _remove_if_stale(here / name, cutoff, os.unlink)
    return removed


def _remove_if_stale(path: Path, cutoff: float, remove: Callable[[Path], object]) -> int:
    try:
        if os.lstat(path).st_mtime >= cutoff:
            return 0
        remove(path)
    except FileNotFoundError:  # finished by its owner meanwhile
        return 0
    return 1


def _check_usable(root: Path) -> None:
    if not root.is_dir() or not os.access(root, os.R_OK | os.W_OK | os.X_OK):
        raise OSError(f"the blob directory {root} is missing or not writable")
    space = os.statvfs(root)
    if space.f_bavail * space.f_frsize < MIN_FREE_BYTES:
        raise OSError(errno.ENOSPC, "the blob directory's file system is full")
