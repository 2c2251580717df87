"""A bucket of its own on a real S3 server, for a benchmark run or the test
suite: created empty, then emptied and removed at the end.

The defaults are those of OpenStack Swift's s3api on loopback
(../shared/tools/s3-swift, which .ci/run starts)."""

from __future__ import annotations

import argparse
import contextlib
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.blobs.s3 import s3_client

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

SWIFT_ENDPOINT = "http://127.0.0.1:8080"
SWIFT_ACCESS_KEY = "test:tester"
SWIFT_SECRET_KEY = "testing"  # noqa: S105 - the local test server's published one
REGION = "us-east-1"


@dataclass(frozen=True)
class S3Bucket:
    endpoint: str
    access_key: str
    secret_key: str
    name: str

    def client(self) -> S3Client:
        return s3_client(self.endpoint, REGION, self.access_key, self.secret_key, path_style=True)

    def server_settings(self) -> dict[str, str]:
        """The DAYBOOK_* variables that put a server's blobs in this bucket."""
        return {
            "DAYBOOK_BLOB_BACKEND": "s3",
            "DAYBOOK_S3_BUCKET": self.name,
            "DAYBOOK_S3_ENDPOINT_URL": self.endpoint,
            "DAYBOOK_S3_REGION": REGION,
            "DAYBOOK_S3_ACCESS_KEY_ID": self.access_key,
            "DAYBOOK_S3_SECRET_ACCESS_KEY": self.secret_key,
            "DAYBOOK_S3_PATH_STYLE": "true",
        }


@contextlib.contextmanager
def temporary_bucket(
    endpoint: str = SWIFT_ENDPOINT,
    access_key: str = SWIFT_ACCESS_KEY,
    secret_key: str = SWIFT_SECRET_KEY,
) -> Iterator[S3Bucket]:
    """A new bucket there; botocore's errors when the server cannot be reached."""
    bucket = S3Bucket(endpoint, access_key, secret_key, f"daybook-{secrets.token_hex(4)}")
    client = bucket.client()
    client.create_bucket(Bucket=bucket.name)
    try:
        yield bucket
    finally:
        # One by one: Swift's bulk delete wants a Content-MD5 botocore no longer sends.
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket.name):
            for item in page.get("Contents", []):
                client.delete_object(Bucket=bucket.name, Key=item["Key"])
        client.delete_bucket(Bucket=bucket.name)


def add_s3_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--s3",
        nargs="?",
        const=SWIFT_ENDPOINT,
        metavar="ENDPOINT",
        help="keep the blobs in a new bucket on this S3 server (default: Swift's s3api from "
        f"../shared/tools/s3-swift, {SWIFT_ENDPOINT}; credentials as there)",
    )


def blobs_label(bucket: S3Bucket | None) -> str:
    """What a report says of where the blobs were."""
    return "" if bucket is None else f", blobs in an S3 bucket at {bucket.endpoint}"
