"""Backing up and restoring a Daybook server: its database, then its blobs.

A backup is a directory: `daybook.sqlite3` (SQLite's online backup, a
consistent snapshot while the server runs) or `daybook.pgdump` (pg_dump's
custom format, one consistent transaction), then `blobs/`, copied after the
database. That order is what makes it whole: a blob is durable before the
row that names it commits, so every blob a copied row names is already
there to copy. Blobs written later are copied too and are only orphans,
which the clean-up removes. `backup.json` says what the directory holds.
With blobs in an S3 bucket only the database is copied: keep the bucket
safe with the object store's own versioning or replication.

The server keys are not in a backup when they come from the environment, as
in production: keep DAYBOOK_SERVER_SECRET and DAYBOOK_SIGNING_KEY apart, and
give the restored server the same ones. In development the generated keys
file of the data directory is copied with the rest.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, make_url

from app.config import Settings
from app.server_keys import KEYS_FILE

MANIFEST = "backup.json"
SQLITE_FILE = "daybook.sqlite3"
POSTGRES_FILE = "daybook.pgdump"
BLOBS = "blobs"


class BackupError(Exception):
    """The backup or restore could not be made; the message says why."""


@dataclass(frozen=True)
class BackupReport:
    directory: Path
    database: str
    blob_files: int
    blob_bytes: int


def _url(settings: Settings) -> URL:
    return make_url(settings.resolved_database_url)


def _postgres(url: URL) -> tuple[list[str], dict[str, str]]:
    """Connection options for pg_dump and pg_restore; the password goes in
    PGPASSWORD, never on a command line that `ps` shows."""
    options = [f"--dbname={url.database}"]
    if url.host:
        options.append(f"--host={url.host}")
    if url.port:
        options.append(f"--port={url.port}")
    if url.username:
        options.append(f"--username={url.username}")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return options, env


def _run(command: list[str], env: dict[str, str]) -> str:
    try:
        done = subprocess.run(  # noqa: S603 - PostgreSQL's own tools, our arguments
            command, env=env, capture_output=True, text=True, check=False
        )
    except FileNotFoundError as exc:
        raise BackupError(f"{command[0]} is not installed: {exc}") from exc
    if done.returncode != 0:
        raise BackupError(f"{command[0]} failed: {done.stderr.strip()}")
    return done.stdout


def _copy_tree(source: Path, target: Path) -> tuple[int, int]:
    """Every file below `source`, skipping ones that vanish while copying
    (an upload the clean-up just removed). Returns (files, bytes)."""
    files = size = 0
    for path in sorted(source.rglob("*")):
        if not path.is_file():
            continue
        destination = target / path.relative_to(source)
        destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            shutil.copy2(path, destination)
        except FileNotFoundError:
            continue
        files, size = files + 1, size + destination.stat().st_size
    return files, size


def backup(settings: Settings, directory: Path) -> BackupReport:
    """Back up the server of `settings` into the new directory `directory`,
    while it runs."""
    url = _url(settings)
    try:
        directory.mkdir(mode=0o700, parents=True)
    except FileExistsError:
        raise BackupError(f"{directory} exists: back up into a new directory") from None
    if url.get_backend_name() == "sqlite":
        source = sqlite3.connect(str(url.database))
        copy = sqlite3.connect(str(directory / SQLITE_FILE))
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        database = "sqlite"
    else:
        options, env = _postgres(url)
        dump = str(directory / POSTGRES_FILE)
        _run(["pg_dump", "--format=custom", "--no-owner", f"--file={dump}", *options], env)
        database = "postgresql"
    # After the database, never before (see the module's docstring). Blobs in
    # an S3 bucket are the bucket's to keep (versioning, replication).
    files, size = (0, 0)
    if settings.blob_backend == "local":
        files, size = _copy_tree(settings.resolved_blob_dir, directory / BLOBS)
    keys = settings.data_dir / KEYS_FILE
    if settings.server_secret is None and keys.exists():
        shutil.copy2(keys, directory / KEYS_FILE)
    manifest = {
        "format": 1,
        "database": database,
        "blobs": settings.blob_backend,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "blob_files": files,
        "blob_bytes": size,
    }
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return BackupReport(directory, database, files, size)


def restore(settings: Settings, directory: Path) -> BackupReport:
    """Restore a backup into the server of `settings`, whose database must be
    empty (a new PostgreSQL database, or no SQLite file yet) and whose blob
    directory must not exist yet. Start the server once this returns."""
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BackupError(f"{directory} is not a Daybook backup: {exc}") from exc
    url = _url(settings)
    kind = "sqlite" if url.get_backend_name() == "sqlite" else "postgresql"
    if manifest.get("database") != kind:
        raise BackupError(f"this backup is of a {manifest.get('database')} database, not {kind}")
    blobs = settings.resolved_blob_dir
    if blobs.exists() and any(blobs.iterdir()):
        raise BackupError(f"the blob directory {blobs} is not empty: restore into a new server")
    settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    if kind == "sqlite":
        target = Path(str(url.database))
        if target.exists():
            raise BackupError(f"{target} exists: restore into a new server")
        shutil.copy2(directory / SQLITE_FILE, target)
    else:
        options, env = _postgres(url)
        tables = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        if _run(["psql", "--no-psqlrc", "-tAc", tables, *options], env).strip() != "0":
            raise BackupError(f"the database {url.database} has tables: restore into a new server")
        dump = str(directory / POSTGRES_FILE)
        # One transaction: a restore that fails leaves the database empty.
        command = ["pg_restore", "--no-owner", "--exit-on-error", "--single-transaction"]
        _run([*command, *options, dump], env)
    files, size = (0, 0)
    if manifest.get("blobs", "local") == "local":
        files, size = _copy_tree(directory / BLOBS, blobs)
    if (directory / KEYS_FILE).exists() and not (settings.data_dir / KEYS_FILE).exists():
        shutil.copy2(directory / KEYS_FILE, settings.data_dir / KEYS_FILE)
    return BackupReport(directory, kind, files, size)
