"""Backup and restore as documented (`daybook admin backup` and `restore`), on
SQLite and PostgreSQL: taken while the server runs, restored into a new
server with the same keys, which serves the same diary, the same files and
the same evidence log."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app import cli
from app.client import identity
from app.client.api import DaybookApi, Tokens
from app.client.attachments import PendingUpload, download, upload
from app.client.diary import Diary, Replica
from app.client.incident_fields import with_attachments
from app.client.log_check import LogInconsistent
from bench.server import Deployment, LiveServer, deployment
from tests.attachments.conftest import random_file, sha256_of
from tests.conftest import ADMIN_URL, PostgresDatabases
from tests.writers import PASSPHRASE, incident

MIB = 1024 * 1024


@pytest.fixture(params=["sqlite", "postgresql"])
def server_url(request: pytest.FixtureRequest, postgres: PostgresDatabases | None) -> str | None:
    if request.param == "postgresql" and postgres is None:
        pytest.skip("PostgreSQL unreachable")
    return ADMIN_URL if request.param == "postgresql" else None


@pytest.fixture
async def original(server_url: str | None) -> AsyncIterator[Deployment]:
    async with deployment(server_url) as site:
        yield site


def admin(site: Deployment, *args: str) -> str:
    """`daybook admin ...` run on the server, with its settings."""
    result = CliRunner().invoke(cli.app, ["admin", *args], env=site.env)
    assert result.exit_code == 0, result.output
    return result.stdout


def api(server: LiveServer, tokens: Tokens) -> DaybookApi:
    return DaybookApi(server.base_url, tokens=tokens)


async def test_a_restored_server_serves_the_same_diary_and_log(
    original: Deployment, server_url: str | None, tmp_path: Path
) -> None:
    server = await original.start()
    async with DaybookApi(server.base_url) as phone:
        me, _ = await identity.register(phone, "robin", PASSPHRASE, "phone")
        assert phone.tokens is not None
        tokens = phone.tokens
        diary = Diary(phone, me)
        photo = random_file(tmp_path / "photo.jpg", 3 * MIB)
        reference = await upload(phone, PendingUpload.plan(photo))
        kept = [
            (await diary.add(with_attachments(incident("At the door."), [reference]))).entry_id,
            (await diary.add(incident("At the gym.", day=2))).entry_id,
        ]
        before = Replica()
        await diary.sync(before)
        backed_up = admin(original, "backup", str(tmp_path / "backup"))
        assert "Backed up the" in backed_up
        # Written after the backup: a restore cannot know of it.
        after = Replica()
        late = await Diary(phone, me, replica=after).add(incident("After the backup."))
        await Diary(phone, me, replica=after).sync(after)

    async with deployment(server_url, migrate=False, keys_of=original) as restored_site:
        assert "Restored the" in admin(restored_site, "restore", str(tmp_path / "backup"))
        restored = await restored_site.start()
        async with api(restored, tokens) as device:
            diary = Diary(device, me)
            replica = Replica(log=before.log)
            await diary.sync(replica)  # the log extends the checkpoint verified before
            assert set(replica.entries) == {str(entry_id) for entry_id in kept}
            assert replica.entries == before.entries
            history = await diary.history(kept[0])
            saved = tmp_path / "restored.jpg"
            await download(device, history[0].incident["attachments"][0], saved)
            assert sha256_of(saved) == sha256_of(photo)
            # A device that saw later writes notices the older log, loudly.
            with pytest.raises(LogInconsistent):
                await diary.sync(after)
            assert late.entry_id not in {uuid.UUID(i) for i in replica.entries}


async def test_a_backup_never_overwrites_and_a_restore_needs_an_empty_server(
    original: Deployment, tmp_path: Path
) -> None:
    await original.start()
    admin(original, "backup", str(tmp_path / "backup"))
    for args, refusal in (
        (["backup", str(tmp_path / "backup")], "back up into a new directory"),
        (["restore", str(tmp_path / "backup")], "restore into a new server"),
        (["restore", str(tmp_path)], "is not a Daybook backup"),
    ):
        result = CliRunner().invoke(cli.app, ["admin", *args], env=original.env)
        assert result.exit_code == 1, result.output
        assert refusal in result.stderr
