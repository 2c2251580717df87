"""The evidence log as an outside verifier sees it (the public routes, checked
with app.protocol alone), `append_leaves` to fill it without requests, and
`rotate` to hand it to a new key as the admin command does."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx
from fastapi import FastAPI

from app.db import transaction
from app.evidence import service as evidence
from app.evidence.schemas import Receipt
from app.protocol import merkle
from app.protocol.checkpoint import Checkpoint, open_checkpoint
from app.protocol.encoding import b64decode
from app.protocol.key_handover import Handover, open_handover
from app.protocol.receipts import ReceiptKind
from app.protocol.signed_note import Signer, Verifier


@dataclass(frozen=True)
class PublishedLog:
    http: httpx.AsyncClient
    origin: str
    verifier: Verifier

    @classmethod
    async def fetch(cls, http: httpx.AsyncClient) -> PublishedLog:
        key = (await http.get("/v1/log/key")).json()
        verifier = Verifier.from_vkey(key["verifier_key"])
        assert verifier.name == key["origin"]
        assert verifier.key_id.hex() == key["key_id"]
        return cls(http, key["origin"], verifier)

    async def checkpoint(self) -> Checkpoint:
        """The current checkpoint, its signature verified with the published key."""
        response = await self.http.get("/v1/log/checkpoint")
        assert response.status_code == 200, response.text
        return open_checkpoint(response.text, self.origin, [self.verifier])

    async def assert_included(self, receipt: dict[str, Any], head: Checkpoint) -> None:
        """The receipt's leaf is in the tree of `head`, by a server proof."""
        leaf = merkle.leaf_hash(b64decode(receipt["leaf_data"]))
        assert b64decode(receipt["leaf_hash"]) == leaf
        params = {"index": receipt["leaf_index"], "size": head.size}
        response = await self.http.get("/v1/log/proof/inclusion", params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        proof = [b64decode(h) for h in body["proof"]]
        assert b64decode(body["root_hash"]) == head.root_hash
        assert merkle.verify_inclusion(
            receipt["leaf_index"], head.size, leaf, proof, head.root_hash
        )

    async def leaf_hashes(self, size: int) -> list[bytes]:
        hashes = []
        for index in range(size):
            leaf = (await self.http.get(f"/v1/log/leaves/{index}")).json()
            hashes.append(b64decode(leaf["leaf_hash"]))
        return hashes


async def append_leaves(application: FastAPI, count: int) -> list[Receipt]:
    """`count` receipts straight through the service, in one transaction."""
    state = application.state.daybook
    async with transaction(state.sessionmaker) as db:
        return [
            await evidence.append(
                db, ReceiptKind.ATTACHMENT, os.urandom(32), evidence.received_now()
            )
            for _ in range(count)
        ]


def log_signer(application: FastAPI) -> Signer:
    state = application.state.daybook
    return Signer(state.settings.log_origin, state.keys.signing_key)


async def rotate(application: FastAPI, new: Signer) -> Handover:
    """What `daybook admin rotate-log-key` does, on the app's database."""
    async with transaction(application.state.daybook.sessionmaker) as db:
        key = await evidence.rotate_key(db, log_signer(application), new)
    assert key.handover is not None
    return open_handover(key.handover, new.name)
