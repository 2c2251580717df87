"""The reference client holds the server to its evidence log on every sync:
the log's key is pinned, each checkpoint must extend the last one verified,
and every receipt the device was given must be in it. A server that forks,
rolls back, forges receipts or signs with another key is refused, loudly, and
the device keeps the last checkpoint it verified."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from fastapi import FastAPI

from app.client import replica_store
from app.client.api import DaybookApi
from app.client.diary import Diary, Replica, VerificationError, VerifiedVersion
from app.client.log_check import (
    LogInconsistent,
    LogView,
    ReceiptNotLogged,
    SplitView,
    UntrustedCheckpoint,
    show_root,
)
from app.config import Settings
from app.db import transaction
from app.evidence import service as evidence
from app.main import create_app
from app.protocol import receipts
from app.protocol.checkpoint import Checkpoint
from app.protocol.encoding import b64decode, b64encode
from app.protocol.signed_note import Signer, parse_note
from tests.conftest import BASE_URL, MakeApi, PostgresDatabases, create_tables
from tests.evidence.log import PublishedLog, append_leaves, log_signer
from tests.writers import Writer, incident, second_device

Rewrite = Callable[[str, Any], Any]


class DishonestServer(httpx.AsyncBaseTransport):
    """The app behind a server that lies about its log: it answers the log's
    routes from another app (a fork), serves a fixed checkpoint, or rewrites
    JSON answers."""

    def __init__(
        self,
        application: FastAPI,
        *,
        log_from: FastAPI | None = None,
        checkpoint: str | None = None,
        rewrite: Rewrite | None = None,
    ) -> None:
        self.honest = httpx.ASGITransport(app=application)
        self.log = self.honest if log_from is None else httpx.ASGITransport(app=log_from)
        self.checkpoint = checkpoint
        self.rewrite = rewrite

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/v1/log/checkpoint" and self.checkpoint is not None:
            return httpx.Response(
                200, text=self.checkpoint, headers={"content-type": "text/plain; charset=utf-8"}
            )
        inner = self.log if path.startswith("/v1/log/") else self.honest
        response = await inner.handle_async_request(request)
        body = await response.aread()
        headers = {k: v for k, v in response.headers.items() if k != "content-length"}
        if self.rewrite is not None and "json" in response.headers.get("content-type", ""):
            body = json.dumps(self.rewrite(path, json.loads(body))).encode()
        return httpx.Response(response.status_code, headers=headers, content=body)


def dishonest(writer: Writer, transport: DishonestServer) -> DaybookApi:
    """The same signed-in device, talking to the dishonest server."""
    return DaybookApi(BASE_URL, tokens=writer.api.tokens, transport=transport)


def frozen(view: LogView) -> dict[str, Any]:
    return view.to_json()


def written_receipt(version: VerifiedVersion) -> dict[str, Any]:
    """A version's receipt as LogView keeps it while unproven."""
    assert version.receipt is not None
    return {
        "leaf_index": version.receipt.leaf_index,
        "leaf_hash": b64encode(version.receipt.leaf_hash),
    }


async def same_leaves(application: FastAPI, written: list[VerifiedVersion]) -> None:
    """Append the leaves of these versions' receipts, as they are, to another log."""
    async with transaction(application.state.daybook.sessionmaker) as db:
        for version in written:
            assert version.receipt is not None
            leaf = version.receipt.leaf
            await evidence.append(db, leaf.kind, leaf.object_sha256, leaf.received_at)


async def head_of(application: FastAPI) -> Checkpoint:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=application), base_url=BASE_URL
    ) as http:
        return await (await PublishedLog.fetch(http)).checkpoint()


@pytest.fixture
def other_database(database_url: str, tmp_path: Path, postgres: PostgresDatabases | None) -> str:
    """A second empty database of the same kind as the test's."""
    if database_url.startswith("sqlite"):
        url = f"sqlite+aiosqlite:///{tmp_path / 'other-history.sqlite3'}"
    else:
        assert postgres is not None
        url = postgres.create()
    asyncio.run(create_tables(url))
    return url


