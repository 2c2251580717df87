"""Many creates and edits of the caller's diary in one request and one
transaction (docs/protocol §19.8).

Each item is checked as its single request is (app.entries.service), in
order, against the diary as the items before it leave it; a refused item
writes nothing and answers its problem in its slot. The accepted items are
then written together: one statement per table (Core executemany, no unit of
work), their receipts appended to the log as consecutive leaves.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.attachments import service as attachments
from app.entries import repository, service
from app.entries.repository import ENTRIES, GRANTS, EntryState, row_of
from app.entries.schemas import BatchAppend, BatchCreate
from app.errors import DaybookError
from app.evidence import service as evidence
from app.models import Attachment, Entry, EntryKeyGrant, EntryVersion
from app.protocol import commitment
from app.sessions.caller import AccountRef
from app.version_checks import check_repeat

Item = BatchCreate | BatchAppend


@dataclass
class Accepted:
    """An item that passed every check, and the rows it writes."""

    version: EntryVersion
    entry: Entry | None = None
    grant: EntryKeyGrant | None = None


@dataclass(frozen=True)
class Repeated:
    """An item that repeats a write already made (in this batch or before)."""

    entry_id: uuid.UUID
    number: int


Outcome = Accepted | Repeated | DaybookError


@dataclass
class Diary:
    """The owner's diary as the items checked so far leave it."""

    owner: AccountRef
    now: dt.datetime
    states: dict[uuid.UUID, EntryState]
    hashes: dict[tuple[uuid.UUID, int], bytes]
    granted: set[uuid.UUID]
    found: dict[uuid.UUID, Attachment]

    def check(self, item: Item) -> Accepted | Repeated:
        return self.create(item) if isinstance(item, BatchCreate) else self.append(item)

    def create(self, item: BatchCreate) -> Accepted | Repeated:
        owner, entry_id = self.owner, item.entry_id
        state = self.states.get(entry_id)
        if state is not None:
            service.check_create_repeat(owner, state)
            service.check_same_first(self.hashes.get((entry_id, 1)), item.version)
            return Repeated(entry_id, 1)
        service.check_key_grant(owner, entry_id, owner.id, item.key_grant)
        signed = service.check_version(owner, entry_id, 1, None, item.version)
        attachments.bind_found(self.found, entry_id, signed.attachments)
        accepted = Accepted(
            self._version(entry_id, 1, item),
            service.new_entry(owner, entry_id, 0, self.now),
            service.new_grant(owner, entry_id, item.key_grant, self.now),
        )
        self.states[entry_id] = EntryState(owner.id, False, 1)
        return accepted

    def append(self, item: BatchAppend) -> Accepted | Repeated:
        entry_id, base = item.entry_id, item.base_version
        state = self.states.get(entry_id)
        state = service.check_editable(self.owner, state, entry_id in self.granted)
        number = base + 1
        if base != state.current_version:
            check_repeat(
                base, state.current_version, self.hashes.get((entry_id, number)), item.version
            )
            return Repeated(entry_id, number)
        previous = self.hashes[(entry_id, base)]
        signed = service.check_version(self.owner, entry_id, number, previous, item.version)
        attachments.bind_found(self.found, entry_id, signed.attachments)
        accepted = Accepted(self._version(entry_id, number, item))
        self.states[entry_id] = EntryState(state.owner_id, False, number)
        return accepted

    def _version(self, entry_id: uuid.UUID, number: int, item: Item) -> EntryVersion:
        version = service.new_version(entry_id, number, item.version, self.now)
        self.hashes[(entry_id, number)] = version.commitment_sha256
        return version


def _attachment_ids(items: Sequence[Item]) -> list[uuid.UUID]:
    """Every attachment the items' commitments name, to look up at once; a
    commitment that does not parse is refused by its item's own check."""
    ids: set[uuid.UUID] = set()
    for item in items:
        try:
            ids.update(commitment.parse_commitment(item.version.commitment).attachments)
        except ValueError:
            continue
    return sorted(ids)


