"""Making an evidence bundle on the victim's device (docs/protocol, "Evidence bundles").

The device picks the entries, reads and verifies each one's whole history,
and for every version seals the disclosures it reveals under a fresh export
key wrapped to a one-time bundle key. The server receives only sealed
packages, wrapped keys and the signed statement; the bundle key is shown to
the victim (printable and as a QR code) and never sent.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.client.bundle_casework import (
    Register,
    exhibit_numbers,
    histories,
    named_orders,
    registered_orders,
)
from app.client.case_documents import CaseDocuments
from app.client.diary import Diary, Replica, VerifiedVersion
from app.client.incident import occurred_at
from app.client.known_keys import KnownKeys
from app.protocol import bundle, commitment
from app.protocol.encoding import b64encode
from app.protocol.printable_key import format_key

# Entries per upload request, and the request size a batch stays under
# (the server takes at most 100 entries and 8 MiB).
BATCH_ENTRIES = 100
BATCH_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Selection:
    """Which entries go in: those listed, or else all that match every filter
    given (when it happened, a behaviour, possible breaches of an order);
    nothing given means all.

    `breaches_of`: the breach selection. An incident of schema version 2
    matches when its `orders_in_force` names one of these order ids of the
    orders case document (docs/protocol §28); give the order's period as
    `since` and `until` to keep to it."""

    entry_ids: tuple[uuid.UUID, ...] = ()
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    behaviours: tuple[str, ...] = ()
    breaches_of: tuple[str, ...] = ()

    def matches(self, version: VerifiedVersion) -> bool:
        if self.entry_ids:
            return version.entry_id in self.entry_ids
        when = occurred_at(version.incident)
        if self.since is not None and when < self.since:
            return False
        if self.until is not None and when >= self.until:
            return False
        if self.breaches_of and not possible_breach(version.incident, self.breaches_of):
            return False
        shown = set(version.incident.get("behaviours", []))
        return not self.behaviours or bool(shown & set(self.behaviours))


def possible_breach(incident: dict[str, Any], order_ids: tuple[str, ...]) -> bool:
    """The incident names one of the orders as in force when it happened."""
    named = incident.get("orders_in_force", [])
    return any(isinstance(o, dict) and o.get("order_id") in order_ids for o in named)


@dataclass(frozen=True)
class Redaction:
    """Fields withheld from every version, and files left out of the bundle.

    A withheld file's reference (name, type, hashes) still shows in the
    `attachments` field; withhold that field to hide the references too.
    Withholding the location also withholds it from inside the files: each
    goes in its metadata-stripped form, and a file without one is left out
    unless `include_unstripped` (the victim knows it may show the place)."""

    fields: frozenset[str] = frozenset()
    attachments: frozenset[uuid.UUID] = frozenset()
    include_unstripped: bool = False

    @property
    def strips_files(self) -> bool:
        return "location" in self.fields


@dataclass(frozen=True)
class Unstripped:
    """A file with no stripped form in a bundle that withholds the location:
    left out, or included as it is because the victim said so."""

    entry_id: uuid.UUID
    file_name: str
    included: bool


@dataclass(frozen=True)
class CreatedBundle:
    bundle_id: uuid.UUID
    key: bundle.BundleKey
    entry_count: int
    attachment_count: int
    unstripped: tuple[Unstripped, ...] = ()

    @property
    def printable_key(self) -> str:
        return format_key(self.key.secret)


@dataclass(frozen=True)
class _Export:
    """One entry as it goes to the server."""

    record: bundle.EntryRecord
    versions: int
    unstripped: tuple[Unstripped, ...] = ()

    def body(self) -> dict[str, Any]:
        return {
            "entry_id": str(self.record.entry_id),
            "versions": self.versions,
            "attachments": [str(a) for a in self.record.attachments],
            "wrapped_key": b64encode(self.record.wrapped_key),
            "package": b64encode(self.record.package),
        }


def package_version(version: VerifiedVersion, redaction: Redaction) -> bundle.PackageVersion:
    revealed: list[str] = []
    withheld: list[str] = []
    for disclosure in version.disclosures:
        name, _value = commitment.parse_disclosure(disclosure)
        if name in redaction.fields:
            withheld.append(name)
        else:
            revealed.append(disclosure)
    return bundle.PackageVersion(version.version, tuple(revealed), tuple(sorted(withheld)))


def included_attachments(
    history: Sequence[VerifiedVersion], redaction: Redaction
) -> tuple[tuple[uuid.UUID, ...], tuple[Unstripped, ...]]:
    """The files whose ciphertext goes in: those referenced by a version whose
    `attachments` field is disclosed, less the ones withheld; when the bundle
    strips files, each one's stripped form instead, and the files that have
    none (left out, or included as they are)."""
    if "attachments" in redaction.fields:
        return (), ()
    references = {
        uuid.UUID(a["attachment_id"]): a
        for version in history
        for a in version.incident.get("attachments", [])
    }
    found: set[uuid.UUID] = set()
    unstripped = []
    for attachment_id, reference in references.items():
        if attachment_id in redaction.attachments:
            continue
        chosen = _file_to_carry(attachment_id, reference, redaction)
        if chosen is None:
            include = redaction.include_unstripped
            unstripped.append(Unstripped(history[0].entry_id, reference["file_name"], include))
            chosen = attachment_id if include else None
        if chosen is not None:
            found.add(chosen)
    return tuple(sorted(found, key=lambda a: a.bytes)), tuple(unstripped)


def _file_to_carry(
    attachment_id: uuid.UUID, reference: dict[str, Any], redaction: Redaction
) -> uuid.UUID | None:
    """The original, or when the bundle strips files its stripped form (which
    may be the original itself); None when it has no stripped form."""
    if not redaction.strips_files:
        return attachment_id
    stripped = reference.get("stripped")
    if stripped is None:
        return None
    return uuid.UUID(stripped["attachment_id"]) if "attachment_id" in stripped else attachment_id


def _entry_redaction(history: Sequence[VerifiedVersion], redaction: Redaction) -> Redaction:
    """Older references record the photo's GPS position in the clear, and a
    bundle discloses the references with the files: when the bundle withholds
    the location, such an entry's `attachments` field is withheld too (so
    none of its files goes in), unless the victim includes unstripped files."""
    if not redaction.strips_files or redaction.include_unstripped:
        return redaction
    if not any("capture_location" in a for v in history for a in v.incident.get("attachments", [])):
        return redaction
    return dataclasses.replace(redaction, fields=redaction.fields | {"attachments"})


def _references_left_out(history: Sequence[VerifiedVersion]) -> tuple[Unstripped, ...]:
    references = [a for v in history for a in v.incident.get("attachments", [])]
    names = {a["attachment_id"]: a["file_name"] for a in references}
    return tuple(Unstripped(history[0].entry_id, name, False) for name in names.values())


def export_entry(
    bundle_id: uuid.UUID,
    public_key: bytes,
    history: Sequence[VerifiedVersion],
    redaction: Redaction,
    register: Register | None = None,
) -> _Export:
    entry_id = history[0].entry_id
    export_key = os.urandom(bundle.KEY_BYTES)
    own = _entry_redaction(history, redaction)
    versions = [package_version(v, own) for v in history]
    attachments, unstripped = included_attachments(history, own)
    if own is not redaction:
        unstripped = _references_left_out(history)
    record = bundle.EntryRecord(
        entry_id=entry_id,
        commitments=tuple(v.commitment_sha256 for v in history),
        attachments=attachments,
        wrapped_key=bundle.wrap_export_key(
            export_key, public_key, bundle.entry_key_info(entry_id, bundle_id)
        ),
        package=bundle.seal_package(
            export_key,
            bundle_id,
            entry_id,
            versions,
            (register or Register()).casework(history, own.fields),
        ),
    )
    return _Export(record, len(history), unstripped)


def _batches(exports: Iterable[_Export]) -> Iterable[list[_Export]]:
    batch: list[_Export] = []
    size = 0
    for item in exports:
        cost = (len(item.record.package) + len(item.record.wrapped_key)) * 4 // 3 + 1024
        if batch and (len(batch) == BATCH_ENTRIES or size + cost > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += cost
    if batch:
        yield batch


async def chosen_entries(
    diary: Diary, replica: Replica, selection: Selection
) -> list[VerifiedVersion]:
    """Sync (which also checks the log), then pick from the verified entries:
    each one's latest version, in entry id order."""
    await diary.sync(replica)
    return _chosen(diary.read_replica(replica), selection)


