"""Rotating the log's signing key (docs/protocol §23.11): the old key hands the
log to the new one by a note both sign; devices that pinned the old key follow
it on their next sync, checkpoints and proofs signed before stay verifiable
with the old key, and a process still holding the old key signs nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from fastapi import FastAPI

from app.client.api import DaybookApi
from app.client.diary import Diary, Replica
from app.client.log_check import SplitView, UntrustedCheckpoint
from app.config import Settings
from app.errors import Conflict
from app.evidence.key_history import LogKeyNotCurrent
from app.evidence.publish import publish_checkpoint
from app.protocol import merkle
from app.protocol.checkpoint import Checkpoint, open_checkpoint
from app.protocol.encoding import b64decode, b64encode
from app.protocol.key_handover import Handover, KeyChain
from app.protocol.signed_note import Signer, Verifier, parse_note
from app.protocol.tlog_proof import check_proof
from tests.conftest import BASE_URL
from tests.evidence.log import log_signer, rotate
from tests.evidence.test_client_verification import DishonestServer, dishonest
from tests.test_cli import run
from tests.test_cli_advocacy import server_env
from tests.test_errors import assert_problem
from tests.writers import Writer, incident


async def test_devices_follow_the_hand_over_and_what_the_old_key_signed_stays_verifiable(
    victim: Writer, application: FastAPI, rotated: FastAPI, http: httpx.AsyncClient
) -> None:
    old, new = log_signer(application), log_signer(rotated)
    replica = Replica()
    first = await victim.diary.add(incident("He waited outside my work."))
    await victim.diary.sync(replica)
    assert replica.log.verifier_key == old.verifier().vkey()
    proof_before = (await http.get("/v1/log/leaves/0/tlog-proof")).text
    kept = await publish_checkpoint(application.state.daybook)
    assert kept.kept == 1

    handover = await rotate(application, new)
    assert (handover.size, handover.old.vkey(), handover.new.vkey()) == (
        1,
        old.verifier().vkey(),
        new.verifier().vkey(),
    )

    # The same device, now served by the restarted server, follows the hand-over.
    transport = httpx.ASGITransport(app=rotated)
    async with (
        httpx.AsyncClient(transport=transport, base_url=BASE_URL) as restarted,
        DaybookApi(BASE_URL, tokens=victim.api.tokens, transport=transport) as api,
    ):
        diary = Diary(api, victim.me)
        await diary.add(incident("He followed me to the station.", day=2))
        report = (await diary.sync(replica)).log
        assert (report.rotated_from, report.verifier_key) == (
            old.verifier().vkey(),
            new.verifier().vkey(),
        )
        assert (report.previous_size, report.size) == (1, 2)
        assert replica.log.verifier_key == new.verifier().vkey()
        again = (await diary.sync(replica)).log
        assert again.rotated_from is None

        # The proof and the kept checkpoint signed before still verify with the old key.
        leaf = b64decode((await restarted.get("/v1/log/leaves/0")).json()["leaf_data"])
        assert first.receipt is not None and leaf == first.receipt.leaf_data
        check_proof(proof_before, old.name, [old.verifier()], leaf_data=leaf)
        note = (await restarted.get("/v1/log/checkpoints/1")).json()["note"]
        assert open_checkpoint(note, old.name, [old.verifier()]).size == 1

        # The history proves the old key's era to anyone who pins the new one.
        history = (await restarted.get("/v1/log/keys")).json()
        assert [k["verifier_key"] for k in history["keys"]] == [
            old.verifier().vkey(),
            new.verifier().vkey(),
        ]
        assert [k["from_size"] for k in history["keys"]] == [0, 1]
        assert history["keys"][0]["handover"] is None
        chain = KeyChain.open(
            old.name,
            Verifier.from_vkey(history["keys"][0]["verifier_key"]),
            [history["keys"][1]["handover"]],
        )
        assert chain.current.vkey() == new.verifier().vkey()
        assert chain.open_checkpoint(note)[0].size == 1
        key = (await restarted.get("/v1/log/key")).json()
        assert key["verifier_key"] == new.verifier().vkey()

        # A new device given the operator's new key, and one pinned to the
        # old key that is told the new one, both verify.
        fresh = Replica()
        given = Diary(api, victim.me, log_key=new.verifier().vkey())
        assert (await given.sync(fresh)).log.pinned_now == "caller"


async def test_a_process_still_holding_the_retired_key_signs_nothing(
    victim: Writer, application: FastAPI, rotated: FastAPI, http: httpx.AsyncClient
) -> None:
    await victim.diary.add(incident("A parcel with no sender."))
    await rotate(application, log_signer(rotated))
    await victim.diary.add(incident("He phoned my mother.", day=2))  # writes go on

    for path in (
        "/v1/log/checkpoint",
        "/v1/log/key",
        "/v1/log/keys",
        "/v1/log/leaves/0/tlog-proof",
    ):
        response = await http.get(path)
        assert response.status_code == 503, (path, response.text)
        problem = response.json()
        assert problem["type"].endswith("log-key-not-current")
        assert log_signer(rotated).verifier().vkey() in problem["detail"]
        assert response.headers["Retry-After"] == "60"
    with pytest.raises(LogKeyNotCurrent):
        await publish_checkpoint(application.state.daybook)
    # Nor can it rotate again, to a key of its own choosing.
    with pytest.raises(LogKeyNotCurrent):
        await rotate(
            application, Signer(log_signer(application).name, ed25519.Ed25519PrivateKey.generate())
        )


async def test_readiness_moves_from_the_old_key_s_workers_to_the_new_key_s_at_the_rotation(
    victim: Writer, application: FastAPI, rotated: FastAPI, http: httpx.AsyncClient
) -> None:
    """Workers started with the new key wait, not ready, until the rotation;
    from then on the old key's workers are the ones a load balancer skips."""
    await victim.diary.add(incident("A parcel with no sender."))
    assert (await http.get("/v1/log/checkpoint")).status_code == 200  # the first key's
    transport = httpx.ASGITransport(app=rotated)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as new_worker:
        assert (await http.get("/readyz")).status_code == 200
        problem = assert_problem(await new_worker.get("/readyz"), 503, "not-ready")
        assert problem["checks"]["log_key"] == "retired"

        await rotate(application, log_signer(rotated))
        assert (await new_worker.get("/readyz")).status_code == 200
        problem = assert_problem(await http.get("/readyz"), 503, "not-ready")
        assert problem["checks"] == {"database": "ok", "blob_store": "ok", "log_key": "retired"}
        assert "log_key retired" in problem["detail"]


