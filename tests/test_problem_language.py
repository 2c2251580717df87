"""A problem document speaks the language the request asks for.

Every `code` the server can answer with has a title and an explanation in
every catalogue of the server's (app/locale), and so has every detail
written out whole where an error is made; every validation message a schema
can produce is translated by its pydantic type, no entry is left that
nothing uses, and over HTTP a Welsh request gets Welsh words with the same
`code`, saying so in `Content-Language`.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from babel.core import negotiate_locale
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from pydantic_core._pydantic_core import list_all_errors

# Imports every router, so every error class.
import app.main
from app import language
from app.errors import DaybookError
from app.problem_text import INVALID_VALUE, VALIDATION, catalogue_path
from tests.test_errors import assert_problem, login_body

APP = Path(app.main.__file__).parent
OPENAPI = APP.parent / "schemas" / "openapi.json"
TRANSLATED = [code for code in language.LANGUAGES if code != language.DEFAULT]
# Every type Daybook's schemas and parameters can produce (a new kind of
# field with another type fails test_validation_types_are_the_ones_daybook_meets).
VALIDATION_TYPES = (
    "missing",
    "extra_forbidden",
    "model_type",
    "model_attributes_type",
    "greater_than",
    "greater_than_equal",
    "less_than",
    "less_than_equal",
    "too_short",
    "too_long",
    "string_type",
    "string_unicode",
    "string_too_short",
    "string_too_long",
    "string_pattern_mismatch",
    "enum",
    "literal_error",
    "dict_type",
    "list_type",
    "bool_type",
    "bool_parsing",
    "int_type",
    "int_parsing",
    "int_from_float",
    "float_parsing",
    "bytes_type",
    "value_error",
    "date_parsing",
    "datetime_type",
    "datetime_parsing",
    "datetime_from_date_parsing",
    "timezone_aware",
    "url_parsing",
    "url_scheme",
    "uuid_type",
    "uuid_parsing",
)


def _error_classes(base: type[DaybookError] = DaybookError) -> Iterator[type[DaybookError]]:
    yield base
    for sub in base.__subclasses__():
        yield from _error_classes(sub)


def _made_by_handlers() -> Iterator[tuple[str, str]]:
    """(code, title) of each problem the handlers and middleware write out
    by hand: `problem_response(status, code, title, ...)` and `Fault(...)`."""
    for path in APP.rglob("*.py"):
        if path.relative_to(APP).parts[0] in ("client", "cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 3:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            code, title = node.args[1], node.args[2]
            if name in ("problem_response", "Fault") and isinstance(code, ast.Constant):
                assert isinstance(title, ast.Constant), ast.unparse(node)
                yield str(code.value), str(title.value)


def _documented_codes() -> set[str]:
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            code = node.get("properties", {}).get("code", {})
            found.update(code.get("enum", ()) if isinstance(code, dict) else ())
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(OPENAPI.read_text(encoding="utf-8")))
    return found


def _written_details() -> set[str]:
    """Each detail written out whole where an error is made: `NotFound("...")`,
    or a module's constant such as `NotFound(NOT_FOUND)`."""
    names = {cls.__name__ for cls in _error_classes()}
    found: set[str] = set()
    for path in APP.rglob("*.py"):
        if path.relative_to(APP).parts[0] in ("client", "cli"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            node.targets[0].id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            if getattr(node.func, "id", getattr(node.func, "attr", "")) not in names:
                continue
            detail = node.args[0]
            if isinstance(detail, ast.Constant) and isinstance(detail.value, str):
                found.add(detail.value)
            elif isinstance(detail, ast.Name) and detail.id in constants:
                found.add(constants[detail.id])
    return found


def _codes_and_titles() -> tuple[set[str], set[str]]:
    classes = list(_error_classes())
    handmade = list(_made_by_handlers())
    codes = {cls.code for cls in classes} | {code for code, _title in handmade}
    codes |= _documented_codes() | {"http-error", "method-not-allowed"}
    titles = {cls.title for cls in classes} | {title for _code, title in handmade}
    # Starlette's words for the statuses it answers itself (404, 405).
    titles |= {"Not Found", "Method Not Allowed"}
    return codes, titles


def _catalogue(code: str) -> Catalog:
    with catalogue_path(code).open("rb") as file:
        return read_po(file, locale=code)


def _templates() -> dict[str, str]:
    return {error["type"]: error["message_template_python"] for error in list_all_errors()}


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_code_title_and_written_detail_has_an_entry(code: str) -> None:
    catalogue = _catalogue(code)
    codes, titles = _codes_and_titles()
    assert len(codes) > 50 and "invalid-code" in codes and "storage-full" in codes
    explained = {m.context for m in catalogue if m.context not in (None, VALIDATION)}
    translated = {m.id for m in catalogue if m.context is None and m.id and m.string}
    assert not codes - explained, f"no {code} explanation of the codes {codes - explained}"
    assert not titles - translated, f"no {code} title for {titles - translated}"
    assert not any(m.fuzzy or not m.string for m in catalogue if m.id), "untranslated entries"
    assert not explained - codes, f"{code} explains codes the server has not: {explained - codes}"
    details = _written_details()
    assert len(details) > 50 and "The passphrase is wrong." in details
    assert not details - translated, f"no {code} translation of the details {details - translated}"
    unused = translated - titles - details
    assert not unused, f"{code} entries nothing uses: {unused}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_validation_type_is_translated_by_its_template(code: str) -> None:
    templates = _templates()
    wanted = {templates[name] for name in VALIDATION_TYPES} | {INVALID_VALUE}
    have = {str(m.id) for m in _catalogue(code) if m.context == VALIDATION}
    assert not wanted - have, f"no {code} validation message for {wanted - have}"
    assert not have - wanted, f"{code} validation entries nothing uses: {have - wanted}"


def test_validation_types_are_the_ones_daybook_meets() -> None:
    """Each type listed is one pydantic has (a renamed one fails here)."""
    assert set(VALIDATION_TYPES) <= _templates().keys()


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "en"),
        ("", "en"),
        ("cy", "cy"),
        ("cy-GB", "cy"),
        ("CY-gb;q=0.8, fr;q=0.9", "cy"),
        ("en-GB,en;q=0.9,cy;q=0.8", "en"),
        ("fr, cy;q=0.5, en;q=0.1", "cy"),
        ("cy;q=0, en", "en"),
        ("de, fr", "en"),
        ("*", "en"),
        ("cy;q=bad, fr", "en"),
    ],
)
def test_the_header_is_negotiated_as_babel_does(header: str | None, expected: str) -> None:
    assert language.negotiate(header) == expected
    ranked = language._by_weight(header or "")
    babel = negotiate_locale([tag.replace("-", "_") for tag in ranked], language.LANGUAGES)
    assert (babel or language.DEFAULT) == expected


