"""The victim's diary on the device: write, edit, read, verify and sync entries.

Everything is encrypted, signed and checked here; the server only stores.
Every version read back is verified: the owner's signature over the
commitment, the commitment against the envelope, the decryption, each
disclosure against its digest, the hash chain of versions and the schema;
and its evidence-log receipt names this version. Whether the log holds that
leaf is checked at each sync, against a signed checkpoint that must extend
the last one this device verified (app.client.log_check).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import pickle
import uuid
from collections.abc import Sequence
from contextlib import aclosing
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.client import log_check, sync_pages
from app.client.api import ApiError, DaybookApi
from app.client.errors import VerificationError as VerificationError
from app.client.identity import Identity
from app.client.incident import file_ids, occurred_at, validate_incident
from app.client.log_check import LogReport, LogView
from app.protocol import commitment, entries, key_grants, receipts
from app.protocol.encoding import b64decode, b64encode


class EntryDeleted(LookupError):
    """The entry was deleted: only its tombstone is left."""


@dataclass(frozen=True)
class LogReceipt:
    """Where the server says it logged a version: leaf `leaf_index` of the
    evidence log, whose data names this version's commitment hash. Not yet
    checked against a signed checkpoint (an inclusion proof does that)."""

    leaf_index: int
    leaf_data: bytes
    leaf: receipts.ReceiptLeaf

    @property
    def leaf_hash(self) -> bytes:
        return receipts.leaf_hash(self.leaf_data)


@dataclass(frozen=True)
class VerifiedVersion:
    entry_id: uuid.UUID
    version: int
    incident: dict[str, Any]
    disclosures: list[str]
    commitment: commitment.Commitment
    commitment_sha256: bytes
    received_at: dt.datetime
    receipt: LogReceipt | None = None


@dataclass(frozen=True)
class Current:
    """An entry's verified current version and the key to write the next one."""

    entry_id: uuid.UUID
    content_key: bytes
    latest: VerifiedVersion