async def test_the_log_never_goes_back_to_a_key_it_had(
    application: FastAPI, rotated: FastAPI
) -> None:
    await rotate(application, log_signer(rotated))
    with pytest.raises(Conflict, match="has signed this log before"):
        await rotate(rotated, log_signer(application))


def _history(origin: str, keys: list[tuple[Signer, str | None]]) -> dict[str, Any]:
    return {
        "origin": origin,
        "keys": [
            {
                "origin": origin,
                "verifier_key": signer.verifier().vkey(),
                "key_id": signer.key_id.hex(),
                "public_key": b64encode(signer.private_key.public_key().public_bytes_raw()),
                "from_size": 0,
                "activated_at": "2026-12-05T00:00:00Z",
                "handover": handover,
            }
            for signer, handover in keys
        ],
    }


async def test_a_new_key_without_a_hand_over_from_the_pinned_key_is_refused(
    victim: Writer, application: FastAPI
) -> None:
    await victim.diary.add(incident("He posted about me."))
    replica = Replica()
    await victim.diary.sync(replica)
    pinned = log_signer(application)
    impostor = Signer(pinned.name, ed25519.Ed25519PrivateKey.generate())
    helper = Signer(pinned.name, ed25519.Ed25519PrivateKey.generate())
    text, _ = parse_note(await victim.api.log_checkpoint())
    head = Checkpoint.parse(text)
    forged = head.sign(impostor.private_key)
    # A hand-over the impostor made from a key of its own, not from the pinned one.
    note = Handover(pinned.name, helper.verifier(), impostor.verifier(), head.size, head.root_hash)
    history = _history(pinned.name, [(helper, None), (impostor, note.sign(helper, impostor))])

    def rewrite(path: str, body: Any) -> Any:
        return history if path == "/v1/log/keys" else body

    server = DishonestServer(application, checkpoint=forged, rewrite=rewrite)
    kept = replica.log.to_json()
    async with dishonest(victim, server) as api:
        with pytest.raises(UntrustedCheckpoint, match="no hand-over signed by the pinned key"):
            await Diary(api, victim.me).sync(replica)
    # A hand-over that only the new key signed does not verify either.
    only_new = note.to_text() + "\n" + forged.split("\n\n", 1)[1]
    history = _history(pinned.name, [(pinned, None), (impostor, only_new)])
    async with dishonest(victim, server) as api:
        with pytest.raises(UntrustedCheckpoint, match="does not hold together"):
            await Diary(api, victim.me).sync(replica)
    assert replica.log.to_json() == kept


