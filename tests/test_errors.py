"""Bad input gets a clear 4xx problem document (RFC 9457), never a 500."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from app.errors import PROBLEM_MEDIA_TYPE
from app.protocol.encoding import b64encode
from app.protocol.kdf import SALT_BYTES
from app.protocol.sealing import SEALED_BYTES
from tests.conftest import FAST_KDF_MEMORY_KIB

JSON_HEADERS = {"content-type": "application/json"}
DEFAULT_BODY_LIMIT = 64 * 1024
PROBLEM_KEYS = {"type", "title", "status", "detail", "code"}


def assert_problem(
    response: httpx.Response, status: int, code: str | None = None
) -> dict[str, Any]:
    """The response is an RFC 9457 problem document with this status (and code)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_MEDIA_TYPE), response.headers
    assert "Traceback" not in response.text
    assert 'File "' not in response.text
    body = response.json()
    assert isinstance(body, dict)
    assert set(body) >= PROBLEM_KEYS, body
    assert body["status"] == status
    assert body["type"].startswith("urn:daybook:problem:")
    assert body["type"] == f"urn:daybook:problem:{body['code']}"
    assert isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    if code is not None:
        assert body["code"] == code, body
    return body


def error_locs(problem: dict[str, Any]) -> list[list[str]]:
    assert problem["code"] == "validation-failed"
    errors = problem["errors"]
    assert isinstance(errors, list) and errors
    for error in errors:
        assert {"loc", "message", "type"} <= set(error)
    return [error["loc"] for error in errors]


def assert_invalid_field(response: httpx.Response, *loc: str) -> None:
    """422 validation-failed naming the field at `loc` (e.g. "body", "username")."""
    locs = error_locs(assert_problem(response, 422, "validation-failed"))
    assert list(loc) in locs, locs


def b64(size: int) -> str:
    return b64encode(os.urandom(size))


def login_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"username": "alice", "auth_key": b64(32), "device_name": "phone"}
    body.update(changes)
    return body


def registration_body(**changes: Any) -> dict[str, Any]:
    """Well-formed: the fields identity.register sends, with the suite's KDF cost."""
    body: dict[str, Any] = {
        "account_id": str(uuid.uuid4()),
        "username": "robin",
        "kdf": {
            "algorithm": "argon2id",
            "salt": b64(SALT_BYTES),
            "memory_kib": FAST_KDF_MEMORY_KIB,
            "iterations": 1,
            "parallelism": 1,
        },
        "auth_key": b64(32),
        "recovery_auth_key": b64(32),
        "signing_public_key": b64(32),
        "hpke_public_key": b64(32),
        "sealed_private_keys": b64(SEALED_BYTES),
        "recovery_sealed_private_keys": b64(SEALED_BYTES),
        "device_name": "Robin's phone",
    }
    body.update(changes)
    return body


async def register(http: httpx.AsyncClient) -> str:
    response = await http.post("/v1/accounts", json=registration_body())
    assert response.status_code == 201, response.text
    return str(response.json()["access_token"])


# The baselines: well-formed bodies get past validation, so each 422 below is
# caused by the one thing the case changes.


async def test_well_formed_bodies_pass_validation(http: httpx.AsyncClient) -> None:
    assert_problem(await http.post("/v1/auth/login", json=login_body()), 401, "unauthenticated")
    assert (await http.post("/v1/auth/prelogin", json={"username": "alice"})).status_code == 200
    assert (await http.post("/v1/accounts", json=registration_body())).status_code == 201


# Not JSON, or not the JSON we want


@pytest.mark.parametrize(
    "raw",
    [b"{", b'{"username": "alice",}', b"{'username': 'alice'}", b"not json", b'{"a": 1} x'],
    ids=["unclosed", "trailing-comma", "single-quotes", "bare-words", "trailing-garbage"],
)
async def test_malformed_json_is_400(http: httpx.AsyncClient, raw: bytes) -> None:
    response = await http.post("/v1/auth/login", content=raw, headers=JSON_HEADERS)
    assert_problem(response, 400, "malformed-json")


