"""One device's fresh syncs, timed in the client's own CPU: the half of
bench.sync_client that runs in the checkout being measured.

    python -P bench/sync_client_worker.py BASE_URL USERNAME PASSPHRASE ENTRIES SYNCS

Started by bench.sync_client with the checkout under test first on
PYTHONPATH (and `-P`, so this file's own folder is not on the path): the
`app` it imports is that checkout's, so it uses only what every Daybook
client since the batch route has (`identity.login`, `Diary.sync`,
`Diary.read_replica`, `Replica`). It signs in as a new device, then SYNCS
times syncs the whole diary into an empty `Replica` with a new `Diary` (so
nothing verified before is reused), each followed by `Diary.read_replica`
(what `daybook entry list` does), and prints one JSON line per sync:
client CPU (`time.process_time()`, every thread of this process; the server
is another process) and wall time of the sync and of the read, in seconds.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

import app
from app.client import identity
from app.client.api import DaybookApi
from app.client.diary import Diary, Replica


async def _syncs(base_url: str, username: str, passphrase: str, entries: int, syncs: int) -> None:
    async with DaybookApi(base_url) as api:
        me = await identity.login(api, username, passphrase, "bench-sync")
        for _ in range(syncs):
            diary, replica = Diary(api, me), Replica()
            cpu, wall = time.process_time(), time.perf_counter()
            report = await diary.sync(replica)
            sync_cpu, sync_wall = time.process_time() - cpu, time.perf_counter() - wall
            cpu = time.process_time()
            read = diary.read_replica(replica)
            read_cpu = time.process_time() - cpu
            if report.changed != entries or len(read) != entries:
                raise SystemExit(f"synced {report.changed}, read {len(read)}, expected {entries}")
            line = {"sync_cpu": sync_cpu, "sync_wall": sync_wall, "read_cpu": read_cpu}
            print(json.dumps(line), flush=True)


def main() -> None:
    base_url, username, passphrase, entries, syncs = sys.argv[1:6]
    # Which checkout this is, so the caller can check it measured the right one.
    print(json.dumps({"app": str(Path(app.__file__).resolve().parent)}), flush=True)
    asyncio.run(_syncs(base_url, username, passphrase, int(entries), int(syncs)))


if __name__ == "__main__":
    main()
