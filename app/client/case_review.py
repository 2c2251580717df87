"""The advocate's view of a case on their device: what is new or changed
since their last review, the risk reviews due and the orders ending.

The last review is a mark the advocate's device keeps (never sent to the
server): when it was, and which version of each shared entry and case
document it saw. Everything here works from the lists the API gives and
the case documents the device decrypted; the server computes none of it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# Risk reviews fall every six to eight weeks: shown from a week before.
REVIEW_WARNING = dt.timedelta(days=7)
# Orders ending within four weeks are shown, so a renewal can be sought.
ORDER_WARNING = dt.timedelta(days=28)


@dataclass(frozen=True)
class Versioned:
    """A shared entry or a case document as listed by the API."""

    object_id: uuid.UUID
    version: int
    kind: str = "entry"

    @classmethod
    def entries(cls, listed: Iterable[dict[str, Any]]) -> list[Versioned]:
        """From GET /v1/cases/{case_id}/entries."""
        return [cls(uuid.UUID(e["entry_id"]), int(e["current_version"])) for e in listed]

    @classmethod
    def documents(cls, listed: Iterable[dict[str, Any]]) -> list[Versioned]:
        """From the case documents list (docs/protocol §28): id, kind, current_version."""
        return [cls(uuid.UUID(d["id"]), int(d["current_version"]), str(d["kind"])) for d in listed]


@dataclass
class ReviewMark:
    reviewed_at: dt.datetime | None = None
    seen: dict[uuid.UUID, int] = field(default_factory=dict)
    notes_seen: set[uuid.UUID] = field(default_factory=set)

    def to_json(self) -> dict[str, Any]:
        return {
            "reviewed_at": None if self.reviewed_at is None else self.reviewed_at.isoformat(),
            "seen": {str(k): v for k, v in self.seen.items()},
            "notes_seen": sorted(str(n) for n in self.notes_seen),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReviewMark:
        at = data.get("reviewed_at")
        return cls(
            None if at is None else dt.datetime.fromisoformat(at),
            {uuid.UUID(k): int(v) for k, v in data.get("seen", {}).items()},
            {uuid.UUID(n) for n in data.get("notes_seen", [])},
        )


@dataclass(frozen=True)
class Changes:
    new: tuple[Versioned, ...]
    changed: tuple[Versioned, ...]
    new_notes: tuple[uuid.UUID, ...]

    @property
    def nothing(self) -> bool:
        return not (self.new or self.changed or self.new_notes)


def since(mark: ReviewMark, objects: Sequence[Versioned], note_ids: Sequence[uuid.UUID]) -> Changes:
    """What appeared, and what has a newer version, since the mark."""
    return Changes(
        new=tuple(o for o in objects if o.object_id not in mark.seen),
        changed=tuple(
            o for o in objects if o.object_id in mark.seen and o.version > mark.seen[o.object_id]
        ),
        new_notes=tuple(n for n in note_ids if n not in mark.notes_seen),
    )


def reviewed(
    objects: Sequence[Versioned], note_ids: Sequence[uuid.UUID], now: dt.datetime
) -> ReviewMark:
    """The mark to keep once the advocate has looked at all of it."""
    return ReviewMark(now, {o.object_id: o.version for o in objects}, set(note_ids))


@dataclass(frozen=True)
class Due:
    what: str
    on: dt.date
    overdue: bool


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value)[:10])


def reviews_due(risk_reviews: Iterable[dict[str, Any]], today: dt.date) -> list[Due]:
    """The next review of the latest risk review, if due within a week or past."""
    latest = max(
        (r for r in risk_reviews if r.get("next_review_due")),
        key=lambda r: str(r.get("assessed_on", "")),
        default=None,
    )
    due = None if latest is None else _date(latest["next_review_due"])
    if due is None or due - today > REVIEW_WARNING:
        return []
    return [Due("risk review", due, due < today)]


def orders_ending(orders: Iterable[dict[str, Any]], today: dt.date) -> list[Due]:
    """Orders of the register ending within four weeks, or ended in the last four."""
    found = []
    for order in orders:
        end = _date(order.get("end"))
        if end is not None and abs(end - today) <= ORDER_WARNING:
            found.append(
                Due(f"{order['type']} {order.get('reference', order['id'])}", end, end < today)
            )
    return sorted(found, key=lambda d: d.on)
