"""The victim's side of advocacy on the device: look an advocate's code up,
confirm who it names, accept them, share chosen entries, revoke, and read
the access log and the advocate's notes.

A share wraps each entry's content key to the advocate's X25519 key and
signs the wrap; the advocate's keys must be the ones this device confirmed
when the victim accepted them, or later compared on this device (KnownKeys),
so a server that swaps in its own key gets nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from app.client import notes
from app.client.api import ApiError, DaybookApi
from app.client.diary import Replica, check_key_grant_receipt, open_entry_grant
from app.client.errors import VerificationError
from app.client.identity import Identity
from app.client.known_keys import AccountKey, KeyChanged, KnownKeys
from app.client.notes import VerifiedNote
from app.protocol import key_grants
from app.protocol.encoding import b64decode, b64encode


class NoAdvocate(LookupError):
    """This account has no advocate: accept an advocate's code first."""


@dataclass(frozen=True)
class AdvocateCard:
    """An advocate as the server describes them; `key.fingerprint` is computed here."""

    account_id: uuid.UUID
    display_name: str
    organisation_id: uuid.UUID
    organisation_name: str
    key: AccountKey

    @classmethod
    def from_wire(cls, wire: dict[str, Any]) -> AdvocateCard:
        return cls(
            account_id=uuid.UUID(wire["account_id"]),
            display_name=str(wire["display_name"]),
            organisation_id=uuid.UUID(wire["organisation_id"]),
            organisation_name=str(wire["organisation_name"]),
            key=AccountKey.from_wire(wire),
        )


@dataclass(frozen=True)
class Case:
    """The victim's current assignment."""

    case_id: uuid.UUID
    label: str
    started_at: dt.datetime
    advocate: AdvocateCard


def share_grant(identity: Identity, entry: dict[str, Any], advocate: Case) -> dict[str, Any]:
    """One entry's content key, opened from the owner's own grant and wrapped
    and signed for the case's advocate (info: this entry, the advocate's id)."""
    return entry_grant(identity, entry, advocate.advocate)


def entry_grant(identity: Identity, entry: dict[str, Any], reader: AdvocateCard) -> dict[str, Any]:
    """One entry's content key wrapped and signed for `reader`, whose key the
    caller has checked against the one the victim confirmed."""
    owner_key = identity.keys.signing.public_key()
    content_key = open_entry_grant(entry, identity, owner_key)
    entry_id = uuid.UUID(entry["id"])
    info = key_grants.entry_key_info(entry_id, reader.account_id)
    hpke_key = x25519.X25519PublicKey.from_public_bytes(reader.key.hpke)
    envelope, signature = key_grants.grant(content_key, hpke_key, info, identity.keys.signing)
    return {
        "entry_id": str(entry_id),
        "envelope": b64encode(envelope),
        "signature": b64encode(signature),
    }


