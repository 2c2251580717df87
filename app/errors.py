"""The errors a client can cause, and their RFC 9457 problem+json rendering."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app import language as languages
from app.problem_text import field_message, problem_words

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
    language: str = languages.DEFAULT,
    **extra: Any,
) -> JSONResponse:
    """The problem document, its title and detail in `language` (the code never
    changes), saying so in `Content-Language`; `Vary` tells caches the words
    depend on `Accept-Language`."""
    title, detail = problem_words(language, code, title, detail)
    body = {"type": problem_type(code), "title": title, "status": status, "detail": detail}
    spoken = {"Content-Language": language, "Vary": languages.VARY}
    return JSONResponse(
        {**body, "code": code, **extra},
        status_code=status,
        headers={**(headers or {}), **spoken},
        media_type=PROBLEM_MEDIA_TYPE,
    )


def problem_body(exc: DaybookError, language: str = languages.DEFAULT) -> dict[str, Any]:
    """The problem document an error answers with, as a dict (a batch
    answers one per refused item)."""
    title, detail = problem_words(language, exc.code, exc.title, exc.detail)
    body = {"type": problem_type(exc.code), "title": title, "status": exc.status}
    return {**body, "detail": detail, "code": exc.code, **exc.extra}


def request_language(request: Request) -> str:
    return languages.negotiate(request.headers.get("accept-language"))


async def _daybook_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DaybookError)
    return problem_response(
        exc.status,
        exc.code,
        exc.title,
        exc.detail,
        headers=exc.headers,
        language=request_language(request),
        **exc.extra,
    )


def _field_errors(errors: Sequence[Any], language: str) -> list[dict[str, Any]]:
    return [
        {
            "loc": [str(part) for part in err["loc"]],
            "message": field_message(language, err),
            "type": err["type"],
        }
        for err in errors
    ]


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    language = request_language(request)
    if any(err["type"] == "json_invalid" for err in errors):
        return problem_response(
            400,
            "malformed-json",
            "Malformed JSON",
            "The request body is not valid JSON: " + errors[0]["ctx"].get("error", ""),
            language=language,
        )
    return problem_response(
        422,
        "validation-failed",
        "Invalid request",
        f"{len(errors)} field(s) failed validation; see `errors`.",
        language=language,
        errors=_field_errors(errors, language),
    )


_HTTP_CODES = {404: "not-found", 405: "method-not-allowed", 413: "payload-too-large"}


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    cause = exc.__cause__
    language = request_language(request)
    if isinstance(cause, RecursionError):
        return problem_response(
            400,
            "too-deeply-nested",
            "Too deeply nested",
            "The request body is nested too deeply.",
            language=language,
        )
    if exc.status_code == 400 and cause is not None:
        # FastAPI could not decode the body at all (for example invalid UTF-8).
        return problem_response(
            400,
            "malformed-body",
            "Unreadable request body",
            f"The request body could not be read ({type(cause).__name__}): send UTF-8 JSON.",
            language=language,
        )
    detail = str(exc.detail)
    if exc.status_code in (404, 405):
        detail += ": check the method and path against the OpenAPI document."
    # The body limit's 413 carries its limit as detail: the title stays a title.
    title = "Request body too large" if exc.status_code == 413 else str(exc.detail)
    return problem_response(
        exc.status_code,
        _HTTP_CODES.get(exc.status_code, "http-error"),
        title,
        detail,
        headers=exc.headers,
        language=language,
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DaybookError, _daybook_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
