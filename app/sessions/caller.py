"""Who is calling: what the session lookup reads, as plain values.

Every authenticated request reads its session, account and membership in one
statement. Loading them as ORM objects (three identities, their states and
the session's identity map, all walked again at commit) cost more than the
statement itself: about 0.12 ms of every request. The routes need a few
columns, so the lookup reads those; a service that changes the account or
needs its keys or hashes loads the row itself (`accounts.repository.of_caller`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Protocol

from app.models import Role


class AccountRef(Protocol):
    """What the services read of an account: the caller's (`CallerAccount`)
    or a row of `accounts` alike."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def username(self) -> str: ...
    @property
    def role(self) -> Role: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def signing_public_key(self) -> bytes: ...
    @property
    def hpke_public_key(self) -> bytes: ...


@dataclass(frozen=True)
class CallerAccount:
    """The caller's account: the columns the routes read."""

    id: uuid.UUID
    username: str
    role: Role
    created_at: dt.datetime
    signing_public_key: bytes
    hpke_public_key: bytes


@dataclass(frozen=True)
class CallerMember:
    """An advocate's or an admin's organisation membership."""

    organisation_id: uuid.UUID
    display_name: str


@dataclass(frozen=True)
class Caller:
    account: CallerAccount
    session_id: uuid.UUID
    # The organisation membership of an advocate or admin; None for a victim.
    member: CallerMember | None = None


@dataclass(frozen=True)
class MemberCaller(Caller):
    """An advocate or an organisation admin, with their membership."""

    member: CallerMember
