"""Unfinished uploads on this computer, one file each, so that an upload cut
short (Ctrl-C, lost network, a crash) resumes where it stopped.

The state is saved before the first chunk is sent and removed once the upload
is finalised (or, for a file attached to an entry, once the entry is saved).
It holds the attachment's key, so it is written 0600 like the profile, and
`daybook logout` removes it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from app.client.attachments import PendingUpload
from app.client.local_files import read_json, write_private_json

UPLOADS_DIR = "uploads"


@dataclass(frozen=True)
class Planned:
    pending: PendingUpload
    resumed: bool  # True when an earlier unfinished upload of the same file is continued


class PendingUploads:
    """The unfinished uploads of one account, in `directory`."""

    def __init__(self, directory: Path, account_id: uuid.UUID) -> None:
        self.directory = directory
        self.account_id = account_id

    def _path(self, attachment_id: uuid.UUID) -> Path:
        return self.directory / f"{attachment_id}.json"

    def save(self, pending: PendingUpload) -> None:
        data = {"account_id": str(self.account_id), "upload": pending.to_json()}
        write_private_json(self._path(pending.attachment_id), data)

    def remove(self, attachment_id: uuid.UUID) -> None:
        self._path(attachment_id).unlink(missing_ok=True)

    def all(self) -> list[PendingUpload]:
        """This account's unfinished uploads, oldest file first."""
        if not self.directory.is_dir():
            return []
        files = sorted(self.directory.glob("*.json"), key=lambda p: p.stat().st_mtime)
        found = []
        for path in files:
            data = read_json(path)
            if data is not None and data.get("account_id") == str(self.account_id):
                found.append(PendingUpload.from_json(data["upload"]))
        return found

    def clear(self) -> None:
        for pending in self.all():
            self.remove(pending.attachment_id)

    def plan(self, path: Path) -> Planned:
        """Continue the unfinished upload of this very file (same path, same
        SHA-256), or plan and save a new one. Unfinished uploads of an earlier
        content of the file can never complete and are forgotten; the server
        sweeps what they left."""
        fresh = PendingUpload.plan(path.resolve())
        for pending in self.all():
            if pending.path != fresh.path:
                continue
            if pending.facts.sha256 == fresh.facts.sha256:
                return Planned(pending, resumed=True)
            self.remove(pending.attachment_id)
        self.save(fresh)
        return Planned(fresh, resumed=False)
