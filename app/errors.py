"""The errors a client can cause, and their RFC 9457 problem+json rendering."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_MEDIA_TYPE = "application/problem+json"


def problem_type(code: str) -> str:
    return f"urn:daybook:problem:{code}"


class DaybookError(Exception):
    """A client-caused failure with a stable machine-readable `code`."""

    status = 400
    code = "bad-request"
    title = "Bad request"

    def __init__(
        self,
        detail: str,
        *,
        headers: Mapping[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers = dict(headers or {})
        # Problem-details extension members, for what a client acts on.
        self.extra = dict(extra or {})


class BadRequest(DaybookError):
    pass


class Unauthenticated(DaybookError):
    status = 401
    code = "unauthenticated"
    title = "Not signed in"

    def __init__(self, detail: str) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": "Bearer"})


class TokenExpired(Unauthenticated):
    code = "token-expired"
    title = "Access token expired"


class Forbidden(DaybookError):
    status = 403
    code = "forbidden"
    title = "Not allowed"


class NotFound(DaybookError):
    status = 404
    code = "not-found"
    title = "Not found"


class Conflict(DaybookError):
    status = 409
    code = "conflict"
    title = "Conflict"


class Gone(DaybookError):
    status = 410
    code = "gone"
    title = "Gone"


class PayloadTooLarge(DaybookError):
    status = 413
    code = "payload-too-large"
    title = "Too large"


class RangeNotSatisfiable(DaybookError):
    status = 416
    code = "range-not-satisfiable"
    title = "Range not satisfiable"


class TooManyAttempts(DaybookError):
    status = 429
    code = "too-many-attempts"
    title = "Too many failed attempts"

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(retry_after)})
        self.retry_after = retry_after


def problem_response(
    status: int,
    code: str,
    title: str,
    detail: str,
    *,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body = {"type": problem_type(code), "title": title, "status": status, "detail": detail}
    return JSONResponse(
        {**body, "code": code, **extra},
        status_code=status,
        headers=dict(headers or {}),
        media_type=PROBLEM_MEDIA_TYPE,
    )


def problem_body(exc: DaybookError) -> dict[str, Any]:
    """The problem document an error answers with, as a dict (a batch
    answers one per refused item)."""
    body = {"type": problem_type(exc.code), "title": exc.title, "status": exc.status}
    return {**body, "detail": exc.detail, "code": exc.code, **exc.extra}


async def _daybook_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DaybookError)
    return problem_response(
        exc.status, exc.code, exc.title, exc.detail, headers=exc.headers, **exc.extra
    )


def _field_errors(errors: Sequence[Any]) -> list[dict[str, Any]]:
    return [
        {"loc": [str(part) for part in err["loc"]], "message": err["msg"], "type": err["type"]}
        for err in errors
    ]


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if any(err["type"] == "json_invalid" for err in errors):
        return problem_response(
            400,
            "malformed-json",
            "Malformed JSON",
            "The request body is not valid JSON: " + errors[0]["ctx"].get("error", ""),
        )
    return problem_response(
        422,
        "validation-failed",
        "Invalid request",
        f"{len(errors)} field(s) failed validation; see `errors`.",
        errors=_field_errors(errors),
    )


_HTTP_CODES = {404: "not-found", 405: "method-not-allowed", 413: "payload-too-large"}


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    cause = exc.__cause__
    if isinstance(cause, RecursionError):
        return problem_response(
            400, "too-deeply-nested", "Too deeply nested", "The request body is nested too deeply."
        )
    if exc.status_code == 400 and cause is not None:
        # FastAPI could not decode the body at all (for example invalid UTF-8).
        return problem_response(
            400,
            "malformed-body",
            "Unreadable request body",
            f"The request body could not be read ({type(cause).__name__}): send UTF-8 JSON.",
        )
    detail = str(exc.detail)
    if exc.status_code in (404, 405):
        detail += ": check the method and path against the OpenAPI document."
    return problem_response(
        exc.status_code,
        _HTTP_CODES.get(exc.status_code, "http-error"),
        str(exc.detail),
        detail,
        headers=exc.headers,
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DaybookError, _daybook_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
