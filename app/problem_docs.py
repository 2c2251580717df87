"""Which problems each operation can answer, written into the OpenAPI document.

Phone teams generate their clients from that document, so it names every
error status an operation can return, each as RFC 9457 problem+json with the
`code` values it can carry. One place derives them from what a route is made
of: a signed-in caller can be refused (401), a role too (403); a body can be
unreadable, too large or invalid (400, 413, 422); a parameter invalid (422); a
path's object missing (404); every operation can meet an unreachable database
(503) and every write a full disk (507). What a route's handler or service
refuses on top, it declares with `@raises(...)` by error class, so the codes
come from the classes themselves and never drift from them."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar, get_args

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.encoders import jsonable_encoder
from fastapi.openapi.models import Schema
from fastapi.routing import APIRoute, APIRouter
from pydantic import BaseModel, Field

from app.errors import PROBLEM_MEDIA_TYPE, DaybookError
from app.language import LANGUAGES
from app.state import DbSession

SCHEMA_REF = "#/components/schemas/"
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})

# Codes that the error handlers give rather than a DaybookError class.
UNREADABLE_BODY = (
    "malformed-json",
    "too-deeply-nested",
    "malformed-body",
)
# Machine faults: an operation that opens a database session can find the
# database unreachable; a write can find the disk full.
DATABASE_UNAVAILABLE = "database-unavailable"
STORAGE_FULL = "storage-full"
# A write that loses a race with an identical one (app/faults.py).
CONCURRENT_REQUEST = "concurrent-request"
_OPENS_DATABASE = get_args(DbSession)[1].dependency

_TITLES = {
    400: "Bad request",
    401: "Not signed in",
    403: "Not allowed",
    404: "Not found",
    409: "Conflict",
    410: "Gone",
    413: "Too large",
    416: "Range not satisfiable",
    422: "Invalid request",
    429: "Too many attempts",
    503: "Service unavailable; nothing was saved",
    507: "Storage full; nothing was saved",
}
_HEADERS: dict[int, dict[str, Any]] = {
    401: {"WWW-Authenticate": {"description": "Always `Bearer`.", "schema": {"type": "string"}}},
    429: {"Retry-After": {"description": "Seconds to wait.", "schema": {"type": "integer"}}},
    503: {"Retry-After": {"description": "Seconds to wait.", "schema": {"type": "integer"}}},
}

# Every problem's title and detail are in the language `Accept-Language` asks
# for (app/problem_text.py); the code is the same in all. One component,
# referred to by every problem response.
HEADER_REF = "#/components/headers/"
_CONTENT_LANGUAGE = {
    "description": "The language of `title` and `detail`: `en` (the default) or `cy`.",
    "schema": {"type": "string", "enum": list(LANGUAGES)},
}
_LANGUAGE_HEADERS = {"Content-Language": {"$ref": HEADER_REF + "ContentLanguage"}}

Handler = TypeVar("Handler", bound=Callable[..., Any])
_declared: dict[Callable[..., Any], tuple[type[DaybookError], ...]] = {}
# Dependencies that read a JSON body themselves (app/sessions/bodies.py), and its model.
_json_bodies: dict[Callable[..., Any], type[BaseModel]] = {}


def raises(*errors: type[DaybookError]) -> Callable[[Handler], Handler]:
    """Declare the errors a handler or a dependency raises beyond those its
    shape implies (its caller, body and parameters)."""

    def declare(handler: Handler) -> Handler:
        _declared[handler] = errors
        return handler

    return declare


def takes_json(model: type[BaseModel]) -> Callable[[Handler], Handler]:
    """Declare a dependency that reads a JSON body of `model` itself: the
    route is documented as if it declared that body, and answers its
    problems (400, 413, 422)."""

    def declare(reader: Handler) -> Handler:
        _json_bodies[reader] = model
        return reader

    return declare


class FieldError(BaseModel):
    loc: list[str] = Field(description="Where: `body`, `query`, `path` or `header`, then names.")
    message: str
    type: str = Field(description="The validator's error type, e.g. `missing`, `value_error`.")


class Problem(BaseModel):
    """An RFC 9457 problem document. Branch on `code`; show `detail`.
    Some codes add members a client acts on (`current_version`,
    `missing_chunks`, `tree_size`, ...), named in docs/protocol/02-errors.md."""

    type: str = Field(description="`urn:daybook:problem:` followed by `code`.")
    title: str
    status: int
    detail: str = Field(description="For people; may change.")
    instance: str | None = Field(default=None, description="Not sent today; reserved.")
    code: str = Field(description="Stable and machine-readable.")
    errors: list[FieldError] | None = Field(default=None, description="Only with 422.")


def _dependants(dependant: Dependant) -> Iterator[Dependant]:
    yield dependant
    for sub in dependant.dependencies:
        yield from _dependants(sub)


def _json_model(route: APIRoute) -> type[BaseModel] | None:
    """The model of the JSON body a dependency of the route reads itself."""
    for dependant in _dependants(route.dependant):
        if dependant.call in _json_bodies:
            return _json_bodies[dependant.call]
    return None


def _takes_body(route: APIRoute) -> bool:
    return route.body_field is not None or "requestBody" in (route.openapi_extra or {})


def _reads_json(route: APIRoute) -> bool:
    return route.body_field is not None or _json_model(route) is not None


def problems_of(route: APIRoute) -> dict[int, set[str]]:
    """Every status the route can answer with a problem, and its codes."""
    found: dict[int, set[str]] = {}

    def add(status: int, *codes: str) -> None:
        found.setdefault(status, set()).update(codes)

    tree = list(_dependants(route.dependant))
    calls = [dependant.call for dependant in tree]
    in_path = any(dependant.path_params for dependant in tree)
    parameters = in_path or any(d.query_params or d.header_params for d in tree)
    if _OPENS_DATABASE in calls:
        add(503, DATABASE_UNAVAILABLE)
    if (route.methods or set()) & WRITES:
        add(507, STORAGE_FULL)
        if _OPENS_DATABASE in calls:
            add(409, CONCURRENT_REQUEST)
    if _reads_json(route):
        add(400, *UNREADABLE_BODY)
    if _takes_body(route):
        add(413, "payload-too-large")
    if _reads_json(route) or parameters:
        add(422, "validation-failed")
    if in_path:
        add(404, "not-found")
    for call in calls:
        for error in _declared.get(call, ()) if call else ():
            add(error.status, error.code)
    return found


@functools.cache
def _response(status: int, codes: frozenset[str]) -> dict[str, Any]:
    """Shared by every route that answers the same problems, so never changed
    in place (FastAPI deep-copies it into the document): some 520 answers are
    60-odd dicts, a MiB less in every worker (docs/PERFORMANCE.md)."""
    listed = sorted(codes)
    shape: dict[str, Any] = {
        "type": "object",
        "properties": {"status": {"const": status}, "code": {"enum": listed}},
    }
    if status == 422:
        shape["required"] = ["errors"]
    described: dict[str, Any] = {
        "description": f"{_TITLES.get(status, 'Error')}: " + ", ".join(f"`{c}`" for c in listed),
        "content": {
            PROBLEM_MEDIA_TYPE: {"schema": {"allOf": [{"$ref": SCHEMA_REF + "Problem"}, shape]}}
        },
    }
    described["headers"] = {**_HEADERS.get(status, {}), **_LANGUAGE_HEADERS}
    return described


def _json_body(model: type[BaseModel]) -> dict[str, Any]:
    """The request body FastAPI documents for a declared body of `model`."""
    schema = {"$ref": SCHEMA_REF + model.__name__}
    return {"requestBody": {"content": {"application/json": {"schema": schema}}, "required": True}}


def describe(router: APIRouter) -> APIRouter:
    """Write each route's problems into its `responses` (idempotent: the
    routers are module singletons and every app built includes them)."""
    for route in router.routes:
        if isinstance(route, APIRoute) and route.include_in_schema:
            if (model := _json_model(route)) is not None:
                route.openapi_extra = {**(route.openapi_extra or {}), **_json_body(model)}
            for status, codes in problems_of(route).items():
                route.responses[status] = _response(status, frozenset(codes))
    return router


def _json_body_schemas() -> dict[str, Any]:
    """The schemas of the JSON bodies that dependencies read themselves,
    written as FastAPI writes those of declared bodies (through its OpenAPI
    models, which make a bound like `minimum` a float)."""
    found: dict[str, Any] = {}
    for model in _json_bodies.values():
        schema = model.model_json_schema(ref_template=SCHEMA_REF + "{model}")
        found.update(schema.pop("$defs", {}))
        found[model.__name__] = schema
    return {
        name: jsonable_encoder(Schema(**schema), by_alias=True, exclude_none=True)
        for name, schema in found.items()
    }


def add_problem_schemas(app: FastAPI) -> None:
    """Put `Problem` and `FieldError` among the document's components, and
    the models of the JSON bodies that dependencies read themselves."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = generate()
            schema = Problem.model_json_schema(ref_template=SCHEMA_REF + "{model}")
            components = document.setdefault("components", {}).setdefault("schemas", {})
            components.update(_json_body_schemas())
            components.update(schema.pop("$defs"))
            components["Problem"] = schema
            headers = document["components"].setdefault("headers", {})
            headers["ContentLanguage"] = _CONTENT_LANGUAGE
        return app.openapi_schema or generate()

    app.openapi = openapi  # type: ignore[method-assign]
