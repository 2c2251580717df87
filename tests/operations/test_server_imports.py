"""A server with the local blob store, its limits in the database and no
time-stamp authority loads neither boto3, Redis nor an HTTP client (httpx): they cost
a fresh worker some 18 MiB and most of a second of start-up (docs/PERFORMANCE.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.protocol.encoding import b64encode

OPTIONAL_LIBRARIES = ("boto3", "botocore", "redis", "httpx")

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
