"""Opening an evidence bundle: verify everything, decrypt, and describe it.

`verify_bundle` checks, in this order, and stops at the first failure with a
BundleInvalid naming the item and the check:

1. the ZIP: every member listed by the manifest with its size and SHA-256;
2. the statement: made for this bundle key (its MAC), signed by the victim's
   key, naming this bundle;
3. the log: the checkpoint signed by the log key the victim's device pinned;
4. each entry: its export key opens, every version's commitment is signed by
   the victim, chained to the one before, its receipt is in the checkpoint,
   every disclosed field matches its signed digest and the incident schema;
   each attachment decrypts and hashes to what the entry recorded;
5. the entry list: exactly the entries, versions and files the statement fixed;
6. the seal time: the device's `created_at` is possible against the log's times;
7. the container: members in their one order, the ZIP byte for byte its
   canonical encoding. Each JSON member is checked to be exactly the canonical
   JSON of the values checked, so every byte of the file is fixed.

Nothing it returns or writes comes from an unchecked byte.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.client import json_schema
from app.client.bundle_log import (
    BundleInvalid,
    LogChecks,
    check_canonical,
    proofs_document,
    receipt_document,
)
from app.client.bundle_zip import BundleZip
from app.client.incident import IncidentInvalid, file_ids, validate_disclosed
from app.client.police_pack.model import (
    Check,
    Exhibit,
    ExhibitMetadata,
    Incident,
    Order,
    PolicePack,
    Version,
)
from app.protocol import bundle, commitment, stream, strict_json
from app.protocol import bundle_layout as layout
from app.protocol.cosignature import CosignatureVerifier
from app.protocol.encoding import b64decode, b64encode, parse_uuid
from app.protocol.keys import fingerprint
from app.protocol.receipts import ReceiptKind
from app.protocol.signed_note import Verifier
from app.protocol.timestamp import TsaTrust, canonical_pem

__all__ = ["BundleInvalid", "OpenedBundle", "verify_bundle"]

# The register's own time, needed by the schema, is not carried: any will do.
_EPOCH = "1970-01-01T00:00:00+00:00"


@dataclass
class _Entry:
    """An entry as verified, before incidents are numbered."""

    entry_id: uuid.UUID
    versions: list[Version]
    references: dict[uuid.UUID, dict[str, Any]]
    # Each decrypted file under its original's id, and which of them are stripped copies.
    files: dict[uuid.UUID, Path | None] = field(default_factory=dict)
    # The entry member's versions and files, rebuilt from what was checked.
    version_documents: list[dict[str, Any]] = field(default_factory=list)
    attachment_documents: list[dict[str, Any]] = field(default_factory=list)
    stripped: set[uuid.UUID] = field(default_factory=set)
    # A stripped copy's id -> its original's id.
    copies: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    # The ids of the files the ZIP carries: an original, or a stripped copy in its place.
    carried: list[uuid.UUID] = field(default_factory=list)
    casework: bundle.Casework = field(default_factory=bundle.Casework)


@dataclass(frozen=True)
class OpenedBundle:
    pack: PolicePack
    manifest: bytes
    # Decrypted exhibits waiting for their names, when a directory was given.
    files: dict[uuid.UUID, Path]


@dataclass
class _Opener:
    archive: BundleZip
    key: bundle.BundleKey
    workdir: Path | None
    statement: bundle.Statement
    log: LogChecks
    checks: list[Check] = field(default_factory=list)

    @property
    def owner_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.statement.owner_key)

    def entries(self) -> list[_Entry]:
        chain = bundle.RecordsDigest()
        found: list[_Entry] = []
        for name in self.archive.names:
            if name.startswith("entries/"):
                data = self.archive.read(name)
                entry, record = self._entry(name, strict_json.loads(data), data)
                _add(chain, record, name)
                found.append(entry)
        if (chain.count, chain.digest()) != (
            self.statement.entry_count,
            self.statement.entries_sha256,
        ):
            raise BundleInvalid(
                layout.STATEMENT,
                "entry list",
                "the bundle's entries, versions or files are not those the victim exported",
            )
        return found

    def _entry(
        self, name: str, document: dict[str, Any], data: bytes
    ) -> tuple[_Entry, bundle.EntryRecord]:
        entry_id = parse_uuid(document["entry_id"], "entry_id")
        if name != layout.entry_member(entry_id):
            raise BundleInvalid(name, "member name", "it does not name the entry it holds")
        wrapped, package = b64decode(document["wrapped_key"]), b64decode(document["package"])
        try:
            info = bundle.entry_key_info(entry_id, self.statement.bundle_id)
            export_key = bundle.unwrap_export_key(wrapped, self.key, info)
            opened = bundle.open_package(package, export_key, self.statement.bundle_id, entry_id)
        except (bundle.BundleFormatError, ValueError) as exc:
            raise BundleInvalid(name, "decryption", str(exc)) from None
        entry = _Entry(entry_id, [], {}, casework=opened.casework)
        hashes = self._versions(name, entry, document["versions"], opened.versions)
        attached = [self._attachment(name, entry, wire) for wire in document["attachments"]]
        rebuilt = {
            "attachments": sorted(entry.attachment_documents, key=_by_attachment_id),
            "entry_id": str(entry_id),
            "package": b64encode(package),
            "versions": entry.version_documents,
            "wrapped_key": b64encode(wrapped),
        }
        check_canonical(name, data, rebuilt)
        self.checks.append(
            Check(name, f"{len(hashes)} version(s), {len(attached)} file(s): all checks")
        )
        record = bundle.EntryRecord(entry_id, tuple(hashes), tuple(attached), wrapped, package)
        return entry, record

    def _versions(
        self,
        name: str,
        entry: _Entry,
        wires: list[dict[str, Any]],
        revealed: list[bundle.PackageVersion],
    ) -> list[bytes]:
        if len(wires) != len(revealed) or not wires:
            raise BundleInvalid(name, "version list", "versions and disclosures do not pair up")
        previous: bytes | None = None
        hashes = []
        for wire, package in zip(wires, revealed, strict=True):
            item = f"{name} version {package.version}"
            signed, version = self._version(item, entry.entry_id, wire, package, previous)
            entry.versions.append(version)
            entry.version_documents.append(_version_document(wire, signed, version, package))
            _references(entry, version.fields)
            previous = commitment.commitment_hash(signed)
            hashes.append(previous)
        return hashes

    def _version(
        self,
        item: str,
        entry_id: uuid.UUID,
        wire: dict[str, Any],
        package: bundle.PackageVersion,
        previous: bytes | None,
    ) -> tuple[bytes, Version]:
        signed = b64decode(wire["commitment"])
        if not commitment.verify(signed, b64decode(wire["signature"]), self.owner_key):
            raise BundleInvalid(item, "victim's signature", "it does not verify")
        try:
            parsed = commitment.parse_commitment(signed)
        except ValueError as exc:
            raise BundleInvalid(item, "commitment", str(exc)) from None
        where = (parsed.entry_id, parsed.owner_id, parsed.version, parsed.previous)
        if where != (entry_id, self.statement.owner_id, package.version, previous):
            raise BundleInvalid(item, "version chain", "it belongs elsewhere in the history")
        fields = self._disclosed(item, parsed, package)
        digest = commitment.commitment_hash(signed)
        receipt = self.log.receipt(item, wire["receipt"], ReceiptKind.ENTRY_VERSION, digest)
        sources = self.log.included(item, receipt, wire)
        version = Version(
            version=package.version,
            fields=fields,
            withheld=package.withheld,
            received_at=receipt.leaf.received_at,
            leaf_index=receipt.leaf_index,
            commitment_sha256=digest.hex(),
            time_sources=sources,
        )
        return signed, version

    def _disclosed(
        self, item: str, parsed: commitment.Commitment, package: bundle.PackageVersion
    ) -> dict[str, Any]:
        try:
            commitment.check_disclosures(parsed, list(package.disclosures))
            fields = commitment.undisclose(list(package.disclosures))
            validate_disclosed(fields, package.withheld)
        except (ValueError, IncidentInvalid) as exc:
            raise BundleInvalid(item, "disclosed fields", str(exc)) from None
        if len(package.disclosures) + len(package.withheld) > commitment.DIGEST_SLOTS:
            raise BundleInvalid(item, "disclosed fields", "more fields than digest slots")
        if "attachments" in fields and set(file_ids(fields)) != set(parsed.attachments):
            raise BundleInvalid(item, "attachments", "they differ from the signed list")
        return fields

    def _attachment(self, name: str, entry: _Entry, wire: dict[str, Any]) -> uuid.UUID:
        attachment_id = parse_uuid(wire["attachment_id"], "attachment_id")
        member = layout.attachment_member(attachment_id)
        reference = _file_reference(entry, attachment_id)
        if reference is None or wire["member"] != member:
            raise BundleInvalid(member, "reference", f"no disclosed version of {name} lists it")
        ciphertext_sha256 = self._decrypt(member, attachment_id, reference, entry)
        receipt = self.log.receipt(
            member, wire["receipt"], ReceiptKind.ATTACHMENT, ciphertext_sha256
        )
        self.log.included(member, receipt, wire)
        entry.attachment_documents.append(
            {
                "attachment_id": str(attachment_id),
                "member": member,
                "receipt": receipt_document(receipt),
                "size": self.archive.listing[member].size,
                **proofs_document(wire),
            }
        )
        entry.carried.append(attachment_id)
        if attachment_id in entry.copies:
            what = "metadata-stripped copy: its SHA-256 is the one the victim's device signed"
            self.checks.append(Check(member, what))
        return attachment_id

    def _decrypt(
        self, member: str, attachment_id: uuid.UUID, reference: dict[str, Any], entry: _Entry
    ) -> bytes:
        key = stream.StreamKey(
            b64decode(reference["key"]), b64decode(reference["nonce_prefix"]), attachment_id
        )
        plaintext = hashlib.sha256()
        chunks = self.archive.stream(member, stream.CIPHERTEXT_CHUNK_BYTES)
        target = None if self.workdir is None else self.workdir / f".{attachment_id}.part"
        sink = None if target is None else target.open("wb")
        try:
            for piece in _opened(member, key, chunks):
                plaintext.update(piece)
                if sink is not None:
                    sink.write(piece)
        finally:
            if sink is not None:
                sink.close()
        # Reading it to the end checked the member against the manifest's SHA-256.
        ciphertext_sha256 = self.archive.listing[member].sha256
        if ciphertext_sha256 != b64decode(reference["ciphertext_sha256"]):
            raise BundleInvalid(member, "ciphertext SHA-256", "not the file the entry recorded")
        if plaintext.hexdigest() != reference["sha256"]:
            recorded = "stripped form" if attachment_id in entry.copies else "original"
            raise BundleInvalid(member, "file SHA-256", f"the decrypted file is not the {recorded}")
        original = entry.copies.get(attachment_id, attachment_id)
        if original in entry.files:
            raise BundleInvalid(
                member, "stripped copy", "the bundle carries both a file and its stripped copy"
            )
        entry.files[original] = target
        if original != attachment_id:
            entry.stripped.add(original)
        return ciphertext_sha256


def _version_document(
    wire: dict[str, Any], signed: bytes, version: Version, package: bundle.PackageVersion
) -> dict[str, Any]:
    """A version as its entry member holds it, rebuilt from what was checked."""
    receipt = {"leaf_data": wire["receipt"]["leaf_data"], "leaf_index": version.leaf_index}
    return {
        "commitment": b64encode(signed),
        "receipt": receipt,
        "signature": wire["signature"],  # decoded strictly when it was verified
        "version": package.version,
        **proofs_document(wire),
    }


def _by_attachment_id(document: dict[str, Any]) -> bytes:
    return uuid.UUID(document["attachment_id"]).bytes


def _add(chain: bundle.RecordsDigest, record: bundle.EntryRecord, name: str) -> None:
    try:
        chain.add(record)
    except ValueError as exc:
        raise BundleInvalid(name, "entry order", str(exc)) from None


def _references(entry: _Entry, fields: dict[str, Any]) -> None:
    for reference in fields.get("attachments", []):
        attachment_id = uuid.UUID(reference["attachment_id"])
        entry.references[attachment_id] = reference
        copy = reference.get("stripped", {}).get("attachment_id")
        if copy is not None:
            entry.copies[uuid.UUID(copy)] = attachment_id


def _file_reference(entry: _Entry, attachment_id: uuid.UUID) -> dict[str, Any] | None:
    """What decrypts and checks a carried file: its reference, or for a
    stripped copy the `stripped` member of its original's reference."""
    if attachment_id in entry.copies:
        stripped: dict[str, Any] = entry.references[entry.copies[attachment_id]]["stripped"]
        return stripped
    return entry.references.get(attachment_id)


