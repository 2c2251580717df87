"""Every number a client sends as text goes through one ASCII-only parser.
The routes are read from the OpenAPI document, so a new route's parameters
are covered without touching this test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from app.protocol.encoding import parse_decimal
from tests.writers import Writer

# Digits int() would take: superscripts (which str.isdigit() also takes),
# Arabic-Indic, Devanagari and full-width ones.
FOREIGN_DIGITS = ("²", "١٢", "३", "\uff11\uff12", "1²")
# ASCII, but not how a number is written on this API.
LOOSE_SPELLINGS = ("+1", "-1", " 1", "1 ", "1_0", "1.0", "01", "0x1", "1e1", "")


@dataclass(frozen=True)
class Parameter:
    method: str
    path: str
    name: str
    where: str  # "query" or "path"
    schema: dict[str, Any]

    @property
    def is_integer(self) -> bool:
        kinds = [self.schema, *self.schema.get("anyOf", []), self.schema.get("items", {})]
        return any(kind.get("type") == "integer" for kind in kinds)


def parameters(application: FastAPI) -> Iterator[tuple[Parameter, list[Parameter]]]:
    """Every query and path parameter, with the other parameters of its operation."""
    for path, operations in application.openapi()["paths"].items():
        for method, operation in operations.items():
            found = [
                Parameter(method.upper(), path, p["name"], p["in"], p["schema"])
                for p in operation.get("parameters", [])
                if p["in"] in ("query", "path")
            ]
            for parameter in found:
                yield parameter, [p for p in found if p != parameter]


def valid(parameter: Parameter) -> str:
    if parameter.is_integer:
        return "1"
    if parameter.schema.get("type") == "boolean":
        return "true"
    if "pattern" in parameter.schema:  # a bundle download token
        return "dbl_" + "a" * 40
    if parameter.name == "cursor":
        return "0"
    return str(uuid.uuid4())


async def ask(
    http: httpx.AsyncClient, victim: Writer, parameter: Parameter, others: list[Parameter], bad: str
) -> httpx.Response:
    values = {p.name: valid(p) for p in others} | {parameter.name: bad}
    path = parameter.path
    query = {}
    for p in [*others, parameter]:
        if p.where == "path":
            path = path.replace("{" + p.name + "}", httpx.URL(values[p.name]).raw_path.decode())
        else:
            query[p.name] = values[p.name]
    assert victim.api.tokens is not None
    return await http.request(
        parameter.method,
        path,
        params=query,
        headers={"Authorization": f"Bearer {victim.api.tokens.access_token}"},
    )


def test_the_parser_takes_ascii_decimal_only() -> None:
    assert parse_decimal("0", 10) == 0
    assert parse_decimal("10", 10) == 10
    for text in (*FOREIGN_DIGITS, *LOOSE_SPELLINGS, "11", "1\n", "9" * 5000):
        with pytest.raises(ValueError):
            parse_decimal(text, 10)


async def test_no_parameter_takes_foreign_digits(
    application: FastAPI, http: httpx.AsyncClient, victim: Writer
) -> None:
    """Foreign digits in any query or path parameter are a 4xx problem: never
    a 500, and never read as a number."""
    every = list(parameters(application))
    assert any(p.name == "cursor" for p, _ in every)
    for parameter, others in every:
        for digits in FOREIGN_DIGITS:
            response = await ask(http, victim, parameter, others, digits)
            where = f"{parameter.method} {parameter.path} {parameter.name}={digits!r}"
            assert 400 <= response.status_code < 500, (where, response.status_code, response.text)
            assert response.headers["content-type"] == "application/problem+json", where


async def test_every_integer_parameter_is_strict(
    application: FastAPI, http: httpx.AsyncClient, victim: Writer
) -> None:
    integers = [(p, others) for p, others in parameters(application) if p.is_integer]
    assert len(integers) >= 10
    for parameter, others in integers:
        for spelling in (*FOREIGN_DIGITS, *LOOSE_SPELLINGS):
            if spelling == "" and parameter.where == "path":
                continue  # another route's path, or a redirect: not a number at all
            response = await ask(http, victim, parameter, others, spelling)
            where = f"{parameter.method} {parameter.path} {parameter.name}={spelling!r}"
            assert response.status_code == 422, (where, response.status_code, response.text)
            refused = [part for e in response.json()["errors"] for part in e["loc"]]
            assert parameter.name in refused, (where, response.text)


async def test_the_sync_cursor_is_strict(http: httpx.AsyncClient, victim: Writer) -> None:
    assert victim.api.tokens is not None
    auth = {"Authorization": f"Bearer {victim.api.tokens.access_token}"}
    assert (await http.get("/v1/sync", params={"cursor": "0"}, headers=auth)).status_code == 200
    for spelling in (*FOREIGN_DIGITS, *LOOSE_SPELLINGS, "9" * 20):
        response = await http.get("/v1/sync", params={"cursor": spelling}, headers=auth)
        assert response.status_code == 400, (spelling, response.text)
        assert response.json()["code"] == "bad-request"