@pytest.mark.parametrize(
    "document",
    [[], ["alice"], "alice", 42, None, True],
    ids=["empty-list", "list", "string", "number", "null", "bool"],
)
async def test_json_that_is_not_an_object_is_422(http: httpx.AsyncClient, document: Any) -> None:
    response = await http.post(
        "/v1/auth/login", content=json.dumps(document).encode(), headers=JSON_HEADERS
    )
    assert_problem(response, 422, "validation-failed")


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/v1/auth/login", login_body(username=12345), "username"),
        ("/v1/auth/login", login_body(auth_key=12345), "auth_key"),
        ("/v1/auth/login", login_body(device_name=["phone"]), "device_name"),
        ("/v1/auth/login", login_body(auth_key=None), "auth_key"),
        ("/v1/auth/prelogin", {"username": {"name": "alice"}}, "username"),
        ("/v1/auth/refresh", {"refresh_token": 7}, "refresh_token"),
        ("/v1/accounts", registration_body(account_id="not-a-uuid"), "account_id"),
        ("/v1/accounts", registration_body(kdf="argon2id"), "kdf"),
    ],
    ids=[
        "username-number",
        "auth-key-int",
        "device-name-list",
        "auth-key-null",
        "username-object",
        "refresh-token-int",
        "account-id-not-uuid",
        "kdf-string",
    ],
)
async def test_wrong_types_are_422_naming_the_field(
    http: httpx.AsyncClient, path: str, body: dict[str, Any], field: str
) -> None:
    assert_invalid_field(await http.post(path, json=body), "body", field)


@pytest.mark.parametrize("field", ["username", "auth_key", "device_name"])
async def test_missing_fields_are_422_naming_the_field(http: httpx.AsyncClient, field: str) -> None:
    body = login_body()
    del body[field]
    assert_invalid_field(await http.post("/v1/auth/login", json=body), "body", field)


async def test_an_empty_object_names_every_missing_field(http: httpx.AsyncClient) -> None:
    problem = assert_problem(await http.post("/v1/auth/login", json={}), 422)
    assert sorted(loc[-1] for loc in error_locs(problem)) == [
        "auth_key",
        "device_name",
        "username",
    ]


async def test_an_empty_body_is_422(http: httpx.AsyncClient) -> None:
    assert_problem(await http.post("/v1/auth/login", headers=JSON_HEADERS), 422)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/auth/login", login_body(is_admin=True)),
        ("/v1/auth/prelogin", {"username": "alice", "is_admin": True}),
        ("/v1/accounts", registration_body(is_admin=True)),
    ],
    ids=["login", "prelogin", "register"],
)
async def test_unknown_fields_are_422_naming_the_field(
    http: httpx.AsyncClient, path: str, body: dict[str, Any]
) -> None:
    assert_invalid_field(await http.post(path, json=body), "body", "is_admin")


async def test_an_unknown_field_nested_in_kdf_is_422(http: httpx.AsyncClient) -> None:
    body = registration_body()
    body["kdf"]["pepper"] = "x"
    assert_invalid_field(await http.post("/v1/accounts", json=body), "body", "kdf", "pepper")


# Base64url: strict, unpadded, canonical, of the exact size

KEY_32 = b64encode(bytes(range(32)))  # 43 characters, the last carrying 2 zero bits


