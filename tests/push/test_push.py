"""Web Push without content: a local push endpoint on loopback receives what
the server sends, decrypts it with the subscription's private key (RFC 8291,
aes128gcm, with http_ece) and finds only an opaque kind."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import http_ece
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from app.client.api import ApiError
from app.client.known_keys import KnownKeys
from app.protocol.encoding import b64encode
from app.push.endpoints import RefusedEndpoint, check_addresses, check_shape
from tests.advocacy.people import Member, advocacy, assign
from tests.writers import Writer, incident


@dataclass
class PushEndpoint:
    """A push service stand-in: it keeps each request it is sent."""

    url: str
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    status: int = 201


@pytest.fixture
def push_endpoint() -> Iterator[PushEndpoint]:
    endpoint = PushEndpoint("")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            endpoint.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(endpoint.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    endpoint.url = f"http://127.0.0.1:{server.server_address[1]}/push/device-1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield endpoint
    server.shutdown()
    server.server_close()


@dataclass(frozen=True)
class Subscription:
    """What a browser holds for one push subscription."""

    private_key: ec.EllipticCurvePrivateKey
    auth: bytes

    @classmethod
    def new(cls) -> Subscription:
        return cls(ec.generate_private_key(ec.SECP256R1()), os.urandom(16))

    def body(self, endpoint: str, **more: Any) -> dict[str, Any]:
        point = self.private_key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        keys = {"p256dh": b64encode(point), "auth": b64encode(self.auth)}
        return {"endpoint": endpoint, "keys": keys, **more}

    def open(self, body: bytes) -> bytes:
        return bytes(
            http_ece.decrypt(
                body, private_key=self.private_key, auth_secret=self.auth, version="aes128gcm"
            )
        )


async def test_a_share_reaches_the_advocates_browser_with_only_a_kind(
    victim: Writer, advocate: Member, push_endpoint: PushEndpoint
) -> None:
    browser = Subscription.new()
    registered = await advocate.api.call(
        "POST", "/v1/push/subscriptions", json=browser.body(push_endpoint.url)
    )
    entry_id = (await victim.diary.add(incident("He sent flowers to my work."))).entry_id
    known = KnownKeys()
    case, _view = await assign(victim, advocate, known)
    await advocacy(victim, known).share([entry_id])

    (headers, body) = push_endpoint.received[-1]
    plaintext = browser.open(body)
    assert json.loads(plaintext) == {"kind": "new-share"}
    seen = plaintext.decode() + json.dumps(headers)
    for secret in (entry_id, case.case_id, victim.me.account_id, victim.me.username, "flowers"):
        assert str(secret) not in seen
    assert headers["content-encoding"] == "aes128gcm"
    server_key = (await advocate.api.call("GET", "/v1/push/vapid-key"))["application_server_key"]
    assert headers["authorization"].startswith("vapid t=")
    assert headers["authorization"].endswith(f"k={server_key}")
    assert [s["id"] for s in await _subscriptions(advocate)] == [registered["id"]]


async def _subscriptions(member: Member | Writer) -> list[dict[str, Any]]:
    return list((await member.api.call("GET", "/v1/push/subscriptions"))["subscriptions"])


async def test_off_for_victims_until_she_consents(
    victim: Writer, advocate: Member, push_endpoint: PushEndpoint
) -> None:
    phone = Subscription.new()
    with pytest.raises(ApiError) as refused:
        await victim.api.call("POST", "/v1/push/subscriptions", json=phone.body(push_endpoint.url))
    assert (refused.value.status, refused.value.code) == (400, "push-consent-required")
    known = KnownKeys()
    _case, view = await assign(victim, advocate, known)
    await advocate.cases.add_note(view, "Call me back when it is safe.")
    assert push_endpoint.received == []

    body = phone.body(push_endpoint.url, victim_consents=True)
    await victim.api.call("POST", "/v1/push/subscriptions", json=body)
    await advocate.cases.add_note(view, "The hearing is on Monday.")
    (_headers, sent) = push_endpoint.received[-1]
    assert json.loads(phone.open(sent)) == {"kind": "case-update"}


async def test_a_failing_push_service_never_fails_the_write(
    victim: Writer, advocate: Member, push_endpoint: PushEndpoint
) -> None:
    push_endpoint.status = 500
    await advocate.api.call(
        "POST", "/v1/push/subscriptions", json=Subscription.new().body(push_endpoint.url)
    )
    closed = Subscription.new().body("http://127.0.0.1:9/nobody-listens")
    await advocate.api.call("POST", "/v1/push/subscriptions", json=closed)
    entry_id = (await victim.diary.add(incident("He waited by the car."))).entry_id
    known = KnownKeys()
    await assign(victim, advocate, known)
    shared = await advocacy(victim, known).share([entry_id])
    assert len(shared) == 1
    assert len(push_endpoint.received) == 1
    # A subscription the push service says is gone is forgotten.
    push_endpoint.status = 410
    await advocacy(victim, known).share([entry_id])
    assert len(await _subscriptions(advocate)) == 1


async def test_subscriptions_are_the_accounts_own(
    victim: Writer, other: Writer, push_endpoint: PushEndpoint
) -> None:
    body = Subscription.new().body(push_endpoint.url, victim_consents=True)
    mine = await victim.api.call("POST", "/v1/push/subscriptions", json=body)
    again = await victim.api.call("POST", "/v1/push/subscriptions", json=body)
    assert again["id"] == mine["id"]
    with pytest.raises(ApiError) as refused:
        await other.api.call("DELETE", f"/v1/push/subscriptions/{mine['id']}")
    assert refused.value.status == 404
    await victim.api.call("DELETE", f"/v1/push/subscriptions/{mine['id']}")
    assert await _subscriptions(victim) == []


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://push.example.com/x",
        "https://127.0.0.1/x",
        "https://10.1.2.3/x",
        "https://[::1]/x",
        "https://169.254.169.254/latest",
        "https://user:pass@push.example.com/x",
        "ftp://push.example.com/x",
    ],
)
def test_private_and_plain_endpoints_are_refused(endpoint: str) -> None:
    with pytest.raises(RefusedEndpoint):
        check_shape(endpoint, allow_private=False)


async def test_a_name_that_resolves_to_loopback_is_refused_before_sending() -> None:
    check_shape("https://localhost/x", allow_private=False)  # a name: checked when sending
    with pytest.raises(RefusedEndpoint):
        await check_addresses("https://localhost/x", allow_private=False)
