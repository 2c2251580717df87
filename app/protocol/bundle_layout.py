"""The bundle ZIP's layout: member names, and the one way each member is stored.

Every member is stored uncompressed in ZIP64 form (stream-zip's
NO_COMPRESSION_64 with the size and CRC-32 given up front), dated
1980-01-01 00:00, mode 0644, without extended timestamps. The container is
therefore a pure function of the members' names and bytes, in order: a
verifier rebuilds it from what it read and compares byte for byte, so that
a changed byte anywhere, even in a header field no reader looks at, is found.

Members, in this order:

    README.txt                         what the file is, how to open it
    statement.json                     the victim's signed statement
    log/checkpoint.txt                 the signed checkpoint every proof leads to
    log/tsa-certificates.pem           the TSA chain the server trusts (if any)
    log/keys.json                      the log's keys and hand-overs (if it has had several)
    entries/<entry id>.json            per entry, in entry id order, each
    attachments/<attachment id>.bin      followed by its attachments' ciphertext
    log/checkpoints/<tree size>.json   the kept checkpoints that give independent time
    manifest.json                      the list of members with size and SHA-256
"""

from __future__ import annotations

import datetime as dt
import stat
import uuid
import zlib
from collections.abc import AsyncIterable, Iterable

from stream_zip import NO_COMPRESSION_64, AsyncMemberFile, MemberFile

README = "README.txt"
STATEMENT = "statement.json"
CHECKPOINT = "log/checkpoint.txt"
TSA_CERTIFICATES = "log/tsa-certificates.pem"
LOG_KEYS = "log/keys.json"
MANIFEST = "manifest.json"
MODIFIED_AT = dt.datetime(1980, 1, 1)
MODE = stat.S_IFREG | 0o644
CHUNK_BYTES = 64 * 1024
EXTENDED_TIMESTAMPS = False


_README = """Daybook evidence bundle {bundle_id}

This file holds diary entries a victim chose to export, encrypted: it opens
only with the bundle key the victim gave you (55 characters, or a QR code).

Open and verify it with the Daybook client:

    daybook bundle open {name} --key KEY --out DIR

That checks every hash, signature and log proof, then writes a report (PDF
and HTML), the original files, SHA256SUMS and verification.txt into DIR.
docs/FOR-POLICE.md in the Daybook source says what each check proves.
"""


def file_name(bundle_id: uuid.UUID) -> str:
    return f"daybook-bundle-{bundle_id}.zip"


def readme(bundle_id: uuid.UUID) -> bytes:
    """README.txt, fixed by the bundle id, so a verifier checks it too."""
    return _README.format(bundle_id=bundle_id, name=file_name(bundle_id)).encode()


def entry_member(entry_id: uuid.UUID) -> str:
    return f"entries/{entry_id}.json"


def attachment_member(attachment_id: uuid.UUID) -> str:
    return f"attachments/{attachment_id}.bin"


def kept_checkpoint_member(tree_size: int) -> str:
    return f"log/checkpoints/{tree_size}.json"


def member(name: str, data: bytes) -> MemberFile:
    return name, MODIFIED_AT, MODE, NO_COMPRESSION_64(len(data), zlib.crc32(data)), (data,)


def streamed_member(name: str, size: int, crc32: int, chunks: Iterable[bytes]) -> MemberFile:
    return name, MODIFIED_AT, MODE, NO_COMPRESSION_64(size, crc32), chunks


def async_member(name: str, size: int, crc32: int, chunks: AsyncIterable[bytes]) -> AsyncMemberFile:
    return name, MODIFIED_AT, MODE, NO_COMPRESSION_64(size, crc32), chunks
