"""Who gets what, for every route of the API: the authorisation matrix.

The routes come from the app's own route table (its OpenAPI document), so a
new route cannot be left out: `test_the_matrix_covers_every_route` fails
until it has a row here. Each row says who may use the route (any account,
victims, advocates or organisation admins) and, when its path names an
object, which of the victim Robin's objects it is aimed at.

Robin has entries, a file, a sealed bundle with a link, and a case with the
advocate Alex, who reads the shared entries and writes a note. Before Alex,
Robin's advocate was Dana, who was deactivated. Then every route is called
by each of: an anonymous caller, another victim, an advocate of another
organisation, an advocate of Alex's organisation with no case, Dana (with
the token she held) and the organisation's admin. Nobody may get anything of
Robin's; afterwards Robin's diary, case, shares, notes and access log are
exactly as before, and Alex still reads what Robin shares.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from fastapi import FastAPI

from app.client.attachments import PendingUpload, upload
from app.client.bundle_export import Selection, create_bundle
from app.client.case_documents import CaseDocuments, Reader
from app.client.diary import Replica
from app.client.incident_fields import with_attachments
from app.client.known_keys import KnownKeys
from app.errors import PROBLEM_MEDIA_TYPE
from app.protocol.digest_header import format_sha256
from tests.advocacy.people import (
    Member,
    advocacy,
    assign,
    new_admin,
    new_advocate,
    new_organisation,
)
from tests.advocacy.test_case_documents import PLAN as SAFETY_PLAN
from tests.attachments.conftest import random_file
from tests.conftest import MakeApi
from tests.test_authorization import AUTHENTICATED, PUBLIC, Route, openapi_routes
from tests.writers import Writer, incident, sign_up


class Audience(Enum):
    ANY = "any account"
    VICTIM = "victims"
    ADVOCATE = "advocates"
    ADMIN = "organisation admins"
    MEMBER = "advocates and organisation admins"


@dataclass(frozen=True)
class Row:
    audience: Audience = Audience.ANY
    # Aimed at one of Robin's objects: who is not Robin is refused with these.
    refused: frozenset[int] | None = None
    # Callers for whom success is legitimate although the row is aimed.
    allowed: frozenset[str] = frozenset()
    # Ends the caller's own session: called last.
    signs_out: bool = False


EVERYONE = frozenset(
    {"other victim", "other organisation's advocate", "unassigned advocate", "organisation admin"}
)
OWN = Row()
AIMED = Row(refused=frozenset({404}))
BATCH = ("POST", "/v1/entries/batch")
TAKEN_ID = Row(refused=frozenset({409}))  # creating under Robin's id reveals only that it is used

MATRIX: dict[Route, Row] = {
    # The caller's own account
    ("GET", "/v1/account"): OWN,
    ("POST", "/v1/account/passphrase"): OWN,
    # Needs the caller's own passphrase: a random one is refused (401).
    ("POST", "/v1/account/deletion"): OWN,
    # The lockout of the caller's own username (failed sign-ins by others).
    ("GET", "/v1/account/lockout"): OWN,
    ("DELETE", "/v1/account/lockout"): OWN,
    ("GET", "/v1/account/keys"): OWN,
    ("GET", "/v1/account/security-events"): OWN,
    ("POST", "/v1/auth/logout"): Row(signs_out=True),
    ("GET", "/v1/sessions"): OWN,
    ("DELETE", "/v1/sessions"): Row(signs_out=True),
    ("PATCH", "/v1/sessions/{session_id}"): AIMED,
    ("DELETE", "/v1/sessions/{session_id}"): AIMED,
    # Public keys are public to every signed-in account, by design (docs/protocol §11).
    ("GET", "/v1/accounts/{account_id}/public-keys"): Row(refused=frozenset(), allowed=EVERYONE),
    # The diary
    ("PUT", "/v1/entries/{entry_id}"): TAKEN_ID,
    ("GET", "/v1/entries/{entry_id}"): AIMED,
    ("DELETE", "/v1/entries/{entry_id}"): AIMED,
    ("POST", "/v1/entries/{entry_id}/versions"): AIMED,
    # Aimed by its items (a create under Robin's entry id, an edit of it):
    # each item is refused as its own request would be.
    ("POST", "/v1/entries/batch"): Row(refused=frozenset({404, 409})),
    ("GET", "/v1/entries/{entry_id}/versions"): AIMED,
    ("GET", "/v1/entries/{entry_id}/versions/{version}"): AIMED,
    ("GET", "/v1/sync"): OWN,
    ("PUT", "/v1/attachments/{attachment_id}"): TAKEN_ID,
    ("GET", "/v1/attachments/{attachment_id}"): AIMED,
    ("DELETE", "/v1/attachments/{attachment_id}"): AIMED,
    ("PUT", "/v1/attachments/{attachment_id}/chunks/{index}"): AIMED,
    ("PUT", "/v1/attachments/{attachment_id}/chunks/{first}/run"): AIMED,
    ("POST", "/v1/attachments/{attachment_id}/finalize"): AIMED,
    ("GET", "/v1/attachments/{attachment_id}/content"): AIMED,
    # Bundles
    ("GET", "/v1/bundles"): OWN,
    ("PUT", "/v1/bundles/{bundle_id}"): TAKEN_ID,
    ("GET", "/v1/bundles/{bundle_id}"): AIMED,
    ("DELETE", "/v1/bundles/{bundle_id}"): AIMED,
    ("PUT", "/v1/bundles/{bundle_id}/entries"): AIMED,
    ("POST", "/v1/bundles/{bundle_id}/seal"): AIMED,
    ("GET", "/v1/bundles/{bundle_id}/zip"): AIMED,
    ("POST", "/v1/bundles/{bundle_id}/links"): AIMED,
    ("GET", "/v1/bundles/{bundle_id}/links"): AIMED,
    ("DELETE", "/v1/bundles/{bundle_id}/links/{link_id}"): AIMED,
    # Organisations: a victim belongs to none
    ("GET", "/v1/organisation"): OWN,
    ("POST", "/v1/organisation/invitations"): Row(Audience.ADMIN),
    ("GET", "/v1/organisation/advocates"): Row(Audience.ADMIN),
    # Aimed at Alex's colleague with no case: their admin may deactivate them.
    ("POST", "/v1/organisation/advocates/{account_id}/deactivate"): Row(
        Audience.ADMIN, refused=frozenset({404}), allowed=frozenset({"organisation admin"})
    ),
    ("POST", "/v1/organisation/advocates/{account_id}/reactivate"): Row(
        Audience.ADMIN, refused=frozenset({404}), allowed=frozenset({"organisation admin"})
    ),
    ("GET", "/v1/organisation/invitations"): Row(Audience.ADMIN),
    # A random invitation id: nobody's, so every admin gets 404.
    ("DELETE", "/v1/organisation/invitations/{invitation_id}"): Row(
        Audience.ADMIN, refused=frozenset({404})
    ),
    # Handing Robin's case over: the admin of Alex's organisation may, but
    # only to an active advocate (here a random id: 404 unknown-advocate).
    ("POST", "/v1/handovers"): Row(Audience.MEMBER, refused=frozenset({404})),
    ("GET", "/v1/organisation/handovers"): Row(Audience.ADMIN),
    ("GET", "/v1/assignment/handover"): Row(Audience.VICTIM),
    ("POST", "/v1/assignment/handover"): Row(Audience.VICTIM, refused=frozenset({404})),
    ("DELETE", "/v1/assignment/handover"): Row(Audience.VICTIM, refused=frozenset({404})),
    # Push subscriptions are the caller's own (a random id: 404 for everyone).
    ("GET", "/v1/push/vapid-key"): OWN,
    ("GET", "/v1/push/subscriptions"): OWN,
    ("POST", "/v1/push/subscriptions"): OWN,
    ("DELETE", "/v1/push/subscriptions/{subscription_id}"): AIMED,
    # Assignment
    ("POST", "/v1/assignment-codes"): Row(Audience.ADVOCATE),
    ("POST", "/v1/assignment-codes/preview"): Row(Audience.VICTIM),
    ("GET", "/v1/assignment"): Row(Audience.VICTIM),
    ("POST", "/v1/assignment"): Row(Audience.VICTIM),
    ("DELETE", "/v1/assignment"): Row(Audience.VICTIM),
    ("GET", "/v1/cases"): Row(Audience.ADVOCATE),
    ("GET", "/v1/cases/{case_id}"): Row(Audience.ADVOCATE, refused=frozenset({404})),
    ("GET", "/v1/cases/{case_id}/entries"): Row(Audience.ADVOCATE, refused=frozenset({404})),
    ("GET", "/v1/cases/{case_id}/notes"): Row(Audience.ADVOCATE, refused=frozenset({404})),
    ("PUT", "/v1/cases/{case_id}/notes/{note_id}"): Row(
        Audience.ADVOCATE, refused=frozenset({404})
    ),
    # Sharing, the access log and notes: the victim's side
    ("GET", "/v1/shares"): Row(Audience.VICTIM),
    ("POST", "/v1/shares"): Row(Audience.VICTIM, refused=frozenset({404})),
    ("DELETE", "/v1/shares"): Row(Audience.VICTIM),
    ("DELETE", "/v1/shares/{entry_id}"): Row(Audience.VICTIM, refused=frozenset({404})),
    ("PATCH", "/v1/shares/{entry_id}"): Row(Audience.VICTIM, refused=frozenset({404})),
    ("GET", "/v1/access-log"): Row(Audience.VICTIM),
    ("GET", "/v1/notes"): Row(Audience.VICTIM),
    # Case documents: Robin's and Alex's, nobody else's
    ("GET", "/v1/case-documents"): OWN,
    ("PUT", "/v1/case-documents/{document_id}"): AIMED,
    ("GET", "/v1/case-documents/{document_id}"): AIMED,
    ("POST", "/v1/case-documents/{document_id}/versions"): AIMED,
    ("GET", "/v1/case-documents/{document_id}/versions"): AIMED,
    ("POST", "/v1/case-documents/{document_id}/grants"): Row(
        Audience.VICTIM, refused=frozenset({404})
    ),
}

CALLERS = [
    "anonymous",
    "other victim",
    "other organisation's advocate",
    "unassigned advocate",
    "deactivated advocate",
    "organisation admin",
]
ROLES = {
    "other victim": Audience.VICTIM,
    "other organisation's advocate": Audience.ADVOCATE,
    "unassigned advocate": Audience.ADVOCATE,
    "organisation admin": Audience.ADMIN,
}


@dataclass
class World:
    robin: Writer
    known: KnownKeys
    alex: Member
    entry_id: uuid.UUID
    attachment_id: uuid.UUID
    bundle_id: uuid.UUID
    link_id: uuid.UUID
    case_id: uuid.UUID
    note_id: uuid.UUID
    document_id: uuid.UUID
    colleague_id: uuid.UUID
    robin_session_id: uuid.UUID
    tokens: dict[str, str | None] = field(default_factory=dict)
    # What Robin's answers contain that nobody else's may.
    markers: set[str] = field(default_factory=set)

    def path(self, template: str) -> str:
        colleague = template.endswith(("/deactivate", "/reactivate"))
        account = self.colleague_id if colleague else self.robin.me.account_id
        return template.format(
            account_id=account,
            session_id=self.robin_session_id,
            entry_id=self.entry_id,
            attachment_id=self.attachment_id,
            version=1,
            index=0,
            first=0,
            bundle_id=self.bundle_id,
            link_id=self.link_id,
            case_id=self.case_id,
            note_id=self.note_id,
            document_id=self.document_id,
            invitation_id=uuid.uuid4(),
            subscription_id=uuid.uuid4(),
        )


async def _robins_world(application: FastAPI, make_api: MakeApi, tmp_path: Path) -> World:
    organisation = await new_organisation(application, "Northshire Stalking Advocacy")
    admin = await new_admin(application, make_api, organisation, "morgan")
    dana = await new_advocate(make_api, admin, "dana")
    alex = await new_advocate(make_api, admin, "alex")
    colleague = await new_advocate(make_api, admin, "casey")
    elsewhere = await new_organisation(application, "Southvale Victim Services")
    other_admin = await new_admin(application, make_api, elsewhere, "quinn")
    stranger = await new_advocate(make_api, other_admin, "blake")
    robin = await sign_up(make_api, "robin")
    sam = await sign_up(make_api, "sam")

    photo = random_file(tmp_path / "doorstep.jpg", 3000)
    reference = await upload(robin.api, PendingUpload.plan(photo))
    written = await robin.diary.add(
        with_attachments(incident("He left a note on the doorstep."), [reference])
    )
    second = await robin.diary.add(incident("He followed me to the station.", day=2))
    bundle = await create_bundle(robin.diary, Replica(), Selection())
    link = await robin.api.call("POST", f"/v1/bundles/{bundle.bundle_id}/links", json={})

    known = KnownKeys()
    _old_case, dana_view = await assign(robin, dana, known)
    await advocacy(robin, known).share([written.entry_id])
    await dana.cases.read(dana_view, written.entry_id)
    await admin.api.deactivate_advocate(dana.me.account_id)

    case, alex_view = await assign(robin, alex, known)
    await advocacy(robin, known).share([written.entry_id, second.entry_id])
    await alex.cases.read(alex_view, written.entry_id)
    note = await alex.cases.add_note(alex_view, "Agreed: a doorbell camera.", kind="safety-plan")
    plan = await CaseDocuments(alex.api, alex.me, alex.known).create(
        robin.me.account_id, "safety-plan", SAFETY_PLAN, _readers(robin, alex)
    )

    sessions = await robin.api.sessions()
    world = World(
        robin=robin,
        known=known,
        alex=alex,
        entry_id=written.entry_id,
        attachment_id=uuid.UUID(reference["attachment_id"]),
        bundle_id=bundle.bundle_id,
        link_id=uuid.UUID(link["id"]),
        case_id=case.case_id,
        note_id=note.note_id,
        document_id=plan.document_id,
        colleague_id=colleague.me.account_id,
        robin_session_id=uuid.UUID(sessions[0]["id"]),
    )
    world.tokens = {
        "anonymous": None,
        "other victim": _token(sam.api.tokens),
        "other organisation's advocate": _token(stranger.api.tokens),
        "unassigned advocate": _token(colleague.api.tokens),
        # The token Dana held when she was deactivated.
        "deactivated advocate": _token(dana.api.tokens),
        "organisation admin": _token(admin.api.tokens),
    }
    world.markers = {
        str(robin.me.account_id),
        robin.me.username,
        str(written.entry_id),
        str(second.entry_id),
        reference["attachment_id"],
        str(bundle.bundle_id),
        link["id"],
        str(case.case_id),
        str(note.note_id),
        str(plan.document_id),
        str(world.robin_session_id),
        "Robin",  # the case label
        (await robin.api.entry(written.entry_id))["latest"]["ciphertext"][:32],
    }
    return world


def _readers(robin: Writer, alex: Member) -> list[Reader]:
    return [
        Reader(robin.me.account_id, X25519PublicKey.from_public_bytes(robin.me.keys.hpke_public)),
        Reader(alex.me.account_id, X25519PublicKey.from_public_bytes(alex.me.keys.hpke_public)),
    ]


def _token(tokens: Any) -> str:
    assert tokens is not None
    return str(tokens.access_token)


def _request(route: Route, world: World, token: str | None) -> dict[str, Any]:
    """A well-formed request, so that only who is asking can make it fail."""
    method, template = route
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    request: dict[str, Any] = {"method": method, "url": world.path(template), "headers": headers}
    if template.endswith(("/chunks/{index}", "/chunks/{first}/run")):
        chunk = os.urandom(3016)
        request["content"] = chunk
        headers["Content-Digest"] = format_sha256(hashlib.sha256(chunk).digest())
        return request
    make_body = AUTHENTICATED[route]
    body = make_body() if make_body else None
    if route == ("POST", "/v1/shares"):
        assert body is not None
        body["advocate_id"] = str(world.alex.me.account_id)
        body["grants"][0]["entry_id"] = str(world.entry_id)
    if route == ("POST", "/v1/handovers"):
        assert body is not None
        body["case_id"] = str(world.case_id)
    if route == BATCH:
        assert body is not None
        for item in body["items"]:
            item["entry_id"] = str(world.entry_id)
    if body is not None:
        request["json"] = body
    return request


def _statuses(route: Route, response: httpx.Response) -> set[int]:
    """A batch answers each item as its own request would: those statuses."""
    if route == BATCH and response.status_code == 200:
        return {int(result["status"]) for result in response.json()["results"]}
    return {response.status_code}


def _expected(route: Route, caller: str) -> tuple[set[int], bool]:
    """The statuses the caller may get, and whether a success is theirs."""
    row = MATRIX[route]
    if caller in ("anonymous", "deactivated advocate"):
        return {401}, False
    role = ROLES[caller]
    if route == ("GET", "/v1/organisation") and role is Audience.VICTIM:
        return {404}, False
    member = row.audience is Audience.MEMBER and role in (Audience.ADVOCATE, Audience.ADMIN)
    if row.audience is not Audience.ANY and row.audience is not role and not member:
        return {403}, False
    if caller in row.allowed:
        return set(range(200, 300)), True
    if row.refused is not None:
        return set(row.refused), False
    # The caller's own data: any answer but a server error, checked for leaks.
    return set(range(200, 500)), True


async def _snapshot(world: World) -> dict[str, Any]:
    robin = world.robin
    replica = Replica()
    await robin.diary.sync(replica)
    side = advocacy(robin, world.known)
    current = await side.current()
    return {
        "entries": replica.entries,
        "history": [v.incident for v in await robin.diary.history(world.entry_id)],
        "attachment": await robin.api.attachment(world.attachment_id),
        "bundle": await robin.api.call("GET", f"/v1/bundles/{world.bundle_id}"),
        "links": await robin.api.call("GET", f"/v1/bundles/{world.bundle_id}/links"),
        "case": None if current is None else (current.case_id, current.advocate.account_id),
        "shares": await side.shares(),
        "notes": [(n.note_id, n.text) for n in await side.notes()],
        "case documents": [
            (v.version, v.content)
            for v in await CaseDocuments(robin.api, robin.me, world.known).read(world.document_id)
        ],
        "access log": await side.access_log(),
        "sessions": [(s["id"], s["device_name"]) for s in await robin.api.sessions()],
    }


def _leaks(response: httpx.Response, world: World, route: Route) -> set[str]:
    text = response.text
    markers = world.markers
    if route == ("GET", "/v1/accounts/{account_id}/public-keys"):
        markers = markers - {str(world.robin.me.account_id)}
    return {marker for marker in markers if marker in text}


def test_the_matrix_covers_every_route(application: FastAPI) -> None:
    routes = openapi_routes(application) - PUBLIC
    assert routes == set(MATRIX), (
        f"add these routes to the matrix: {routes - set(MATRIX)}; "
        f"these are gone: {set(MATRIX) - routes}"
    )


@pytest.mark.parametrize("caller", CALLERS)
async def test_nobody_gets_anything_of_robins(
    http: httpx.AsyncClient,
    application: FastAPI,
    make_api: MakeApi,
    tmp_path: Path,
    caller: str,
) -> None:
    world = await _robins_world(application, make_api, tmp_path)
    before = await _snapshot(world)
    token = world.tokens[caller]
    wrong: dict[str, str] = {}
    ordered = sorted(MATRIX, key=lambda route: (MATRIX[route].signs_out, route))
    for route in ordered:
        response = await http.request(**_request(route, world, token))
        statuses, theirs = _expected(route, caller)
        what = f"{route[0]} {route[1]}"
        got = _statuses(route, response)
        if not got <= statuses:
            expected = sorted(statuses)[:4]
            wrong[what] = f"{sorted(got)}, expected {expected}: {response.text[:200]}"
        elif response.is_error and not response.headers["content-type"].startswith(
            PROBLEM_MEDIA_TYPE
        ):
            wrong[what] = f"{response.status_code} is not a problem document"
        elif leaked := _leaks(response, world, route):
            wrong[what] = f"{response.status_code} shows Robin's {sorted(leaked)}"
        elif not theirs and any(200 <= status < 300 for status in got):
            wrong[what] = f"{response.status_code}: allowed"
    assert not wrong, "\n".join(f"{k}: {v}" for k, v in sorted(wrong.items()))

    assert await _snapshot(world) == before
    shared = await world.alex.cases.shared_entries(world.case_id)
    assert [uuid.UUID(s["entry_id"]) for s in shared][:1] == [world.entry_id]
