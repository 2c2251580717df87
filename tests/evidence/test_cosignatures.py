"""Witness cosignatures (C2SP tlog-cosignature): a configured witness sends a
checkpoint of the log with its cosignature; the log verifies and keeps it with
the checkpoint, and serves the note with every cosignature kept, also for a
checkpoint an earlier log key signed. Unknown witnesses, bad cosignatures and
checkpoints the log never signed are refused."""

from __future__ import annotations

import datetime as dt
import math
import time

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from fastapi import FastAPI

from app.config import Settings
from app.evidence.publish import Published, publish_checkpoint
from app.protocol.checkpoint import Checkpoint, open_checkpoint
from app.protocol.cosignature import Cosignature, CosignatureSigner, open_cosignatures
from app.protocol.signed_note import Signer
from tests.conftest import BASE_URL
from tests.evidence.log import PublishedLog, append_leaves, log_signer, rotate
from tests.test_errors import assert_problem

FIRST = CosignatureSigner("witness.example/w1", ed25519.Ed25519PrivateKey.generate())
SECOND = CosignatureSigner("witness.example/w2", ed25519.Ed25519PrivateKey.generate())
STRANGER = CosignatureSigner("stranger.example/w", ed25519.Ed25519PrivateKey.generate())


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The suite's settings, with two witnesses: as an operator sets them, a JSON list."""
    vkeys = f'["{FIRST.verifier().vkey()}", "{SECOND.verifier().vkey()}"]'
    return Settings(**{**settings.model_dump(exclude={"witnesses"}), "witnesses": vkeys})


def now() -> int:
    return math.floor(time.time())


async def send(http: httpx.AsyncClient, note: str) -> httpx.Response:
    headers = {"Content-Type": "text/plain; charset=utf-8"}
    return await http.post("/v1/log/cosignatures", content=note.encode(), headers=headers)


async def kept_note(application: FastAPI, http: httpx.AsyncClient, leaves: int) -> str:
    """`leaves` leaves and the checkpoint a round keeps of them: its signed note."""
    await append_leaves(application, leaves)
    published = await publish_checkpoint(application.state.daybook)
    assert published == Published(leaves, None)
    return str((await http.get(f"/v1/log/checkpoints/{leaves}")).json()["note"])


async def test_witness_cosignatures_are_kept_and_served_on_the_note(
    application: FastAPI, http: httpx.AsyncClient
) -> None:
    log = await PublishedLog.fetch(http)
    note = await kept_note(application, http, 3)
    first_time = now()
    response = await send(http, FIRST.cosign_note(note, first_time))
    assert response.status_code == 200, response.text
    record = response.json()
    assert record["tree_size"] == 3
    assert [w["name"] for w in record["witnesses"]] == [FIRST.name]

    # The second witness cosigns what it was served, the first one's line included.
    response = await send(http, SECOND.cosign_note(record["note"], first_time + 1))
    assert response.status_code == 200, response.text
    served = (await http.get("/v1/log/checkpoints/3")).json()
    assert served == response.json()
    assert [(w["name"], dt.datetime.fromisoformat(w["time"])) for w in served["witnesses"]] == [
        (FIRST.name, dt.datetime.fromtimestamp(first_time, dt.UTC)),
        (SECOND.name, dt.datetime.fromtimestamp(first_time + 1, dt.UTC)),
    ]
    # One valid signed note: the log's signature, then each witness's cosignature.
    assert served["note"].startswith(note)
    assert open_checkpoint(served["note"], log.origin, [log.verifier]).size == 3
    opened = open_cosignatures(served["note"], [FIRST.verifier(), SECOND.verifier()])
    assert [c.name for c in opened.cosignatures] == [FIRST.name, SECOND.name]
    assert [s.name for s in opened.others] == [log.origin]

    # A witness's first cosignature of a checkpoint is the one kept.
    again = await send(http, FIRST.cosign_note(note, first_time + 60))
    assert again.status_code == 200
    assert again.json()["witnesses"] == served["witnesses"]


