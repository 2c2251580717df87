"""Orders case documents for tests: one stalking protection order with two
conditions; ORDERS, the one bundle tests mark breaches against, is in force
5 to 20 October 2026."""

from __future__ import annotations

import uuid
from typing import Any

from app.client.case_documents import CaseDocuments, Reader
from app.client.known_keys import KnownKeys
from tests.writers import Writer


def stalking_protection_order(written_at: str, start: str, end: str) -> dict[str, Any]:
    """An orders case document: one order, NM/2026/0412, with two conditions."""
    return {
        "schema_version": 1,
        "written_at": written_at,
        "orders": [
            {
                "id": "spo-1",
                "type": "stalking-protection-order",
                "issued_by": "Northshire Magistrates' Court",
                "reference": "NM/2026/0412",
                "start": start,
                "end": end,
                "conditions": [
                    {"id": "c1", "text": "Not to contact the applicant by any means."},
                    {"id": "c2", "text": "Not to enter Elm Road."},
                ],
            }
        ],
    }


ORDERS = stalking_protection_order("2026-10-01T12:00:00+00:00", "2026-10-05", "2026-10-20")
SPO = "Stalking Protection Order NM/2026/0412"


async def orders_document(victim: Writer) -> uuid.UUID:
    """The victim's orders document, readable by her alone."""
    me = Reader(victim.me.account_id, victim.me.keys.hpke.public_key())
    documents = CaseDocuments(victim.api, victim.me, KnownKeys())
    made = await documents.create(victim.me.account_id, "orders", ORDERS, [me])
    return made.document_id