async def test_a_retired_key_that_signed_past_its_hand_over_is_a_split_view(
    victim: Writer, application: FastAPI
) -> None:
    """The device verified the old key's checkpoint of 2 leaves; a hand-over
    claiming that key's last tree was 1 leaf means it signed past it."""
    await victim.diary.add(incident("He waited outside my work."))
    await victim.diary.add(incident("He waited again.", day=2))
    replica = Replica()
    await victim.diary.sync(replica)
    old = log_signer(application)
    new = Signer(old.name, ed25519.Ed25519PrivateKey.generate())
    leaf0 = (await victim.api.log_leaf(0))["leaf_hash"]
    early = Handover(old.name, old.verifier(), new.verifier(), 1, merkle.root([b64decode(leaf0)]))
    head = Checkpoint.parse(parse_note(await victim.api.log_checkpoint())[0])
    history = _history(old.name, [(old, None), (new, early.sign(old, new))])

    def rewrite(path: str, body: Any) -> Any:
        return history if path == "/v1/log/keys" else body

    server = DishonestServer(application, checkpoint=head.sign(new.private_key), rewrite=rewrite)
    async with dishonest(victim, server) as api:
        with pytest.raises(SplitView, match="signed past its hand-over"):
            await Diary(api, victim.me).sync(replica)


def test_the_admin_command_rotates_an_env_key_into_a_new_key_file(
    settings: Settings, application: FastAPI, tmp_path: Path
) -> None:
    env = {**server_env(settings), "DAYBOOK_ENVIRONMENT": "development"}
    new_key_file = tmp_path / "new-signing-key"
    result = run(
        tmp_path / "profile.json",
        "admin",
        "rotate-log-key",
        "--new-key-file",
        str(new_key_file),
        **env,
    )
    assert result.exit_code == 0, result.output
    seed = b64decode(new_key_file.read_text().strip())
    assert new_key_file.stat().st_mode & 0o777 == 0o600
    new = Signer(settings.log_origin, ed25519.Ed25519PrivateKey.from_private_bytes(seed))
    assert new.verifier().vkey() in result.stdout
    assert "handed over at tree size 0" in result.stdout
    missing = run(tmp_path / "profile.json", "admin", "rotate-log-key", **env)
    assert missing.exit_code == 1 and "--new-key-file" in missing.output


def test_the_admin_command_rotates_the_generated_keys_file(
    settings: Settings, tmp_path: Path
) -> None:
    env = {
        "DAYBOOK_ENVIRONMENT": "development",
        "DAYBOOK_DATABASE_URL": settings.resolved_database_url,
        "DAYBOOK_DATA_DIR": str(settings.data_dir),
        "DAYBOOK_SERVER_SECRET": "",
        "DAYBOOK_SIGNING_KEY": "",
    }
    first = run(tmp_path / "profile.json", "admin", "rotate-log-key", **env)
    assert first.exit_code == 0, first.output
    keys_file = settings.data_dir / "server-keys.json"
    before = json.loads(keys_file.read_text())
    second = run(tmp_path / "profile.json", "admin", "rotate-log-key", **env)
    assert second.exit_code == 0, second.output
    after = json.loads(keys_file.read_text())
    assert after["server_secret"] == before["server_secret"]
    assert after["signing_key"] != before["signing_key"]
    assert not (settings.data_dir / "server-keys.json.new").exists()