@dataclass
class Replica:
    """A device's copy of its diary: the sync cursor, each entry's latest state
    as the server sent it (ciphertext, so it is safe to keep on disk), and what
    the device has verified of the evidence log (public data)."""

    cursor: str | None = None
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    log: LogView = field(default_factory=LogView)

    def to_json(self) -> dict[str, Any]:
        return {"cursor": self.cursor, "entries": self.entries, "log": self.log.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Replica:
        return cls(
            cursor=data.get("cursor"),
            entries=dict(data.get("entries", {})),
            log=LogView.from_json(data.get("log") or {}),
        )


@dataclass(frozen=True)
class SyncReport:
    changed: int
    deleted: int
    log: LogReport


class Chain(Enum):
    """Which previous hash a version must name, when not a known one."""

    # The one its own signed commitment states: for the latest version read
    # alone, whose chain is checked when the whole history is read.
    AS_SIGNED = "as-signed"


def _fail(entry_id: uuid.UUID, version: int | None, what: str) -> VerificationError:
    where = f"entry {entry_id}" + (f" version {version}" if version is not None else "")
    return VerificationError(f"{where}: {what}")


def _decode_receipt(wire: dict[str, Any], entry_id: uuid.UUID, number: int | None) -> LogReceipt:
    try:
        index, data = int(wire["leaf_index"]), b64decode(wire["leaf_data"])
        claimed_hash = b64decode(wire["leaf_hash"])
        leaf = receipts.decode_leaf(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise _fail(entry_id, number, f"bad receipt: {exc}") from exc
    if index < 0 or claimed_hash != receipts.leaf_hash(data):
        raise _fail(entry_id, number, "the receipt's leaf hash is not that of its leaf data")
    return LogReceipt(index, data, leaf)


def check_receipt(
    wire: dict[str, Any], entry_id: uuid.UUID, number: int, commitment_hash: bytes
) -> LogReceipt:
    """The version's receipt must decode, hash to its leaf hash, and be the
    receipt of an entry version with this commitment hash."""
    receipt = _decode_receipt(wire, entry_id, number)
    leaf = receipt.leaf
    if leaf.kind is not receipts.ReceiptKind.ENTRY_VERSION or leaf.object_sha256 != commitment_hash:
        raise _fail(entry_id, number, "the receipt is not this version's")
    return receipt


def check_deletion_receipt(wire: dict[str, Any], entry_id: uuid.UUID) -> LogReceipt:
    """A tombstone's receipt must decode, hash to its leaf hash, and be the
    tombstone of this entry id."""
    receipt = _decode_receipt(wire, entry_id, None)
    leaf = receipt.leaf
    tombstone = receipts.tombstone_object(entry_id)
    if leaf.kind is not receipts.ReceiptKind.TOMBSTONE or leaf.object_sha256 != tombstone:
        raise _fail(entry_id, None, "the deletion receipt is not this entry's tombstone")
    return receipt


def check_key_grant_receipt(
    wire: dict[str, Any], entry_id: uuid.UUID, info: bytes, envelope: bytes
) -> LogReceipt:
    """A share's receipt must decode, hash to its leaf hash, and be the
    receipt of this key grant (the message its granter signed)."""
    receipt = _decode_receipt(wire, entry_id, None)
    leaf = receipt.leaf
    grant = receipts.key_grant_object(info, envelope)
    if leaf.kind is not receipts.ReceiptKind.KEY_GRANT or leaf.object_sha256 != grant:
        raise _fail(entry_id, None, "the share's receipt is not that of this key grant")
    return receipt


def verify_version(
    wire: dict[str, Any],
    content_key: bytes,
    owner_id: uuid.UUID,
    owner_key: Ed25519PublicKey,
    previous: bytes | Chain | None,
) -> VerifiedVersion:
    """Check one version from the server against everything it claims;
    `previous` is the hash it must chain to (None for version 1)."""
    entry_id, number = uuid.UUID(wire["entry_id"]), int(wire["version"])
    envelope, signed = b64decode(wire["ciphertext"]), b64decode(wire["commitment"])
    if not commitment.verify(signed, b64decode(wire["signature"]), owner_key):
        raise _fail(entry_id, number, "the owner's signature does not verify")
    try:
        parsed = commitment.parse_commitment(signed)
    except ValueError as exc:
        raise _fail(entry_id, number, f"bad commitment: {exc}") from exc
    if previous is Chain.AS_SIGNED:
        previous = parsed.previous
    claims = (parsed.entry_id, parsed.owner_id, parsed.version, parsed.previous)
    if claims != (entry_id, owner_id, number, previous):
        raise _fail(entry_id, number, "the commitment belongs to another place in the history")
    if parsed.ciphertext_sha256 != commitment.sha256(envelope):
        raise _fail(entry_id, number, "the ciphertext is not the one the owner signed")
    try:
        plaintext = entries.decrypt_version(envelope, content_key, entry_id, number, owner_id)
        disclosures = commitment.decode_plaintext(plaintext)
        incident = commitment.undisclose(disclosures)
    except Exception as exc:
        raise _fail(entry_id, number, f"does not decrypt to a valid entry ({exc!r})") from exc
    try:
        commitment.check_disclosures(parsed, disclosures)
    except ValueError as exc:
        raise _fail(entry_id, number, str(exc)) from exc
    validate_incident(incident)
    if set(file_ids(incident)) != set(parsed.attachments):
        raise _fail(entry_id, number, "the signed attachment list does not match the entry")
    commitment_hash = commitment.commitment_hash(signed)
    receipt = wire.get("receipt")
    return VerifiedVersion(
        entry_id=entry_id,
        version=number,
        incident=incident,
        disclosures=disclosures,
        commitment=parsed,
        commitment_sha256=commitment_hash,
        received_at=dt.datetime.fromisoformat(wire["received_at"]),
        receipt=None
        if receipt is None
        else check_receipt(receipt, entry_id, number, commitment_hash),
    )


def version_body(
    identity: Identity,
    entry_id: uuid.UUID,
    number: int,
    previous: bytes | None,
    incident: dict[str, Any],
    content_key: bytes,
) -> dict[str, Any]:
    """Disclose, pad, encrypt and sign one version: the wire body's version part."""
    validate_incident(incident)
    disclosures = commitment.disclose(incident)
    owner = identity.account_id
    envelope = entries.encrypt_version(
        commitment.encode_plaintext(disclosures), content_key, entry_id, number, owner
    )
    attachments = tuple(file_ids(incident))
    signed = commitment.Commitment(
        entry_id=entry_id,
        owner_id=owner,
        version=number,
        previous=previous,
        ciphertext_sha256=commitment.sha256(envelope),
        digests=commitment.digest_slots(disclosures),
        attachments=attachments,
    ).to_bytes()
    return {
        "ciphertext": b64encode(envelope),
        "commitment": b64encode(signed),
        "signature": b64encode(commitment.sign(signed, identity.keys.signing)),
    }


def create_body(
    identity: Identity, entry_id: uuid.UUID, incident: dict[str, Any]
) -> dict[str, Any]:
    """The whole create request: a fresh content key, granted to the owner."""
    content_key = entries.new_content_key()
    info = key_grants.entry_key_info(entry_id, identity.account_id)
    envelope, signature = key_grants.grant(
        content_key, identity.keys.hpke.public_key(), info, identity.keys.signing
    )
    return {
        "key_grant": {"envelope": b64encode(envelope), "signature": b64encode(signature)},
        "version": version_body(identity, entry_id, 1, None, incident, content_key),
    }


def open_entry_grant(entry: dict[str, Any], reader: Identity, granter: Ed25519PublicKey) -> bytes:
    """The content key from the reader's key grant on `entry` (as the server
    sent it), which `granter` (the entry's owner) must have signed for this
    entry and this reader (docs/protocol, key grants)."""
    if entry["deleted"]:
        raise EntryDeleted(f"entry {entry['id']} was deleted")
    grant = entry.get("key_grant")
    if grant is None:
        raise _fail(uuid.UUID(entry["id"]), None, "no key grant for this account")
    entry_id = uuid.UUID(entry["id"])
    info = key_grants.entry_key_info(entry_id, reader.account_id)
    try:
        return key_grants.open_grant(
            b64decode(grant["envelope"]),
            b64decode(grant["signature"]),
            info,
            reader.keys.hpke,
            granter,
        )
    except Exception as exc:
        raise _fail(entry_id, None, f"the key grant does not open ({exc!r})") from exc


async def verified_history(
    api: DaybookApi,
    entry: dict[str, Any],
    content_key: bytes,
    owner_id: uuid.UUID,
    owner_key: Ed25519PublicKey,
) -> list[VerifiedVersion]:
    """Every version of `entry`, oldest first, each verified against its
    owner's key and chained to the one before; none may be missing."""
    entry_id = uuid.UUID(entry["id"])
    verified: list[VerifiedVersion] = []
    after: int | None = 0
    while after is not None:
        page = await api.versions(entry_id, after=after)
        for wire in page["versions"]:
            previous = verified[-1].commitment_sha256 if verified else None
            verified.append(verify_version(wire, content_key, owner_id, owner_key, previous))
        after = page["next_after"]
    if [v.version for v in verified] != list(range(1, entry["current_version"] + 1)):
        raise _fail(entry_id, None, "the history has gaps or extra versions")
    return verified


# The server's limits on a batch (§19.8, §22), with room for the JSON around.
BATCH_ITEMS = 100
BATCH_BYTES = 8 * 1024 * 1024 - 64 * 1024


def batches(items: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The items in order, cut into batches the server accepts."""
    cut: list[list[dict[str, Any]]] = [[]]
    size = 0
    for item in items:
        item_size = len(json.dumps(item))
        if cut[-1] and (len(cut[-1]) == BATCH_ITEMS or size + item_size > BATCH_BYTES):
            cut.append([])
            size = 0
        cut[-1].append(item)
        size += item_size
    return [batch for batch in cut if batch]


class Diary:
    """One unlocked account's own diary over the API.

    `replica`, when given, is where `add` and `append` record the receipts of
    this device's own writes, to be proven at the next sync (a version edited
    again before then never comes back through sync), where `add` keeps the
    new entry at once, and the replica `sync` uses when given none. `log_key`
    is the evidence log's verifier key as its operator publishes it; without
    it, the first sync pins the key the server sends (trust on first use;
    compare it out of band).
    """

    def __init__(
        self,
        api: DaybookApi,
        identity: Identity,
        *,
        replica: Replica | None = None,
        log_key: str | None = None,
    ) -> None:
        self.api = api
        self.identity = identity
        self.replica = replica
        self.log_key = log_key
        # The latest versions this Diary verified, by entry id, each with the
        # entry exactly as it was verified (_snapshot): reading the replica
        # right after a sync then verifies each entry once, not twice.
        self._verified: dict[str, tuple[bytes, VerifiedVersion]] = {}

    @cached_property
    def _owner_key(self) -> Ed25519PublicKey:
        return self.identity.keys.signing.public_key()

    def open_key_grant(self, entry: dict[str, Any]) -> bytes:
        return open_entry_grant(entry, self.identity, self._owner_key)

    def verify_latest(
        self, entry: dict[str, Any], previous: bytes | Chain | None
    ) -> VerifiedVersion:
        return verify_version(
            entry["latest"],
            self.open_key_grant(entry),
            self.identity.account_id,
            self._owner_key,
            previous,
        )

    async def add(
        self, incident: dict[str, Any], *, entry_id: uuid.UUID | None = None
    ) -> VerifiedVersion:
        entry_id = entry_id or uuid.uuid4()
        body = create_body(self.identity, entry_id, incident)
        entry = await self.api.create_entry(entry_id, body)
        version = self._written(self.verify_latest(entry, None))
        if self.replica is not None:  # known here at once: its short id works before a sync
            self.replica.entries[str(entry_id)] = entry
        return version

    async def add_many(
        self, incidents: Sequence[dict[str, Any]]
    ) -> list[VerifiedVersion | ApiError]:
        """Each incident as a new entry, sent in batches (§19.8): the verified
        version 1 of each, in order, or the ApiError its own create would have
        raised. Sending the same batch again is harmless, so a batch whose
        answer was lost is simply sent again (resend the bodies, never rebuild)."""
        creates = [
            {"op": "create", "entry_id": str(entry_id), **create_body(self.identity, entry_id, i)}
            for entry_id, i in ((uuid.uuid4(), incident) for incident in incidents)
        ]
        written: list[VerifiedVersion | ApiError] = []
        for chunk in batches(creates):
            for result in await self.api.write_batch(chunk):
                written.append(self._added(result))
        return written

    def _added(self, result: dict[str, Any]) -> VerifiedVersion | ApiError:
        if result["problem"] is not None:
            return ApiError(int(result["status"]), dict(result["problem"]))
        entry = result["entry"]
        version = self._written(self.verify_latest(entry, None))
        if self.replica is not None:
            self.replica.entries[str(entry["id"])] = entry
        return version

    async def current(self, entry_id: uuid.UUID) -> Current:
        """The verified current version, to base an edit on."""
        entry = await self.api.entry(entry_id)
        content_key = self.open_key_grant(entry)
        latest = (await self.history(entry_id, entry))[-1]
        return Current(entry_id, content_key, latest)

    async def append(self, base: Current, incident: dict[str, Any]) -> VerifiedVersion:
        """Append `incident` as the version after `base`: ApiError 409
        `stale-version` if the entry has moved on since `base` was read, so a
        change made on another device is never silently written over."""
        previous, number = base.latest.commitment_sha256, base.latest.version + 1
        body = version_body(
            self.identity, base.entry_id, number, previous, incident, base.content_key
        )
        wire = await self.api.append_version(
            base.entry_id, {**body, "base_version": base.latest.version}
        )
        return self._written(
            verify_version(
                wire, base.content_key, self.identity.account_id, self._owner_key, previous
            )
        )

    def _written(self, version: VerifiedVersion) -> VerifiedVersion:
        if self.replica is not None:
            _expect(self.replica, version.receipt)
        return version

    async def edit(self, entry_id: uuid.UUID, incident: dict[str, Any]) -> VerifiedVersion:
        """Replace the entry's content with `incident`, as a new version."""
        return await self.append(await self.current(entry_id), incident)

    async def history(
        self, entry_id: uuid.UUID, entry: dict[str, Any] | None = None
    ) -> list[VerifiedVersion]:
        """Every version, oldest first, each verified and chained to the one before."""
        entry = entry or await self.api.entry(entry_id)
        return await verified_history(
            self.api,
            entry,
            self.open_key_grant(entry),
            self.identity.account_id,
            self._owner_key,
        )

    async def delete(self, entry_id: uuid.UUID) -> None:
        await self.api.delete_entry(entry_id)

    async def sync(self, replica: Replica | None = None) -> SyncReport:
        """Bring the replica up to date, verifying the latest version of each
        change; then hold the server to its evidence log: its current signed
        checkpoint must extend the last one verified, and every receipt this
        sync brought (versions and tombstones), and those of this device's own
        writes, must be in it (app.client.log_check).

        On a LogInconsistent the replica's log state is left as it was, with
        this sync's receipts still to prove; do not keep its other changes.
        """
        if replica is None:
            if self.replica is None:
                raise TypeError("no replica to sync: pass one, or give the Diary one")
            replica = self.replica
        changed = deleted = 0
        async with aclosing(sync_pages.pages(self.api, replica.cursor)) as pages:
            async for page in pages:
                for entry in page["changes"]:
                    if self._apply(replica, entry):
                        changed += 1
                    else:
                        deleted += 1
                    await asyncio.sleep(0)  # the next page arrives meanwhile
                replica.cursor = page["cursor"]
        log = await log_check.advance(self.api, replica.log, expected_key=self.log_key)
        return SyncReport(changed=changed, deleted=deleted, log=log)

    def _apply(self, replica: Replica, entry: dict[str, Any]) -> bool:
        """Keep one change in the replica once verified; False for a deletion."""
        if entry["deleted"]:
            receipt = entry.get("deletion_receipt")
            if receipt is not None:
                _expect(replica, check_deletion_receipt(receipt, uuid.UUID(entry["id"])))
            replica.entries.pop(entry["id"], None)
            return False
        _check_not_rolled_back(replica.entries.get(entry["id"]), entry)
        _expect(replica, self._latest_of(entry).receipt)
        replica.entries[entry["id"]] = entry
        return True

    def read_replica(self, replica: Replica) -> list[VerifiedVersion]:
        """The replica's entries, decrypted and verified, in the order they
        happened. An entry this Diary verified before, unchanged, gives the
        same VerifiedVersion again: treat them as read-only."""
        found = [self._latest_of(e) for e in replica.entries.values()]
        return sorted(found, key=lambda v: occurred_at(v.incident))

    def _latest_of(self, entry: dict[str, Any]) -> VerifiedVersion:
        """The entry's latest version verified (its chain is checked when the
        whole history is read); what this Diary found for the same entry
        before, if not a byte of it changed since."""
        as_sent = _snapshot(entry)
        known = self._verified.get(entry["id"])
        if known is not None and known[0] == as_sent:
            return known[1]
        version = self.verify_latest(entry, Chain.AS_SIGNED)
        self._verified[entry["id"]] = (as_sent, version)
        return version


def _snapshot(entry: dict[str, Any]) -> bytes:
    """The entry's content as bytes, to tell later whether any of it changed:
    equal pickles unpickle to equal values (two equal entries may pickle apart,
    and are then merely verified again). A tenth of the cost of json.dumps."""
    return pickle.dumps(entry, protocol=5)


def _expect(replica: Replica, receipt: LogReceipt | None) -> None:
    if receipt is not None:
        replica.log.expect(receipt.leaf_index, receipt.leaf_hash)


def _check_not_rolled_back(known: dict[str, Any] | None, incoming: dict[str, Any]) -> None:
    """A server may not serve an older version than this device has seen."""
    if known is None:
        return
    entry_id = uuid.UUID(incoming["id"])
    older = incoming["current_version"] < known["current_version"]
    same_number = incoming["current_version"] == known["current_version"]
    if older or (same_number and incoming["latest"]["commitment"] != known["latest"]["commitment"]):
        raise _fail(entry_id, incoming["current_version"], "the server rolled the entry back")