@pytest.fixture
async def other_history(settings: Settings, other_database: str) -> AsyncIterator[FastAPI]:
    """What a dishonest operator would run to show some clients another
    history: the same server key and origin over a database of its own."""
    # A new Settings, not model_copy: that would carry the cached resolved URL.
    fork = create_app(Settings(**{**settings.model_dump(), "database_url": other_database}))
    yield fork
    await fork.state.daybook.engine.dispose()


# ------------------------------------------------------------ honest server


async def test_each_sync_proves_the_log_grew_and_holds_every_receipt(
    victim: Writer, http: httpx.AsyncClient, tmp_path: Path
) -> None:
    replica = Replica()
    diary = Diary(victim.api, victim.me, replica=replica)
    first = await diary.add(incident("He waited outside my work."))
    second = await diary.add(incident("He followed me to the station.", day=2))
    assert sorted(replica.log.pending) == [0, 1]  # own writes, to prove at the next sync

    report = (await diary.sync()).log

    key = await victim.api.log_key()
    assert (report.pinned_now, report.verifier_key, report.key_id) == (
        "server",
        key["verifier_key"],
        key["key_id"],
    )
    assert (report.previous_size, report.size, report.proven) == (None, 2, 2)
    assert replica.log.pending == {}
    assert replica.log.verifier_key == key["verifier_key"]

    # An entry edited twice before the next sync comes back with its newest
    # version only: the one in between is proven from what `edit` recorded.
    await diary.edit(first.entry_id, incident("He waited outside my work, again."))
    await diary.edit(first.entry_id, incident("He waited outside my work, a third time."))
    await diary.delete(second.entry_id)
    assert sorted(replica.log.pending) == [2, 3]

    report = (await diary.sync()).log

    # Leaves 2 and 3 are the edits, 4 the tombstone, which came through sync.
    assert (report.pinned_now, report.previous_size, report.size, report.proven) == (
        None,
        2,
        5,
        3,
    )
    head = await (await PublishedLog.fetch(http)).checkpoint()
    assert (replica.log.size, replica.log.root) == (head.size, head.root_hash)
    assert (report.size, report.root_hash) == (head.size, head.root_hash)
    again = (await diary.sync()).log
    assert (again.previous_size, again.size, again.proven) == (5, 5, 0)

    # Kept with the replica, it carries on in the next process.
    path = tmp_path / replica_store.REPLICA_FILE
    replica_store.save(path, victim.me.account_id, replica)
    loaded = replica_store.load(path, victim.me.account_id)
    assert loaded.log == replica.log
    await victim.diary.add(incident("He phoned my mother.", day=3))
    later = (await Diary(victim.api, victim.me).sync(loaded)).log
    assert (later.previous_size, later.size, later.proven) == (5, 6, 1)


async def test_a_log_that_starts_empty_needs_no_proof_to_grow(victim: Writer) -> None:
    replica = Replica()
    first = (await victim.diary.sync(replica)).log
    assert (first.previous_size, first.size, first.proven) == (None, 0, 0)
    await victim.diary.add(incident("A parcel with no sender."))
    grown = (await victim.diary.sync(replica)).log
    assert (grown.previous_size, grown.size, grown.proven) == (0, 1, 1)


async def test_every_device_proves_the_receipts_it_receives(
    victim: Writer, make_api: MakeApi
) -> None:
    laptop = await second_device(make_api, victim)
    written = [await victim.diary.add(incident(f"incident {n}", day=n)) for n in (1, 2, 3)]
    await victim.diary.delete(written[0].entry_id)
    report = (await laptop.diary.sync(Replica())).log
    # Two latest versions and one tombstone (leaf 3); leaf 0 is no entry's latest any more.
    assert (report.size, report.proven) == (4, 3)