@pytest.mark.parametrize(
    "value",
    [
        KEY_32[:-1] + "+",  # standard alphabet, not url-safe
        KEY_32[:-1] + "/",
        KEY_32[:-1] + "!",
        KEY_32[:-2] + " " + KEY_32[-1],  # whitespace
        KEY_32 + "=",  # padding
        KEY_32[:-1] + "é",  # non-ASCII
        b64encode(bytes(31)),  # wrong decoded length
        b64encode(bytes(33)),
        "",
        KEY_32[:-1] + "B",  # non-canonical: trailing bits not zero
        KEY_32 + "A",  # 44 characters: decodes to 33 bytes
        "A" * 41,  # 41 % 4 == 1: impossible length
    ],
    ids=[
        "plus",
        "slash",
        "bang",
        "space",
        "padding",
        "non-ascii",
        "31-bytes",
        "33-bytes",
        "empty",
        "non-canonical",
        "too-long",
        "impossible-length",
    ],
)
async def test_bad_base64_is_422_naming_the_field(http: httpx.AsyncClient, value: str) -> None:
    assert_invalid_field(
        await http.post("/v1/auth/login", json=login_body(auth_key=value)), "body", "auth_key"
    )


@pytest.mark.parametrize("value", ["AB", "AAB", "AQ==", "A", "=="])
async def test_short_non_canonical_base64_is_422(http: httpx.AsyncClient, value: str) -> None:
    """ "AB" decodes to one byte that encodes back as "AA": not canonical."""
    body = registration_body()
    body["kdf"]["salt"] = value
    assert_invalid_field(await http.post("/v1/accounts", json=body), "body", "kdf", "salt")


@pytest.mark.parametrize(
    "field",
    ["sealed_private_keys", "recovery_sealed_private_keys", "signing_public_key", "auth_key"],
)
async def test_registration_base64_fields_check_their_size(
    http: httpx.AsyncClient, field: str
) -> None:
    response = await http.post("/v1/accounts", json=registration_body(**{field: b64(16)}))
    assert_invalid_field(response, "body", field)


# Usernames and device names


@pytest.mark.parametrize(
    "username",
    [
        "a" * 10_000,
        "a" * 33,
        "ab",
        "",
        "\u0430lice",  # Cyrillic a: a homoglyph of "alice"
        "alice\U0001f600",  # emoji
        "al\u200dice",  # zero-width joiner
        "alice\u0000",  # NUL
        "\u202ealice",  # right-to-left override
        "alice\n",
        " alice",
        "al ice",
        "_alice",
        "\u00e5lice",  # a with ring above
        "\uff41lice",  # fullwidth a
    ],
    ids=[
        "10000-chars",
        "33-chars",
        "2-chars",
        "empty",
        "cyrillic-homoglyph",
        "emoji",
        "zero-width-joiner",
        "nul",
        "rtl-override",
        "newline",
        "leading-space",
        "inner-space",
        "leading-underscore",
        "accented",
        "fullwidth",
    ],
)
@pytest.mark.parametrize("path", ["/v1/auth/login", "/v1/auth/prelogin", "/v1/accounts"])
async def test_bad_usernames_are_422(http: httpx.AsyncClient, path: str, username: str) -> None:
    body = {
        "/v1/auth/login": login_body(username=username),
        "/v1/auth/prelogin": {"username": username},
        "/v1/accounts": registration_body(username=username),
    }[path]
    assert_invalid_field(await http.post(path, json=body), "body", "username")


@pytest.mark.parametrize(
    "device_name",
    [
        "x" * 65,
        "x" * 10_000,
        "",
        "   ",
        "phone\u0000",
        "pho\nne",
        "phone\x1b[31m",
        "\u202ephone",
        "pho\u200bne",  # zero-width space
        "phone\ue000",  # private use
        "phone\U000e0001",  # language tag (format)
    ],
    ids=[
        "65-chars",
        "10000-chars",
        "empty",
        "blank",
        "nul",
        "newline",
        "ansi-escape",
        "rtl-override",
        "zero-width-space",
        "private-use",
        "tag-character",
    ],
)
async def test_bad_device_names_are_422(http: httpx.AsyncClient, device_name: str) -> None:
    response = await http.post("/v1/auth/login", json=login_body(device_name=device_name))
    assert_invalid_field(response, "body", "device_name")


