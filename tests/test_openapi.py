"""schemas/openapi.json is exactly what the app serves: phone teams generate
their clients from it. Regenerate with `.venv/bin/daybook openapi > schemas/openapi.json`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

from tests.conftest import BASE_URL

COMMITTED = Path(__file__).resolve().parent.parent / "schemas" / "openapi.json"


async def test_committed_openapi_document_is_what_the_app_serves(application: FastAPI) -> None:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=application), base_url=BASE_URL
    ) as client:
        served = (await client.get("/openapi.json")).json()
    assert json.loads(COMMITTED.read_text()) == served, (
        "schemas/openapi.json is stale: run `.venv/bin/daybook openapi > schemas/openapi.json`"
    )


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    document = json.loads(COMMITTED.read_text())
    return [
        (method.upper(), path, operation)
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    ]


def test_every_error_is_described_as_a_problem_document() -> None:
    schemas = json.loads(COMMITTED.read_text())["components"]["schemas"]
    assert "HTTPValidationError" not in schemas and "ValidationError" not in schemas
    assert {"type", "title", "status", "detail", "instance", "code", "errors"} <= set(
        schemas["Problem"]["properties"]
    )
    for method, path, operation in _operations():
        for status, response in operation["responses"].items():
            if status[0] not in "45":
                continue
            assert list(response["content"]) == ["application/problem+json"], (method, path)
            shape = response["content"]["application/problem+json"]["schema"]
            assert shape["allOf"][0] == {"$ref": "#/components/schemas/Problem"}
            assert shape["allOf"][1]["properties"]["status"] == {"const": int(status)}
            assert shape["allOf"][1]["properties"]["code"]["enum"], (method, path, status)


def test_signed_in_routes_list_401_and_body_routes_list_413_and_422() -> None:
    for method, path, operation in _operations():
        responses = operation["responses"]
        if operation.get("security"):
            codes = responses["401"]["content"]["application/problem+json"]["schema"]
            assert "unauthenticated" in codes["allOf"][1]["properties"]["code"]["enum"], path
        if "requestBody" in operation:
            assert "413" in responses, (method, path)
        if "requestBody" in operation and "application/json" in operation["requestBody"]["content"]:
            assert {"400", "422"} <= set(responses), (method, path)


def test_content_digest_is_a_required_header() -> None:
    [chunk] = [op for m, p, op in _operations() if p.endswith("/chunks/{index}") and m == "PUT"]
    [digest] = [p for p in chunk["parameters"] if p["name"] == "content-digest"]
    assert digest["in"] == "header" and digest["required"] is True
