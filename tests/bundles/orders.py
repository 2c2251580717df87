"""The victim's orders case document that bundle tests mark breaches against:
one stalking protection order in force 5 to 20 October 2026, two conditions."""

from __future__ import annotations

import uuid
from typing import Any

from app.client.case_documents import CaseDocuments, Reader
from app.client.known_keys import KnownKeys
from tests.writers import Writer

ORDERS: dict[str, Any] = {
    "schema_version": 1,
    "written_at": "2026-10-01T12:00:00+00:00",
    "orders": [
        {
            "id": "spo-1",
            "type": "stalking-protection-order",
            "issued_by": "Northshire Magistrates' Court",
            "reference": "NM/2026/0412",
            "start": "2026-10-05",
            "end": "2026-10-20",
            "conditions": [
                {"id": "c1", "text": "Not to contact the applicant by any means."},
                {"id": "c2", "text": "Not to enter Elm Road."},
            ],
        }
    ],
}
SPO = "Stalking Protection Order NM/2026/0412"


async def orders_document(victim: Writer) -> uuid.UUID:
    """The victim's orders document, readable by her alone."""
    me = Reader(victim.me.account_id, victim.me.keys.hpke.public_key())
    documents = CaseDocuments(victim.api, victim.me, KnownKeys())
    made = await documents.create(victim.me.account_id, "orders", ORDERS, [me])
    return made.document_id
