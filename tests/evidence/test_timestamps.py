"""Independent time from an RFC 3161 TSA: kept checkpoints are time-stamped by a
local `openssl ts` authority, and the token verifies offline over the signed note;
a TSA that is down, slow or untrusted never holds up or fails a write; and a
leaf's evidence shows each independent time behind it, with its proofs."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import math
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from fastapi import FastAPI
from sqlalchemy import func, select

from app.config import Settings
from app.db import utcnow
from app.evidence import repository
from app.evidence.publish import Published, publish_checkpoint
from app.main import create_app
from app.models import LogCheckpoint, LogTimestamp
from app.protocol import merkle
from app.protocol.checkpoint import open_checkpoint
from app.protocol.cosignature import CosignatureSigner, open_cosignatures
from app.protocol.encoding import b64decode
from app.protocol.timestamp import TimestampError, TsaTrust, timestamped_note, verify_token
from app.state import AppState
from tests.evidence.log import PublishedLog, append_leaves
from tests.evidence.test_proofs import statements
from tests.evidence.tsa import LocalTsa, openssl_verify, with_tsa
from tests.test_errors import assert_problem
from tests.writers import Writer, incident

SECOND = dt.timedelta(seconds=1)
WITNESS = CosignatureSigner("witness.example/w1", ed25519.Ed25519PrivateKey.generate())


@pytest.fixture
def settings(settings: Settings, local_tsa: LocalTsa) -> Settings:
    """The suite's settings, with the local TSA and one witness configured."""
    return with_tsa(
        settings,
        local_tsa,
        witnesses=[WITNESS.verifier().vkey()],
        checkpoint_interval_seconds=0.05,
    )


def state_of(application: FastAPI) -> AppState:
    state: AppState = application.state.daybook
    return state


async def count(application: FastAPI, model: type[LogCheckpoint | LogTimestamp]) -> int:
    async with state_of(application).sessionmaker() as db:
        return int(await db.scalar(select(func.count()).select_from(model)) or 0)


async def test_a_kept_checkpoint_gets_a_token_that_verifies_offline(
    application: FastAPI, http: httpx.AsyncClient, local_tsa: LocalTsa
) -> None:
    log = await PublishedLog.fetch(http)
    receipts = await append_leaves(application, 3)
    assert await publish_checkpoint(state_of(application)) == Published(kept=3, timestamped=3)
    assert local_tsa.answered == 1

    response = await http.get("/v1/log/checkpoints/3")
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    record = response.json()
    head = open_checkpoint(record["note"], log.origin, [log.verifier])
    assert (head.size, head.root_hash) == (3, b64decode(record["root_hash"]))
    assert record["witnesses"] == []
    [stamp] = record["timestamps"]
    assert stamp["authority"] == local_tsa.url
    token = b64decode(stamp["token"])
    # What is time-stamped: the signed checkpoint note's bytes, hashed with SHA-256.
    note = record["note"].encode()
    assert timestamped_note(record["note"], log.verifier) == note
    verified = verify_token(token, note, local_tsa.pki.trust())
    assert verified.gen_time == dt.datetime.fromisoformat(stamp["time"])
    # The TSA's clock puts the checkpoint after the writes it covers. The time is
    # read to the second (rfc3161-client drops any fraction), so within a second.
    assert max(r.received_at for r in receipts) < verified.gen_time + SECOND
    assert verified.gen_time <= utcnow()
    # Anyone can check it with openssl and the TSA's root certificate alone.
    assert "Verification: OK" in openssl_verify(token, note, local_tsa.pki)
    # It covers nothing else, and proves nothing under another root.
    with pytest.raises(TimestampError, match="another message"):
        verify_token(token, note.replace(b"\n3\n", b"\n4\n"), local_tsa.pki.trust())
    with pytest.raises(TimestampError, match="does not verify"):
        verify_token(token, note, TsaTrust.from_pem(local_tsa.pki.rogue_ca_pem.read_bytes()))

    # Nothing new: no checkpoint is kept, and the TSA is not asked again.
    assert await publish_checkpoint(state_of(application)) == Published(None, None)
    assert local_tsa.answered == 1
    assert_problem(await http.get("/v1/log/checkpoints/4"), 404, "not-found")


