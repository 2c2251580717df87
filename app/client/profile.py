"""The CLI's signed-in state on this computer.

This file is the CLI's equivalent of a phone's keychain: it holds the
unlocked account private keys and the session tokens, so whoever can read it
can act as the victim until the session is revoked. It is protected only by
file permissions: always mode 0600, written atomically (a temporary file in
the same directory, fsync, rename) so a crash never leaves half a key on disk.
`daybook logout` deletes it.
"""

from __future__ import annotations

import json
import os
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.client.local_files import FILE_MODE, write_private_json
from app.protocol.encoding import b64decode, b64encode

PROFILE_ENV = "DAYBOOK_PROFILE"


@dataclass
class Profile:
    server: str
    account_id: uuid.UUID
    username: str
    access_token: str
    refresh_token: str
    private_keys: bytes  # AccountKeys.to_bytes(): Ed25519 seed || X25519 scalar
    device_name: str

    @classmethod
    def load(cls, path: Path) -> Profile | None:
        if not path.exists():
            return None
        if stat.S_IMODE(path.stat().st_mode) & ~FILE_MODE:
            path.chmod(FILE_MODE)
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            server=str(data["server"]),
            account_id=uuid.UUID(data["account_id"]),
            username=str(data["username"]),
            access_token=str(data["access_token"]),
            refresh_token=str(data["refresh_token"]),
            private_keys=b64decode(data["private_keys"]),
            device_name=str(data["device_name"]),
        )

    def save(self, path: Path) -> None:
        write_private_json(
            path,
            {
                "server": self.server,
                "account_id": str(self.account_id),
                "username": self.username,
                "access_token": self.access_token,
                "refresh_token": self.refresh_token,
                "private_keys": b64encode(self.private_keys),
                "device_name": self.device_name,
            },
        )


def default_path() -> Path:
    configured = os.environ.get(PROFILE_ENV)
    if configured:
        return Path(configured)
    return Path.home() / ".config" / "daybook" / "profile.json"


def delete(path: Path) -> None:
    path.unlink(missing_ok=True)
