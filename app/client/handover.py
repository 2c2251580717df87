"""The victim's side of a handover on her device (docs/protocol, handover).

An organisation admin or her advocate proposes another advocate; only this
device can complete it. It shows why, and who is proposed with the
fingerprint computed here from the keys the server sends; the victim
compares it with the one the new advocate reads out to her. Then the device
re-wraps every key of what she shares (entries and the advocates' notes) to
the new advocate and signs each wrap. A server that offers another key than
the new advocate's own gets nothing: the fingerprints differ, or a key this
device already knows for that account changed (KnownKeys).

Her case documents follow once the server has made the new advocate her
active one (it accepts a document's key only for that advocate): each key
is wrapped to the confirmed new advocate, never to a key the server names
afterwards. A device stopped between the two gives the rest with
`CaseDocuments.give_all` (`daybook case-doc give --all`)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import x25519

from app.client import notes
from app.client.advocacy import AdvocateCard, Case, case_of, entry_grant
from app.client.api import ApiError, DaybookApi
from app.client.case_documents import CaseDocuments, Reader
from app.client.errors import VerificationError
from app.client.identity import Identity
from app.client.known_keys import KeyChanged, KnownKeys


class FingerprintMismatch(VerificationError):
    """The proposed advocate's keys are not the ones the victim was told of."""


class NoAdvocateProposed(LookupError):
    """The organisation has not proposed a new advocate yet."""


class DocumentsNotGiven(RuntimeError):
    """The handover is done, but giving her case documents stopped part way."""


@dataclass(frozen=True)
class HandoverOffer:
    handover_id: uuid.UUID
    case_id: uuid.UUID
    reason: str
    status: str
    created_at: dt.datetime
    from_advocate_id: uuid.UUID
    from_advocate: AdvocateCard | None
    to_advocate: AdvocateCard | None
    shared_entry_ids: tuple[uuid.UUID, ...]
    note_ids: tuple[uuid.UUID, ...]

    @classmethod
    def from_wire(cls, wire: dict[str, Any]) -> HandoverOffer:
        def card(value: dict[str, Any] | None) -> AdvocateCard | None:
            return None if value is None else AdvocateCard.from_wire(value)

        return cls(
            handover_id=uuid.UUID(wire["id"]),
            case_id=uuid.UUID(wire["case_id"]),
            reason=str(wire["reason"]),
            status=str(wire["status"]),
            created_at=dt.datetime.fromisoformat(wire["created_at"]),
            from_advocate_id=uuid.UUID(wire["from_advocate_id"]),
            from_advocate=card(wire["from_advocate"]),
            to_advocate=card(wire["to_advocate"]),
            shared_entry_ids=tuple(uuid.UUID(i) for i in wire["shared_entry_ids"]),
            note_ids=tuple(uuid.UUID(i) for i in wire["note_ids"]),
        )


def same_fingerprint(told: str, card: AdvocateCard) -> bool:
    """Compares as people type: case, spaces and dashes do not matter."""

    def plain(text: str) -> str:
        return "".join(c for c in text.upper() if c not in " -")

    return plain(told) == plain(card.key.fingerprint)


class VictimHandover:
    def __init__(self, api: DaybookApi, identity: Identity, known: KnownKeys) -> None:
        self.api = api
        self.identity = identity
        self.known = known

    async def offer(self) -> HandoverOffer | None:
        """The open handover of her case, if any."""
        try:
            return HandoverOffer.from_wire(await self.api.handover())
        except ApiError as exc:
            if exc.code == "no-handover":
                return None
            raise

    def check(self, offer: HandoverOffer, told_fingerprint: str) -> AdvocateCard:
        """The proposed advocate, if their keys are the ones the victim was
        told of (`told_fingerprint`, as the new advocate read it out)."""
        card = offer.to_advocate
        if card is None:
            raise NoAdvocateProposed("the organisation has not proposed a new advocate yet")
        if not same_fingerprint(told_fingerprint, card):
            raise FingerprintMismatch(
                f"the server offers a key with fingerprint {card.key.fingerprint} for the new "
                "advocate, not the one they gave you: do not approve; call the organisation"
            )
        self.known.check(card.account_id, card.key, confirmed=False)
        return card

    async def approve(self, offer: HandoverOffer, told_fingerprint: str) -> Case:
        """Re-wrap everything to the confirmed new advocate and approve, then
        give them her case documents; the caller saves `known` afterwards."""
        card = self.check(offer, told_fingerprint)
        entry_grants = [
            entry_grant(self.identity, await self.api.entry(i), card)
            for i in offer.shared_entry_ids
        ]
        reader = x25519.X25519PublicKey.from_public_bytes(card.key.hpke)
        wanted = set(offer.note_ids)
        note_grants = [
            notes.note_grant(wire, self.identity, card.account_id, reader)
            for wire in await self.api.notes()
            if uuid.UUID(wire["id"]) in wanted
        ]
        answer = await self.api.approve_handover(
            {
                "handover_id": str(offer.handover_id),
                "to_advocate_id": str(card.account_id),
                "entry_grants": entry_grants,
                "note_grants": note_grants,
            }
        )
        case = case_of(answer)
        if case.advocate.key != card.key:
            raise KeyChanged(
                "the server made another key than the confirmed one this account's advocate "
                f"({case.advocate.key.fingerprint}): end the assignment"
            )
        self.known.remember(card.account_id, card.key)
        documents = CaseDocuments(self.api, self.identity, self.known)
        try:
            await documents.give_all(Reader(card.account_id, reader))
        except (ApiError, httpx.HTTPError, VerificationError) as exc:
            raise DocumentsNotGiven(
                f"your case is now with {card.display_name}, but giving them your case "
                f"documents stopped ({exc}): run `daybook case-doc give --all`"
            ) from exc
        return case

    async def decline(self) -> None:
        await self.api.decline_handover()
