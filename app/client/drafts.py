"""Entries not yet written: what was typed, kept on this computer until the
entry is saved, so that nothing typed is ever lost.

A draft is kept when writing an entry fails or is interrupted (a mistake in an
answer, Ctrl-C, a lost network, an upload cut short). `daybook entry add`
offers it back, and `daybook uploads resume` writes the entry whose files were
still uploading. A draft holds the victim's own words, so unlike the replica
(ciphertext only) it is encrypted here: AES-256-GCM under a key derived with
HKDF-SHA256 from the account's private keys in the profile, with the account
id and the entry id it will have as associated data. Whoever can read the
profile can read the drafts, as they can the keys; the drafts directory alone
is unreadable. Written 0600, atomically, like every state file."""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.client.local_files import read_json, write_private_json
from app.protocol.encoding import b64decode, b64encode
from app.protocol.kdf import hkdf

DRAFTS_DIR = "drafts"
_KEY_INFO = b"daybook/v1/client-drafts"
_AAD_LABEL = b"daybook/v1/draft\x00"
_NONCE_BYTES = 12


@dataclass(frozen=True)
class Draft:
    entry_id: uuid.UUID  # the id the entry gets when it is written
    saved_at: dt.datetime
    # {"incident": {...}} when complete (its files still uploading), or
    # {"answers": {...}} with what was answered so far.
    content: dict[str, Any]


class Drafts:
    """The drafts of one account, in `directory`, sealed under its keys."""

    def __init__(self, directory: Path, account_id: uuid.UUID, private_keys: bytes) -> None:
        self.directory = directory
        self.account_id = account_id
        self._aead = AESGCM(hkdf(private_keys, _KEY_INFO + account_id.bytes))

    def _path(self, entry_id: uuid.UUID) -> Path:
        return self.directory / f"{entry_id}.json"

    def _aad(self, entry_id: uuid.UUID) -> bytes:
        return _AAD_LABEL + self.account_id.bytes + entry_id.bytes

    def save(self, draft: Draft) -> None:
        plain = json.dumps({"saved_at": draft.saved_at.isoformat(), "content": draft.content})
        nonce = os.urandom(_NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plain.encode("utf-8"), self._aad(draft.entry_id))
        data = {
            "account_id": str(self.account_id),
            "entry_id": str(draft.entry_id),
            "sealed": b64encode(nonce + sealed),
        }
        write_private_json(self._path(draft.entry_id), data)

    def load(self, entry_id: uuid.UUID) -> Draft | None:
        """The draft for this entry; None when there is none (or it is another account's).
        An altered file raises cryptography's InvalidTag."""
        data = read_json(self._path(entry_id))
        if data is None or data.get("account_id") != str(self.account_id):
            return None
        blob = b64decode(data["sealed"])
        plain = self._aead.decrypt(blob[:_NONCE_BYTES], blob[_NONCE_BYTES:], self._aad(entry_id))
        opened = json.loads(plain)
        return Draft(entry_id, dt.datetime.fromisoformat(opened["saved_at"]), opened["content"])

    def all(self) -> list[Draft]:
        """This account's drafts, newest first."""
        if not self.directory.is_dir():
            return []
        found = []
        for path in self.directory.glob("*.json"):
            try:
                entry_id = uuid.UUID(path.stem)
            except ValueError:
                continue
            draft = self.load(entry_id)
            if draft is not None:
                found.append(draft)
        return sorted(found, key=lambda d: d.saved_at, reverse=True)

    def remove(self, entry_id: uuid.UUID) -> None:
        self._path(entry_id).unlink(missing_ok=True)

    def clear(self) -> None:
        for draft in self.all():
            self.remove(draft.entry_id)