async def test_a_checkpoint_served_live_is_kept_when_a_witness_cosigns_it(
    application: FastAPI, http: httpx.AsyncClient
) -> None:
    await append_leaves(application, 5)
    live = (await http.get("/v1/log/checkpoint")).text
    assert (await http.get("/v1/log/checkpoints/5")).status_code == 404
    response = await send(http, FIRST.cosign_note(live, now()))
    assert response.status_code == 200, response.text
    assert response.json()["note"].startswith(live)
    # A round finds it kept, and keeps nothing more.
    assert await publish_checkpoint(application.state.daybook) == Published(None, None)


async def test_a_checkpoint_kept_before_a_key_rotation_can_still_be_cosigned(
    application: FastAPI, http: httpx.AsyncClient, rotated: FastAPI
) -> None:
    """A witness that lags behind cosigns what the retired key signed; the
    server, now on the new key, keeps it."""
    old = (await PublishedLog.fetch(http)).verifier
    note = await kept_note(application, http, 3)
    await rotate(application, log_signer(rotated))
    transport = httpx.ASGITransport(app=rotated)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as restarted:
        response = await send(restarted, FIRST.cosign_note(note, now()))
        assert response.status_code == 200, response.text
        assert [w["name"] for w in response.json()["witnesses"]] == [FIRST.name]
        served = (await restarted.get("/v1/log/checkpoints/3")).json()["note"]
    assert open_checkpoint(served, old.name, [old]).size == 3
    assert [c.name for c in open_cosignatures(served, [FIRST.verifier()]).cosignatures] == [
        FIRST.name
    ]


async def test_unknown_witnesses_get_403_and_nothing_is_kept(
    application: FastAPI, http: httpx.AsyncClient
) -> None:
    note = await kept_note(application, http, 2)
    problem = assert_problem(
        await send(http, STRANGER.cosign_note(note, now())), 403, "unknown-witness"
    )
    assert problem["witnesses"] == [STRANGER.name]
    # A known witness's name with another key is not that witness.
    impostor = CosignatureSigner(FIRST.name, ed25519.Ed25519PrivateKey.generate())
    assert_problem(await send(http, impostor.cosign_note(note, now())), 403, "unknown-witness")
    # Nor does a good cosignature carry a stranger's through.
    both = STRANGER.cosign_note(FIRST.cosign_note(note, now()), now())
    assert_problem(await send(http, both), 403, "unknown-witness")
    assert (await http.get("/v1/log/checkpoints/2")).json()["witnesses"] == []


async def test_bad_cosignatures_get_400(application: FastAPI, http: httpx.AsyncClient) -> None:
    note = await kept_note(application, http, 2)
    text = note[: note.index("\n\n") + 1]
    other_text = text.replace("\n2\n", "\n1\n")
    forged = note + FIRST.cosign(other_text, now()).line()
    good = FIRST.cosign(text, now())
    shifted = Cosignature(good.name, good.key_id, good.timestamp + 1, good.signature)
    future = FIRST.cosign_note(note, now() + 3600)
    for body in (
        forged,
        note + shifted.line(),
        note + good.line() + good.line(),
        future,
        note,  # no cosignature at all
        "not a note",
        text,
    ):
        assert_problem(await send(http, body), 400, "bad-cosignature")
    # A few minutes of clock skew are fine.
    assert (await send(http, FIRST.cosign_note(note, now() + 60))).status_code == 200


async def test_checkpoints_the_log_never_signed_get_404(
    application: FastAPI, http: httpx.AsyncClient
) -> None:
    log = await PublishedLog.fetch(http)
    note = await kept_note(application, http, 2)
    head = Checkpoint.parse(note[: note.index("\n\n") + 1])
    signer = Signer(log.origin, application.state.daybook.keys.signing_key)
    unknown = [
        Checkpoint(log.origin, 3, head.root_hash),  # beyond the log
        Checkpoint(log.origin, 1, head.root_hash),  # the wrong root for its size
        Checkpoint(log.origin, 0, head.root_hash),
        Checkpoint("other.example/log", 2, head.root_hash),
        Checkpoint(log.origin, 2, head.root_hash, ("extension",)),
    ]
    for checkpoint in unknown:
        # Even signed with the log's key: only a note of the log's own tree counts.
        cosigned = FIRST.cosign_note(checkpoint.sign(signer.private_key, log.origin), now())
        assert_problem(await send(http, cosigned), 404, "not-found")
    assert_problem(await http.get("/v1/log/checkpoints/1"), 404, "not-found")
