"""Cross-origin calls (DAYBOOK_CONSOLE_ORIGINS): none by default; with the
setting, exactly the listed origins get CORS headers (never `*`, never
credentials), and every other preflight is a problem without any."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from pydantic import ValidationError

from app.config import Settings
from app.main import create_app
from tests.conftest import BASE_URL

HOSTED = "https://console.northshire.example"
PREFLIGHT = {
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "authorization, content-type",
}


@asynccontextmanager
async def api(settings: Settings, origins: list[str]) -> AsyncIterator[httpx.AsyncClient]:
    application = create_app(settings.model_copy(update={"console_origins": origins}))
    transport = httpx.ASGITransport(app=application)
    try:
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
            yield client
    finally:
        await application.state.daybook.engine.dispose()


def cors(answer: httpx.Response) -> dict[str, str]:
    return {k: v for k, v in answer.headers.items() if k.startswith("access-control-")}


async def test_by_default_no_origin_gets_a_cors_header(settings: Settings) -> None:
    async with api(settings, []) as client:
        for origin in (HOSTED, "null"):
            answer = await client.get("/healthz", headers={"Origin": origin})
            assert cors(answer) == {}
            preflight = await client.options(
                "/v1/auth/prelogin", headers={"Origin": origin, **PREFLIGHT}
            )
            assert (preflight.status_code, cors(preflight)) == (405, {})


async def test_a_listed_origin_may_call_and_read_retry_after(settings: Settings) -> None:
    async with api(settings, [HOSTED, "null"]) as client:
        for origin in (HOSTED, "null"):
            preflight = await client.options(
                "/v1/auth/prelogin", headers={"Origin": origin, **PREFLIGHT}
            )
            assert preflight.status_code == 200
            allowed = cors(preflight)
            assert allowed["access-control-allow-origin"] == origin
            assert "access-control-allow-credentials" not in allowed
            assert {"DELETE", "GET", "POST", "PUT"} <= set(
                allowed["access-control-allow-methods"].split(", ")
            )
            assert {"authorization", "content-type"} <= {
                h.lower() for h in allowed["access-control-allow-headers"].split(", ")
            }
            assert cors(await client.get("/healthz")) == {}
            answer = await client.get("/v1/cases", headers={"Origin": origin})
            assert answer.status_code == 401
            assert cors(answer) == {
                "access-control-allow-origin": origin,
                "access-control-expose-headers": "Retry-After",
            }
            assert "origin" in answer.headers["vary"].lower()


async def test_an_origin_not_listed_gets_no_cors_header(settings: Settings) -> None:
    async with api(settings, [HOSTED]) as client:
        for origin in (
            "https://evil.example",
            "null",
            HOSTED + ":8443",
            "http://console.northshire.example",
        ):
            answer = await client.get("/healthz", headers={"Origin": origin})
            assert cors(answer) == {}, origin
            preflight = await client.options(
                "/v1/auth/prelogin", headers={"Origin": origin, **PREFLIGHT}
            )
            assert preflight.status_code == 403, origin
            assert preflight.json()["code"] == "cross-origin-refused"
            assert cors(preflight) == {}, origin


async def test_a_header_or_method_not_allowed_is_refused(settings: Settings) -> None:
    async with api(settings, [HOSTED]) as client:
        for asked in (
            {"Access-Control-Request-Method": "PATCH"},
            {"Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "x-secret"},
        ):
            preflight = await client.options("/healthz", headers={"Origin": HOSTED, **asked})
            assert (preflight.status_code, cors(preflight)) == (403, {})


@pytest.mark.parametrize(
    "origins",
    ["*", "https://console.example/", "https://console.example/path", "console.example", "ftp://x"],
)
def test_the_setting_takes_exact_origins_only(origins: str) -> None:
    with pytest.raises(ValidationError, match="DAYBOOK_CONSOLE_ORIGINS"):
        Settings(console_origins=origins)


def test_the_setting_is_comma_separated() -> None:
    chosen = Settings(console_origins=f" {HOSTED}, null ,http://127.0.0.1:8001")
    assert chosen.console_origins == [HOSTED, "null", "http://127.0.0.1:8001"]


def test_an_empty_setting_lists_none() -> None:
    """As compose.yaml passes an unset variable on."""
    assert Settings(console_origins="").console_origins == []
