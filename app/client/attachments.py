"""Evidence files on the device: encrypt in STREAM chunks, upload resumably,
download and decrypt in constant memory, and check both hashes."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import uuid
from collections.abc import AsyncIterable, AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import anyio

from app.client.api import DaybookApi
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

Progress = Callable[[int], None]


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


def _read(file: BinaryIO, size: int) -> bytes:
    return file.read(size)


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
        pieces = _pieces(file, pending.facts.size)
        digest = await _send(api, key, pending.facts, pieces, progress)
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
    digest = await _send(api, key, facts, _memory_pieces(data), None)
    return stripped_reference(pending.facts, key.attachment_id, key.key, key.prefix, digest)


async def _pieces(file: BinaryIO, size: int) -> AsyncIterator[bytes]:
    for _ in range(stream.chunk_count(size)):
        yield await anyio.to_thread.run_sync(_read, file, stream.CHUNK_BYTES)


async def _memory_pieces(data: bytes) -> AsyncIterator[bytes]:
    for index in range(stream.chunk_count(len(data))):
        yield data[index * stream.CHUNK_BYTES : (index + 1) * stream.CHUNK_BYTES]


async def _send(
    api: DaybookApi,
    key: stream.StreamKey,
    planned: FileFacts,
    pieces: AsyncIterator[bytes],
    progress: Progress | None,
) -> bytes:
    """Seal every chunk, send those the server lacks, and finalise once the
    bytes sent are those planned; the ciphertext's SHA-256."""
    size = planned.size
    status = await api.start_upload(key.attachment_id, stream.ciphertext_size(size))
    missing = set(status["missing_chunks"])
    ciphertext_hash, plaintext_hash = hashlib.sha256(), hashlib.sha256()
    count = stream.chunk_count(size)
    index = 0
    async for plaintext in pieces:
        plaintext_hash.update(plaintext)
        sealed = key.seal_chunk(index, plaintext, last=index == count - 1)
        ciphertext_hash.update(sealed)
        if index in missing:
            await api.put_chunk(key.attachment_id, index, sealed, hashlib.sha256(sealed).digest())
        if progress is not None:
            progress(len(plaintext))
        index += 1
    if plaintext_hash.hexdigest() != planned.sha256:
        raise ValueError(f"{planned.file_name} changed during the upload; start a new upload")
    digest = ciphertext_hash.digest()
    await api.finalize_attachment(key.attachment_id, digest)
    return digest


async def _ciphertext_chunks(pieces: AsyncIterable[bytes]) -> AsyncIterator[bytes]:
    """Re-cut a byte stream into STREAM ciphertext chunks."""
    buffer = bytearray()
    async for piece in pieces:
        buffer += piece
        while len(buffer) >= stream.CIPHERTEXT_CHUNK_BYTES:
            yield bytes(buffer[: stream.CIPHERTEXT_CHUNK_BYTES])
            del buffer[: stream.CIPHERTEXT_CHUNK_BYTES]
    if buffer:
        yield bytes(buffer)


async def _decrypt(
    key: stream.StreamKey, chunks: AsyncIterable[bytes], ciphertext_hash: Any
) -> AsyncIterator[bytes]:
    """Open chunks in order, one chunk behind, since only the last is flagged."""
    held: bytes | None = None
    index = 0
    try:
        async for chunk in chunks:
            ciphertext_hash.update(chunk)
            if held is not None:
                yield key.open_chunk(index, held, last=False)
                index += 1
            held = chunk
        if held is None:
            raise AttachmentCorrupt("the server sent no ciphertext")
        yield key.open_chunk(index, held, last=True)
    except AttachmentCorrupt:
        raise
    except Exception as exc:
        raise AttachmentCorrupt(
            f"chunk {index} does not decrypt: altered, dropped, reordered or truncated"
        ) from exc


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
    ciphertext_hash, plaintext_hash = hashlib.sha256(), hashlib.sha256()
    try:
        async with api.stream(f"/v1/attachments/{attachment_id}/content") as response:
            chunks = _ciphertext_chunks(response.aiter_bytes())
            async with await anyio.open_file(temporary, "wb") as out:
                async for plaintext in _decrypt(key, chunks, ciphertext_hash):
                    plaintext_hash.update(plaintext)
                    await out.write(plaintext)
                    if progress is not None:
                        progress(len(plaintext))
        if ciphertext_hash.digest() != b64decode(reference["ciphertext_sha256"]):
            raise AttachmentCorrupt("the ciphertext is not the one the entry recorded")
        if plaintext_hash.hexdigest() != reference["sha256"]:
            raise AttachmentCorrupt("the decrypted file's SHA-256 differs from the original's")
        temporary.replace(destination)
    finally:
        temporary.unlink(missing_ok=True)
