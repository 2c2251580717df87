"""Benchmarks of Daybook through its real HTTP API, against a live uvicorn server.

Not tests: they measure and print figures (markdown), they assert nothing.
Run `python -m bench` for everything, or `python -m bench.diary` and
`python -m bench.attachments` one at a time; docs/PERFORMANCE.md has the results.
"""
