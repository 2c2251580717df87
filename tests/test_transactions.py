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
