"""docs/vectors/breaches.json: the possible-breach lines and the orders table
the Python pack prints, which the browser verifier's port
(web/sdk/src/bundle/orders.ts, web/sdk/test/orders.test.ts) must print too."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from app.client.police_pack import orders
from app.client.police_pack.model import Incident, Order, PolicePack, Version

VECTORS = json.loads(
    (Path(__file__).parents[2] / "docs" / "vectors" / "breaches.json").read_text("utf-8")
)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _pack(fields: dict[str, Any] | None = None) -> tuple[PolicePack, Incident]:
    version = Version(1, fields or {}, (), _EPOCH, 0, "00" * 32)
    incident = Incident(1, uuid.UUID(int=1), (version,))
    carried = [
        Order.from_document(uuid.UUID(o["document_id"]), o["order"]) for o in VECTORS["orders"]
    ]
    by_start = sorted(carried, key=lambda o: (o.start, o.reference or "", o.order_id))
    pack = PolicePack(
        bundle_id=uuid.UUID(int=2),
        sealed_at=_EPOCH,
        owner_id=uuid.UUID(int=3),
        owner_fingerprint="",
        log_origin="",
        checkpoint_size=1,
        checkpoint_root="",
        opened_at=_EPOCH,
        incidents=(incident,),
        orders=tuple(by_start),
    )
    return pack, incident


@pytest.mark.parametrize("case", VECTORS["cases"], ids=[c["name"] for c in VECTORS["cases"]])
def test_breach_lines(case: dict[str, Any]) -> None:
    pack, incident = _pack(case["fields"])
    assert orders.breach_lines(pack, incident) == case["lines"]


def test_order_rows() -> None:
    pack, _incident = _pack()
    assert orders.order_headers() == VECTORS["order_headers"]
    assert orders.order_rows(pack) == VECTORS["order_rows"]