async def test_bad_device_name_on_rename_is_422(http: httpx.AsyncClient) -> None:
    token = await register(http)
    sessions = await http.get("/v1/sessions", headers={"Authorization": f"Bearer {token}"})
    session_id = sessions.json()[0]["id"]
    response = await http.patch(
        f"/v1/sessions/{session_id}",
        json={"device_name": "x" * 65},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert_invalid_field(response, "body", "device_name")


# Size, nesting and encoding of the body itself


async def test_a_body_over_the_limit_with_content_length_is_413(http: httpx.AsyncClient) -> None:
    body = json.dumps(login_body(device_name="x" * DEFAULT_BODY_LIMIT)).encode()
    response = await http.post("/v1/auth/login", content=body, headers=JSON_HEADERS)
    assert "content-length" in response.request.headers
    assert_problem(response, 413, "payload-too-large")


async def test_a_chunked_body_over_the_limit_is_413(http: httpx.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"username": "alice", "device_name": "'
        for _ in range(80):
            yield b"x" * 1024
        yield b'", "auth_key": "AAAA"}'

    response = await http.post("/v1/auth/login", content=chunks(), headers=JSON_HEADERS)
    assert "content-length" not in response.request.headers
    assert_problem(response, 413, "payload-too-large")


async def test_a_chunked_body_within_the_limit_is_accepted(http: httpx.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield json.dumps({"username": "alice"}).encode()

    response = await http.post("/v1/auth/prelogin", content=chunks(), headers=JSON_HEADERS)
    assert "content-length" not in response.request.headers
    assert response.status_code == 200, response.text


async def test_a_non_numeric_content_length_is_refused(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/v1/auth/prelogin",
        content=b'{"username": "alice"}',
        headers={**JSON_HEADERS, "content-length": "lots"},
    )
    assert_problem(response, 413, "payload-too-large")


def deeply_nested(opener: str, closer: str) -> bytes:
    """As deep as fits under the body limit: about 30,000 levels of "[" or 10,000 of {"a":."""
    depth = (DEFAULT_BODY_LIMIT - 1024) // (len(opener) + len(closer))
    body = (opener * depth + "1" + closer * depth).encode()
    assert len(body) < DEFAULT_BODY_LIMIT
    return body


NESTINGS = pytest.mark.parametrize(
    ("opener", "closer"), [("[", "]"), ('{"a":', "}")], ids=["lists", "objects"]
)


@NESTINGS
async def test_deeply_nested_json_is_4xx(http: httpx.AsyncClient, opener: str, closer: str) -> None:
    body = deeply_nested(opener, closer)
    response = await http.post("/v1/auth/login", content=body, headers=JSON_HEADERS)
    assert_problem(response, 400)


@NESTINGS
async def test_deeply_nested_json_says_what_is_wrong(
    http: httpx.AsyncClient, opener: str, closer: str
) -> None:
    """The app has a too-deeply-nested problem for this; a generic "error parsing
    the body: check the method and path" misleads the client's developer."""
    body = deeply_nested(opener, closer)
    response = await http.post("/v1/auth/login", content=body, headers=JSON_HEADERS)
    assert_problem(response, 400, "too-deeply-nested")


@pytest.mark.parametrize(
    "raw",
    [
        b'{"username": "al\xffice"}',
        b'{"username": "\xc3\x28lice"}',  # invalid continuation byte
        b'{"username": "\xed\xa0\x80"}',  # an encoded surrogate
        b"\xfe\xff",
    ],
    ids=["ff", "bad-continuation", "surrogate", "bom-bytes"],
)
async def test_invalid_utf8_is_4xx(http: httpx.AsyncClient, raw: bytes) -> None:
    response = await http.post("/v1/auth/prelogin", content=raw, headers=JSON_HEADERS)
    assert response.status_code in {400, 422}, response.text
    assert_problem(response, response.status_code)


async def test_a_lone_surrogate_escape_in_a_username_is_422(http: httpx.AsyncClient) -> None:
    raw = b'{"username": "al\\ud800ice"}'
    response = await http.post("/v1/auth/prelogin", content=raw, headers=JSON_HEADERS)
    assert_invalid_field(response, "body", "username")


# Routes, methods, paths and query parameters


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/"), ("GET", "/v1/nothing-here"), ("POST", "/v2/auth/login"), ("GET", "/v1")],
)
async def test_unknown_routes_are_404(http: httpx.AsyncClient, method: str, path: str) -> None:
    assert_problem(await http.request(method, path), 404, "not-found")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/auth/login"),
        ("PUT", "/v1/accounts"),
        ("DELETE", "/v1/account"),
        ("POST", "/v1/sessions"),
    ],
)
async def test_wrong_methods_are_405(http: httpx.AsyncClient, method: str, path: str) -> None:
    response = await http.request(method, path)
    assert_problem(response, 405, "method-not-allowed")
    assert response.headers.get("allow")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("PATCH", "/v1/sessions/not-a-uuid"),
        ("DELETE", "/v1/sessions/123"),
        ("GET", "/v1/accounts/not-a-uuid/public-keys"),
        ("GET", f"/v1/accounts/{str(uuid.uuid4())[:-1]}/public-keys"),
    ],
    ids=["rename", "revoke", "public-keys", "truncated-uuid"],
)
async def test_bad_uuids_in_paths_are_422(http: httpx.AsyncClient, method: str, path: str) -> None:
    token = await register(http)
    body = {"device_name": "x"} if method == "PATCH" else None
    response = await http.request(
        method, path, json=body, headers={"Authorization": f"Bearer {token}"}
    )
    problem = assert_problem(response, 422, "validation-failed")
    assert [loc[0] for loc in error_locs(problem)] == ["path"]