def _opened(member: str, key: stream.StreamKey, chunks: Iterator[bytes]) -> Iterator[bytes]:
    try:
        yield from stream.decrypt_stream(key, chunks)
    except BundleInvalid:
        raise
    except Exception as exc:
        raise BundleInvalid(member, "decryption", f"a chunk does not open ({exc})") from None


def _statement(archive: BundleZip, key: bundle.BundleKey) -> bundle.Statement:
    member = archive.read(layout.STATEMENT)
    document = strict_json.loads(member)
    data = b64decode(document["statement"])
    wrapper = {
        "mac": b64encode(b64decode(document["mac"])),
        "signature": b64encode(b64decode(document["signature"])),
        "statement": b64encode(data),
    }
    check_canonical(layout.STATEMENT, member, wrapper)
    try:
        statement = bundle.parse_statement(data)
    except bundle.BundleFormatError as exc:
        raise BundleInvalid(layout.STATEMENT, "format", str(exc)) from None
    if statement.recipient_key != key.public_bytes:
        raise BundleInvalid(
            layout.STATEMENT,
            "bundle key",
            "this key is not the key of this bundle (it belongs to another bundle)",
        )
    if not bundle.statement_mac_ok(data, b64decode(document["mac"]), key):
        raise BundleInvalid(layout.STATEMENT, "bundle key MAC", "the statement was altered")
    owner = Ed25519PublicKey.from_public_bytes(statement.owner_key)
    if not bundle.statement_signature_ok(data, b64decode(document["signature"]), owner):
        raise BundleInvalid(layout.STATEMENT, "victim's signature", "it does not verify")
    if str(statement.bundle_id) != archive.manifest.get("bundle_id"):
        raise BundleInvalid(layout.MANIFEST, "bundle id", "it is not the statement's")
    return statement