class VictimAdvocacy:
    """`known` holds the advocate keys this device confirmed; the caller
    saves it after `accept` or `confirm`. `replica`, when given, is where
    `share` records its receipts, for the next sync to prove in the log."""

    def __init__(
        self,
        api: DaybookApi,
        identity: Identity,
        known: KnownKeys,
        *,
        replica: Replica | None = None,
    ) -> None:
        self.api = api
        self.identity = identity
        self.known = known
        self.replica = replica

    async def look_up(self, code: str) -> AdvocateCard:
        """Who the code names: show the name, organisation and fingerprint and
        have the victim compare the fingerprint with the advocate's."""
        card = AdvocateCard.from_wire(await self.api.preview_assignment_code(code))
        self.known.check(card.account_id, card.key, confirmed=False)
        return card

    async def accept(self, code: str, card: AdvocateCard, label: str) -> Case:
        """Accept the advocate the victim confirmed, and remember their key."""
        case = case_of(await self.api.accept_assignment(code, card.account_id, label))
        if case.advocate.key != card.key:
            raise KeyChanged(
                "the server made this account's advocate someone with another key than the "
                f"one confirmed ({case.advocate.key.fingerprint}): end the assignment"
            )
        self.known.remember(card.account_id, card.key)
        return case

    async def current(self, *, check: bool = True) -> Case | None:
        """The victim's advocate, whose key must be the confirmed one (unless
        not `check`, to show it for comparison); None without one."""
        try:
            wire = await self.api.assignment()
        except ApiError as exc:
            if exc.code == "no-advocate":
                return None
            raise
        case = case_of(wire)
        if check:
            self.known.check(case.advocate.account_id, case.advocate.key)
        return case

    async def confirm(self, case: Case) -> None:
        """On another device of the victim's: once the victim compared the
        fingerprint of `case.advocate.key` with the advocate, remember it.
        A different key already confirmed here is refused (KeyChanged)."""
        self.known.remember(case.advocate.account_id, case.advocate.key)

    async def _require(self) -> Case:
        case = await self.current()
        if case is None:
            raise NoAdvocate("this account has no advocate: accept an advocate's code first")
        return case

    async def share(
        self, entry_ids: Sequence[uuid.UUID], *, until: dt.datetime | None = None
    ) -> list[dict[str, Any]]:
        """Share the entries (with every version and attachment) with the
        advocate, until revoked or `until`; each answer's receipt is checked
        to be its grant's."""
        case = await self._require()
        shared: list[dict[str, Any]] = []
        for start in range(0, len(entry_ids), key_grants.MAX_GRANTS_AT_ONCE):
            batch = entry_ids[start : start + key_grants.MAX_GRANTS_AT_ONCE]
            grants = [share_grant(self.identity, await self.api.entry(i), case) for i in batch]
            answer = await self.api.share(case.advocate.account_id, grants, until)
            for grant, item in zip(grants, answer["shares"], strict=True):
                self._expect(case, grant, item)
            shared.extend(answer["shares"])
        return shared

    def _expect(self, case: Case, grant: dict[str, Any], item: dict[str, Any]) -> None:
        entry_id = uuid.UUID(grant["entry_id"])
        if item["receipt"] is None or uuid.UUID(item["entry_id"]) != entry_id:
            raise VerificationError(f"entry {entry_id}: the share came back without its receipt")
        info = key_grants.entry_key_info(entry_id, case.advocate.account_id)
        receipt = check_key_grant_receipt(
            item["receipt"], entry_id, info, b64decode(grant["envelope"])
        )
        if self.replica is not None:
            self.replica.log.expect(receipt.leaf_index, receipt.leaf_hash)

    async def shares(self) -> list[dict[str, Any]]:
        return list((await self.api.shares())["shares"])

    async def extend(self, entry_id: uuid.UUID, until: dt.datetime | None) -> dict[str, Any]:
        """Move the end of one share (an expired one too); None: until revoked."""
        return await self.api.set_share_expiry(entry_id, until)

    async def unshare(self, entry_id: uuid.UUID) -> None:
        await self.api.unshare(entry_id)

    async def unshare_all(self) -> None:
        await self.api.unshare_all()

    async def end(self) -> None:
        await self.api.end_assignment()

    async def access_log(self) -> list[dict[str, Any]]:
        """Every read by an advocate of what this account shared, newest first."""
        records: list[dict[str, Any]] = []
        before: int | None = None
        while True:
            page = await self.api.access_log(before=before)
            records.extend(page["records"])
            before = page["next_before"]
            if before is None:
                return records

    async def notes(self) -> list[VerifiedNote]:
        """The advocates' notes, each checked against its author's key: the
        one confirmed here, or else the server's (`author_confirmed` False)."""
        found = []
        for wire in await self.api.notes():
            author_id = uuid.UUID(wire["advocate_id"])
            key = self.known.keys.get(author_id)
            unconfirmed = key is None
            if key is None:
                key = AccountKey.from_wire(await self.api.public_keys(author_id))
            signing = ed25519.Ed25519PublicKey.from_public_bytes(key.signing)
            note = notes.open_wire(wire, self.identity, signing)
            found.append(dataclasses.replace(note, author_confirmed=not unconfirmed))
        return found


def case_of(wire: dict[str, Any]) -> Case:
    return Case(
        case_id=uuid.UUID(wire["id"]),
        label=str(wire["label"]),
        started_at=dt.datetime.fromisoformat(wire["started_at"]),
        advocate=AdvocateCard.from_wire(wire["advocate"]),
    )