async def _diary(db: AsyncSession, owner: AccountRef, items: Sequence[Item]) -> Diary:
    """What the checks need, in four queries whatever the batch's size."""
    ids = list(dict.fromkeys(item.entry_id for item in items))
    states = await repository.states(db, ids)
    others = [i for i, s in states.items() if s.owner_id != owner.id]
    granted = await repository.granted(db, others, owner.id) if others else set()
    wanted = {(i, 1) for i, s in states.items() if s.owner_id == owner.id}
    for item in items:
        state = states.get(item.entry_id)
        if isinstance(item, BatchAppend) and state is not None and state.owner_id == owner.id:
            current, repeat = state.current_version, item.base_version + 1
            wanted |= {(item.entry_id, current), (item.entry_id, repeat)}
    hashes = await repository.commitment_hashes(db, wanted)
    found = await attachments.owned(db, owner.id, _attachment_ids(items))
    return Diary(owner, evidence.received_now(), states, hashes, granted, found)


async def write(db: AsyncSession, owner: AccountRef, items: Sequence[Item]) -> list[Outcome]:
    """Each item's outcome, in order; the accepted ones are written (in this
    transaction) with their receipts."""
    first_seq = await repository.next_diary_seq(db, owner.id, len(items))
    diary = await _diary(db, owner, items)
    outcomes: list[Outcome] = []
    # The change number of each entry's last accepted item, so that sync
    # reports each entry once, after every other change before it.
    seqs: dict[uuid.UUID, int] = {}
    for offset, item in enumerate(items):
        try:
            outcome = diary.check(item)
        except DaybookError as refused:
            outcomes.append(refused)
            continue
        if isinstance(outcome, Accepted):
            seqs[item.entry_id] = first_seq + offset
        outcomes.append(outcome)
    accepted = [o for o in outcomes if isinstance(o, Accepted)]
    if accepted:
        await _store(db, diary, accepted, seqs)
    return outcomes


async def _store(
    db: AsyncSession, diary: Diary, accepted: list[Accepted], seqs: dict[uuid.UUID, int]
) -> None:
    new = {a.entry.id: a.entry for a in accepted if a.entry is not None}
    last = {a.version.entry_id: a.version.version for a in accepted}
    for entry in new.values():
        entry.current_version, entry.change_seq = last[entry.id], seqs[entry.id]
    await repository.insert_rows(db, ENTRIES, [row_of(e) for e in new.values()])
    moved = [
        {"moved_id": i, "to_version": n, "to_seq": seqs[i], "at": diary.now}
        for i, n in last.items()
        if i not in new
    ]
    await repository.move_entries(db, moved)
    await repository.insert_rows(db, GRANTS, [row_of(a.grant) for a in accepted if a.grant])
    # The attachments bound by the checks, now that their entries exist.
    await db.flush()
    await service.accept_versions(db, [a.version for a in accepted], diary.now)
    # What a create answers is the entry as it made it.
    for entry in new.values():
        entry.current_version = 1


async def answers(
    db: AsyncSession, owner: AccountRef, outcomes: Sequence[Outcome]
) -> dict[tuple[uuid.UUID, int], EntryVersion | service.EntryView]:
    """What each repeated item answers: a create the entry as it now is, an
    edit the version it repeats (read once the batch is written)."""
    accepted = {
        (o.version.entry_id, o.version.version): o.version
        for o in outcomes
        if isinstance(o, Accepted)
    }
    repeated = [o for o in outcomes if isinstance(o, Repeated)]
    entries = sorted({o.entry_id for o in repeated if o.number == 1})
    stored_wanted = {(o.entry_id, o.number) for o in repeated if o.number > 1}
    stored = await repository.stored_versions(db, stored_wanted - accepted.keys())
    found: dict[tuple[uuid.UUID, int], EntryVersion | service.EntryView] = {
        **stored,
        **{key: accepted[key] for key in stored_wanted & accepted.keys()},
    }
    if entries:
        rows = await repository.of_ids(db, entries)
        latest = await repository.latest_versions(db, entries)
        grants = await repository.grants_for(db, entries, owner.id)
        for entry_id, entry in rows.items():
            found[(entry_id, 1)] = service.EntryView(
                entry, grants.get(entry_id), latest.get(entry_id)
            )
    return found
