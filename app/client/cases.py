"""The advocate's side on the device: issue assignment codes, list cases,
read what each victim shares (decrypted and verified against the victim's
key), download its attachments, and write notes.

The victim's keys are remembered the first time a case shows them
(KnownKeys), so a server that later swaps them is caught; compare the
victim's fingerprint with them in person to close the first-use gap."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from app.client import attachments, notes
from app.client.api import DaybookApi
from app.client.diary import (
    Chain,
    VerifiedVersion,
    open_entry_grant,
    verified_history,
    verify_version,
)
from app.client.errors import VerificationError
from app.client.identity import Identity
from app.client.known_keys import AccountKey, KnownKeys
from app.client.notes import VerifiedNote
from app.protocol.notes import NoteBinding, NoteContent


@dataclass(frozen=True)
class CaseView:
    case_id: uuid.UUID
    label: str
    victim_id: uuid.UUID
    victim_key: AccountKey
    shared_entries: int

    @property
    def victim_signing_key(self) -> ed25519.Ed25519PublicKey:
        return ed25519.Ed25519PublicKey.from_public_bytes(self.victim_key.signing)


class AdvocateCases:
    def __init__(self, api: DaybookApi, identity: Identity, known: KnownKeys) -> None:
        self.api = api
        self.identity = identity
        self.known = known

    async def issue_code(self) -> dict[str, Any]:
        """A one-time code for a victim; read them your fingerprint with it."""
        return await self.api.issue_assignment_code()

    async def cases(self) -> list[dict[str, Any]]:
        return await self.api.cases()

    async def case(self, case_id: uuid.UUID) -> CaseView:
        wire = await self.api.case(case_id)
        victim_id = uuid.UUID(wire["victim_id"])
        key = AccountKey.from_wire(wire["victim_keys"])
        if uuid.UUID(wire["victim_keys"]["account_id"]) != victim_id:
            raise VerificationError(f"case {case_id}: the keys are not the victim's")
        self.known.remember(victim_id, key)
        return CaseView(case_id, str(wire["label"]), victim_id, key, int(wire["shared_entries"]))

    async def shared_entries(self, case_id: uuid.UUID) -> list[dict[str, Any]]:
        return await self.api.case_entries(case_id)

    async def _entry(self, case: CaseView, entry_id: uuid.UUID) -> tuple[dict[str, Any], bytes]:
        """The shared entry as the server sends it, and its content key."""
        entry = await self.api.entry(entry_id)
        if uuid.UUID(entry["owner_id"]) != case.victim_id:
            raise VerificationError(f"entry {entry_id} is not this case's victim's")
        return entry, open_entry_grant(entry, self.identity, case.victim_signing_key)

    async def latest(self, case: CaseView, entry_id: uuid.UUID) -> VerifiedVersion:
        """The entry's current version, decrypted and checked against the
        victim's signature (its chain is checked when its history is read);
        the victim sees this read."""
        entry, content_key = await self._entry(case, entry_id)
        return verify_version(
            entry["latest"],
            content_key,
            case.victim_id,
            case.victim_signing_key,
            Chain.AS_SIGNED,
        )

    async def read(self, case: CaseView, entry_id: uuid.UUID) -> list[VerifiedVersion]:
        """The entry's whole history, each version decrypted and checked
        against the victim's signature; the victim sees this read."""
        entry, content_key = await self._entry(case, entry_id)
        return await verified_history(
            self.api, entry, content_key, case.victim_id, case.victim_signing_key
        )

    async def download(self, reference: dict[str, Any], destination: Path) -> None:
        """An attachment of a verified version (`incident["attachments"][i]`)."""
        await attachments.download(self.api, reference, destination)

    async def add_note(
        self,
        case: CaseView,
        text: str,
        *,
        kind: str = "note",
        entry_id: uuid.UUID | None = None,
    ) -> VerifiedNote:
        binding = NoteBinding(
            note_id=uuid.uuid4(),
            case_id=case.case_id,
            victim_id=case.victim_id,
            advocate_id=self.identity.account_id,
            entry_id=entry_id,
        )
        content = NoteContent(kind, text, dt.datetime.now(dt.UTC).replace(microsecond=0))
        victim = x25519.X25519PublicKey.from_public_bytes(case.victim_key.hpke)
        body = notes.seal(content, binding, self.identity, victim)
        wire = await self.api.add_note(case.case_id, binding.note_id, body)
        return notes.open_wire(wire, self.identity, self.identity.keys.signing.public_key())

    async def notes(self, case: CaseView) -> list[VerifiedNote]:
        """The case's notes, and those of the victim's earlier cases she
        handed over to this advocate (their author's key is the one this
        device confirmed, or else the server's: `author_confirmed` False)."""
        own_key = self.identity.keys.signing.public_key()
        found = []
        for wire in await self.api.case_notes(case.case_id):
            if wire.get("handed_over") is None:
                found.append(notes.open_wire(wire, self.identity, own_key))
                continue
            if uuid.UUID(wire["victim_id"]) != case.victim_id:
                raise VerificationError(f"note {wire['id']} is not this case's victim's")
            author_id = uuid.UUID(wire["advocate_id"])
            key = self.known.keys.get(author_id)
            if key is None:
                key = AccountKey.from_wire(await self.api.public_keys(author_id))
            author = ed25519.Ed25519PublicKey.from_public_bytes(key.signing)
            note = notes.open_handed(wire, self.identity, author, case.victim_signing_key)
            found.append(dataclasses.replace(note, author_confirmed=author_id in self.known.keys))
        return found