async def test_the_operators_key_can_be_given_instead_of_trusted_on_first_use(
    victim: Writer,
) -> None:
    key = (await victim.api.log_key())["verifier_key"]
    replica = Replica()
    report = (await Diary(victim.api, victim.me, log_key=key).sync(replica)).log
    assert (report.pinned_now, replica.log.verifier_key) == ("caller", key)

    another = Signer("daybook.invalid/log", ed25519.Ed25519PrivateKey.generate())
    with pytest.raises(UntrustedCheckpoint, match="pinned the log key") as refused:
        await Diary(victim.api, victim.me, log_key=another.verifier().vkey()).sync(replica)
    assert key in str(refused.value)
    fresh = Replica()
    with pytest.raises(UntrustedCheckpoint, match="not signed by the pinned key"):
        await Diary(victim.api, victim.me, log_key=another.verifier().vkey()).sync(fresh)
    assert fresh.log == LogView()  # nothing pinned


# ------------------------------------------------------------------- a fork


async def test_a_server_showing_another_history_is_a_split_view(
    victim: Writer, application: FastAPI, other_history: FastAPI
) -> None:
    """Both servers sign with the same key: every checkpoint verifies, and only
    the consistency proof shows that they are not one log."""
    one = await victim.diary.add(incident("He sent flowers to my work."))
    two = await victim.diary.add(incident("He left a note on my car.", day=2))
    before_fork = Replica()
    await victim.diary.sync(before_fork)
    # The other history shares the first two leaves, then goes its own way.
    await same_leaves(other_history, [one, two])
    await append_leaves(other_history, 3)
    assert (await head_of(other_history)).size == 5
    assert (await head_of(other_history)).root_hash != (await head_of(application)).root_hash
    replica = Replica()
    diary = Diary(victim.api, victim.me, replica=replica)
    await diary.add(incident("He called from a hidden number.", day=3))
    honest = (await diary.sync()).log
    assert (honest.size, honest.proven) == (3, 3)
    kept = frozen(replica.log)

    await diary.add(incident("He was at the gym.", day=4))  # leaf 3, to prove next
    async with dishonest(victim, DishonestServer(application, log_from=other_history)) as api:
        forked = Diary(api, victim.me, replica=replica)
        with pytest.raises(SplitView) as refused:
            await forked.sync()

    message = str(refused.value)
    assert "the consistency proof from size 3 to size 5 does not verify" in message
    assert "the server is showing different histories to different clients" in message
    assert f"size 3, root {show_root(honest.root_hash)}" in message
    assert f"size 5, root {show_root((await head_of(other_history)).root_hash)}" in message
    # The checkpoint did not move, and the receipt still waits for its proof.
    assert {k: v for k, v in frozen(replica.log).items() if k != "pending"} == {
        k: v for k, v in kept.items() if k != "pending"
    }
    assert sorted(replica.log.pending) == [3]
    # Back on the honest log, nothing was lost.
    back = (await diary.sync()).log
    assert (back.previous_size, back.size, back.proven) == (3, 4, 1)
    # A device that last verified the log before the fork point finds the other
    # branch consistent with what it saw; the receipts it is given now are not in it.
    async with dishonest(victim, DishonestServer(application, log_from=other_history)) as api:
        with pytest.raises(ReceiptNotLogged, match="leaf 2 in the tree of size 5"):
            await Diary(api, victim.me).sync(before_fork)


async def test_the_same_size_with_another_root_is_a_split_view(
    victim: Writer, application: FastAPI, other_history: FastAPI
) -> None:
    await victim.diary.add(incident("He was outside at midnight."))
    await victim.diary.add(incident("He was outside again.", day=2))
    await append_leaves(other_history, 2)
    replica = Replica()
    await victim.diary.sync(replica)
    kept = frozen(replica.log)

    async with dishonest(victim, DishonestServer(application, log_from=other_history)) as api:
        with pytest.raises(SplitView, match="two signed checkpoints of 2 leaves"):
            await Diary(api, victim.me).sync(replica)
    assert frozen(replica.log) == kept


# -------------------------------------------------------------- a rollback


async def test_an_older_checkpoint_is_refused(victim: Writer, application: FastAPI) -> None:
    await victim.diary.add(incident("He followed me into the shop."))
    early = await victim.api.log_checkpoint()  # size 1
    await victim.diary.add(incident("He was in the car park.", day=2))
    await victim.diary.add(incident("He was at the bus stop.", day=3))
    replica = Replica()
    await victim.diary.sync(replica)
    kept = frozen(replica.log)

    async with dishonest(victim, DishonestServer(application, checkpoint=early)) as api:
        with pytest.raises(SplitView) as refused:
            await Diary(api, victim.me).sync(replica)

    message = str(refused.value)
    assert "the evidence log shrank" in message
    assert f"this device verified size 3, root {show_root(replica.log.root or b'')}" in message
    assert "the server now signs size 1" in message
    assert frozen(replica.log) == kept


