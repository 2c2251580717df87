"""What a fresh server's memory is made of: the libraries it loads, group by
group, and Daybook's own modules on top.

    python -m bench.server_floor [--runs N]

Lists the modules a server with the local blob store loads (`create_app` in
a probe), then starts, under the Dockerfile's uvicorn command, a throw-away
app (bench/floor_app.py) that loads one more group of those library modules
at each stage and none of Daybook's, and last Daybook itself, on one SQLite
database; `--runs` rounds. Prints VmRSS after its first `/readyz` (median and
range),
what each group adds, and the part of it mapped from files (RssFile: code and
read-only data of the interpreter and the extensions).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import httpx

from bench.common import machine, table
from bench.floor_app import GROUPS, PLAN
from bench.server import MIB, REPO, Deployment, deployment, log, rss_bytes, rss_file_bytes

FLOOR_FACTORY = "bench.floor_app:create_app"
PROBE = """
import sys
import uvicorn.main, uvicorn.protocols.http.httptools_impl, uvicorn.lifespan.on
from app.main import create_app
create_app()
print("\\n".join(sys.modules))
"""


def _library_modules(env: dict[str, str]) -> list[str]:
    done = subprocess.run(  # noqa: S603 - our own interpreter and probe
        [sys.executable, "-c", PROBE], env=env, cwd=REPO, capture_output=True, text=True, check=True
    )
    return [
        name
        for name in done.stdout.split()
        if name.split(".")[0] not in ("app", "__main__") and not name.startswith("__")
    ]


async def _one_start(site: Deployment, stage: int | None) -> tuple[float, float]:
    """RSS and RssFile in MiB once it answers and has answered `/readyz`."""
    server = await (site.start() if stage is None else site.start(factory=FLOOR_FACTORY))
    try:
        async with httpx.AsyncClient(base_url=server.base_url, timeout=10) as client:
            (await client.get("/readyz")).raise_for_status()
        return rss_bytes(server.pid) / MIB, rss_file_bytes(server.pid) / MIB
    finally:
        site.stop(server)


def _median(values: list[float]) -> float:
    return statistics.median(values)


async def run(runs: int) -> str:
    names = [label for label, _ in GROUPS] + ["Daybook's own modules, models, routes and start"]
    stages: list[int | None] = [*range(len(GROUPS)), None]
    rss: list[list[float]] = [[] for _ in stages]
    files: list[list[float]] = [[] for _ in stages]
    async with deployment(None) as site:
        plan = Path(site.env["DAYBOOK_DATA_DIR"]) / PLAN
        modules = await asyncio.to_thread(_library_modules, site.env)
        for run_ in range(runs):
            for index, stage in enumerate(stages):
                log(f"server_floor: run {run_ + 1}/{runs}, stage {index}")
                plan.write_text(json.dumps({"stage": stage, "modules": modules}))
                total, mapped = await _one_start(site, stage)
                rss[index].append(total)
                files[index].append(mapped)
    rows = []
    for index, name in enumerate(names):
        before = _median(rss[index - 1]) if index else 0.0
        mapped_before = _median(files[index - 1]) if index else 0.0
        rows.append(
            (
                name,
                f"{_median(rss[index]):.1f} ({min(rss[index]):.1f}-{max(rss[index]):.1f})",
                f"{_median(rss[index]) - before:+.1f}",
                f"{_median(files[index]) - mapped_before:+.1f}",
            )
        )
    header = [f"loaded, in turn ({runs} starts)", "RSS after /readyz, MiB", "added", "in files"]
    return "\n".join([table(header, rows), "", await machine(None)])


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3, help="starts of each stage (default 3)")
    args = parser.parse_args(argv)
    print(asyncio.run(run(args.runs)))


if __name__ == "__main__":
    main()
