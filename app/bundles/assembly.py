"""Assembling a sealed bundle into its ZIP, streamed in constant memory.

The ZIP is built afresh on every download from the rows and blobs (nothing is
stored twice), in the order app/protocol/bundle_layout.py gives. Entries are
read a page at a time; attachment ciphertext goes straight from the blob store
to the response; what is remembered along the way is one line per member for
the manifest and the set of kept checkpoints the proofs name.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import AsyncIterable, AsyncIterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from stream_zip import AsyncMemberFile, async_stream_zip

from app.attachments.service import chunk_key
from app.blobs.store import BlobStore
from app.bundles import repository
from app.evidence import repository as log_repository
from app.evidence import service as evidence
from app.models import Attachment, Bundle, BundleEntry, EntryVersion
from app.protocol import bundle_layout as layout
from app.protocol.bundle import BUNDLE_FORMAT
from app.protocol.commitment import canonical_json
from app.protocol.encoding import b64encode
from app.protocol.receipts import ReceiptKind
from app.protocol.timestamp import canonical_pem


@dataclass
class _Manifest:
    """What the manifest lists, gathered while the members stream."""

    members: list[dict[str, Any]] = field(default_factory=list)
    kept_sizes: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class Assembly:
    bundle: Bundle
    sessionmaker: async_sessionmaker[AsyncSession]
    blobs: BlobStore
    witnesses: Sequence[str]
    tsa_certificates: Path | None

    @property
    def file_name(self) -> str:
        return layout.file_name(self.bundle.id)

    def stream(self) -> AsyncIterable[bytes]:
        return async_stream_zip(
            self._members(),
            chunk_size=layout.CHUNK_BYTES,
            extended_timestamps=layout.EXTENDED_TIMESTAMPS,
        )

    async def _members(self) -> AsyncIterator[AsyncMemberFile]:
        manifest = _Manifest()
        async with self.sessionmaker() as db:
            for name, data in await self._head(db):
                yield _small(manifest, name, data)
            async for page in repository.entry_pages(db, self.bundle.id):
                async for member in self._entry_page(db, manifest, page):
                    yield member
                # The session would otherwise keep every row it loaded, ciphertext
                # included, for the whole download: memory would grow with the bundle.
                db.expunge_all()
            for size in sorted(manifest.kept_sizes):
                yield _small(manifest, *await self._kept(db, size))
        listing = self._manifest(manifest)
        yield layout.async_member(
            layout.MANIFEST, len(listing), zlib.crc32(listing), _once(listing)
        )

    async def _head(self, db: AsyncSession) -> list[tuple[str, bytes]]:
        bundle = self.bundle
        assert bundle.statement and bundle.signature and bundle.mac and bundle.checkpoint_size
        statement = {
            "mac": b64encode(bundle.mac),
            "signature": b64encode(bundle.signature),
            "statement": b64encode(bundle.statement),
        }
        record = await evidence.checkpoint_record(db, bundle.checkpoint_size)
        head = [
            (layout.README, layout.readme(bundle.id)),
            (layout.STATEMENT, canonical_json(statement)),
            (layout.CHECKPOINT, record.note.encode()),
        ]
        if self.tsa_certificates is not None:
            chain = canonical_pem(self.tsa_certificates.read_bytes())
            head.append((layout.TSA_CERTIFICATES, chain))
        keys = await log_repository.keys(db)
        if len(keys) > 1:
            # Kept checkpoints may be signed by keys the log had before.
            history = [{"handover": k.handover, "verifier_key": k.verifier_key} for k in keys]
            head.append((layout.LOG_KEYS, canonical_json({"keys": history})))
        return head

    async def _entry_page(
        self, db: AsyncSession, manifest: _Manifest, page: list[BundleEntry]
    ) -> AsyncIterator[AsyncMemberFile]:
        """A page of entries with their files. The proofs of every leaf of the
        page are fetched together: one lookup per tree size, not per entry."""
        ids = [row.entry_id for row in page]
        versions = await repository.versions(db, ids)
        files = await repository.attachments(db, self.bundle.id, ids)
        for row in page:
            del versions[row.entry_id][row.version_count :]
        leaves = [v.log_index for e in ids for v in versions[e]]
        leaves += [_index(a) for e in ids for a in files[e]]
        proofs = await self._proofs(db, manifest, leaves)
        for row in page:
            mine, attached = versions[row.entry_id], files[row.entry_id]
            document = _entry_document(row, mine, attached, proofs)
            yield _small(manifest, layout.entry_member(row.entry_id), canonical_json(document))
            for attachment in attached:
                yield self._attachment(manifest, attachment)

    async def _proofs(
        self, db: AsyncSession, manifest: _Manifest, leaves: Sequence[int]
    ) -> dict[int, dict[str, Any]]:
        """Per leaf: its inclusion proof in the bundle's checkpoint, and one in each
        kept checkpoint that gives it independent time (first time-stamped, first
        cosigned by each witness), the proofs for one tree fetched together."""
        size = self.bundle.checkpoint_size
        assert size is not None
        wanted: dict[int, list[int]] = {size: list(leaves)}
        independent: dict[int, list[int]] = {leaf: [] for leaf in leaves}
        covering = await log_repository.independent_times(db, leaves, self.witnesses)
        for leaf in leaves:
            for kept in covering[leaf]:
                wanted.setdefault(kept, []).append(leaf)
                independent[leaf].append(kept)
                manifest.kept_sizes.add(kept)
        paths: dict[tuple[int, int], list[str]] = {}
        for tree_size, indexes in wanted.items():
            found_proofs = await evidence.inclusions(db, indexes, tree_size)
            for proof in found_proofs.proofs:
                paths[proof.index, tree_size] = [b64encode(h) for h in proof.proof]
        return {
            leaf: {
                "inclusion_proof": paths[leaf, size],
                "time_evidence": [
                    {"inclusion_proof": paths[leaf, kept], "tree_size": kept}
                    for kept in independent[leaf]
                ],
            }
            for leaf in leaves
        }

    def _attachment(self, manifest: _Manifest, attachment: Attachment) -> AsyncMemberFile:
        name = layout.attachment_member(attachment.id)
        assert attachment.ciphertext_sha256 is not None and attachment.ciphertext_crc32 is not None
        manifest.members.append(
            _listing(name, attachment.ciphertext_size, attachment.ciphertext_sha256)
        )
        return layout.async_member(
            name,
            attachment.ciphertext_size,
            attachment.ciphertext_crc32,
            _ciphertext(self.blobs, attachment),
        )

    async def _kept(self, db: AsyncSession, tree_size: int) -> tuple[str, bytes]:
        """A kept checkpoint with its tokens, and its consistency with the bundle's."""
        size = self.bundle.checkpoint_size
        assert size is not None
        record = await evidence.checkpoint_record(db, tree_size)
        proof = await evidence.consistency(db, min(tree_size, size), max(tree_size, size))
        document = {
            "consistency_proof": [b64encode(h) for h in proof.proof],
            "note": record.note,
            "root_hash": b64encode(record.root_hash),
            "timestamps": [
                {
                    "authority": t.authority,
                    "time": t.time.isoformat(),
                    "token": b64encode(t.token),
                }
                for t in record.timestamps
            ],
            "tree_size": tree_size,
        }
        return layout.kept_checkpoint_member(tree_size), canonical_json(document)

    def _manifest(self, manifest: _Manifest) -> bytes:
        bundle = self.bundle
        return canonical_json(
            {
                "bundle_id": str(bundle.id),
                "checkpoint_size": bundle.checkpoint_size,
                "format": BUNDLE_FORMAT,
                "log_key": bundle.log_key,
                "members": manifest.members,
                "owner_id": str(bundle.owner_id),
            }
        )


