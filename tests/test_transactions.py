"""A request's writes commit before its response is sent: a failed commit is
an error to the client, and nothing of the request is kept."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event

from app.client import identity
from app.client.api import ApiError, DaybookApi
from tests.conftest import BASE_URL, MakeApi


async def test_a_failed_commit_is_an_error_and_writes_nothing(
    make_api: MakeApi, application: FastAPI
) -> None:
    engine = application.state.daybook.engine.sync_engine

    def fail(_connection: Any) -> None:
        raise RuntimeError("disk full")

    # As a real server would: answer with the 500 rather than re-raise into the test.
    transport = httpx.ASGITransport(app=application, raise_app_exceptions=False)
    server = DaybookApi(BASE_URL, transport=transport)
    event.listen(engine, "commit", fail)
    try:
        with pytest.raises(ApiError) as failed:
            await identity.register(server, "robin", "a robin passphrase of some length", "phone")
        assert failed.value.status == 500
        assert failed.value.problem["detail"] == "The server failed; nothing was saved."
        assert "disk full" not in str(failed.value.problem)
    finally:
        event.remove(engine, "commit", fail)
        await server.aclose()

    with pytest.raises(ApiError) as missing:
        await identity.login(
            await make_api(), "robin", "a robin passphrase of some length", "phone"
        )
    assert missing.value.status == 401
    me, _ = await identity.register(
        await make_api(), "robin", "a robin passphrase of some length", "phone"
    )
    assert me.username == "robin"


async def test_no_stack_trace_reaches_the_client(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/v1/auth/login", content=b"{", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert "Traceback" not in response.text


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_on_postgresql_a_request_that_only_reads_opens_no_transaction(
    make_api: MakeApi, application: FastAPI
) -> None:
    """The session lookup and an empty sync run before any BEGIN; a write
    after them still opens its transaction and commits in it."""
    # On SQLite there is nothing to check: sqlite3 opens no transaction for a read.
    engine = application.state.daybook.engine.sync_engine
    api = await make_api()
    await identity.register(api, "robin", "a robin passphrase of some length", "phone")
    seen: list[tuple[str, bool]] = []

    def record(connection: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        in_transaction = connection.connection.driver_connection.is_in_transaction()
        seen.append((statement.split()[0], in_transaction))

    event.listen(engine, "after_cursor_execute", record)
    try:
        await api.account()
        await api.sync(None)
        reads = list(seen)
        seen.clear()
        await api.call("DELETE", "/v1/account/lockout")
    finally:
        event.remove(engine, "after_cursor_execute", record)
    assert reads == [("SELECT", False)] * 3
    writes = [in_transaction for verb, in_transaction in seen if verb != "SELECT"]
    assert writes and all(writes)
    assert (await api.call("GET", "/v1/account/security-events"))["events"]
