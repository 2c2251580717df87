"""The diary replica on this computer, kept between commands.

It holds what the server sent (ciphertext, signatures, sealed key grants), the
sync cursor, and what this device verified of the evidence log (the pinned log
key, the last checkpoint, receipts still to prove: public data), never
plaintext or keys, so it is safe at rest; it is still written 0600 and
atomically. Every read verifies it again (Diary.read_replica, and each sync
the kept checkpoint), so a file changed on disk is caught like a lying server
would be.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from app.client.diary import Replica
from app.client.local_files import read_json, write_private_json
from app.client.names import Named, resolve

REPLICA_FILE = "replica.json"
FORMAT = 1


def load(path: Path, account_id: uuid.UUID) -> Replica:
    """The stored replica of this account; an empty one when there is none
    (or only another account's, which the next save replaces)."""
    data = read_json(path)
    if data is None or data.get("format") != FORMAT or data.get("account_id") != str(account_id):
        return Replica()
    return Replica.from_json(data["replica"])


def save(path: Path, account_id: uuid.UUID, replica: Replica) -> None:
    write_private_json(
        path, {"format": FORMAT, "account_id": str(account_id), "replica": replica.to_json()}
    )


def delete(path: Path) -> None:
    path.unlink(missing_ok=True)


def find_entry(replica: Replica, text: str) -> uuid.UUID:
    """A full entry id as given, or the one entry of the replica whose id starts with `text`."""
    candidates = (Named(uuid.UUID(key)) for key in replica.entries)
    where = "run `daybook sync` or `daybook entry list`, or give the whole id"
    return resolve(text, candidates, "entry", where)
