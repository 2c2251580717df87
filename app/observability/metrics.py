"""Prometheus metrics: requests and their latency per route, bytes uploaded,
and the evidence log's size.

With several worker processes, set PROMETHEUS_MULTIPROC_DIR to an empty
directory shared by them (prometheus_client's multiprocess mode): each
scrape then adds up every worker's counts."""

from __future__ import annotations

import os
from collections.abc import Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

REQUESTS = Counter(
    "daybook_requests_total",
    "HTTP requests answered, by method, route template and status.",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "daybook_request_duration_seconds",
    "Time to answer an HTTP request (to the start of its body), by method and route.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
UPLOAD_BYTES = Counter(
    "daybook_upload_bytes_total", "Attachment ciphertext bytes stored (chunks accepted)."
)


def exposition(log_size: int) -> bytes:
    """The text format of every metric, this process's or all workers'."""
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        counted = generate_latest(registry)
    else:
        from prometheus_client import REGISTRY

        counted = generate_latest(REGISTRY)
    # Read from the database at each scrape, so every worker reports the same;
    # a metric family, not a Gauge, so multiprocess mode does not file it per pid.
    now = CollectorRegistry()
    now.register(_LogSize(log_size))
    return counted + generate_latest(now)


class _LogSize(Collector):
    def __init__(self, size: int) -> None:
        self.size = size

    def collect(self) -> Iterator[Metric]:
        yield GaugeMetricFamily(
            "daybook_log_size", "Leaves in the evidence log (receipts).", value=self.size
        )
