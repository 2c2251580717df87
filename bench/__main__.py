"""Every benchmark, one after another, printed as one markdown report.

python -m bench [--entries N] [--concurrency C] [--size-mib N [N ...]] [--database-url URL]
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Sequence

from bench import attachments, diary
from bench.common import base_parser, machine


def main(argv: Sequence[str] | None = None) -> None:
    parser = base_parser("Run every Daybook benchmark and print one markdown report.")
    parser.add_argument("--entries", type=int, default=2000, help="diary size (default 2000)")
    parser.add_argument(
        "--concurrency", type=int, default=4, help="requests in flight for server capacity"
    )
    parser.add_argument(
        "--size-mib",
        type=int,
        nargs="+",
        default=[256, 1024],
        help="attachment sizes in MiB, each on a fresh server (default: 256 1024)",
    )
    args = parser.parse_args(argv)

    async def go() -> None:
        started = time.perf_counter()
        written = await diary.run(args.entries, args.concurrency, args.database_url)
        moved = await attachments.run(args.size_mib, args.database_url, None)
        print(await machine(args.database_url), end="\n\n")
        print(written.markdown())
        print(moved.markdown())
        print(f"Total benchmark time: {time.perf_counter() - started:.0f} s.")

    asyncio.run(go())


if __name__ == "__main__":
    main(sys.argv[1:])