def _entry_document(
    row: BundleEntry,
    versions: Sequence[EntryVersion],
    attached: Sequence[Attachment],
    proofs: dict[int, dict[str, Any]],
) -> dict[str, Any]:
    return {
        "attachments": [_attachment_document(a, proofs) for a in attached],
        "entry_id": str(row.entry_id),
        "package": b64encode(row.package),
        "versions": [_version_document(v, proofs) for v in versions],
        "wrapped_key": b64encode(row.wrapped_key),
    }


def _index(attachment: Attachment) -> int:
    assert attachment.log_index is not None
    return attachment.log_index


def _receipt(index: int, kind: ReceiptKind, received_at: Any, digest: bytes) -> dict[str, Any]:
    found = evidence.stored_receipt(index, kind, received_at, digest)
    return {"leaf_data": b64encode(found.leaf_data), "leaf_index": index}


def _version_document(version: EntryVersion, proofs: dict[int, dict[str, Any]]) -> dict[str, Any]:
    receipt = _receipt(
        version.log_index,
        ReceiptKind.ENTRY_VERSION,
        version.received_at,
        version.commitment_sha256,
    )
    return {
        "commitment": b64encode(version.commitment),
        "receipt": receipt,
        "signature": b64encode(version.signature),
        "version": version.version,
        **proofs[version.log_index],
    }


def _attachment_document(
    attachment: Attachment, proofs: dict[int, dict[str, Any]]
) -> dict[str, Any]:
    assert attachment.ciphertext_sha256 is not None
    index = _index(attachment)
    receipt = _receipt(
        index, ReceiptKind.ATTACHMENT, attachment.completed_at, attachment.ciphertext_sha256
    )
    return {
        "attachment_id": str(attachment.id),
        "member": layout.attachment_member(attachment.id),
        "receipt": receipt,
        "size": attachment.ciphertext_size,
        **proofs[index],
    }


def _listing(name: str, size: int, sha256: bytes) -> dict[str, Any]:
    return {"path": name, "sha256": b64encode(sha256), "size": size}


def _small(manifest: _Manifest, name: str, data: bytes) -> AsyncMemberFile:
    manifest.members.append(_listing(name, len(data), hashlib.sha256(data).digest()))
    return layout.async_member(name, len(data), zlib.crc32(data), _once(data))


async def _once(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def _ciphertext(blobs: BlobStore, attachment: Attachment) -> AsyncIterator[bytes]:
    for index in range(len(attachment.chunk_sizes)):
        async with await blobs.read(chunk_key(attachment.id, index)) as pieces:
            async for piece in pieces:
                yield piece