@pytest.mark.parametrize(
    "query",
    [
        {"limit": "0"},
        {"limit": "201"},
        {"limit": "-1"},
        {"limit": "ten"},
        {"limit": "1e9"},
        {"limit": "9" * 400},
        {"before": "0"},
        {"before": "x"},
    ],
    ids=[
        "limit-0",
        "limit-201",
        "limit-negative",
        "limit-word",
        "limit-float",
        "limit-huge",
        "before-0",
        "before-word",
    ],
)
async def test_query_parameters_out_of_range_are_422(
    http: httpx.AsyncClient, query: dict[str, str]
) -> None:
    token = await register(http)
    response = await http.get(
        "/v1/account/security-events",
        params=query,
        headers={"Authorization": f"Bearer {token}"},
    )
    [name] = query
    assert_invalid_field(response, "query", name)


async def test_a_bad_keep_current_flag_is_422(http: httpx.AsyncClient) -> None:
    token = await register(http)
    response = await http.delete(
        "/v1/sessions",
        params={"keep_current": "perhaps"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert_invalid_field(response, "query", "keep_current")


# Registration with the wrong Argon2id cost


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", FAST_KDF_MEMORY_KIB * 2),
        ("memory_kib", FAST_KDF_MEMORY_KIB // 2),
        ("iterations", 2),
        ("parallelism", 4),
    ],
    ids=["more-memory", "less-memory", "iterations", "parallelism"],
)
async def test_kdf_parameters_other_than_the_servers_are_rejected(
    http: httpx.AsyncClient, field: str, value: int
) -> None:
    body = registration_body()
    body["kdf"][field] = value
    problem = assert_problem(
        await http.post("/v1/accounts", json=body), 400, "kdf-parameters-rejected"
    )
    assert f"memory_kib={FAST_KDF_MEMORY_KIB}" in problem["detail"]
    # Nothing was created: the same username can still register.
    assert (await http.post("/v1/accounts", json=registration_body())).status_code == 201


@pytest.mark.parametrize(
    ("field", "value"),
    [("memory_kib", 0), ("iterations", -1), ("parallelism", 1.5), ("algorithm", "scrypt")],
)
async def test_impossible_kdf_parameters_are_422(
    http: httpx.AsyncClient, field: str, value: object
) -> None:
    body = registration_body()
    body["kdf"][field] = value
    assert_invalid_field(await http.post("/v1/accounts", json=body), "body", "kdf", field)