def _check_manifest(archive: BundleZip, statement: bundle.Statement, readme: bytes) -> None:
    """Every byte of the manifest and README but the server's `sealed_at` is fixed
    by the statement or by what it lists, so it is checked, not trusted."""
    if readme != layout.readme(statement.bundle_id):
        raise BundleInvalid(layout.README, "content", "it is not the text every bundle carries")
    manifest = archive.manifest
    claims = (manifest["owner_id"], manifest["log_key"])
    if claims != (str(statement.owner_id), statement.log_key):
        raise BundleInvalid(layout.MANIFEST, "owner and log key", "they are not the statement's")


def _trust(archive: BundleZip, given: TsaTrust | None) -> TsaTrust | None:
    """The TSA roots the police gave, else the chain the bundle carries (read,
    and so hash-checked, either way)."""
    if not archive.has(layout.TSA_CERTIFICATES):
        return given
    carried = archive.read(layout.TSA_CERTIFICATES)
    try:
        canonical = canonical_pem(carried)
    except ValueError as exc:
        raise BundleInvalid(layout.TSA_CERTIFICATES, "certificates", str(exc)) from None
    if canonical != carried:
        raise BundleInvalid(
            layout.TSA_CERTIFICATES,
            "canonical form",
            "it is not the certificates' PEM encoding alone (other text, or another layout)",
        )
    if given is not None:
        return given
    try:
        return TsaTrust.from_pem(carried)
    except ValueError as exc:
        raise BundleInvalid(layout.TSA_CERTIFICATES, "certificates", str(exc)) from None