async def test_a_welsh_request_gets_welsh_words_with_the_same_code(
    http: httpx.AsyncClient,
) -> None:
    welsh = {"accept-language": "cy-GB, en;q=0.5"}
    english = await http.post("/v1/auth/login", json=login_body())
    cymraeg = await http.post("/v1/auth/login", json=login_body(), headers=welsh)
    body_en = assert_problem(english, 401, "unauthenticated")
    body_cy = assert_problem(cymraeg, 401, "unauthenticated")
    assert body_en["title"] == "Not signed in"
    assert body_cy["title"] == "Heb fewngofnodi"
    assert body_en["detail"] == "The username or passphrase is wrong."
    assert body_cy["detail"] == "Mae'r enw defnyddiwr neu'r cyfrinymadrodd yn anghywir."
    assert (english.headers["content-language"], cymraeg.headers["content-language"]) == (
        "en",
        "cy",
    )
    assert "Accept-Language" in cymraeg.headers["vary"]
    assert cymraeg.headers["www-authenticate"] == "Bearer"


async def test_a_welsh_validation_problem_names_each_field_in_welsh(
    http: httpx.AsyncClient,
) -> None:
    body = login_body()
    del body["username"]
    response = await http.post("/v1/auth/login", json=body, headers={"accept-language": "cy"})
    problem = assert_problem(response, 422, "validation-failed")
    assert problem["title"] == "Cais annilys"
    [error] = problem["errors"]
    assert error["loc"] == ["body", "username"] and error["type"] == "missing"
    assert error["message"] == "Mae angen y maes hwn"


async def test_a_detail_with_values_in_it_becomes_the_codes_explanation(
    http: httpx.AsyncClient,
) -> None:
    """The 404 of an unknown path says which path in English; in Welsh the
    explanation of `not-found` stands for it, whole."""
    response = await http.get("/v1/no-such-thing", headers={"accept-language": "cy"})
    problem = assert_problem(response, 404, "not-found")
    assert problem["title"] == "Heb ei ganfod"
    assert problem["detail"] == "Nid oes y fath beth, neu nid eich un chi ydyw."
    assert response.headers["content-language"] == "cy"
