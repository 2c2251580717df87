"""A `BlobStore` in S3-compatible object storage, through boto3.

Keys map to object names under an optional prefix of the bucket. A blob is
one object, written by a single PUT: S3 makes an object appear whole or not
at all, so a failed or refused write leaves the previous blob untouched.
The data is hashed (and size-checked) before anything is sent, so a refused
write sends nothing. Blobs here are attachment chunks of about 1 MiB, so a
write holds its data in memory, up to `MAX_PUT_BYTES`.

boto3 blocks: every call runs in a worker thread. A read is one ranged GET,
which pins the object as it was when the answer started, and its body is
read a piece at a time.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import AsyncIterable, Sequence
from typing import TYPE_CHECKING, Any

import anyio
import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from app.blobs.store import (
    READ_PIECE_BYTES,
    Admit,
    AdmitMany,
    BlobData,
    BlobDigestMismatch,
    BlobInfo,
    BlobNotFound,
    BlobTooLarge,
    RangeStream,
    Tee,
    check_key,
    check_range,
    clamp_range,
)

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

MAX_PUT_BYTES = 64 * 1024 * 1024
# Reserved for the backend: blob keys never start with "." (app.blobs.store).
PROBE = ".daybook-probe"
_MISSING = {"NoSuchKey", "404", "NotFound"}


def s3_client(
    endpoint_url: str | None,
    region: str,
    access_key_id: str | None,
    secret_access_key: str | None,
    *,
    path_style: bool,
) -> S3Client:
    config = Config(
        signature_version="s3v4",
        s3={"addressing_style": "path" if path_style else "auto"},
        retries={"max_attempts": 4, "mode": "standard"},
        max_pool_connections=32,
    )
    client: S3Client = boto3.client(
        "s3",
        endpoint_url=endpoint_url,
        region_name=region,
        aws_access_key_id=access_key_id,
        aws_secret_access_key=secret_access_key,
        config=config,
    )
    return client


def _code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", ""))


class S3BlobStore:
    def __init__(self, client: S3Client, bucket: str, prefix: str = "") -> None:
        if prefix and not prefix.endswith("/"):
            prefix += "/"
        self.client, self.bucket, self.prefix = client, bucket, prefix

    def _name(self, key: str) -> str:
        return self.prefix + check_key(key)

    async def _call(self, method: str, **kwargs: Any) -> Any:
        bound = getattr(self.client, method)
        return await anyio.to_thread.run_sync(lambda: bound(Bucket=self.bucket, **kwargs))

    async def put(
        self,
        key: str,
        data: AsyncIterable[bytes],
        *,
        max_bytes: int | None = None,
        expected_sha256: bytes | None = None,
        admit: Admit | None = None,
        tee: Tee | None = None,
    ) -> BlobInfo:
        name = self._name(key)
        if max_bytes is not None and max_bytes < 0:
            raise ValueError("max_bytes must not be negative")
        if expected_sha256 is not None and len(expected_sha256) != hashlib.sha256().digest_size:
            raise ValueError("expected_sha256 must be a 32-byte SHA-256 digest")
        limit = MAX_PUT_BYTES if max_bytes is None else min(max_bytes, MAX_PUT_BYTES)
        body = bytearray()
        async for piece in data:
            body += piece
            if len(body) > limit:
                raise BlobTooLarge(f"more than {limit} bytes offered for {key!r}")
        # Hashed in a worker thread, with whatever `tee` hashes beside it.
        digest = await anyio.to_thread.run_sync(_sha256_teed, body, tee)
        if expected_sha256 is not None and digest != expected_sha256:
            raise BlobDigestMismatch(f"the data for {key!r} does not hash to the expected SHA-256")
        info = BlobInfo(len(body), digest)
        if admit is not None:
            await admit(info)
        await self._put_object(name, body)
        return info

    async def _put_object(self, name: str, body: BlobData) -> None:
        # Content-MD5: the store refuses the write if the bytes change on the way.
        md5 = base64.b64encode(hashlib.md5(body, usedforsecurity=False).digest()).decode()
        await self._call("put_object", Key=name, Body=bytes(body), ContentMD5=md5)

    async def put_many(
        self, items: Sequence[tuple[str, BlobData]], *, admit: AdmitMany
    ) -> list[BlobInfo]:
        """Hashed in one worker-thread hop; the admitted objects are then PUT
        side by side, each whole or not at all."""
        names = [self._name(key) for key, _ in items]
        infos = await anyio.to_thread.run_sync(_infos, [data for _, data in items])
        keep = await admit(infos)
        async with anyio.create_task_group() as tasks:
            for position in sorted(keep):
                tasks.start_soon(self._put_object, names[position], items[position][1])
        return infos

    async def read(self, key: str, start: int = 0, end: int | None = None) -> S3BlobStream:
        name = self._name(key)
        check_range(start, end)
        if end == start:
            return await self._empty(key, start, end)
        wanted = f"bytes={start}-" + ("" if end is None else str(end - 1))
        try:
            answer = await self._call("get_object", Key=name, Range=wanted)
        except ClientError as exc:
            if _code(exc) in _MISSING:
                raise BlobNotFound(key) from None
            if _code(exc) == "InvalidRange":  # the start is at or past the end
                return await self._empty(key, start, end)
            raise
        total = int(
            str(answer.get("ContentRange", "")).rpartition("/")[2] or answer["ContentLength"]
        )
        return S3BlobStream(answer["Body"], total, start, clamp_range(start, end, total))

    async def _empty(self, key: str, start: int, end: int | None) -> S3BlobStream:
        """An empty range: the blob must exist and `start` be within it."""
        size = await self.size(key)
        if size is None:
            raise BlobNotFound(key)
        clamp_range(start, end, size)
        return S3BlobStream(None, size, start, start)

    async def size(self, key: str) -> int | None:
        try:
            answer = await self._call("head_object", Key=self._name(key))
        except ClientError as exc:
            if _code(exc) in _MISSING:
                return None
            raise
        return int(answer["ContentLength"])

    async def delete(self, key: str) -> None:
        await self._call("delete_object", Key=self._name(key))

    async def _names_under(self, prefix: str, **extra: Any) -> list[dict[str, Any]]:
        pages: list[dict[str, Any]] = []
        token: str | None = None
        while True:
            more = {} if token is None else {"ContinuationToken": token}
            page = await self._call("list_objects_v2", Prefix=prefix, **extra, **more)
            pages.append(page)
            token = page.get("NextContinuationToken")
            if not page.get("IsTruncated"):
                return pages

    async def delete_prefix(self, prefix: str) -> None:
        under = self._name(prefix) + "/"
        for page in await self._names_under(under):
            for item in page.get("Contents", []):
                # One by one: some S3 servers want Content-MD5 on a bulk delete.
                await self._call("delete_object", Key=item["Key"])

    async def children(self, prefix: str) -> list[str]:
        under = self._name(prefix) + "/"
        found = set()
        for page in await self._names_under(under, Delimiter="/"):
            for common in page.get("CommonPrefixes", []):
                found.add(common["Prefix"][len(under) :].rstrip("/"))
            for item in page.get("Contents", []):
                found.add(item["Key"][len(under) :])
        return sorted(found)

    async def check(self) -> None:
        probe = self.prefix + PROBE
        await self._call("put_object", Key=probe, Body=b"ok")
        answer = await self._call("get_object", Key=probe)
        await anyio.to_thread.run_sync(answer["Body"].read)
        await self._call("delete_object", Key=probe)

    async def sweep_temporary(self, older_than_seconds: float) -> int:
        """Abort multipart uploads under the prefix started before the cutoff
        (this store writes none, but a bucket's other writers might)."""
        cutoff = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=older_than_seconds)
        answer = await self._call("list_multipart_uploads", Prefix=self.prefix)
        stale = [u for u in answer.get("Uploads", []) if u["Initiated"] < cutoff]
        for upload in stale:
            await self._call(
                "abort_multipart_upload", Key=upload["Key"], UploadId=upload["UploadId"]
            )
        return len(stale)


def _sha256_teed(data: BlobData, tee: Tee | None) -> bytes:
    if tee is not None:
        tee(data)
    return hashlib.sha256(data).digest()


def _infos(data: Sequence[BlobData]) -> list[BlobInfo]:
    return [BlobInfo(len(piece), hashlib.sha256(piece).digest()) for piece in data]


class S3BlobStream(RangeStream):
    """A ranged GET's body, read a piece at a time in a worker thread."""

    def __init__(self, body: Any, size: int, start: int, end: int) -> None:
        super().__init__(size, start, end)
        self._body = body
        self._left = end - start

    async def __anext__(self) -> bytes:
        if self._body is None or self._left <= 0:
            await self.aclose()
            raise StopAsyncIteration
        try:
            piece: bytes = await anyio.to_thread.run_sync(
                self._body.read, min(READ_PIECE_BYTES, self._left)
            )
        except BaseException:
            await self.aclose()
            raise
        if not piece:
            await self.aclose()
            raise OSError("the object store ended the blob early")
        self._left -= len(piece)
        return piece

    async def aclose(self) -> None:
        if self._body is not None:
            body, self._body = self._body, None
            body.close()