async def test_a_checkpoint_older_than_a_receipt_is_refused(
    victim: Writer, application: FastAPI
) -> None:
    """With nothing to compare to, a stale checkpoint still cannot hold the
    receipts the server gave before signing it."""
    await victim.diary.add(incident("He rang the doorbell."))
    early = await victim.api.log_checkpoint()
    await victim.diary.add(incident("He rang it again.", day=2))
    replica = Replica()
    async with dishonest(victim, DishonestServer(application, checkpoint=early)) as api:
        with pytest.raises(ReceiptNotLogged, match=r"receipt of leaf 1 \(.*\) is past the end"):
            await Diary(api, victim.me).sync(replica)
    assert replica.log.checkpoint is None
    assert sorted(replica.log.pending) == [0, 1]


# ------------------------------------------------- receipts not in the log


def _moved(receipt: dict[str, Any]) -> dict[str, Any]:
    """The same version's receipt a millisecond later: well formed, naming the
    version, and not a leaf of the log."""
    leaf = receipts.decode_leaf(b64decode(receipt["leaf_data"]))
    moved = receipts.ReceiptLeaf(leaf.kind, leaf.received_at_ms + 1, leaf.object_sha256)
    return {
        **receipt,
        "received_at": moved.received_at.isoformat(),
        "leaf_data": b64encode(moved.to_bytes()),
        "leaf_hash": b64encode(moved.leaf_hash),
    }


def forged_sync(how: str) -> Rewrite:
    def rewrite(path: str, body: Any) -> Any:
        if path != "/v1/sync" or len(body["changes"]) < 2:
            return body
        first, second = (change["latest"]["receipt"] for change in body["changes"][:2])
        if how == "time":
            body["changes"][0]["latest"]["receipt"] = _moved(first)
        else:  # each names the other's leaf
            first["leaf_index"], second["leaf_index"] = second["leaf_index"], first["leaf_index"]
        return body

    return rewrite


@pytest.mark.parametrize("how", ["time", "index"])
async def test_a_receipt_the_log_does_not_hold_is_refused(
    victim: Writer, application: FastAPI, how: str
) -> None:
    await victim.diary.add(incident("He sent a friend request."))
    await victim.diary.add(incident("He sent another.", day=2))
    replica = Replica()
    async with dishonest(victim, DishonestServer(application, rewrite=forged_sync(how))) as api:
        with pytest.raises(ReceiptNotLogged) as refused:
            await Diary(api, victim.me).sync(replica)
    message = str(refused.value)
    assert "the inclusion proof of leaf 0 in the tree of size 2 does not verify" in message
    assert "is not in the log the server signs (size 2, root " in message
    assert replica.log.checkpoint is None


async def test_a_forged_receipt_for_an_own_write_is_caught(
    victim: Writer, application: FastAPI
) -> None:
    def rewrite(path: str, body: Any) -> Any:
        if path.startswith("/v1/entries/") and "latest" in body:
            body["latest"]["receipt"] = _moved(body["latest"]["receipt"])
        return body

    replica = Replica()
    async with dishonest(victim, DishonestServer(application, rewrite=rewrite)) as api:
        written = await Diary(api, victim.me, replica=replica).add(incident("He was waiting."))
    assert written.receipt is not None
    # The honest answer at sync names the same leaf with the hash the log holds.
    with pytest.raises(LogInconsistent, match="two different receipts for leaf 0"):
        await Diary(victim.api, victim.me, replica=replica).sync()
    assert replica.log.checkpoint is None


