"""The ASGI application."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

from fastapi import FastAPI

from app.access_log.router import router as access_log_router
from app.accounts.router import router as accounts_router
from app.assignments.router import cases_router
from app.assignments.router import codes_router as assignment_codes_router
from app.assignments.router import router as assignment_router
from app.attachments.cleanup import sweep_forever
from app.attachments.router import router as attachments_router
from app.attachments.schemas import MAX_RUN_BODY_BYTES
from app.body_limit import BodyLimit
from app.bundles.router import public_router as bundle_downloads_router
from app.bundles.router import router as bundles_router
from app.bundles.schemas import MAX_ENTRIES_BODY_BYTES
from app.case_documents.router import router as case_documents_router
from app.config import Environment, Settings
from app.console_origins import ConsoleOrigins
from app.console_ui import serve_console
from app.docs_ui import serve_docs
from app.entries.router import router as entries_router
from app.entries.router import sync_router
from app.entries.schemas import MAX_BATCH_BODY_BYTES
from app.errors import install_error_handlers
from app.evidence.publish import publish_forever
from app.evidence.router import router as evidence_router
from app.faults import FaultBarrier
from app.handovers.router import organisation_router as organisation_handovers_router
from app.handovers.router import router as handovers_router
from app.handovers.router import victim_router as victim_handover_router
from app.handovers.schemas import MAX_HANDOVER_BODY_BYTES
from app.health.router import router as health_router
from app.keys.router import router as keys_router
from app.notes.router import case_router as case_notes_router
from app.notes.router import router as notes_router
from app.notes.schemas import MAX_NOTE_BODY_BYTES
from app.observability import logs
from app.observability.middleware import RequestObserver
from app.observability.router import router as metrics_router
from app.organisations.router import router as organisation_router
from app.problem_docs import add_problem_schemas, describe
from app.protocol.entries import MAX_ENVELOPE_BYTES
from app.protocol.stream import CIPHERTEXT_CHUNK_BYTES
from app.push.router import router as push_router
from app.security_events.router import router as security_events_router
from app.sessions.router import auth_router, sessions_router
from app.shares.router import router as shares_router
from app.shares.schemas import MAX_SHARES_BODY_BYTES
from app.state import AppState
from app.verifier import serve_verifier

# The largest entry envelope in base64url, plus room for the rest of the JSON.
ENTRY_BODY_BYTES = MAX_ENVELOPE_BYTES * 4 // 3 + 16 * 1024

DESCRIPTION = """\
Daybook stores an end-to-end encrypted stalking-incident diary. The server
sees ciphertext, public keys and proofs, never the diary. Byte layouts, key
derivations and test vectors: docs/protocol. Every error is an RFC 9457
problem document (`application/problem+json`) with a stable `code`.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    state = AppState.create(settings or Settings())
    logs.quiet_drivers()
    if state.settings.environment is not Environment.TEST:
        logs.configure(state.settings.log_level)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        background = [
            asyncio.create_task(sweep_forever(state)),
            asyncio.create_task(publish_forever(state)),
        ]
        yield
        for task in background:
            task.cancel()
        for task in background:
            with suppress(asyncio.CancelledError):
                await task
        await state.engine.dispose()
        if state.rate_limits is not None:
            await state.rate_limits.close()

    published = state.settings.api_docs_published
    app = FastAPI(
        title="Daybook",
        version="1.0.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        openapi_url="/openapi.json" if published else None,
        docs_url=None,
        redoc_url=None,
        # The server's telemetry is its Prometheus metrics and request log
        # (app/observability). FastAPI's native OpenTelemetry would look up the
        # global providers on every request for nothing.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    serve_docs(app)
    serve_verifier(app)
    app.state.daybook = state
    install_error_handlers(app)
    for router in (
        accounts_router,
        auth_router,
        sessions_router,
        keys_router,
        security_events_router,
        entries_router,
        sync_router,
        attachments_router,
        evidence_router,
        bundles_router,
        bundle_downloads_router,
        organisation_router,
        assignment_codes_router,
        assignment_router,
        cases_router,
        shares_router,
        access_log_router,
        case_notes_router,
        notes_router,
        case_documents_router,
        handovers_router,
        organisation_handovers_router,
        victim_handover_router,
        push_router,
        health_router,
        metrics_router,
    ):
        app.include_router(describe(router))
    add_problem_schemas(app)
    app.add_middleware(
        BodyLimit,
        max_bytes=state.settings.max_body_bytes,
        exceptions=[
            (r"/v1/entries/batch", MAX_BATCH_BODY_BYTES),
            (r"/v1/entries/[^/]+(/versions)?", ENTRY_BODY_BYTES),
            (r"/v1/case-documents/[^/]+(/versions)?", ENTRY_BODY_BYTES),
            (r"/v1/attachments/[^/]+/chunks/[^/]+", CIPHERTEXT_CHUNK_BYTES),
            (r"/v1/attachments/[^/]+/chunks/[^/]+/run", MAX_RUN_BODY_BYTES),
            (r"/v1/bundles/[^/]+/entries", MAX_ENTRIES_BODY_BYTES),
            (r"/v1/shares", MAX_SHARES_BODY_BYTES),
            (r"/v1/cases/[^/]+/notes/[^/]+", MAX_NOTE_BODY_BYTES),
            (r"/v1/assignment/handover", MAX_HANDOVER_BODY_BYTES),
        ],
    )
    app.add_middleware(FaultBarrier)
    serve_console(app)
    if state.settings.console_origins:
        app.add_middleware(ConsoleOrigins, origins=state.settings.console_origins)
    # Outermost: it sees every answer, a refused body size and a fault included.
    app.add_middleware(RequestObserver)
    return app
