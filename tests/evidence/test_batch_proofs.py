"""Many receipts proven in one request, against one tree size."""

from __future__ import annotations

import httpx

from app.protocol import merkle
from app.protocol.encoding import b64decode
from tests.writers import Writer, incident


async def test_a_batch_of_proofs_verifies_and_matches_single_proofs(
    http: httpx.AsyncClient, victim: Writer
) -> None:
    for n in range(1, 8):
        await victim.diary.add(incident(f"incident {n}", day=n))
    size = 7
    batch = await http.get("/v1/log/proofs/inclusion", params={"size": size, "index": [6, 0, 3, 3]})
    assert batch.status_code == 200, batch.text
    body = batch.json()
    assert [p["index"] for p in body["proofs"]] == [6, 0, 3, 3]
    for proof in body["proofs"]:
        single = await http.get(
            "/v1/log/proof/inclusion", params={"index": proof["index"], "size": size}
        )
        assert single.json() == proof
        assert merkle.verify_inclusion(
            proof["index"],
            size,
            b64decode(proof["leaf_hash"]),
            [b64decode(h) for h in proof["proof"]],
            b64decode(body["root_hash"]),
        )


async def test_bad_batches_are_refused(http: httpx.AsyncClient, victim: Writer) -> None:
    await victim.diary.add(incident("one"))
    cases: dict[str, tuple[dict[str, int | list[int]], int]] = {
        "past the tree": ({"size": 1, "index": [0, 1]}, 400),
        "beyond the log": ({"size": 5, "index": [0]}, 400),
        "negative": ({"size": 1, "index": [-1]}, 422),
        "none": ({"size": 1}, 422),
        "too many": ({"size": 1, "index": [0] * 101}, 422),
    }
    for name, (params, status) in cases.items():
        response = await http.get("/v1/log/proofs/inclusion", params=params)
        assert response.status_code == status, (name, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