async def test_a_tsa_outage_never_fails_a_write_and_a_later_round_stamps(
    victim: Writer,
    application: FastAPI,
    http: httpx.AsyncClient,
    local_tsa: LocalTsa,
    caplog: pytest.LogCaptureFixture,
) -> None:
    state = state_of(application)
    local_tsa.available = False
    await victim.diary.add(incident("He was outside the school."))
    with caplog.at_level(logging.WARNING, logger="daybook.evidence"):
        assert await publish_checkpoint(state) == Published(1, None)
    assert "no time-stamp for checkpoint 1" in caplog.text
    assert "trying again next interval" in caplog.text
    assert (await http.get("/v1/log/checkpoints/1")).json()["timestamps"] == []

    # Writes go on while the TSA is away; the next round stamps the newest checkpoint.
    await victim.diary.add(incident("He was there again.", day=2))
    local_tsa.available = True
    assert await publish_checkpoint(state) == Published(2, 2)
    assert (await http.get("/v1/log/checkpoints/1")).json()["timestamps"] == []
    assert len((await http.get("/v1/log/checkpoints/2")).json()["timestamps"]) == 1

    # With no new write, a later round stamps the checkpoint the outage left bare.
    local_tsa.available = False
    await victim.diary.add(incident("A third time.", day=3))
    assert await publish_checkpoint(state) == Published(3, None)
    local_tsa.available = True
    assert await publish_checkpoint(state) == Published(None, 3)
    assert (await count(application, LogCheckpoint), await count(application, LogTimestamp)) == (
        3,
        2,
    )


async def test_a_slow_tsa_holds_up_no_write(
    victim: Writer, application: FastAPI, local_tsa: LocalTsa
) -> None:
    await victim.diary.add(incident("One."))
    local_tsa.delay = 1.0
    publishing = asyncio.create_task(publish_checkpoint(state_of(application)))
    assert await asyncio.to_thread(local_tsa.asked.wait, 10)
    # The publisher waits for the TSA outside any transaction.
    written = await victim.diary.add(incident("Two.", day=2))
    assert written.receipt is not None and written.receipt.leaf_index == 1
    assert not publishing.done()
    assert await publishing == Published(1, 1)


async def test_a_token_that_does_not_verify_is_not_kept(
    application: FastAPI, local_tsa: LocalTsa, caplog: pytest.LogCaptureFixture
) -> None:
    local_tsa.signer = local_tsa.pki.rogue
    await append_leaves(application, 2)
    with caplog.at_level(logging.WARNING, logger="daybook.evidence"):
        assert await publish_checkpoint(state_of(application)) == Published(2, None)
    assert "does not verify" in caplog.text
    assert local_tsa.answered == 1
    assert await count(application, LogTimestamp) == 0


@pytest.fixture
async def second_worker(settings: Settings) -> AsyncIterator[FastAPI]:
    worker = create_app(settings)
    yield worker
    await worker.state.daybook.engine.dispose()


async def test_racing_workers_keep_one_checkpoint_and_one_token(
    application: FastAPI, second_worker: FastAPI
) -> None:
    await append_leaves(application, 4)
    results = await asyncio.gather(
        publish_checkpoint(state_of(application)), publish_checkpoint(state_of(second_worker))
    )
    assert sorted(r.kept or 0 for r in results) == [0, 4]
    assert 4 in {r.timestamped for r in results}
    assert (await count(application, LogCheckpoint), await count(application, LogTimestamp)) == (
        1,
        1,
    )


async def test_the_background_task_keeps_and_stamps_checkpoints(
    application: FastAPI, http: httpx.AsyncClient
) -> None:
    async with application.router.lifespan_context(application):
        await append_leaves(application, 2)
        for _ in range(200):
            response = await http.get("/v1/log/checkpoints/2")
            if response.status_code == 200 and response.json()["timestamps"]:
                break
            await asyncio.sleep(0.05)
        else:
            pytest.fail("no time-stamped checkpoint of size 2 was kept")


def cosign_now(note: str) -> str:
    # A witness's time is whole seconds; rounded up, it is not before the receipts.
    return WITNESS.cosign_note(note, math.ceil(time.time()))