async def test_a_forged_tombstone_receipt_is_refused(victim: Writer, application: FastAPI) -> None:
    gone = await victim.diary.add(incident("He wrote on my wall."))
    await victim.diary.delete(gone.entry_id)

    def rewrite(path: str, body: Any) -> Any:
        if path == "/v1/sync":
            for change in body["changes"]:
                if change["deleted"]:
                    change["deletion_receipt"] = _moved(change["deletion_receipt"])
        return body

    async with dishonest(victim, DishonestServer(application, rewrite=rewrite)) as api:
        with pytest.raises(ReceiptNotLogged, match="inclusion proof of leaf 1 "):
            await Diary(api, victim.me).sync(Replica())


async def test_a_deletion_receipt_of_another_entry_is_refused(
    victim: Writer, application: FastAPI
) -> None:
    gone = await victim.diary.add(incident("He wrote on my wall."))
    await victim.diary.delete(gone.entry_id)

    def rewrite(path: str, body: Any) -> Any:
        if path == "/v1/sync":
            for change in body["changes"]:
                change["id"] = str(uuid.uuid4()) if change["deleted"] else change["id"]
        return body

    async with dishonest(victim, DishonestServer(application, rewrite=rewrite)) as api:
        with pytest.raises(VerificationError, match="not this entry's tombstone"):
            await Diary(api, victim.me).sync(Replica())


# --------------------------------------------------------- another key


def _resigned(note: str, signer: Signer) -> str:
    text, _signatures = parse_note(note)
    return Checkpoint.parse(text).sign(signer.private_key, signer.name)


@pytest.mark.parametrize("pinned", [False, True])
async def test_a_checkpoint_signed_by_another_key_is_refused(
    victim: Writer, application: FastAPI, pinned: bool
) -> None:
    written = await victim.diary.add(incident("He posted about me."))
    replica = Replica()
    if pinned:
        await victim.diary.sync(replica)
    kept = frozen(replica.log)
    origin = log_signer(application).name
    impostor = Signer(origin, ed25519.Ed25519PrivateKey.generate())
    forged = _resigned(await victim.api.log_checkpoint(), impostor)
    # It serves the impostor's key too: a device that pinned a key ignores it.
    impostor_key = impostor.verifier()

    def rewrite(path: str, body: Any) -> Any:
        if path == "/v1/log/key" and pinned:
            return {
                "origin": origin,
                "verifier_key": impostor_key.vkey(),
                "key_id": impostor_key.key_id.hex(),
                "public_key": b64encode(impostor_key.public_key.public_bytes_raw()),
            }
        return body

    server = DishonestServer(application, checkpoint=forged, rewrite=rewrite)
    async with dishonest(victim, server) as api:
        with pytest.raises(UntrustedCheckpoint, match="not signed by the pinned key") as refused:
            await Diary(api, victim.me).sync(replica)
    assert f"signed by {origin}+{impostor_key.key_id.hex()}" in str(refused.value)
    # Nothing pinned or kept anew; a new receipt waits for a checkpoint that verifies.
    waiting = [] if pinned else [written_receipt(written)]
    assert frozen(replica.log) == {**kept, "pending": waiting}


async def test_a_checkpoint_of_another_log_is_refused(victim: Writer, application: FastAPI) -> None:
    """The server's own key, over a checkpoint naming another origin."""
    replica = Replica()
    await victim.diary.sync(replica)
    head = Checkpoint.parse(parse_note(await victim.api.log_checkpoint())[0])
    signer = log_signer(application)
    elsewhere = Checkpoint("elsewhere.example/log", head.size, head.root_hash)
    forged = elsewhere.sign(signer.private_key, signer.name)
    async with dishonest(victim, DishonestServer(application, checkpoint=forged)) as api:
        with pytest.raises(UntrustedCheckpoint, match=r"'elsewhere\.example/log'"):
            await Diary(api, victim.me).sync(replica)


async def test_a_kept_checkpoint_changed_on_disk_is_refused(victim: Writer) -> None:
    replica = Replica()
    await victim.diary.add(incident("He was at the school gate."))
    await victim.diary.sync(replica)
    assert replica.log.checkpoint is not None
    replica.log.checkpoint = replica.log.checkpoint.replace("\n1\n", "\n0\n", 1)
    with pytest.raises(LogInconsistent, match="kept on this computer does not verify"):
        await victim.diary.sync(replica)
