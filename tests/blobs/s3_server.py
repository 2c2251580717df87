"""An S3 bucket for the suite, on a real S3 server: by default OpenStack Swift
with s3api on 127.0.0.1:8080 (../shared/tools/s3-swift, which .ci/run sets up).
Loaded by tests/conftest.py. Without a reachable server the S3 half of the
blob-store tests is skipped, loudly, unless DAYBOOK_REQUIRE_S3 is set (as in
CI), which makes it an error."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from botocore.exceptions import BotoCoreError, ClientError

from app.blobs.s3 import s3_client
from tests.skip_banner import skip_banner

ENDPOINT = os.environ.get("DAYBOOK_TEST_S3_ENDPOINT", "http://127.0.0.1:8080")
ACCESS_KEY = os.environ.get("DAYBOOK_TEST_S3_ACCESS_KEY", "test:tester")
SECRET_KEY = os.environ.get("DAYBOOK_TEST_S3_SECRET_KEY", "testing")
skipped_s3: list[str] = []


@dataclass(frozen=True)
class S3Bucket:
    endpoint: str
    access_key: str
    secret_key: str
    name: str


@pytest.fixture(scope="session")
def s3_bucket() -> Iterator[S3Bucket | None]:
    client = s3_client(ENDPOINT, "us-east-1", ACCESS_KEY, SECRET_KEY, path_style=True)
    name = f"daybook-test-{secrets.token_hex(4)}"
    try:
        client.create_bucket(Bucket=name)
    except (BotoCoreError, ClientError) as exc:
        if os.environ.get("DAYBOOK_REQUIRE_S3"):
            pytest.fail(f"S3 is required but unreachable at {ENDPOINT}: {exc}")
        skipped_s3.append(f"{ENDPOINT}: {exc}")
        yield None
        return
    yield S3Bucket(ENDPOINT, ACCESS_KEY, SECRET_KEY, name)
    paginator = client.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=name):
        for item in page.get("Contents", []):
            client.delete_object(Bucket=name, Key=item["Key"])
    client.delete_bucket(Bucket=name)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if skipped_s3:
        skip_banner(
            terminalreporter,
            "S3 BLOB STORE TESTS SKIPPED",
            f"No S3 server at {skipped_s3[0]}: ../shared/tools/s3-swift starts one (.ci/run does).",
        )
