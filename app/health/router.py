from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, Literal

from fastapi import APIRouter
from pydantic import Field
from sqlalchemy import text

from app.errors import DaybookError
from app.evidence import repository as evidence_log
from app.faults import is_disk_full
from app.problem_docs import raises
from app.protocol.keys import raw_public
from app.state import AppState, State
from app.wire import ResponseModel

router = APIRouter(tags=["operations"])

# A dependency slower than this counts as down: a load balancer should move on.
CHECK_TIMEOUT_SECONDS = 2.0

CheckResult = Literal["ok", "unreachable", "retired", "full"]


class NotReady(DaybookError):
    status = 503
    code = "not-ready"
    title = "Not ready"


class Health(ResponseModel):
    status: Literal["ok"]


class Readiness(ResponseModel):
    status: Literal["ready"]
    checks: dict[str, CheckResult] = Field(
        description="Each dependency: `database` (a query answers), `blob_store` "
        "(its storage can be read and written; `full` when less than 2 MiB is free) "
        "and `log_key` (this process signs with the evidence log's current key; "
        "`retired` after a key rotation until the process restarts with the new "
        "key); with DAYBOOK_REDIS_URL set, also "
        "`rate_limits` (Redis answers)."
    )


@router.get("/healthz", response_model=Health)
async def healthz() -> Health:
    """The process is up and answering; it checks nothing else."""
    return Health(status="ok")


async def _database(state: AppState) -> None:
    async with state.sessionmaker() as db:
        await db.execute(text("SELECT 1"))


async def _log_key(state: AppState) -> CheckResult:
    """Read-only: a log with no key yet takes this process's on its first
    checkpoint, so that counts as current."""
    async with state.sessionmaker() as db:
        current = await evidence_log.current_key(db)
    mine = raw_public(state.keys.signing_key.public_key())
    return "ok" if current is None or current.public_key == mine else "retired"


async def _check(probe: Coroutine[Any, Any, CheckResult | None]) -> CheckResult:
    try:
        result = await asyncio.wait_for(probe, CHECK_TIMEOUT_SECONDS)
    except Exception as error:  # any failure to answer in time is "unreachable"
        return "full" if is_disk_full(error) else "unreachable"
    return result or "ok"


@router.get("/readyz", response_model=Readiness)
@raises(NotReady)
async def readyz(state: State) -> Readiness:
    """Ready to serve: the database answers, the blob store is usable and this
    process holds the log's current signing key. 503 `not-ready`, naming the
    checks that failed, otherwise."""
    checks: dict[str, CheckResult] = {
        "database": await _check(_database(state)),
        "blob_store": await _check(state.blobs.check()),
        "log_key": await _check(_log_key(state)),
    }
    if state.rate_limits is not None:
        checks["rate_limits"] = await _check(state.rate_limits.check())
    if all(result == "ok" for result in checks.values()):
        return Readiness(status="ready", checks=checks)
    failed = ", ".join(f"{name} {result}" for name, result in checks.items() if result != "ok")
    raise NotReady(f"Failed: {failed}.", extra={"checks": checks})
