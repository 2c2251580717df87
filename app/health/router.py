from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import Field
from sqlalchemy import text

from app.errors import problem_response
from app.state import AppState, State
from app.wire import ResponseModel

router = APIRouter(tags=["operations"])

# A dependency slower than this counts as down: a load balancer should move on.
CHECK_TIMEOUT_SECONDS = 2.0

CheckResult = Literal["ok", "unreachable"]


class Health(ResponseModel):
    status: Literal["ok"]


class Readiness(ResponseModel):
    status: Literal["ready"]
    checks: dict[str, CheckResult] = Field(
        description="Each dependency: `database` (a query answers) and `blob_store` "
        "(its storage can be read and written)."
    )


@router.get("/healthz", response_model=Health)
async def healthz() -> Health:
    """The process is up and answering; it checks nothing else."""
    return Health(status="ok")


async def _database(state: AppState) -> None:
    async with state.sessionmaker() as db:
        await db.execute(text("SELECT 1"))


async def _check(probe: Coroutine[Any, Any, None]) -> CheckResult:
    try:
        await asyncio.wait_for(probe, CHECK_TIMEOUT_SECONDS)
    except Exception:  # any failure to answer in time is "unreachable"
        return "unreachable"
    return "ok"


@router.get(
    "/readyz",
    response_model=Readiness,
    responses={503: {"description": "A dependency is unreachable (problem details)."}},
)
async def readyz(state: State) -> Readiness | JSONResponse:
    """Ready to serve: the database answers and the blob store is usable.
    503 `not-ready`, naming the check that failed, otherwise."""
    checks: dict[str, CheckResult] = {
        "database": await _check(_database(state)),
        "blob_store": await _check(state.blobs.check()),
    }
    if all(result == "ok" for result in checks.values()):
        return Readiness(status="ready", checks=checks)
    down = ", ".join(name for name, result in checks.items() if result != "ok")
    return problem_response(503, "not-ready", "Not ready", f"Unreachable: {down}.", checks=checks)
