"""Request bodies read only once the caller is known.

FastAPI reads and parses a route's declared body before it runs any
dependency, token check included. On a route whose body limit is above the
default (app/main.py), that would let anyone make a worker read and buffer a
body up to the route's limit (8 MiB for a batch) before the token is looked
at. Such routes take their body through these dependencies instead: the token
is checked, the session's pooled connection handed back, and only then is the
body read and, for JSON, parsed and validated exactly as FastAPI would, so the
answers (400 `malformed-json`, 422 `validation-failed`, 413) keep their shape
(docs/protocol/02-errors.md)."""

from __future__ import annotations

import email.message
import json
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from fastapi.dependencies.utils import request_params_to_args
from fastapi.exceptions import RequestValidationError
from fastapi.params import Depends as DependsMarker
from fastapi.routing import APIRoute
from pydantic import BaseModel, TypeAdapter, ValidationError
from starlette.exceptions import HTTPException

from app.problem_docs import takes_json
from app.sessions.dependencies import CurrentCaller
from app.state import DbSession, State

Model = TypeVar("Model", bound=BaseModel)
# An empty body, which FastAPI reports as a missing one (JSON `null` is not).
_EMPTY = object()


async def _small_body_first(request: Request, state: State) -> bool:
    """Whether the body was read before the token: one declared no larger
    than every route takes from anyone (`max_body_bytes`, which sign-up and
    sign-in read before they know who asks) is read first, as FastAPI reads
    bodies, so the caller's connection need not be handed back while it
    arrives. That spares the common small write a commit and a second
    checkout; only larger bodies wait for the token."""
    declared = request.headers.get("content-length")
    if declared is None or not declared.isdigit():
        return False
    if int(declared) > state.settings.max_body_bytes:
        return False
    await _read(request)
    return True


async def caller_first(
    read: Annotated[bool, Depends(_small_body_first)], _caller: CurrentCaller, db: DbSession
) -> None:
    """The token is checked (an unknown one is refused before a byte of a
    large body is read), then the session's transaction ends so its pooled
    connection goes back while the body arrives: a client trickling a body in
    holds none (tests/scale/test_slow_clients.py). The handler's first query
    takes one again; the caller is resolved once per request."""
    if not read:
        await db.commit()


CallerFirst = Annotated[None, Depends(caller_first)]


async def _read(request: Request) -> bytes:
    """The whole body, failing as FastAPI's own body reading fails: the body
    limit's 413 passes through, anything else (a client gone) is a 400."""
    try:
        return await request.body()
    except HTTPException:
        raise
    except Exception as e:
        raise HTTPException(400, "There was an error parsing the body") from e


def _is_json(content_type: str | None) -> bool:
    """FastAPI's strict test: `application/json` or `application/*+json`."""
    if not content_type:
        return False
    message = email.message.Message()
    message["content-type"] = content_type
    subtype = message.get_content_subtype()
    return message.get_content_maintype() == "application" and (
        subtype == "json" or subtype.endswith("+json")
    )


def _document(body: bytes, content_type: str | None) -> Any:
    """What FastAPI would validate: the bytes themselves for a body not
    declared JSON, else the parsed document."""
    if not body:
        return _EMPTY
    if not _is_json(content_type):
        return body
    try:
        return json.loads(body)
    except json.JSONDecodeError as e:
        error = {
            "type": "json_invalid",
            "loc": ("body", e.pos),
            "msg": "JSON decode error",
            "input": {},
            "ctx": {"error": e.msg},
        }
        raise RequestValidationError([error], body=e.doc) from e
    except Exception as e:  # invalid UTF-8, nesting past the recursion limit
        raise HTTPException(400, "There was an error parsing the body") from e


def _parameter_errors(request: Request) -> list[Any]:
    """The route's own invalid parameters, which FastAPI checks after every
    dependency: listed before the body's errors, as FastAPI lists them when
    it reads the body itself."""
    route = request.scope["route"]
    assert isinstance(route, APIRoute)
    found: list[Any] = []
    for fields, received in (
        (route.dependant.path_params, request.path_params),
        (route.dependant.query_params, request.query_params),
        (route.dependant.header_params, request.headers),
        (route.dependant.cookie_params, request.cookies),
    ):
        found += request_params_to_args(fields, received)[1]
    return found


def _missing() -> dict[str, Any]:
    error = ValidationError.from_exception_data(
        "Field required", [{"type": "missing", "loc": ("body",), "input": {}}]
    ).errors(include_url=False)[0]
    return {**error, "input": None}


def authenticated_json(model: type[Model]) -> Any:
    """`Depends(...)` for a JSON body of `model`, read after the caller is
    known. The OpenAPI document shows it as the route's request body, as if
    declared plainly (app/problem_docs.py)."""
    adapter = TypeAdapter(model)

    async def body(request: Request, _caller: CallerFirst) -> Model:
        document = _document(await _read(request), request.headers.get("content-type"))
        if document is _EMPTY:
            raise RequestValidationError([*_parameter_errors(request), _missing()])
        try:
            return adapter.validate_python(document, from_attributes=True)
        except ValidationError as e:
            errors = [{**err, "loc": ("body", *err["loc"])} for err in e.errors(include_url=False)]
            raise RequestValidationError(_parameter_errors(request) + errors, body=document) from e

    marker: DependsMarker = Depends(takes_json(model)(body))
    return marker


async def authenticated_pieces(request: Request, _caller: CallerFirst) -> list[bytes]:
    """A raw body (capped by the body limit), read after the caller is known,
    in the pieces it arrived in: joining them would copy it (a 1 MiB chunk)."""
    return [piece async for piece in request.stream() if piece]