def _chosen(latest: Iterable[VerifiedVersion], selection: Selection) -> list[VerifiedVersion]:
    return sorted((v for v in latest if selection.matches(v)), key=lambda v: v.entry_id.bytes)


async def _register(
    diary: Diary,
    every: Sequence[list[VerifiedVersion]],
    chosen: Sequence[list[VerifiedVersion]],
    known: KnownKeys,
) -> Register:
    """The exhibit numbers over her whole diary; her orders only when a
    chosen entry names one."""
    orders = {}
    if any(named_orders(history) for history in chosen):
        orders = await registered_orders(CaseDocuments(diary.api, diary.identity, known))
    return Register(exhibit_numbers(every), orders)


async def create_bundle(
    diary: Diary,
    replica: Replica,
    selection: Selection,
    redaction: Redaction | None = None,
    known: KnownKeys | None = None,
) -> CreatedBundle:
    """Export the chosen entries into a new sealed bundle. Raises ValueError
    when nothing matches, VerificationError when any history fails to verify.
    `known`: the keys this device confirmed, for the orders case documents
    whose authors it checks (else each author's key as the server gives it)."""
    redaction = redaction or Redaction()
    await diary.sync(replica)
    everything = diary.read_replica(replica)
    chosen = {v.entry_id for v in _chosen(everything, selection)}
    if not chosen:
        raise ValueError("no entry matches: nothing to export")
    every = await histories(diary, sorted(everything, key=lambda v: v.entry_id.bytes))
    picked = [h for h in every if h[0].entry_id in chosen]
    register = await _register(diary, every, picked, known or KnownKeys())
    log_key = replica.log.verifier_key
    assert log_key is not None, "a sync pins the log key"
    key, bundle_id = bundle.BundleKey.generate(), uuid.uuid4()
    await diary.api.call(
        "PUT", f"/v1/bundles/{bundle_id}", json={"recipient_key": b64encode(key.public_bytes)}
    )
    exports = [
        export_entry(bundle_id, key.public_bytes, history, redaction, register)
        for history in picked
    ]
    for batch in _batches(exports):
        await diary.api.call(
            "PUT", f"/v1/bundles/{bundle_id}/entries", json={"entries": [e.body() for e in batch]}
        )
    await _seal(diary, key, bundle_id, [e.record for e in exports], log_key)
    return CreatedBundle(
        bundle_id=bundle_id,
        key=key,
        entry_count=len(exports),
        attachment_count=sum(len(e.record.attachments) for e in exports),
        unstripped=tuple(u for e in exports for u in e.unstripped),
    )


async def _seal(
    diary: Diary,
    key: bundle.BundleKey,
    bundle_id: uuid.UUID,
    records: Sequence[bundle.EntryRecord],
    log_key: str,
) -> None:
    count, digest = bundle.records_digest(records)
    statement = bundle.Statement(
        bundle_id=bundle_id,
        owner_id=diary.identity.account_id,
        owner_key=diary.identity.keys.signing_public,
        owner_hpke_key=diary.identity.keys.hpke_public,
        recipient_key=key.public_bytes,
        log_key=log_key,
        created_at=bundle.statement_time(dt.datetime.now(dt.UTC)),
        entry_count=count,
        entries_sha256=digest,
    ).to_bytes()
    await diary.api.call(
        "POST",
        f"/v1/bundles/{bundle_id}/seal",
        json={
            "statement": b64encode(statement),
            "signature": b64encode(bundle.sign_statement(statement, diary.identity.keys.signing)),
            "mac": b64encode(bundle.statement_mac(statement, key)),
        },
    )
