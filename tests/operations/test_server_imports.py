"""A server with the local blob store, its limits in the database and no
time-stamp authority loads neither boto3, Redis nor an HTTP client (httpx): they cost
a fresh worker some 18 MiB and most of a second of start-up (docs/PERFORMANCE.md).
Nor does it load what only a notification sent (pywebpush and what it brings) or a
bundle downloaded (the ZIP writer, the RFC 3161 library) needs, some 21 MiB more,
nor the client's report libraries (PDF, images, Babel, JSON Schema) at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.protocol.encoding import b64encode

OPTIONAL_LIBRARIES = (
    # configured: an S3 blob store, Redis limits, a time-stamp authority
    *("boto3", "botocore", "redis", "httpx"),
    # the first notification sent
    *("pywebpush", "py_vapid", "http_ece", "requests", "aiohttp", "Crypto"),
    # the first bundle downloaded
    *("stream_zip", "rfc3161_client"),
    # never in the server: the client's reports
    *("fpdf", "fontTools", "PIL", "babel", "jsonschema", "jsonschema_rs"),
)

PROBE = """
import sys
from app.main import create_app
create_app()
print("\\n".join(sorted(sys.modules)))
"""


def test_a_local_server_loads_no_optional_library(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DAYBOOK_")}
    env.update(
        {
            "DAYBOOK_ENVIRONMENT": "test",
            "DAYBOOK_DATA_DIR": str(tmp_path),
            "DAYBOOK_SERVER_SECRET": b64encode(os.urandom(32)),
            "DAYBOOK_SIGNING_KEY": b64encode(os.urandom(32)),
        }
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and probe
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    loaded = {name.split(".")[0] for name in done.stdout.split()}
    assert loaded.isdisjoint(OPTIONAL_LIBRARIES), sorted(loaded & set(OPTIONAL_LIBRARIES))