def verify_bundle(
    path: Path,
    key: bundle.BundleKey,
    *,
    workdir: Path | None = None,
    tsa_roots: TsaTrust | None = None,
    witnesses: Sequence[CosignatureVerifier] = (),
) -> OpenedBundle:
    """Check the bundle at `path` with `key`; decrypted files go into `workdir`
    (named by attachment id, hidden) when one is given, else nowhere. The
    cosignatures of `witnesses` are checked and reported as time sources."""
    archive = BundleZip(path)
    try:
        readme = archive.read(layout.README)
        statement = _statement(archive, key)
        _check_manifest(archive, statement, readme)
        verifier = Verifier.from_vkey(statement.log_key)
        keys = archive.read(layout.LOG_KEYS) if archive.has(layout.LOG_KEYS) else None
        trust = _trust(archive, tsa_roots)
        log = LogChecks.open(verifier, archive.read, trust, witnesses, keys)
        if archive.manifest["checkpoint_size"] != log.head.size:
            raise BundleInvalid(layout.MANIFEST, "checkpoint size", "it is not the checkpoint's")
        opener = _Opener(archive, key, workdir, statement, log)
        found = opener.entries()
        opened_at = dt.datetime.now(dt.UTC)
        _check_seal_time(statement, log, opened_at)
        archive.check_all_used()
        _check_order(archive, found, log)
        archive.check_container()
        return _describe(archive, statement, log, opener.checks, found, opened_at)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, BundleInvalid):
            raise
        # Only a bundle crafted to pass every hash can get here.
        raise BundleInvalid(path.name, "format", repr(exc)) from None
    finally:
        archive.close()