async def test_a_leafs_evidence_names_each_independent_time_with_proofs(
    application: FastAPI, http: httpx.AsyncClient, local_tsa: LocalTsa
) -> None:
    log = await PublishedLog.fetch(http)
    state = state_of(application)
    local_tsa.available = False
    await append_leaves(application, 3)
    assert await publish_checkpoint(state) == Published(3, None)
    local_tsa.available = True
    await append_leaves(application, 2)
    assert await publish_checkpoint(state) == Published(5, 5)
    await append_leaves(application, 1)
    # The witness cosigns the current head, which no round has kept: it is kept now.
    head = (await http.get("/v1/log/checkpoint")).text
    response = await http.post("/v1/log/cosignatures", content=cosign_now(head))
    assert response.status_code == 200, response.text
    assert response.json()["tree_size"] == 6
    await append_leaves(application, 1)

    expected = {0: [3, 5, 6], 2: [3, 5, 6], 3: [5, 6], 4: [5, 6], 5: [6]}
    for index, sizes in expected.items():
        response = await http.get(f"/v1/log/leaves/{index}/evidence")
        assert response.status_code == 200, response.text
        assert response.headers["cache-control"] == "no-store"
        body = response.json()
        receipt = body["receipt"]
        assert receipt == (await http.get(f"/v1/log/leaves/{index}")).json()
        received_at = dt.datetime.fromisoformat(receipt["received_at"])
        leaf = b64decode(receipt["leaf_hash"])
        assert [c["tree_size"] for c in body["checkpoints"]] == sizes
        sources: dict[int, set[str]] = {}
        for kept in body["checkpoints"]:
            await check_kept(kept, index, leaf, received_at, log, local_tsa)
            sources[kept["tree_size"]] = {t["authority"] for t in kept["timestamps"]} | {
                w["name"] for w in kept["witnesses"]
            }
        # The first kept checkpoint, the first stamped one, the first cosigned one.
        every = {3: set(), 5: {local_tsa.url}, 6: {WITNESS.name}}
        assert sources == {size: every[size] for size in sizes}

    # A bundle finds the same independent times for many leaves at once.
    async with state.sessionmaker() as db:
        batched = await repository.independent_times(db, list(range(7)), [WITNESS.name])
    assert batched == {
        **{i: [s for s in expected[i] if s != 3] for i in expected},
        1: [5, 6],
        6: [],
    }

    problem = assert_problem(await http.get("/v1/log/leaves/6/evidence"), 404, "not-checkpointed")
    assert "leaf 6" in problem["detail"]
    assert_problem(await http.get("/v1/log/leaves/7/evidence"), 404, "not-found")
    response = await http.get("/v1/log/leaves/6/evidence")
    assert response.headers["retry-after"] == "1"


async def check_kept(
    kept: dict[str, Any],
    index: int,
    leaf: bytes,
    received_at: dt.datetime,
    log: PublishedLog,
    tsa: LocalTsa,
) -> None:
    """What a client checks before it reports a kept checkpoint's times for a leaf."""
    head = open_checkpoint(kept["note"], log.origin, [log.verifier])
    assert head.size == kept["tree_size"]
    proof = [b64decode(h) for h in kept["proof"]]
    assert merkle.verify_inclusion(index, head.size, leaf, proof, head.root_hash)
    for stamp in kept["timestamps"]:
        note = timestamped_note(kept["note"], log.verifier)
        verified = verify_token(b64decode(stamp["token"]), note, tsa.pki.trust())
        assert received_at < verified.gen_time + SECOND
    cosigned = open_cosignatures(kept["note"], [WITNESS.verifier()])
    assert [(c.name, c.time) for c in cosigned.cosignatures] == [
        (w["name"], dt.datetime.fromisoformat(w["time"])) for w in kept["witnesses"]
    ]
    assert all(c.time >= received_at for c in cosigned.cosignatures)


async def test_evidence_reads_stay_few_as_checkpoints_pile_up(
    application: FastAPI, http: httpx.AsyncClient, local_tsa: LocalTsa
) -> None:
    state = state_of(application)
    for n in range(10):
        await append_leaves(application, 40)
        local_tsa.available = n % 3 == 0
        await publish_checkpoint(state)
    with statements(state.engine) as sent:
        response = await http.get("/v1/log/leaves/41/evidence")
    assert response.status_code == 200, response.text
    # The leaf, the first kept, stamped and cosigned sizes in one statement, the
    # checkpoints, their tokens, their cosignatures, and every proof's nodes.
    assert len(sent) <= 6, sent
    kept = response.json()["checkpoints"]
    assert [c["tree_size"] for c in kept] == [80, 160]
    assert [len(c["timestamps"]) for c in kept] == [0, 1]
