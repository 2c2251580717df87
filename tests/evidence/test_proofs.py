"""Checkpoints, inclusion and consistency proofs and tlog-proofs, checked by
an outside verifier against the published key and the RFC 9162 reference."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from fastapi import FastAPI
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from app.protocol import merkle
from app.protocol.checkpoint import Checkpoint, open_checkpoint
from app.protocol.encoding import b64decode
from app.protocol.keys import raw_public
from app.protocol.signed_note import NoteError, Verifier, parse_note
from app.protocol.tlog_proof import ProofError, check_proof, parse_proof
from tests.evidence.log import PublishedLog, append_leaves
from tests.test_errors import assert_problem
from tests.writers import Writer, incident


@contextmanager
def statements(engine: AsyncEngine) -> Iterator[list[str]]:
    """Every SQL statement the engine sends while the block runs."""
    sent: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)


async def test_the_published_key_is_the_servers_and_signs_the_checkpoint(
    http: httpx.AsyncClient, application: FastAPI
) -> None:
    log = await PublishedLog.fetch(http)
    key = (await http.get("/v1/log/key")).json()
    signing_key = application.state.daybook.keys.signing_key
    assert b64decode(key["public_key"]) == raw_public(signing_key.public_key())
    assert key["origin"] == application.state.daybook.settings.log_origin
    empty = await log.checkpoint()
    assert (empty.size, empty.root_hash) == (0, merkle.EMPTY_ROOT)

    response = await http.get("/v1/log/checkpoint")
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["cache-control"] == "no-store"
    text, [signature] = parse_note(response.text)
    assert text == Checkpoint(log.origin, 0, merkle.EMPTY_ROOT).to_text()
    assert (signature.name, signature.key_id) == (log.origin, log.verifier.key_id)
    # Under the log's name, but another key: the note is refused.
    stranger = Verifier(log.origin, ed25519.Ed25519PrivateKey.generate().public_key())
    with pytest.raises(NoteError):
        open_checkpoint(response.text, log.origin, [stranger])


async def test_real_writes_are_included_and_each_checkpoint_extends_the_last(
    victim: Writer, other: Writer, http: httpx.AsyncClient
) -> None:
    log = await PublishedLog.fetch(http)
    heads: list[Checkpoint] = []
    written: list[Any] = []
    for n in range(6):
        for writer in (victim, other):
            version = await writer.diary.add(incident(f"Incident {n}.", day=n + 1))
            written.append(version)
            heads.append(await log.checkpoint())
        edited = await victim.diary.edit(written[-2].entry_id, incident(f"Incident {n}, amended."))
        written.append(edited)
        heads.append(await log.checkpoint())
    assert [h.size for h in heads] == list(range(1, len(written) + 1))
    receipts = [v.receipt for v in written]
    assert [r.leaf_index for r in receipts] == list(range(len(written)))

    final = heads[-1]
    for receipt in receipts:
        leaf = (await http.get(f"/v1/log/leaves/{receipt.leaf_index}")).json()
        assert b64decode(leaf["leaf_data"]) == receipt.leaf_data
        await log.assert_included(leaf, final)
        # Also under the checkpoint the writer could have fetched right after writing.
        await log.assert_included(leaf, heads[receipt.leaf_index])

    for older, newer in itertools.combinations_with_replacement([*heads[::3], final], 2):
        if older.size > newer.size:
            continue
        params = {"from": older.size, "to": newer.size}
        body = (await http.get("/v1/log/proof/consistency", params=params)).json()
        assert (body["from_size"], body["to_size"]) == (older.size, newer.size)
        assert b64decode(body["from_root"]) == older.root_hash
        assert b64decode(body["to_root"]) == newer.root_hash
        proof = [b64decode(h) for h in body["proof"]]
        assert merkle.verify_consistency(
            older.size, newer.size, older.root_hash, newer.root_hash, proof
        )


async def test_a_receipt_becomes_an_offline_tlog_proof(
    victim: Writer, http: httpx.AsyncClient
) -> None:
    log = await PublishedLog.fetch(http)
    written = [await victim.diary.add(incident(f"Entry {n}.", day=n + 1)) for n in range(5)]
    for version in written:
        receipt = version.receipt
        assert receipt is not None
        response = await http.get(f"/v1/log/leaves/{receipt.leaf_index}/tlog-proof")
        assert response.headers["content-type"] == "text/plain; charset=utf-8"
        assert response.headers["cache-control"] == "no-store"
        # Offline from here: the text, the pinned key and the receipt are all it takes.
        verified = check_proof(
            response.text, log.origin, [log.verifier], leaf_data=receipt.leaf_data
        )
        assert verified.index == receipt.leaf_index
        assert verified.checkpoint.size == len(written)
        assert verified.extra == receipt.leaf_data == parse_proof(response.text).extra
        with pytest.raises(ProofError):
            other = written[(written.index(version) + 1) % len(written)].receipt
            assert other is not None
            check_proof(response.text, log.origin, [log.verifier], leaf_data=other.leaf_data)
        stranger = Verifier(log.origin, ed25519.Ed25519PrivateKey.generate().public_key())
        with pytest.raises(NoteError):
            check_proof(response.text, log.origin, [stranger], leaf_data=receipt.leaf_data)


async def test_proofs_from_stored_subtrees_equal_the_reference(
    application: FastAPI, http: httpx.AsyncClient
) -> None:
    appended = await append_leaves(application, 40)
    hashes = [r.leaf_hash for r in appended]
    assert [r.leaf_index for r in appended] == list(range(40))
    for size in (1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 40):
        for index in {0, size // 2, size - 1}:
            params = {"index": index, "size": size}
            body = (await http.get("/v1/log/proof/inclusion", params=params)).json()
            assert [b64decode(h) for h in body["proof"]] == merkle.inclusion_proof(
                index, hashes[:size]
            )
            assert b64decode(body["root_hash"]) == merkle.root(hashes[:size])
            assert b64decode(body["leaf_hash"]) == hashes[index]
        for older in {1, 2, 3, size // 2, size - 1, size} & set(range(1, size + 1)):
            params = {"from": older, "to": size}
            response = await http.get("/v1/log/proof/consistency", params=params)
            assert response.status_code == 200, response.text
            body = response.json()
            expected = merkle.consistency_proof(older, hashes[:size])
            assert [b64decode(h) for h in body["proof"]] == expected


async def test_queries_stay_few_as_the_log_grows(
    application: FastAPI, http: httpx.AsyncClient
) -> None:
    await append_leaves(application, 1000)
    engine = application.state.daybook.engine
    for index, size in ((0, 1000), (511, 1000), (998, 999), (700, 777)):
        with statements(engine) as sent:
            response = await http.get(
                "/v1/log/proof/inclusion", params={"index": index, "size": size}
            )
        assert response.status_code == 200
        # The tree size, then every node of the proof and the root in one lookup.
        assert len(sent) <= 2, sent
        assert len(response.json()["proof"]) <= 10
    # The first signature records the log's first key; later ones only read it.
    assert (await http.get("/v1/log/key")).status_code == 200
    for path in ("/v1/log/checkpoint", "/v1/log/leaves/999/tlog-proof"):
        with statements(engine) as sent:
            assert (await http.get(path)).status_code == 200
        # The size, the nodes, and the current key.
        assert len(sent) <= 4, sent
    with statements(engine) as sent:
        response = await http.get("/v1/log/proof/consistency", params={"from": 300, "to": 999})
    assert response.status_code == 200 and len(sent) <= 2, sent
    # An append reads and writes a constant number of rows' worth of statements.
    with statements(engine) as sent:
        [receipt] = await append_leaves(application, 1)
    assert receipt.leaf_index == 1000
    assert len(sent) <= 4, sent


@pytest.mark.parametrize(
    ("path", "params", "status", "code"),
    [
        ("/v1/log/proof/inclusion", {"index": 3, "size": 3}, 400, "bad-tree-size"),
        ("/v1/log/proof/inclusion", {"index": 0, "size": 4}, 400, "bad-tree-size"),
        ("/v1/log/proof/inclusion", {"index": -1, "size": 2}, 422, "validation-failed"),
        ("/v1/log/proof/inclusion", {"index": 0, "size": 0}, 422, "validation-failed"),
        ("/v1/log/proof/inclusion", {"index": 0}, 422, "validation-failed"),
        ("/v1/log/proof/consistency", {"from": 3, "to": 2}, 400, "bad-tree-size"),
        ("/v1/log/proof/consistency", {"from": 1, "to": 4}, 400, "bad-tree-size"),
        ("/v1/log/proof/consistency", {"from": 0, "to": 2}, 422, "validation-failed"),
        ("/v1/log/proof/consistency", {"from": "x", "to": 2}, 422, "validation-failed"),
        ("/v1/log/leaves/3", {}, 404, "not-found"),
        ("/v1/log/leaves/3/tlog-proof", {}, 404, "not-found"),
        ("/v1/log/leaves/-1", {}, 422, "validation-failed"),
        (f"/v1/log/leaves/{2**64}", {}, 422, "validation-failed"),
        (f"/v1/log/leaves/{2**63 - 1}", {}, 404, "not-found"),
        ("/v1/log/proof/inclusion", {"index": 2**64, "size": 2}, 422, "validation-failed"),
        ("/v1/log/proof/consistency", {"from": 1, "to": 2**63}, 422, "validation-failed"),
    ],
)
async def test_bad_indexes_and_sizes_are_problems(
    application: FastAPI,
    http: httpx.AsyncClient,
    path: str,
    params: dict[str, Any],
    status: int,
    code: str,
) -> None:
    await append_leaves(application, 3)
    problem = assert_problem(await http.get(path, params=params), status, code)
    if params.get("size", params.get("to")) == 4:
        assert problem["tree_size"] == 3


async def test_what_never_changes_may_be_cached(
    application: FastAPI, http: httpx.AsyncClient
) -> None:
    await append_leaves(application, 5)
    immutable = "public, max-age=31536000, immutable"
    for path, params in (
        ("/v1/log/leaves/2", {}),
        ("/v1/log/proof/inclusion", {"index": 2, "size": 4}),
        ("/v1/log/proof/consistency", {"from": 2, "to": 5}),
    ):
        response = await http.get(path, params=params)
        assert response.headers["cache-control"] == immutable, path
