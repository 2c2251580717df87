"""The client reads a server's answers as JSON.parse does: a body with NaN or
Infinity in it is not JSON, whatever Python's json module would make of it."""

from __future__ import annotations

import httpx
import pytest

from app.client.api import DaybookApi


async def _answer(body: bytes) -> object:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, content=body, headers={"content-type": "application/json"}
        )
    )
    async with DaybookApi("http://daybook.test", transport=transport) as api:
        return await api.call("GET", "/v1/anything", auth=False)


async def test_an_answer_in_json_is_read() -> None:
    assert await _answer(b'{"size": 3, "ratio": 0.5}') == {"size": 3, "ratio": 0.5}


@pytest.mark.parametrize("body", [b'{"size": NaN}', b'{"size": Infinity}', b'{"size": 1e400}'])
async def test_an_answer_with_a_number_json_has_not_is_refused(body: bytes) -> None:
    with pytest.raises(ValueError, match=r"JSON|double"):
        await _answer(body)
