"""Who may call what: an authorisation matrix over every route in the OpenAPI document.

Each route is either public (used before sign-in) or needs a live access token;
a route in neither list fails `test_every_route_is_classified`, so a new route
cannot ship without a decision here.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from app.client import identity
from app.client.api import ApiError, DaybookApi
from app.errors import PROBLEM_MEDIA_TYPE
from app.protocol.encoding import b64encode
from app.protocol.kdf import SALT_BYTES
from app.protocol.sealing import SEALED_BYTES
from app.protocol.signed_note import b64encode_std
from tests.bundles.test_bundle_access import BUNDLE_ROUTES
from tests.conftest import FAST_KDF_MEMORY_KIB, MakeApi
from tests.entries.test_access import ATTACHMENT_ROUTES, ENTRY_ROUTES

PASSPHRASE = "correct horse battery staple"

Route = tuple[str, str]  # (METHOD, OpenAPI path template)

# The evidence log is public by design: anyone may check a receipt, and its
# leaves carry hashes and times, never an account (docs/protocol, evidence log).
LOG_ROUTES: frozenset[Route] = frozenset(
    {
        ("GET", "/v1/log/checkpoint"),
        ("GET", "/v1/log/key"),
        ("GET", "/v1/log/keys"),
        ("GET", "/v1/log/leaves/{index}"),
        ("GET", "/v1/log/leaves/{index}/tlog-proof"),
        ("GET", "/v1/log/leaves/{index}/evidence"),
        ("GET", "/v1/log/checkpoints/{size}"),
        ("GET", "/v1/log/proof/inclusion"),
        ("GET", "/v1/log/proofs/inclusion"),
        ("GET", "/v1/log/proof/consistency"),
    }
)

# Witnesses are not accounts: a cosignature counts only if it verifies with a
# witness key the operator configured (DAYBOOK_WITNESSES), so the signature is
# the credential and a bearer token adds nothing (docs/protocol, evidence log).
WITNESS_ROUTES: frozenset[Route] = frozenset({("POST", "/v1/log/cosignatures")})

# A bundle download link is the credential: 256 random bits that the victim
# hands to the police, expiring and revocable (docs/protocol, evidence bundles).
LINK_ROUTES: frozenset[Route] = frozenset({("GET", "/v1/bundle-downloads/{token}")})

# Probes for a supervisor or load balancer: they say "up" or "ready", no more.
PROBE_ROUTES: frozenset[Route] = frozenset({("GET", "/healthz"), ("GET", "/readyz")})

# Prometheus scrapes with the operator's DAYBOOK_METRICS_TOKEN, not an account's
# token; without it configured the route answers 404 (tests/observability).
METRICS_ROUTES: frozenset[Route] = frozenset({("GET", "/metrics")})

# The routes used before sign-in, and the public log. Keep this list explicit:
# adding a route here is a security decision.
PUBLIC: frozenset[Route] = frozenset(
    {
        ("POST", "/v1/accounts"),
        ("POST", "/v1/auth/prelogin"),
        ("POST", "/v1/auth/login"),
        ("POST", "/v1/auth/refresh"),
        ("POST", "/v1/auth/recovery/keys"),
        ("POST", "/v1/auth/recovery"),
        *LOG_ROUTES,
        *WITNESS_ROUTES,
        *LINK_ROUTES,
        *PROBE_ROUTES,
        *METRICS_ROUTES,
    }
)


def _b64(size: int) -> str:
    return b64encode(os.urandom(size))


def _passphrase_change_body() -> dict[str, Any]:
    """Well-formed (the shape identity.change_passphrase sends), so only auth can fail."""
    return {
        "current_auth_key": _b64(32),
        "kdf": {
            "algorithm": "argon2id",
            "salt": _b64(SALT_BYTES),
            "memory_kib": FAST_KDF_MEMORY_KIB,
            "iterations": 1,
            "parallelism": 1,
        },
        "auth_key": _b64(32),
        "sealed_private_keys": _b64(SEALED_BYTES),
    }


def _version_body() -> dict[str, Any]:
    return {"ciphertext": _b64(1053), "commitment": _b64(900), "signature": _b64(64)}


def _entry_body() -> dict[str, Any]:
    return {
        "key_grant": {"envelope": _b64(87), "signature": _b64(64)},
        "version": _version_body(),
    }


def _batch_body(entry_id: uuid.UUID) -> dict[str, Any]:
    """A create and an edit of `entry_id`."""
    create = {"op": "create", "entry_id": str(entry_id), **_entry_body()}
    edit = {"op": "append", "entry_id": str(entry_id), "base_version": 1}
    return {"items": [create, {**edit, "version": _version_body()}]}


def _note_body() -> dict[str, Any]:
    return {
        "ciphertext": _b64(1053),
        "victim_envelope": _b64(87),
        "advocate_envelope": _b64(87),
        "signature": _b64(64),
    }


def _case_document_body() -> dict[str, Any]:
    grant = {"reader_id": str(uuid.uuid4()), "envelope": _b64(87), "signature": _b64(64)}
    return {
        "victim_id": str(uuid.uuid4()),
        "kind": "safety-plan",
        "grants": [grant],
        "version": _version_body(),
    }


BodyFactory = Callable[[], dict[str, Any]] | None

# Every route that needs an access token, with a valid body where it takes one.
AUTHENTICATED: dict[Route, BodyFactory] = {
    ("GET", "/v1/account"): None,
    ("POST", "/v1/account/passphrase"): _passphrase_change_body,
    ("POST", "/v1/account/deletion"): lambda: {"auth_key": _b64(32)},
    ("GET", "/v1/account/lockout"): None,
    ("DELETE", "/v1/account/lockout"): None,
    ("GET", "/v1/account/keys"): None,
    ("GET", "/v1/account/security-events"): None,
    ("GET", "/v1/accounts/{account_id}/public-keys"): None,
    ("POST", "/v1/auth/logout"): None,
    ("GET", "/v1/sessions"): None,
    ("DELETE", "/v1/sessions"): None,
    ("PATCH", "/v1/sessions/{session_id}"): lambda: {"device_name": "renamed"},
    ("DELETE", "/v1/sessions/{session_id}"): None,
    ("PUT", "/v1/entries/{entry_id}"): _entry_body,
    ("GET", "/v1/entries/{entry_id}"): None,
    ("DELETE", "/v1/entries/{entry_id}"): None,
    ("POST", "/v1/entries/{entry_id}/versions"): lambda: {**_version_body(), "base_version": 1},
    ("POST", "/v1/entries/batch"): lambda: _batch_body(uuid.uuid4()),
    ("GET", "/v1/entries/{entry_id}/versions"): None,
    ("GET", "/v1/entries/{entry_id}/versions/{version}"): None,
    ("GET", "/v1/sync"): None,
    ("PUT", "/v1/attachments/{attachment_id}"): lambda: {"ciphertext_size": 1024},
    ("GET", "/v1/attachments/{attachment_id}"): None,
    ("DELETE", "/v1/attachments/{attachment_id}"): None,
    ("PUT", "/v1/attachments/{attachment_id}/chunks/{index}"): None,
    ("PUT", "/v1/attachments/{attachment_id}/chunks/{first}/run"): None,
    ("POST", "/v1/attachments/{attachment_id}/finalize"): lambda: {"ciphertext_sha256": _b64(32)},
    ("GET", "/v1/attachments/{attachment_id}/content"): None,
    ("GET", "/v1/bundles"): None,
    ("PUT", "/v1/bundles/{bundle_id}"): lambda: {"recipient_key": _b64(32)},
    ("GET", "/v1/bundles/{bundle_id}"): None,
    ("DELETE", "/v1/bundles/{bundle_id}"): None,
    ("PUT", "/v1/bundles/{bundle_id}/entries"): lambda: {
        "entries": [
            {
                "entry_id": str(uuid.uuid4()),
                "versions": 1,
                "wrapped_key": _b64(87),
                "package": _b64(100),
            }
        ]
    },
    ("POST", "/v1/bundles/{bundle_id}/seal"): lambda: {
        "statement": _b64(400),
        "signature": _b64(64),
        "mac": _b64(32),
    },
    ("GET", "/v1/bundles/{bundle_id}/zip"): None,
    ("POST", "/v1/bundles/{bundle_id}/links"): lambda: {},
    ("GET", "/v1/bundles/{bundle_id}/links"): None,
    ("DELETE", "/v1/bundles/{bundle_id}/links/{link_id}"): None,
    ("GET", "/v1/organisation"): None,
    ("POST", "/v1/organisation/invitations"): lambda: {"display_name": "Alex"},
    ("GET", "/v1/organisation/advocates"): None,
    ("POST", "/v1/organisation/advocates/{account_id}/deactivate"): None,
    ("POST", "/v1/organisation/advocates/{account_id}/reactivate"): None,
    ("GET", "/v1/organisation/invitations"): None,
    ("DELETE", "/v1/organisation/invitations/{invitation_id}"): None,
    ("POST", "/v1/handovers"): lambda: {
        "case_id": str(uuid.uuid4()),
        "to_advocate_id": str(uuid.uuid4()),
        "reason": "leave",
    },
    ("GET", "/v1/organisation/handovers"): None,
    ("GET", "/v1/assignment/handover"): None,
    ("POST", "/v1/assignment/handover"): lambda: {
        "handover_id": str(uuid.uuid4()),
        "to_advocate_id": str(uuid.uuid4()),
        "entry_grants": [
            {"entry_id": str(uuid.uuid4()), "envelope": _b64(87), "signature": _b64(64)}
        ],
        "note_grants": [
            {"note_id": str(uuid.uuid4()), "envelope": _b64(87), "signature": _b64(64)}
        ],
    },
    ("DELETE", "/v1/assignment/handover"): None,
    ("GET", "/v1/push/vapid-key"): None,
    ("GET", "/v1/push/subscriptions"): None,
    ("POST", "/v1/push/subscriptions"): lambda: {
        "endpoint": "https://push.example.com/send/abc",
        "keys": {"p256dh": _b64(65), "auth": _b64(16)},
    },
    ("DELETE", "/v1/push/subscriptions/{subscription_id}"): None,
    ("POST", "/v1/assignment-codes"): None,
    ("POST", "/v1/assignment-codes/preview"): lambda: {"code": "ABCDE-FGHJK"},
    ("GET", "/v1/assignment"): None,
    ("POST", "/v1/assignment"): lambda: {
        "code": "ABCDE-FGHJK",
        "advocate_id": str(uuid.uuid4()),
        "label": "Robin",
    },
    ("DELETE", "/v1/assignment"): None,
    ("GET", "/v1/cases"): None,
    ("GET", "/v1/cases/{case_id}"): None,
    ("GET", "/v1/cases/{case_id}/entries"): None,
    ("GET", "/v1/cases/{case_id}/notes"): None,
    ("PUT", "/v1/cases/{case_id}/notes/{note_id}"): _note_body,
    ("GET", "/v1/shares"): None,
    ("POST", "/v1/shares"): lambda: {
        "advocate_id": str(uuid.uuid4()),
        "grants": [{"entry_id": str(uuid.uuid4()), "envelope": _b64(87), "signature": _b64(64)}],
    },
    ("DELETE", "/v1/shares"): None,
    ("DELETE", "/v1/shares/{entry_id}"): None,
    ("PATCH", "/v1/shares/{entry_id}"): lambda: {"expires_at": "2099-01-01T00:00:00Z"},
    ("GET", "/v1/access-log"): None,
    ("GET", "/v1/notes"): None,
    ("GET", "/v1/case-documents"): None,
    ("PUT", "/v1/case-documents/{document_id}"): _case_document_body,
    ("GET", "/v1/case-documents/{document_id}"): None,
    ("POST", "/v1/case-documents/{document_id}/versions"): lambda: {
        **_version_body(),
        "base_version": 1,
    },
    ("GET", "/v1/case-documents/{document_id}/versions"): None,
    ("POST", "/v1/case-documents/{document_id}/grants"): lambda: {
        "reader_id": str(uuid.uuid4()),
        "envelope": _b64(87),
        "signature": _b64(64),
    },
}


def openapi_routes(application: FastAPI) -> set[Route]:
    paths: dict[str, dict[str, Any]] = application.openapi()["paths"]
    return {
        (method.upper(), path)
        for path, operations in paths.items()
        for method in operations
        if method in {"get", "put", "post", "patch", "delete", "head", "options", "trace"}
    }


@dataclass
class Victim:
    """A registered account signed in on two devices."""

    api: DaybookApi  # the phone
    laptop: DaybookApi
    account_id: uuid.UUID
    username: str
    session_id: uuid.UUID  # the phone's
    laptop_session_id: uuid.UUID

    @property
    def token(self) -> str:
        assert self.api.tokens is not None
        return self.api.tokens.access_token

    @property
    def session_ids(self) -> set[uuid.UUID]:
        return {self.session_id, self.laptop_session_id}

    def path(self, template: str) -> str:
        # Entry and attachment ids are random: these tests are about the caller,
        # and tests/entries/test_access.py tries them on real objects.
        return template.format(
            account_id=self.account_id,
            session_id=self.session_id,
            entry_id=uuid.uuid4(),
            attachment_id=uuid.uuid4(),
            version=1,
            index=0,
            first=0,
            bundle_id=uuid.uuid4(),
            link_id=uuid.uuid4(),
            case_id=uuid.uuid4(),
            note_id=uuid.uuid4(),
            document_id=uuid.uuid4(),
            invitation_id=uuid.uuid4(),
            subscription_id=uuid.uuid4(),
        )


async def new_victim(make_api: MakeApi, username: str) -> Victim:
    phone = await make_api()
    me, _ = await identity.register(phone, username, PASSPHRASE, f"{username}'s phone")
    laptop = await make_api()
    await identity.login(laptop, username, PASSPHRASE, f"{username}'s laptop")
    ids = {s["device_name"]: uuid.UUID(s["id"]) for s in await phone.sessions()}
    return Victim(
        api=phone,
        laptop=laptop,
        account_id=me.account_id,
        username=me.username,
        session_id=ids[f"{username}'s phone"],
        laptop_session_id=ids[f"{username}'s laptop"],
    )


@pytest.fixture
async def victim(make_api: MakeApi) -> Victim:
    return await new_victim(make_api, "robin")


@pytest.fixture
async def other(make_api: MakeApi) -> Victim:
    """A second victim: another account, never entitled to the first one's data."""
    return await new_victim(make_api, "sam")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def call(
    http: httpx.AsyncClient,
    route: Route,
    owner: Victim,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    method, template = route
    make_body = AUTHENTICATED[route]
    return await http.request(
        method,
        owner.path(template),
        json=make_body() if make_body else None,
        headers=headers or {},
    )


def assert_unauthenticated(response: httpx.Response) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith(PROBLEM_MEDIA_TYPE)
    assert response.headers.get("www-authenticate") == "Bearer"
    problem = response.json()
    assert problem["status"] == 401
    assert problem["code"] in {"unauthenticated", "token-expired"}
    assert problem["type"] == f"urn:daybook:problem:{problem['code']}"


async def assert_alive(owner: Victim) -> None:
    """The phone's session still works, and nothing of it was changed."""
    sessions = {uuid.UUID(s["id"]): s for s in await owner.api.sessions()}
    assert sessions.keys() == owner.session_ids
    assert sessions[owner.session_id]["device_name"] == f"{owner.username}'s phone"
    assert (await owner.laptop.account())["id"] == str(owner.account_id)


AUTHENTICATED_ROUTES = pytest.mark.parametrize(
    "route", sorted(AUTHENTICATED), ids=[f"{m} {p}" for m, p in sorted(AUTHENTICATED)]
)


# The classification itself


def test_every_route_is_classified(application: FastAPI) -> None:
    routes = openapi_routes(application)
    assert not PUBLIC & AUTHENTICATED.keys()
    unclassified = routes - PUBLIC - AUTHENTICATED.keys()
    assert not unclassified, f"classify these routes as public or authenticated: {unclassified}"
    stale = (PUBLIC | AUTHENTICATED.keys()) - routes
    assert not stale, f"these classified routes no longer exist: {stale}"


def test_authenticated_routes_declare_bearer_auth_in_openapi(application: FastAPI) -> None:
    paths = application.openapi()["paths"]
    for method, path in AUTHENTICATED:
        security = paths[path][method.lower()].get("security")
        assert security, f"{method} {path} does not declare its bearer auth"
    for method, path in PUBLIC:
        security = paths[path][method.lower()].get("security", [])
        # The scraper's token is the operator's, no account's (METRICS_ROUTES).
        own: list[dict[str, list[str]]] = (
            [{"MetricsToken": []}] if (method, path) in METRICS_ROUTES else []
        )
        assert security == own, f"{method} {path}"


# Authenticated routes refuse callers without a live access token


@AUTHENTICATED_ROUTES
async def test_anonymous_callers_get_401(
    http: httpx.AsyncClient, victim: Victim, route: Route
) -> None:
    assert_unauthenticated(await call(http, route, victim))
    await assert_alive(victim)


BAD_CREDENTIALS: dict[str, Callable[[Victim], dict[str, str]]] = {
    "garbage": lambda _v: bearer("garbage"),
    "empty-bearer": lambda _v: {"Authorization": "Bearer "},
    "token-plus-one": lambda v: bearer(v.token + "x"),
    "token-truncated": lambda v: bearer(v.token[:-1]),
    "refresh-token": lambda v: bearer(v.api.tokens.refresh_token if v.api.tokens else ""),
    "basic-scheme": lambda v: {"Authorization": f"Basic {v.token}"},
    "no-scheme": lambda v: {"Authorization": v.token},
    "token-in-cookie": lambda v: {"Cookie": f"access_token={v.token}"},
    "token-in-other-header": lambda v: {"X-Access-Token": v.token},
}


@AUTHENTICATED_ROUTES
async def test_bad_credentials_get_401(
    http: httpx.AsyncClient, victim: Victim, route: Route
) -> None:
    wrong: dict[str, str] = {}
    for name, credential in BAD_CREDENTIALS.items():
        response = await call(http, route, victim, credential(victim))
        try:
            assert_unauthenticated(response)
        except AssertionError:
            wrong[name] = f"{response.status_code} {response.headers} {response.text}"
    assert not wrong, wrong
    await assert_alive(victim)


@AUTHENTICATED_ROUTES
async def test_a_revoked_sessions_token_gets_401(
    http: httpx.AsyncClient, victim: Victim, route: Route
) -> None:
    assert victim.laptop.tokens is not None
    laptop_token = victim.laptop.tokens.access_token
    await victim.api.revoke_session(victim.laptop_session_id)
    assert_unauthenticated(await call(http, route, victim, bearer(laptop_token)))


@AUTHENTICATED_ROUTES
async def test_a_signed_out_sessions_token_gets_401(
    http: httpx.AsyncClient, victim: Victim, route: Route
) -> None:
    assert victim.laptop.tokens is not None
    laptop_token = victim.laptop.tokens.access_token
    await victim.laptop.logout()
    assert_unauthenticated(await call(http, route, victim, bearer(laptop_token)))


@AUTHENTICATED_ROUTES
async def test_a_token_from_before_signing_out_everywhere_gets_401(
    http: httpx.AsyncClient, victim: Victim, route: Route
) -> None:
    token = victim.token
    await victim.laptop.sign_out_everywhere()
    assert_unauthenticated(await call(http, route, victim, bearer(token)))


# Another account cannot reach the victim's objects


SESSION_ROUTES = [
    ("PATCH", "/v1/sessions/{session_id}"),
    ("DELETE", "/v1/sessions/{session_id}"),
]


# Cases, notes, shares, case documents and an organisation's advocates: their objects are
# tried by every kind of caller in tests/advocacy/test_authorization_matrix.py
# (which covers every other route too).
ADVOCACY_ROUTES = [
    ("POST", "/v1/organisation/advocates/{account_id}/deactivate"),
    ("POST", "/v1/organisation/advocates/{account_id}/reactivate"),
    ("DELETE", "/v1/organisation/invitations/{invitation_id}"),
    ("DELETE", "/v1/push/subscriptions/{subscription_id}"),
    ("GET", "/v1/cases/{case_id}"),
    ("GET", "/v1/cases/{case_id}/entries"),
    ("GET", "/v1/cases/{case_id}/notes"),
    ("PUT", "/v1/cases/{case_id}/notes/{note_id}"),
    ("DELETE", "/v1/shares/{entry_id}"),
    ("PATCH", "/v1/shares/{entry_id}"),
    ("PUT", "/v1/case-documents/{document_id}"),
    ("GET", "/v1/case-documents/{document_id}"),
    ("POST", "/v1/case-documents/{document_id}/versions"),
    ("GET", "/v1/case-documents/{document_id}/versions"),
    ("POST", "/v1/case-documents/{document_id}/grants"),
]


def test_every_route_with_an_id_is_covered(application: FastAPI) -> None:
    """Session routes below; entry and attachment routes in tests/entries/test_access.py,
    bundle routes and the download link in tests/bundles/test_bundle_access.py.
    The log's leaf indexes name no one's object: every leaf is public."""
    with_ids = {route for route in openapi_routes(application) if "{" in route[1]}
    assert with_ids == {
        *SESSION_ROUTES,
        ("GET", "/v1/accounts/{account_id}/public-keys"),
        *ENTRY_ROUTES,
        *ATTACHMENT_ROUTES,
        *BUNDLE_ROUTES,
        *LINK_ROUTES,
        *ADVOCACY_ROUTES,
        *{route for route in LOG_ROUTES if "{" in route[1]},
    }


async def test_the_log_answers_anyone_and_ignores_credentials(
    http: httpx.AsyncClient, victim: Victim
) -> None:
    """Public routes work with no token, and a token changes nothing in the answer."""
    for _method, path in sorted(LOG_ROUTES):
        if "{" in path or "/proof/" in path or "/proofs/" in path:
            continue
        anonymous = await http.get(path)
        signed_in = await http.get(path, headers=bearer(victim.token))
        assert anonymous.status_code == signed_in.status_code == 200, anonymous.text
        assert anonymous.text == signed_in.text
        assert victim.username not in anonymous.text
        assert str(victim.account_id) not in anonymous.text


async def test_a_token_does_not_make_anyone_a_witness(
    http: httpx.AsyncClient, victim: Victim
) -> None:
    """Without a witness key, a signed-in user is refused exactly like anyone."""
    head = (await http.get("/v1/log/checkpoint")).text
    stranger = f"\u2014 robin.example/w {b64encode_std(bytes(76))}\n"
    for body in (head, head + stranger):
        anonymous = await http.post("/v1/log/cosignatures", content=body)
        signed_in = await http.post(
            "/v1/log/cosignatures", content=body, headers=bearer(victim.token)
        )
        assert anonymous.status_code == signed_in.status_code in {400, 403}
        assert anonymous.json() == signed_in.json()


async def touch_session(
    http: httpx.AsyncClient, route: Route, session_id: uuid.UUID, caller: Victim
) -> httpx.Response:
    """Call a session route on `session_id` as `caller`, with a valid body."""
    method, template = route
    make_body = AUTHENTICATED[route]
    return await http.request(
        method,
        template.format(session_id=session_id),
        json=make_body() if make_body else None,
        headers=bearer(caller.token),
    )


@pytest.mark.parametrize("route", SESSION_ROUTES, ids=["rename", "revoke"])
@pytest.mark.parametrize("target", ["phone", "laptop"])
async def test_another_account_cannot_touch_the_victims_sessions(
    http: httpx.AsyncClient, victim: Victim, other: Victim, route: Route, target: str
) -> None:
    session_id = victim.session_id if target == "phone" else victim.laptop_session_id
    response = await touch_session(http, route, session_id, other)
    # 404, as for a session that does not exist: not 403, which would confirm it does.
    assert response.status_code == 404, response.text
    assert response.headers["content-type"].startswith(PROBLEM_MEDIA_TYPE)
    assert response.json()["code"] == "not-found"
    await assert_alive(victim)
    await assert_alive(other)


@pytest.mark.parametrize("route", SESSION_ROUTES, ids=["rename", "revoke"])
async def test_a_missing_session_looks_the_same_as_someone_elses(
    http: httpx.AsyncClient, victim: Victim, other: Victim, route: Route
) -> None:

    async def attempt(session_id: uuid.UUID) -> dict[str, Any]:
        response = await touch_session(http, route, session_id, other)
        assert response.status_code == 404, response.text
        return dict(response.json())

    assert await attempt(victim.session_id) == await attempt(uuid.uuid4())


async def test_signing_out_everywhere_only_touches_the_callers_account(
    victim: Victim, other: Victim
) -> None:
    await other.api.sign_out_everywhere()
    await assert_alive(victim)


async def test_any_signed_in_user_reads_only_public_keys(
    http: httpx.AsyncClient, victim: Victim, other: Victim
) -> None:
    response = await http.get(
        f"/v1/accounts/{victim.account_id}/public-keys", headers=bearer(other.token)
    )
    assert response.status_code == 200, response.text
    keys = response.json()
    assert keys["account_id"] == str(victim.account_id)
    assert set(keys) == {
        "account_id",
        "signing_public_key",
        "hpke_public_key",
        "hpke_suite",
        "fingerprint",
    }
    for secret in ("sealed_private_keys", "recovery_sealed_private_keys", "kdf", "username"):
        assert secret not in keys
    assert victim.username not in response.text


async def test_public_keys_of_an_unknown_account_are_404(
    http: httpx.AsyncClient, other: Victim
) -> None:
    response = await http.get(
        f"/v1/accounts/{uuid.uuid4()}/public-keys", headers=bearer(other.token)
    )
    assert response.status_code == 404
    assert response.json()["code"] == "not-found"


# The victim's own endpoints return only the caller's data


async def test_own_data_endpoints_return_only_the_callers_data(
    http: httpx.AsyncClient, make_api: MakeApi, victim: Victim, other: Victim
) -> None:
    # Give both accounts some history: a failed sign-in and a rename each.
    for someone in (victim, other):
        with pytest.raises(ApiError) as refused:
            await identity.login(await make_api(), someone.username, "wrong", "x")
        assert refused.value.status == 401
        await someone.api.rename_session(someone.laptop_session_id, "renamed laptop")
    event_ids = {
        someone.account_id: {e["id"] for e in (await someone.api.security_events())["events"]}
        for someone in (victim, other)
    }
    assert not event_ids[victim.account_id] & event_ids[other.account_id]

    for me, them in ((victim, other), (other, victim)):
        headers = bearer(me.token)

        account = (await http.get("/v1/account", headers=headers)).json()
        assert (account["id"], account["username"]) == (str(me.account_id), me.username)

        keys = (await http.get("/v1/account/keys", headers=headers)).json()
        assert keys["account_id"] == str(me.account_id)
        their_keys = await me.api.public_keys(them.account_id)
        assert keys["signing_public_key"] != their_keys["signing_public_key"]
        assert keys["hpke_public_key"] != their_keys["hpke_public_key"]

        sessions = (await http.get("/v1/sessions", headers=headers)).json()
        assert {uuid.UUID(s["id"]) for s in sessions} == me.session_ids
        assert not any(them.username in s["device_name"] for s in sessions)

        page = (
            await http.get("/v1/account/security-events", params={"limit": 200}, headers=headers)
        ).json()
        events = page["events"]
        assert {"account_created", "sign_in_failed", "session_renamed"} <= {
            e["kind"] for e in events
        }
        mentioned = {uuid.UUID(e["session_id"]) for e in events if e["session_id"]}
        assert mentioned <= me.session_ids
        assert not any(them.username in (e["device_name"] or "") for e in events)
        assert not {e["id"] for e in events} & event_ids[them.account_id]
