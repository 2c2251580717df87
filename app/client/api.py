"""Thin typed access to the HTTP API, with token refresh on expiry."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import anyio
import httpx

from app.client import i18n
from app.protocol import strict_json
from app.protocol.digest_header import format_sha256
from app.protocol.encoding import b64encode


class ApiError(Exception):
    """A problem document (RFC 9457) returned by the server."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        self.status = status
        self.problem = problem
        self.code = str(problem.get("code", ""))
        super().__init__(f"{status} {self.code}: {problem.get('detail', '')}")


def _problem(response: httpx.Response) -> dict[str, Any]:
    if "json" not in response.headers.get("content-type", ""):
        return {"detail": response.text}
    return dict(strict_json.loads(response.content))


def _problem_code(response: httpx.Response) -> str | None:
    return _problem(response).get("code") if response.status_code == 401 else None


def _language_header() -> dict[str, str]:
    """The server writes its refusals (a problem's title and detail, which the
    command line prints) in the language the person chose, English failing that."""
    chosen = i18n.language()
    ranges = chosen if chosen == i18n.DEFAULT else f"{chosen}, {i18n.DEFAULT};q=0.5"
    return {"Accept-Language": ranges}


# A buffer sent as a request body: a run's reused buffer, or bytes.
Body = bytes | bytearray | memoryview
# Given a whole `bytes`, httpx hands it to the socket transport as one
# write, and asyncio (3.11) copies what the kernel did not take at once
# twice, a slice and then its own buffer: a run's 8 MiB held up to three
# times over. In pieces, each is copied once (for h11, which sends `bytes`)
# and no more than a piece waits in the transport.
BODY_PIECE_BYTES = 256 * 1024


class _BodyPieces:
    """A request body read from a buffer a piece at a time, as often as
    httpx asks (it sends the body again after refreshing an expired token).
    A finished request's objects can outlive it until the cyclic garbage
    collector runs: they then hold this view, not a copy of the body."""

    def __init__(self, body: Body) -> None:
        self.body = memoryview(body)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for start in range(0, self.body.nbytes, BODY_PIECE_BYTES):
            yield bytes(self.body[start : start + BODY_PIECE_BYTES])


def _octets(body: Body, digest: bytes) -> dict[str, Any]:
    """The request arguments that send `body` with its `Content-Digest`."""
    headers = {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(memoryview(body).nbytes),
        "Content-Digest": format_sha256(digest),
    }
    return {"content": _BodyPieces(body), "headers": headers}


@dataclass
class Tokens:
    access_token: str
    refresh_token: str


TokenListener = Callable[[Tokens | None], Awaitable[None] | None]


