"""Files the client keeps or writes on this computer.

State files (the replica, pending uploads) are written like the profile:
mode 0600 in a 0700 directory, atomically (a temporary file in the same
directory, fsync, rename), so a crash never leaves half a file. Saved
attachments get a name of their own that can never point outside the
directory chosen for them or replace a file already there.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from pathlib import Path
from typing import Any

FILE_MODE = 0o600
DIR_MODE = 0o700


def write_private(path: Path, text: str) -> None:
    """Replace `path` with `text`, readable by this user only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    temp = path.parent / f".{path.name}.{uuid.uuid4().hex}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, FILE_MODE)  # in case a umask or ACL widened it
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)


def write_private_json(path: Path, data: dict[str, Any]) -> None:
    write_private(path, json.dumps(data, indent=2) + "\n")


def read_json(path: Path) -> dict[str, Any] | None:
    """The object stored at `path`, or None when there is no such file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"{path} does not hold a JSON object")
    return data


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (not possible on every platform)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def destination_for(directory: Path, file_name: str, attachment_id: uuid.UUID) -> Path:
    """Where to save an attachment: its recorded name inside `directory`, made
    unique with the attachment id when that name is taken or unusable.

    The schema keeps separators and control characters out of file names but
    allows "." and "..", so the name is checked again here."""
    name = Path(file_name).name
    if name in ("", ".", "..") or name != file_name:
        name = str(attachment_id)
    candidate = directory / name
    if candidate.exists() or candidate.is_symlink():
        stem, suffix = Path(name).stem, Path(name).suffix
        candidate = directory / f"{stem}.{str(attachment_id)[:8]}{suffix}"
    if candidate.exists() or candidate.is_symlink():
        candidate = directory / f"{attachment_id}{Path(name).suffix}"
    if candidate.exists() or candidate.is_symlink():
        raise FileExistsError(f"{candidate} already exists; choose an empty directory")
    return candidate
