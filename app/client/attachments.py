"""Evidence files on the device: encrypt in STREAM chunks, upload resumably,
download and decrypt in constant memory, and check both hashes."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import uuid
from dataclasses import dataclass
from io import BufferedIOBase
from pathlib import Path
from typing import Any

import anyio

from app.client.api import DaybookApi
from app.client.chunk_transfer import ChunkUnopenable, receive_chunks, send_chunks

# Re-exported: the command line's progress bars are typed against it.
from app.client.chunk_transfer import Progress as Progress
from app.client.media import (
    FileFacts,
    attachment_reference,
    hash_file,
    inspect_file,
    stripped_form,
    stripped_reference,
)
from app.protocol import stream
from app.protocol.encoding import b64decode, b64encode


class AttachmentCorrupt(Exception):
    """The downloaded attachment failed a check; the message says which."""


@dataclass(frozen=True)
class PendingUpload:
    """What a device keeps to resume an upload: the same id, key and nonce
    prefix give the same ciphertext chunks. It holds the file's only key until
    an entry records the attachment reference, so it stays on the device until
    then, and goes once the entry is written."""

    attachment_id: uuid.UUID
    path: Path
    key: bytes
    nonce_prefix: bytes
    facts: FileFacts
    # The metadata-stripped copy's own attachment, when it differs from the file.
    stripped: stream.StreamKey | None = None

    @classmethod
    def plan(cls, path: Path) -> PendingUpload:
        attachment_id = uuid.uuid4()
        key = stream.StreamKey.generate(attachment_id)
        facts = inspect_file(path)
        stripped = stream.StreamKey.generate(uuid.uuid4()) if facts.has_stripped_copy else None
        return cls(attachment_id, path, key.key, key.prefix, facts, stripped)

    @property
    def ciphertext_size(self) -> int:
        return stream.ciphertext_size(self.facts.size)

    def to_json(self) -> dict[str, Any]:
        facts = dataclasses.asdict(self.facts)
        return {
            "attachment_id": str(self.attachment_id),
            "path": str(self.path),
            "key": b64encode(self.key),
            "nonce_prefix": b64encode(self.nonce_prefix),
            "facts": facts,
            **({} if self.stripped is None else {"stripped": _key_json(self.stripped)}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PendingUpload:
        facts = dict(data["facts"])
        location = facts.get("capture_location")
        facts["capture_location"] = tuple(location) if location is not None else None
        return cls(
            attachment_id=uuid.UUID(data["attachment_id"]),
            path=Path(data["path"]),
            key=b64decode(data["key"]),
            nonce_prefix=b64decode(data["nonce_prefix"]),
            facts=FileFacts(**facts),
            stripped=None if "stripped" not in data else _key_from_json(data["stripped"]),
        )


def _key_json(key: stream.StreamKey) -> dict[str, str]:
    return {
        "attachment_id": str(key.attachment_id),
        "key": b64encode(key.key),
        "nonce_prefix": b64encode(key.prefix),
    }


def _key_from_json(data: dict[str, str]) -> stream.StreamKey:
    return stream.StreamKey(
        b64decode(data["key"]), b64decode(data["nonce_prefix"]), uuid.UUID(data["attachment_id"])
    )


async def upload(
    api: DaybookApi, pending: PendingUpload, progress: Progress | None = None
) -> dict[str, Any]:
    """Upload whatever chunks the server lacks, finalise, and return the
    incident's attachment reference; then the same for the metadata-stripped
    copy, if the file has one. Safe to call again after any failure."""
    key = stream.StreamKey(pending.key, pending.nonce_prefix, pending.attachment_id)
    # Sealing other bytes under the same key and nonces would break AES-GCM:
    # make sure the file is still the one planned before sealing anything.
    planned = (pending.facts.size, pending.facts.sha256)
    if await anyio.to_thread.run_sync(hash_file, pending.path) != planned:
        raise ValueError(f"{pending.path} changed since the upload began; start a new upload")
    with pending.path.open("rb") as file:
        digest = await _send(api, key, pending.facts, file, progress)
    reference = attachment_reference(
        pending.facts, pending.attachment_id, pending.key, pending.nonce_prefix, digest
    )
    if pending.stripped is not None:
        reference["stripped"] = await _upload_stripped(api, pending, pending.stripped)
    return reference


async def _upload_stripped(
    api: DaybookApi, pending: PendingUpload, key: stream.StreamKey
) -> dict[str, Any]:
    """The stripped form is made again from the file (it is deterministic) and
    must hash to what was planned before a byte of it is sealed."""
    data = await anyio.to_thread.run_sync(stripped_form, pending.path)
    if data is None or hashlib.sha256(data).hexdigest() != pending.facts.stripped_sha256:
        raise ValueError(f"{pending.path} changed since the upload began; start a new upload")
    facts = dataclasses.replace(pending.facts, size=len(data), sha256=pending.facts.stripped_sha256)
    digest = await _send(api, key, facts, io.BytesIO(data), None)
    return stripped_reference(pending.facts, key.attachment_id, key.key, key.prefix, digest)


async def _send(
    api: DaybookApi,
    key: stream.StreamKey,
    planned: FileFacts,
    source: BufferedIOBase,
    progress: Progress | None,
) -> bytes:
    """Seal every chunk read from `source`, send those the server lacks,
    and finalise once the bytes sent are those planned; the ciphertext's
    SHA-256."""
    size = planned.size
    status = await api.start_upload(key.attachment_id, stream.ciphertext_size(size))
    missing = set(status["missing_chunks"])
    digest, plaintext_sha256 = await send_chunks(api, key, size, missing, source, progress)
    if plaintext_sha256 != planned.sha256:
        raise ValueError(f"{planned.file_name} changed during the upload; start a new upload")
    await api.finalize_attachment(key.attachment_id, digest)
    return digest


async def download(
    api: DaybookApi,
    reference: dict[str, Any],
    destination: Path,
    progress: Progress | None = None,
) -> None:
    """Stream, decrypt and check an attachment into `destination`; nothing is
    left there unless every chunk opened and both hashes match."""
    attachment_id = uuid.UUID(reference["attachment_id"])
    key = stream.StreamKey(
        b64decode(reference["key"]), b64decode(reference["nonce_prefix"]), attachment_id
    )
    temporary = destination.with_name(f".{destination.name}.{os.getpid()}.part")
    try:
        async with api.stream(f"/v1/attachments/{attachment_id}/content") as response:
            with temporary.open("wb") as out:
                try:
                    ciphertext_sha256, sha256 = await receive_chunks(
                        key, response.aiter_bytes(), out, progress
                    )
                except ChunkUnopenable as exc:
                    raise AttachmentCorrupt(
                        f"chunk {exc.index} does not decrypt: "
                        "altered, dropped, reordered or truncated"
                    ) from exc
        if ciphertext_sha256 != b64decode(reference["ciphertext_sha256"]):
            raise AttachmentCorrupt("the ciphertext is not the one the entry recorded")
        if sha256 != reference["sha256"]:
            raise AttachmentCorrupt("the decrypted file's SHA-256 differs from the original's")
        temporary.replace(destination)
    finally:
        temporary.unlink(missing_ok=True)