def _check_order(archive: BundleZip, found: list[_Entry], log: LogChecks) -> None:
    """The members come in the one order §25.7 gives, so that the same evidence
    makes the same file."""
    optional = [layout.TSA_CERTIFICATES, layout.LOG_KEYS]
    expected = [layout.README, layout.STATEMENT, layout.CHECKPOINT]
    expected += [name for name in optional if archive.has(name)]
    for entry in found:
        expected.append(layout.entry_member(entry.entry_id))
        files = sorted(entry.carried, key=lambda a: a.bytes)
        expected += [layout.attachment_member(a) for a in files]
    expected += [layout.kept_checkpoint_member(size) for size in log.kept_sizes]
    if archive.names != [*expected, layout.MANIFEST]:
        raise BundleInvalid(
            archive.path.name, "member order", "the members are not in the order of §25.7"
        )


def _check_seal_time(statement: bundle.Statement, log: LogChecks, now: dt.datetime) -> None:
    """`created_at` is the victim's device clock, signed but not independent: it
    must follow every receipt the bundle holds and precede, give or take the
    clocks' skew, every time known to follow the seal (this computer's clock,
    and the time-stamps and cosignatures of checkpoints kept after it)."""
    assert log.newest_receipt is not None, "every bundle holds at least one receipt"
    later, later_is = now, "this computer's clock now"
    for source in log.after_seal:
        if source.time < later:
            later = source.time
            later_is = f"the time given by {source.name} to a checkpoint kept after the seal"
    problem = bundle.seal_time_problem(statement.sealed_at, log.newest_receipt, later, later_is)
    if problem is not None:
        raise BundleInvalid(
            layout.STATEMENT,
            "seal time",
            f"created_at {statement.created_at} (the victim's device clock) cannot be when "
            f"the bundle was sealed: {problem}",
        )


def _describe(
    archive: BundleZip,
    statement: bundle.Statement,
    log: LogChecks,
    checks: list[Check],
    found: list[_Entry],
    opened_at: dt.datetime,
) -> OpenedBundle:
    def when(entry: _Entry) -> tuple[int, dt.datetime, bytes]:
        start = _occurred(entry.versions[-1].fields)
        far = dt.datetime.max.replace(tzinfo=dt.UTC)
        return (start is None, start or far, entry.entry_id.bytes)

    incidents, files = [], {}
    for number, entry in enumerate(sorted(found, key=when), start=1):
        exhibits = _exhibits(number, entry)
        incidents.append(Incident(number, entry.entry_id, tuple(entry.versions), exhibits))
        files.update({k: v for k, v in entry.files.items() if v is not None})
    pack = PolicePack(
        bundle_id=statement.bundle_id,
        sealed_at=statement.sealed_at,
        owner_id=statement.owner_id,
        owner_fingerprint=fingerprint(statement.owner_key, statement.owner_hpke_key),
        log_origin=log.verifier.name,
        checkpoint_size=log.head.size,
        checkpoint_root=log.head.root_hash.hex(),
        opened_at=opened_at,
        incidents=tuple(incidents),
        checks=(*_summary_checks(archive, log), *checks),
        orders=_orders(found),
    )
    return OpenedBundle(pack, archive.manifest_bytes, files)


