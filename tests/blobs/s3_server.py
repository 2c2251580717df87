"""An S3 bucket for the suite, on a real S3 server: by default OpenStack Swift
with s3api on 127.0.0.1:8080 (../shared/tools/s3-swift, which .ci/run sets up).
Loaded by tests/conftest.py. Without a reachable server the S3 half of the
blob-store tests is skipped, loudly, unless DAYBOOK_REQUIRE_S3 is set (as in
CI), which makes it an error."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import pytest
from botocore.exceptions import BotoCoreError, ClientError

from bench.s3 import SWIFT_ACCESS_KEY, SWIFT_ENDPOINT, SWIFT_SECRET_KEY, S3Bucket, temporary_bucket
from tests.skip_banner import record_skip

ENDPOINT = os.environ.get("DAYBOOK_TEST_S3_ENDPOINT", SWIFT_ENDPOINT)
ACCESS_KEY = os.environ.get("DAYBOOK_TEST_S3_ACCESS_KEY", SWIFT_ACCESS_KEY)
SECRET_KEY = os.environ.get("DAYBOOK_TEST_S3_SECRET_KEY", SWIFT_SECRET_KEY)


@pytest.fixture(scope="session")
def s3_bucket() -> Iterator[S3Bucket | None]:
    with contextlib.ExitStack() as stack:
        try:
            bucket = stack.enter_context(temporary_bucket(ENDPOINT, ACCESS_KEY, SECRET_KEY))
        except (BotoCoreError, ClientError) as exc:
            if os.environ.get("DAYBOOK_REQUIRE_S3"):
                pytest.fail(f"S3 is required but unreachable at {ENDPOINT}: {exc}")
            record_skip(
                "S3 BLOB STORE TESTS SKIPPED",
                f"No S3 server at {ENDPOINT}: {exc}: "
                "../shared/tools/s3-swift starts one (.ci/run does).",
            )
            yield None
            return
        yield bucket
