"""The API's own map (/docs, /redoc, /openapi.json) is off in production
unless the operator publishes it, and on elsewhere."""

from __future__ import annotations

import httpx
import pytest

from app.config import Environment, Settings
from app.main import create_app
from tests.conftest import BASE_URL

DOC_PATHS = ("/openapi.json", "/docs", "/redoc")


async def answers(settings: Settings) -> dict[str, int]:
    application = create_app(settings)
    transport = httpx.ASGITransport(app=application)
    try:
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
            return {path: (await client.get(path)).status_code for path in DOC_PATHS}
    finally:
        await application.state.daybook.engine.dispose()


@pytest.mark.parametrize(
    ("environment", "publish", "status"),
    [
        (Environment.PRODUCTION, None, 404),
        (Environment.PRODUCTION, False, 404),
        (Environment.PRODUCTION, True, 200),
        (Environment.DEVELOPMENT, None, 200),
        (Environment.DEVELOPMENT, False, 404),
    ],
)
async def test_api_docs_are_published_only_where_the_setting_says(
    settings: Settings, environment: Environment, publish: bool | None, status: int
) -> None:
    chosen = settings.model_copy(update={"environment": environment, "publish_api_docs": publish})
    assert await answers(chosen) == dict.fromkeys(DOC_PATHS, status)


def test_the_setting_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DAYBOOK_PUBLISH_API_DOCS", "true")
    assert Settings().api_docs_published
