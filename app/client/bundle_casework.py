"""What the victim's device adds to each package of a bundle, beside the
signed versions (docs/protocol §25.2): each file's exhibit number in her
whole diary, and the orders an entry names as her orders case documents
state them.

Exhibit numbers: every file any version of any of her entries has named,
ordered by when the server first received a version naming it, then by the
SHA-256 of the original file, then by its id, and numbered from 1. A file
added later is received later, so it never moves the files before it: the
same file has the same number in every bundle, whichever entries each one
holds. Erasing an entry that named files moves the numbers after them
(docs/INCIDENT.md, exhibit labels)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.client.case_documents import CaseDocuments
from app.client.diary import Diary, VerifiedVersion
from app.protocol import bundle

OrderKey = tuple[uuid.UUID, str]


@dataclass(frozen=True)
class Register:
    """The exhibit numbers of the whole diary and the orders she can read."""

    exhibit_numbers: Mapping[uuid.UUID, int] = field(default_factory=dict)
    orders: Mapping[OrderKey, dict[str, Any]] = field(default_factory=dict)

    def casework(
        self, history: Sequence[VerifiedVersion], withheld: frozenset[str]
    ) -> bundle.Casework:
        """What one entry's package carries: nothing of a field she withholds."""
        numbers: dict[uuid.UUID, int] = {}
        if "attachments" not in withheld:
            numbers = {
                a: self.exhibit_numbers[a] for a in _files(history) if a in self.exhibit_numbers
            }
        orders: dict[OrderKey, dict[str, Any]] = {}
        if "orders_in_force" not in withheld:
            for key in named_orders(history):
                if key in self.orders:
                    orders[key] = {"document_id": str(key[0]), "order": self.orders[key]}
        return bundle.Casework(numbers, tuple(orders.values()))


def _files(history: Sequence[VerifiedVersion]) -> list[uuid.UUID]:
    return [
        uuid.UUID(reference["attachment_id"])
        for version in history
        for reference in version.incident.get("attachments", [])
    ]


def named_orders(history: Sequence[VerifiedVersion]) -> list[OrderKey]:
    return [
        (uuid.UUID(named["document_id"]), str(named["order_id"]))
        for version in history
        for named in version.incident.get("orders_in_force", [])
    ]


def exhibit_numbers(histories: Sequence[Sequence[VerifiedVersion]]) -> dict[uuid.UUID, int]:
    """`histories`: every entry of the diary, each with all its versions."""
    first: dict[uuid.UUID, tuple[dt.datetime, str, bytes]] = {}
    for history in histories:
        for version in history:
            for reference in version.incident.get("attachments", []):
                attachment_id = uuid.UUID(reference["attachment_id"])
                key = (version.received_at, str(reference["sha256"]), attachment_id.bytes)
                first[attachment_id] = min(first.get(attachment_id, key), key)
    ordered = sorted(first, key=first.__getitem__)
    return {attachment_id: n for n, attachment_id in enumerate(ordered, start=1)}


async def histories(diary: Diary, latest: Sequence[VerifiedVersion]) -> list[list[VerifiedVersion]]:
    """Each entry's whole history; a single version is its own, verified by
    the sync already."""
    return [
        [version] if version.version == 1 else await diary.history(version.entry_id)
        for version in latest
    ]


async def registered_orders(documents: CaseDocuments) -> dict[OrderKey, dict[str, Any]]:
    """Every order of her orders documents, as each one's current version
    states it (read and verified on this device)."""
    found: dict[OrderKey, dict[str, Any]] = {}
    for listed in await documents.documents():
        if listed["kind"] != "orders":
            continue
        document_id = uuid.UUID(listed["id"])
        current = (await documents.read(document_id))[-1]
        for order in current.content["orders"]:
            found[(document_id, str(order["id"]))] = order
    return found
