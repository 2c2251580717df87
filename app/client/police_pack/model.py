"""What a verified bundle says, ready to print: the renderers read only this.

Everything here has already been checked by app/client/bundle_open.py (hashes,
signatures, proofs, the incident schema); a renderer never sees a bundle byte.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

TimeSourceKind = Literal["server", "tsa", "witness"]


@dataclass(frozen=True)
class TimeSource:
    """Something that fixes when a version existed at the latest.

    "server": Daybook's own receipt (received_at); "tsa": an RFC 3161 time-stamp
    over a signed checkpoint that includes the version; "witness": a C2SP
    cosignature of such a checkpoint."""

    kind: TimeSourceKind
    name: str
    time: dt.datetime
    detail: str = ""


@dataclass(frozen=True)
class ExhibitMetadata:
    """What the pack's file holds besides the picture (docs/protocol §18.1).

    "stripped": the metadata-stripped copy, whose SHA-256 the victim's device
    signed with the original's (`original_sha256`); "none": the original, which
    held no metadata the stripping removes; "as recorded": the original as the
    device recorded it, metadata and all; "unstripped": a file without a
    stripped form in an incident whose location is withheld, in the pack only
    because the victim chose to include it (else left out)."""

    kind: Literal["stripped", "none", "as recorded", "unstripped"] = "as recorded"
    original_sha256: str | None = None


@dataclass(frozen=True)
class Exhibit:
    """One attached file. `pack_path` is None when the victim withheld the file;
    `size` and `sha256` are those of the file in the pack (the stripped copy's,
    when it is one)."""

    reference: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    pack_path: str | None
    captured_at: str | None = None
    entry_number: int = 0
    attachment_id: uuid.UUID | None = None
    metadata: ExhibitMetadata = ExhibitMetadata()
    # The file's number in the victim's whole diary, as her device gave it
    # at export (docs/protocol §25.2): the same in every bundle.
    number: int | None = None

    @property
    def withheld(self) -> bool:
        return self.pack_path is None


@dataclass(frozen=True)
class Version:
    """One signed version of an entry: the fields disclosed in the bundle and the
    names of those the victim withheld."""

    version: int
    fields: dict[str, Any]
    withheld: tuple[str, ...]
    received_at: dt.datetime
    leaf_index: int
    commitment_sha256: str
    time_sources: tuple[TimeSource, ...] = ()

    @property
    def recorded_at(self) -> str | None:
        value = self.fields.get("recorded_at")
        return value if isinstance(value, str) else None


@dataclass(frozen=True)
class Incident:
    """One entry with its whole history, oldest version first."""

    number: int
    entry_id: uuid.UUID
    versions: tuple[Version, ...]
    exhibits: tuple[Exhibit, ...] = ()

    @property
    def current(self) -> Version:
        return self.versions[-1]

    @property
    def amendments(self) -> tuple[Version, ...]:
        return self.versions[1:]

    @property
    def occurred_start(self) -> dt.datetime | None:
        occurred = self.current.fields.get("occurred")
        if not isinstance(occurred, dict) or not isinstance(occurred.get("start"), str):
            return None
        return dt.datetime.fromisoformat(occurred["start"])

    @property
    def time_zone(self) -> str | None:
        occurred = self.current.fields.get("occurred")
        zone = occurred.get("time_zone") if isinstance(occurred, dict) else None
        return zone if isinstance(zone, str) else None

    @property
    def behaviours(self) -> tuple[str, ...]:
        value = self.current.fields.get("behaviours")
        return tuple(value) if isinstance(value, list) else ()


@dataclass(frozen=True)
class Condition:
    condition_id: str
    text: str


@dataclass(frozen=True)
class Order:
    """An order or set of conditions as the victim's orders case document
    states it, carried in the bundle by her device (docs/protocol §25.2)."""

    document_id: uuid.UUID
    order_id: str
    type: str
    issued_by: str
    start: dt.date
    end: dt.date | None
    conditions: tuple[Condition, ...]
    reference: str | None = None
    type_other: str | None = None
    served_on: dt.date | None = None

    @classmethod
    def from_document(cls, document_id: uuid.UUID, order: dict[str, Any]) -> Order:
        """From an order already checked against schemas/orders.schema.json."""

        def day(name: str) -> dt.date | None:
            value = order.get(name)
            return None if value is None else dt.date.fromisoformat(value)

        start = day("start")
        assert start is not None, "the schema requires it"
        return cls(
            document_id=document_id,
            order_id=order["id"],
            type=order["type"],
            issued_by=order["issued_by"],
            start=start,
            end=day("end"),
            conditions=tuple(Condition(c["id"], c["text"]) for c in order["conditions"]),
            reference=order.get("reference"),
            type_other=order.get("type_other"),
            served_on=day("served_on"),
        )

    def in_force_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Check:
    """One thing the opener verified, for verification.txt and the report."""

    item: str
    check: str
    result: str = "passed"


@dataclass(frozen=True)
class PolicePack:
    bundle_id: uuid.UUID
    sealed_at: dt.datetime
    owner_id: uuid.UUID
    owner_fingerprint: str
    log_origin: str
    checkpoint_size: int
    checkpoint_root: str
    opened_at: dt.datetime
    incidents: tuple[Incident, ...]
    checks: tuple[Check, ...] = field(default=())
    # The orders the incidents name, each once, by start date.
    orders: tuple[Order, ...] = ()

    @property
    def exhibits(self) -> tuple[Exhibit, ...]:
        return tuple(e for incident in self.incidents for e in incident.exhibits)

    @property
    def period(self) -> tuple[dt.datetime, dt.datetime] | None:
        starts = [i.occurred_start for i in self.incidents if i.occurred_start is not None]
        return (min(starts), max(starts)) if starts else None

    def behaviour_counts(self) -> Counter[str]:
        return Counter(b for incident in self.incidents for b in incident.behaviours)