def _orders(found: list[_Entry]) -> tuple[Order, ...]:
    """Each order the packages carry, once, checked against the orders schema."""
    orders: dict[tuple[uuid.UUID, str], Order] = {}
    for entry in found:
        member = layout.entry_member(entry.entry_id)
        for carried in entry.casework.orders:
            document_id = parse_uuid(carried["document_id"], "document_id")
            register = {"schema_version": 1, "written_at": _EPOCH, "orders": [carried["order"]]}
            problems = json_schema.problems("orders.schema.json", register)
            if problems:
                raise BundleInvalid(member, "orders", "; ".join(problems))
            order = Order.from_document(document_id, carried["order"])
            orders.setdefault((document_id, order.order_id), order)
    return tuple(sorted(orders.values(), key=lambda o: (o.start, o.reference or "", o.order_id)))


def _occurred(fields: dict[str, Any]) -> dt.datetime | None:
    occurred = fields.get("occurred")
    if isinstance(occurred, dict) and isinstance(occurred.get("start"), str):
        return dt.datetime.fromisoformat(occurred["start"])
    return None


def _exhibits(number: int, entry: _Entry) -> tuple[Exhibit, ...]:
    exhibits = []
    for k, (attachment_id, reference) in enumerate(entry.references.items(), start=1):
        reference_name = f"EX{number:03d}-{k}"
        included = attachment_id in entry.files
        stripped = attachment_id in entry.stripped
        carried: dict[str, Any] = reference["stripped"] if stripped else reference
        exhibits.append(
            Exhibit(
                reference=reference_name,
                file_name=str(reference["file_name"]),
                media_type=str(reference["media_type"]),
                size=int(carried["size"]),
                sha256=str(carried["sha256"]),
                pack_path=exhibit_path(reference_name, str(reference["file_name"]))
                if included
                else None,
                captured_at=reference.get("captured_at"),
                entry_number=number,
                attachment_id=attachment_id,
                metadata=_metadata(reference, stripped, "location" in entry.versions[-1].withheld),
                number=entry.casework.exhibit_numbers.get(attachment_id),
            )
        )
    return tuple(exhibits)


def _metadata(reference: dict[str, Any], stripped: bool, place_withheld: bool) -> ExhibitMetadata:
    form = reference.get("stripped")
    if stripped:
        return ExhibitMetadata("stripped", str(reference["sha256"]))
    if form is not None and form["sha256"] == reference["sha256"]:
        return ExhibitMetadata("none")
    return ExhibitMetadata("unstripped" if form is None and place_withheld else "as recorded")


def exhibit_path(reference: str, file_name: str) -> str:
    """exhibits/<reference> <name>, the name cut down to safe characters."""
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "._- ") else "_" for c in file_name)
    safe = safe.strip(" .")[:100] or "file"
    return f"exhibits/{reference} {safe}"


def _summary_checks(archive: BundleZip, log: LogChecks) -> list[Check]:
    return [
        Check(
            archive.path.name,
            "every member listed with size and SHA-256, in its order, each JSON member in "
            "canonical form; canonical ZIP",
        ),
        Check(layout.STATEMENT, "made for this bundle key (MAC); signed by the victim's key"),
        Check(
            layout.STATEMENT,
            "seal time (the victim's device clock): after every receipt, not after the log's "
            "later times",
        ),
        Check(layout.CHECKPOINT, f"signed by the log key {log.head_key.vkey()}"),
        *(
            Check(
                layout.LOG_KEYS,
                f"the log's key {h.old.vkey()} handed it to {h.new.vkey()} at tree size "
                f"{h.size}, by a note both signed",
            )
            for h in log.chain.handovers
        ),
    ]


def place_exhibits(opened: OpenedBundle, out: Path) -> None:
    """Move the decrypted files to their exhibit names under `out`."""
    for exhibit in opened.pack.exhibits:
        source = None if exhibit.attachment_id is None else opened.files.get(exhibit.attachment_id)
        if source is not None and exhibit.pack_path is not None:
            target = out / exhibit.pack_path
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
