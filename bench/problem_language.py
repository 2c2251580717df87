"""What a problem document in Welsh costs the server.

    python -m bench.problem_language [--runs N]

Imports the application as a worker does and says whether that loaded Babel
(it must not: English answers never need it), then the CPU time and the
growth of the peak resident memory of the first Welsh problem (Babel's import
and reading the catalogue, once per process), and the CPU time per call of
the header's negotiation and of a problem's words after that.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable


def _per_call_us(work: Callable[[], object], runs: int) -> float:
    started = time.process_time()
    for _ in range(runs):
        work()
    return (time.process_time() - started) * 1e6 / runs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10_000)
    runs = parser.parse_args(argv).runs
    import app.main  # noqa: F401  (every router, as a worker imports them)
    from app.language import negotiate
    from app.problem_text import catalogue, problem_words

    print(f"Babel loaded by the application: {any(m.startswith('babel') for m in sys.modules)}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    catalogue("cy")
    first = (time.process_time() - started) * 1000
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak
    print(f"first Welsh problem: {first:.1f} ms CPU, peak RSS +{grown / 1024:.1f} MiB")
    header = "en-GB,en;q=0.9,cy;q=0.8"
    print(f"negotiate: {_per_call_us(lambda: negotiate(header), runs):.1f} µs per call")
    words = _per_call_us(lambda: problem_words("cy", "not-found", "Not found", "x"), runs)
    print(f"problem words: {words:.2f} µs per call")


if __name__ == "__main__":
    main()
