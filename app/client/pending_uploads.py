"""Unfinished uploads on this computer, one file each, so that an upload cut
short (Ctrl-C, lost network, a crash) resumes where it stopped and ends in
the entry it was meant for.

The state is saved before the first chunk is sent, with the entry the file is
for (when it is for one), and removed only once an entry records the file's
reference or the person discards it: a file uploaded but not yet in an entry
stays listed (`daybook uploads`), since its key exists nowhere else. It holds
the attachment's key, so it is written 0600 like the profile, and `daybook
logout` removes it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.client.attachments import PendingUpload
from app.client.local_files import read_json, write_private_json

UPLOADS_DIR = "uploads"


@dataclass(frozen=True)
class Waiting:
    """An upload kept on this computer until an entry records it."""

    pending: PendingUpload
    entry_id: uuid.UUID | None  # the entry it is for; None for none yet
    planned_at: dt.datetime
    # The reference once the server has every chunk; None while chunks are missing.
    reference: dict[str, Any] | None = None


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

    def save(self, waiting: Waiting) -> None:
        data: dict[str, Any] = {
            "account_id": str(self.account_id),
            "upload": waiting.pending.to_json(),
            "planned_at": waiting.planned_at.isoformat(),
        }
        if waiting.entry_id is not None:
            data["entry_id"] = str(waiting.entry_id)
        if waiting.reference is not None:
            data["reference"] = waiting.reference
        write_private_json(self._path(waiting.pending.attachment_id), data)

    def remove(self, attachment_id: uuid.UUID) -> None:
        self._path(attachment_id).unlink(missing_ok=True)

    def waiting(self) -> list[Waiting]:
        """This account's uploads not yet in an entry, oldest first."""
        if not self.directory.is_dir():
            return []
        found = []
        for path in self.directory.glob("*.json"):
            data = read_json(path)
            if data is not None and data.get("account_id") == str(self.account_id):
                found.append(_waiting(data, path))
        return sorted(found, key=lambda w: w.planned_at)

    def all(self) -> list[PendingUpload]:
        return [w.pending for w in self.waiting()]

    def find(self, attachment_id: uuid.UUID) -> Waiting | None:
        return next((w for w in self.waiting() if w.pending.attachment_id == attachment_id), None)

    def clear(self) -> None:
        for pending in self.all():
            self.remove(pending.attachment_id)

    def plan(self, path: Path, entry_id: uuid.UUID | None = None) -> Planned:
        """Continue the unfinished upload of this very file (same path, same
        SHA-256) for the same entry, or plan and save a new one. Unfinished
        uploads of an earlier content of the file can never complete and are
        forgotten; the server sweeps what they left."""
        fresh = PendingUpload.plan(path.resolve())
        for waiting in self.waiting():
            pending = waiting.pending
            if pending.path != fresh.path:
                continue
            if pending.facts.sha256 != fresh.facts.sha256:
                self.remove(pending.attachment_id)
            elif waiting.entry_id == entry_id:
                return Planned(pending, resumed=True)
        self.save(Waiting(fresh, entry_id, dt.datetime.now(dt.UTC)))
        return Planned(fresh, resumed=False)

    def uploaded(self, attachment_id: uuid.UUID, reference: dict[str, Any]) -> None:
        """Every chunk is on the server: keep the reference until an entry records it."""
        waiting = self.find(attachment_id)
        if waiting is not None:
            self.save(dataclasses.replace(waiting, reference=reference))

    def assign(self, attachment_id: uuid.UUID, entry_id: uuid.UUID) -> None:
        waiting = self.find(attachment_id)
        if waiting is not None:
            self.save(dataclasses.replace(waiting, entry_id=entry_id))


def _waiting(data: dict[str, Any], path: Path) -> Waiting:
    planned = data.get("planned_at")
    planned_at = (
        dt.datetime.fromisoformat(planned)
        if planned
        else dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    )
    entry = data.get("entry_id")
    return Waiting(
        PendingUpload.from_json(data["upload"]),
        uuid.UUID(entry) if entry else None,
        planned_at,
        data.get("reference"),
    )