class DaybookApi:
    def __init__(
        self,
        base_url: str,
        *,
        tokens: Tokens | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        on_tokens: TokenListener | None = None,
    ) -> None:
        self.http = httpx.AsyncClient(base_url=base_url, transport=transport, timeout=60)
        self.tokens = tokens
        self._on_tokens = on_tokens
        self._refreshing: anyio.Lock | None = None
        # The device token from this device's last sign-in (sent with the next
        # one, so that others' failed guesses do not lock this device out).
        self.device_token: str | None = None

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> DaybookApi:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def _set_tokens(self, tokens: Tokens | None) -> None:
        self.tokens = tokens
        if self._on_tokens is not None:
            result = self._on_tokens(tokens)
            if result is not None:
                await result

    async def call(
        self, method: str, path: str, *, json: Any = None, auth: bool = True, **kw: Any
    ) -> Any:
        response = await self.request(method, path, json=json, auth=auth, **kw)
        # As JSON.parse reads it: no NaN or Infinity from a server either.
        return strict_json.loads(response.content) if response.content else None

    async def request(
        self, method: str, path: str, *, auth: bool = True, **kw: Any
    ) -> httpx.Response:
        """One call, refreshing the access token once if it has expired."""
        sent_with = self.tokens
        response = await self._send(method, path, auth=auth, **kw)
        if auth and self.tokens and _problem_code(response) == "token-expired":
            await self._refresh_once(sent_with)
            response = await self._send(method, path, auth=auth, **kw)
        if response.is_error:
            raise ApiError(response.status_code, _problem(response))
        return response

    @asynccontextmanager
    async def stream(
        self, path: str, *, headers: dict[str, str] | None = None
    ) -> AsyncIterator[httpx.Response]:
        """A GET whose body is read as it arrives, never all at once."""
        for attempt in range(2):
            request_headers = {**(headers or {}), **self._auth_header(), **_language_header()}
            async with self.http.stream("GET", path, headers=request_headers) as response:
                if response.is_error:
                    await response.aread()
                    if attempt == 0 and _problem_code(response) == "token-expired":
                        await self.refresh()
                        continue
                    raise ApiError(response.status_code, _problem(response))
                yield response
                return

    def _auth_header(self) -> dict[str, str]:
        if self.tokens is None:
            return {}
        return {"Authorization": f"Bearer {self.tokens.access_token}"}

    async def _send(
        self,
        method: str,
        path: str,
        *,
        auth: bool,
        headers: dict[str, str] | None = None,
        **kw: Any,
    ) -> httpx.Response:
        all_headers = {
            **(headers or {}),
            **(self._auth_header() if auth else {}),
            **_language_header(),
        }
        return await self.http.request(method, path, headers=all_headers, **kw)

    async def _signed_in(self, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("device_token") is not None:
            self.device_token = str(body["device_token"])
        await self._set_tokens(Tokens(body["access_token"], body["refresh_token"]))
        return body

    # Accounts and sign-in

    async def prelogin(self, username: str) -> dict[str, Any]:
        """`kdf`: the name's salt and cost; `current`: the cost new seals use."""
        body = await self.call("POST", "/v1/auth/prelogin", json={"username": username}, auth=False)
        return dict(body)

    async def register(self, body: dict[str, Any]) -> dict[str, Any]:
        """Also an advocate's or admin's registration, with `invitation_code` in `body`."""
        return await self._signed_in(await self.call("POST", "/v1/accounts", json=body, auth=False))

    async def login(self, username: str, auth_key: bytes, device_name: str) -> dict[str, Any]:
        body = {"username": username, "auth_key": b64encode(auth_key), "device_name": device_name}
        if self.device_token is not None:
            body["device_token"] = self.device_token
        return await self._signed_in(
            await self.call("POST", "/v1/auth/login", json=body, auth=False)
        )

    async def _refresh_once(self, expired: Tokens | None) -> None:
        """Refresh unless a concurrent call (chunks go up side by side) already
        did: a refresh token is good for one use, and a second would fail."""
        if self._refreshing is None:
            self._refreshing = anyio.Lock()
        async with self._refreshing:
            if self.tokens is expired:
                await self.refresh()

    async def refresh(self) -> dict[str, Any]:
        if self.tokens is None:
            raise RuntimeError("not signed in")
        body = {"refresh_token": self.tokens.refresh_token}
        try:
            return await self._signed_in(
                await self.call("POST", "/v1/auth/refresh", json=body, auth=False)
            )
        except ApiError:
            await self._set_tokens(None)
            raise

    async def logout(self) -> None:
        await self.call("POST", "/v1/auth/logout")
        await self._set_tokens(None)

    async def account(self) -> dict[str, Any]:
        return dict(await self.call("GET", "/v1/account"))

    async def lockout(self) -> dict[str, Any]:
        """`blocked_until`: until when new devices cannot sign in, or None."""
        return dict(await self.call("GET", "/v1/account/lockout"))

    async def end_lockout(self) -> None:
        await self.call("DELETE", "/v1/account/lockout")

    async def change_passphrase(self, body: dict[str, Any]) -> None:
        await self.call("POST", "/v1/account/passphrase", json=body)

    async def delete_account(self, auth_key: bytes) -> None:
        await self.call("POST", "/v1/account/deletion", json={"auth_key": b64encode(auth_key)})
        await self._set_tokens(None)

    async def recovery_keys(self, username: str, recovery_auth_key: bytes) -> dict[str, Any]:
        body = {"username": username, "recovery_auth_key": b64encode(recovery_auth_key)}
        return dict(await self.call("POST", "/v1/auth/recovery/keys", json=body, auth=False))

    async def recover(self, body: dict[str, Any]) -> dict[str, Any]:
        return await self._signed_in(
            await self.call("POST", "/v1/auth/recovery", json=body, auth=False)
        )

    # Keys

    async def own_keys(self) -> dict[str, Any]:
        return dict(await self.call("GET", "/v1/account/keys"))

    async def public_keys(self, account_id: uuid.UUID) -> dict[str, Any]:
        return dict(await self.call("GET", f"/v1/accounts/{account_id}/public-keys"))

    # Sessions and security events

    async def sessions(self) -> list[dict[str, Any]]:
        return list(await self.call("GET", "/v1/sessions"))

    async def rename_session(self, session_id: uuid.UUID, device_name: str) -> dict[str, Any]:
        body = {"device_name": device_name}
        return dict(await self.call("PATCH", f"/v1/sessions/{session_id}", json=body))

    async def revoke_session(self, session_id: uuid.UUID) -> None:
        await self.call("DELETE", f"/v1/sessions/{session_id}")

    async def sign_out_everywhere(self, *, keep_current: bool = False) -> None:
        await self.call("DELETE", "/v1/sessions", params={"keep_current": keep_current})
        if not keep_current:
            await self._set_tokens(None)

    async def security_events(
        self, *, before: int | None = None, limit: int = 50
    ) -> dict[str, Any]:
        params: dict[str, int] = {"limit": limit}
        if before is not None:
            params["before"] = before
        return dict(await self.call("GET", "/v1/account/security-events", params=params))

    # Entries and sync

    async def create_entry(self, entry_id: uuid.UUID, body: dict[str, Any]) -> dict[str, Any]:
        return dict(await self.call("PUT", f"/v1/entries/{entry_id}", json=body))

    async def write_batch(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Up to 100 creates and edits at once: one result per item, in order."""
        answer = await self.call("POST", "/v1/entries/batch", json={"items": items})
        return [dict(result) for result in answer["results"]]

    async def entry(self, entry_id: uuid.UUID) -> dict[str, Any]:
        return dict(await self.call("GET", f"/v1/entries/{entry_id}"))

    async def append_version(self, entry_id: uuid.UUID, body: dict[str, Any]) -> dict[str, Any]:
        return dict(await self.call("POST", f"/v1/entries/{entry_id}/versions", json=body))

    async def versions(self, entry_id: uuid.UUID, *, after: int = 0) -> dict[str, Any]:
        params = {"after": after, "limit": 100}
        return dict(await self.call("GET", f"/v1/entries/{entry_id}/versions", params=params))

    async def delete_entry(self, entry_id: uuid.UUID) -> None:
        await self.call("DELETE", f"/v1/entries/{entry_id}")

    async def sync(self, cursor: str | None, *, limit: int = 100) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        return dict(await self.call("GET", "/v1/sync", params=params))

    # Attachments

    async def start_upload(self, attachment_id: uuid.UUID, ciphertext_size: int) -> dict[str, Any]:
        body = {"ciphertext_size": ciphertext_size}
        return dict(await self.call("PUT", f"/v1/attachments/{attachment_id}", json=body))

    async def attachment(self, attachment_id: uuid.UUID) -> dict[str, Any]:
        return dict(await self.call("GET", f"/v1/attachments/{attachment_id}"))

    async def put_chunk(
        self, attachment_id: uuid.UUID, index: int, chunk: Body, digest: bytes
    ) -> dict[str, Any]:
        path = f"/v1/attachments/{attachment_id}/chunks/{index}"
        return dict(await self.call("PUT", path, **_octets(chunk, digest)))

    async def put_run(
        self, attachment_id: uuid.UUID, first: int, body: Body, digest: bytes
    ) -> dict[str, Any]:
        """Chunks `first`, `first` + 1, ... laid end to end in `body` (at most
        `stream.MAX_RUN_CHUNKS`), `digest` the body's SHA-256 (§21.2). The
        body is read while the call lasts, not after: its buffer may then
        be reused."""
        path = f"/v1/attachments/{attachment_id}/chunks/{first}/run"
        return dict(await self.call("PUT", path, **_octets(body, digest)))

    async def finalize_attachment(
        self, attachment_id: uuid.UUID, ciphertext_sha256: bytes
    ) -> dict[str, Any]:
        body = {"ciphertext_sha256": b64encode(ciphertext_sha256)}
        path = f"/v1/attachments/{attachment_id}/finalize"
        return dict(await self.call("POST", path, json=body))

    async def delete_attachment(self, attachment_id: uuid.UUID) -> None:
        await self.call("DELETE", f"/v1/attachments/{attachment_id}")

    # Organisations (advocates and their admins)

    async def organisation(self) -> dict[str, Any]:
        return dict(await self.call("GET", "/v1/organisation"))

    async def invite_advocate(self, display_name: str) -> dict[str, Any]:
        body = {"display_name": display_name}
        return dict(await self.call("POST", "/v1/organisation/invitations", json=body))

    async def organisation_advocates(self) -> list[dict[str, Any]]:
        return list((await self.call("GET", "/v1/organisation/advocates"))["advocates"])

    async def deactivate_advocate(self, account_id: uuid.UUID) -> None:
        await self.call("POST", f"/v1/organisation/advocates/{account_id}/deactivate")

    async def reactivate_advocate(self, account_id: uuid.UUID) -> None:
        await self.call("POST", f"/v1/organisation/advocates/{account_id}/reactivate")

    async def organisation_invitations(self) -> list[dict[str, Any]]:
        return list((await self.call("GET", "/v1/organisation/invitations"))["invitations"])

    async def revoke_invitation(self, invitation_id: uuid.UUID) -> None:
        await self.call("DELETE", f"/v1/organisation/invitations/{invitation_id}")

    # Handing a case over

    async def propose_handover(
        self, case_id: uuid.UUID, to_advocate_id: uuid.UUID, reason: str
    ) -> dict[str, Any]:
        body = {"case_id": str(case_id), "to_advocate_id": str(to_advocate_id), "reason": reason}
        return dict(await self.call("POST", "/v1/handovers", json=body))

    async def organisation_handovers(self) -> list[dict[str, Any]]:
        return list((await self.call("GET", "/v1/organisation/handovers"))["handovers"])

    async def handover(self) -> dict[str, Any]:
        return dict(await self.call("GET", "/v1/assignment/handover"))

    async def approve_handover(self, body: dict[str, Any]) -> dict[str, Any]:
        return dict(await self.call("POST", "/v1/assignment/handover", json=body))

    async def decline_handover(self) -> None:
        await self.call("DELETE", "/v1/assignment/handover")

    # Assignment: the advocate's code, the victim's acceptance

    async def issue_assignment_code(self) -> dict[str, Any]:
        return dict(await self.call("POST", "/v1/assignment-codes"))

    async def preview_assignment_code(self, code: str) -> dict[str, Any]:
        body = {"code": code}
        return dict(await self.call("POST", "/v1/assignment-codes/preview", json=body))

    async def accept_assignment(
        self, code: str, advocate_id: uuid.UUID, label: str
    ) -> dict[str, Any]:
        body = {"code": code, "advocate_id": str(advocate_id), "label": label}
        return dict(await self.call("POST", "/v1/assignment", json=body))

    async def assignment(self) -> dict[str, Any]:
        return dict(await self.call("GET", "/v1/assignment"))

    async def end_assignment(self) -> None:
        await self.call("DELETE", "/v1/assignment")

    # Sharing with the advocate, and what they read

    async def share(
        self,
        advocate_id: uuid.UUID,
        grants: list[dict[str, Any]],
        expires_at: dt.datetime | None = None,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"advocate_id": str(advocate_id), "grants": grants}
        if expires_at is not None:
            body["expires_at"] = expires_at.isoformat()
        return dict(await self.call("POST", "/v1/shares", json=body))

    async def set_share_expiry(
        self, entry_id: uuid.UUID, expires_at: dt.datetime | None
    ) -> dict[str, Any]:
        body = {"expires_at": None if expires_at is None else expires_at.isoformat()}
        return dict(await self.call("PATCH", f"/v1/shares/{entry_id}", json=body))

    async def shares(self) -> dict[str, Any]:
        return dict(await self.call("GET", "/v1/shares"))

    async def unshare(self, entry_id: uuid.UUID) -> None:
        await self.call("DELETE", f"/v1/shares/{entry_id}")

    async def unshare_all(self) -> None:
        await self.call("DELETE", "/v1/shares")

    async def access_log(self, *, before: int | None = None, limit: int = 200) -> dict[str, Any]:
        params: dict[str, int] = {"limit": limit}
        if before is not None:
            params["before"] = before
        return dict(await self.call("GET", "/v1/access-log", params=params))

    async def notes(self) -> list[dict[str, Any]]:
        return list((await self.call("GET", "/v1/notes"))["notes"])

    # Cases (the advocate's side)

    async def cases(self) -> list[dict[str, Any]]:
        return list((await self.call("GET", "/v1/cases"))["cases"])

    async def case(self, case_id: uuid.UUID) -> dict[str, Any]:
        return dict(await self.call("GET", f"/v1/cases/{case_id}"))

    async def case_entries(self, case_id: uuid.UUID) -> list[dict[str, Any]]:
        return list((await self.call("GET", f"/v1/cases/{case_id}/entries"))["entries"])

    async def case_notes(self, case_id: uuid.UUID) -> list[dict[str, Any]]:
        return list((await self.call("GET", f"/v1/cases/{case_id}/notes"))["notes"])

    async def add_note(
        self, case_id: uuid.UUID, note_id: uuid.UUID, body: dict[str, Any]
    ) -> dict[str, Any]:
        return dict(await self.call("PUT", f"/v1/cases/{case_id}/notes/{note_id}", json=body))

    # The evidence log (public: no token is sent)

    async def log_checkpoint(self) -> str:
        """The current signed checkpoint note, verbatim."""
        return (await self.request("GET", "/v1/log/checkpoint", auth=False)).text

    async def log_key(self) -> dict[str, Any]:
        return dict(await self.call("GET", "/v1/log/key", auth=False))

    async def log_keys(self) -> dict[str, Any]:
        return dict(await self.call("GET", "/v1/log/keys", auth=False))

    async def log_leaf(self, index: int) -> dict[str, Any]:
        return dict(await self.call("GET", f"/v1/log/leaves/{index}", auth=False))

    async def log_tlog_proof(self, index: int) -> str:
        """A C2SP tlog-proof of leaf `index` against a freshly signed checkpoint."""
        path = f"/v1/log/leaves/{index}/tlog-proof"
        return (await self.request("GET", path, auth=False)).text

    async def inclusion_proofs(self, indexes: list[int], size: int) -> dict[str, Any]:
        params = {"size": size, "index": indexes}
        return dict(await self.call("GET", "/v1/log/proofs/inclusion", params=params, auth=False))

    async def inclusion_proof(self, index: int, size: int) -> dict[str, Any]:
        params = {"index": index, "size": size}
        return dict(await self.call("GET", "/v1/log/proof/inclusion", params=params, auth=False))

    async def consistency_proof(self, from_size: int, to_size: int) -> dict[str, Any]:
        params = {"from": from_size, "to": to_size}
        path = "/v1/log/proof/consistency"
        return dict(await self.call("GET", path, params=params, auth=False))

    # The evidence log's kept checkpoints and their independent time (public)

    async def log_leaf_evidence(self, index: int) -> dict[str, Any]:
        """Leaf `index`'s receipt, the kept checkpoints that include it with their
        TSA tokens and witness cosignatures, and an inclusion proof to each."""
        return dict(await self.call("GET", f"/v1/log/leaves/{index}/evidence", auth=False))

    async def log_kept_checkpoint(self, size: int) -> dict[str, Any]:
        return dict(await self.call("GET", f"/v1/log/checkpoints/{size}", auth=False))

    async def log_cosign(self, cosigned_note: str) -> dict[str, Any]:
        """As a witness: send a checkpoint note with cosignature lines added."""
        headers = {"Content-Type": "text/plain; charset=utf-8"}
        body = cosigned_note.encode("utf-8")
        path = "/v1/log/cosignatures"
        return dict(await self.call("POST", path, content=body, headers=headers, auth=False))
