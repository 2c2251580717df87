"""Case documents on the device, for the victim and for her advocate: write
a version (checked against the kind's schema, sealed, signed), and read a
document's whole history, each version verified against its author's key
and chained to the one before (docs/protocol, case documents)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from app.client import json_schema
from app.client.api import DaybookApi
from app.client.errors import VerificationError
from app.client.identity import Identity
from app.client.known_keys import AccountKey, KnownKeys
from app.protocol import case_documents, entries, key_grants, receipts
from app.protocol.commitment import sha256
from app.protocol.encoding import b64decode, b64encode

SCHEMAS = {kind: f"{kind}.schema.json" for kind in case_documents.KINDS}
ROOT = "/v1/case-documents"


class ContentInvalid(ValueError):
    """The content breaks its kind's schema; `problems` lists each, without values."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid case document:\n" + "\n".join(problems))


def validate(kind: str, content: dict[str, Any]) -> None:
    found = json_schema.problems(SCHEMAS[kind], content) + _repeated(content, "$")
    if found:
        raise ContentInvalid(sorted(found))


def _repeated(value: Any, path: str) -> list[str]:
    """What a schema cannot say: in each list, an item's `id` (and a risk
    review's `question`) appears once, so a reference names one thing."""
    found: list[str] = []
    if isinstance(value, dict):
        for name, inner in value.items():
            found += _repeated(inner, f"{path}.{name}")
    if isinstance(value, list):
        for key in ("id", "question"):
            seen = [item[key] for item in value if isinstance(item, dict) and key in item]
            if len(seen) != len(set(map(str, seen))):
                found.append(f"{path}: an item's {key} is used twice")
        for index, inner in enumerate(value):
            found += _repeated(inner, f"{path}[{index}]")
    return found


@dataclass(frozen=True)
class DocumentVersion:
    document_id: uuid.UUID
    victim_id: uuid.UUID
    kind: str
    version: int
    author_id: uuid.UUID
    content: dict[str, Any]
    received_at: dt.datetime
    receipt: dict[str, Any]
    # False when the author's key came from the server, never compared here.
    author_confirmed: bool


@dataclass(frozen=True)
class Reader:
    """Someone the document key is wrapped to: the victim or her advocate."""

    account_id: uuid.UUID
    hpke: x25519.X25519PublicKey


class CaseDocuments:
    """`known` holds the keys this device confirmed (the advocate's, for the
    victim; the victim's, pinned on first use, for the advocate)."""

    def __init__(self, api: DaybookApi, identity: Identity, known: KnownKeys) -> None:
        self.api = api
        self.me = identity
        self.known = known

    async def documents(self) -> list[dict[str, Any]]:
        return list((await self.api.call("GET", ROOT))["documents"])

    async def create(
        self, victim_id: uuid.UUID, kind: str, content: dict[str, Any], readers: list[Reader]
    ) -> DocumentVersion:
        """A new document; `readers` are the victim and her advocate as this
        device confirmed them (the server refuses any other set)."""
        validate(kind, content)
        document_id, key = uuid.uuid4(), entries.new_content_key()
        signed = case_documents.DocumentCommitment(
            document_id, victim_id, self.me.account_id, kind, 1, None, bytes(32)
        )
        body = {
            "victim_id": str(victim_id),
            "kind": kind,
            "grants": [self._grant(document_id, key, r) for r in readers],
            "version": self._seal(content, key, signed),
        }
        wire = await self.api.call("PUT", f"{ROOT}/{document_id}", json=body)
        return (await self._verified([wire["latest"]], wire, key, None))[0]

    async def update(self, document_id: uuid.UUID, content: dict[str, Any]) -> DocumentVersion:
        """A new version on top of the current one, which is verified first."""
        wire = await self.api.call("GET", f"{ROOT}/{document_id}")
        key = await self._key(wire)
        current = (await self.history(document_id, wire, key))[-1]
        validate(current.kind, content)
        signed = case_documents.DocumentCommitment(
            document_id,
            current.victim_id,
            self.me.account_id,
            current.kind,
            current.version + 1,
            sha256(b64decode(wire["latest"]["commitment"])),
            bytes(32),
        )
        body = {"base_version": current.version, **self._seal(content, key, signed)}
        added = await self.api.call("POST", f"{ROOT}/{document_id}/versions", json=body)
        return (await self._verified([added], wire, key, wire["latest"]))[0]

    async def read(self, document_id: uuid.UUID) -> list[DocumentVersion]:
        """Every version, oldest first, each decrypted and verified."""
        wire = await self.api.call("GET", f"{ROOT}/{document_id}")
        return await self.history(document_id, wire, await self._key(wire))

    async def give(self, document_id: uuid.UUID, advocate: Reader) -> dict[str, Any]:
        """The victim wraps a document's key to her advocate (confirmed here)."""
        wire = await self.api.call("GET", f"{ROOT}/{document_id}")
        grant = self._grant(document_id, await self._key(wire), advocate)
        return dict(await self.api.call("POST", f"{ROOT}/{document_id}/grants", json=grant))

    async def give_all(self, advocate: Reader) -> int:
        """The victim gives her advocate every one of her documents (after a
        handover); a document given twice just gets a fresh wrap. Returns
        how many."""
        found = await self.documents()
        for document in found:
            await self.give(uuid.UUID(document["id"]), advocate)
        return len(found)

    async def history(
        self, document_id: uuid.UUID, wire: dict[str, Any], key: bytes
    ) -> list[DocumentVersion]:
        versions: list[dict[str, Any]] = []
        after: int | None = 0
        while after is not None:
            page = await self.api.call(
                "GET", f"{ROOT}/{document_id}/versions", params={"after": after, "limit": 100}
            )
            versions += page["versions"]
            after = page["next_after"]
        if len(versions) != wire["current_version"]:
            raise VerificationError(f"case document {document_id}: the history is incomplete")
        return await self._verified(versions, wire, key, None)

    def _seal(
        self, content: dict[str, Any], key: bytes, signed: case_documents.DocumentCommitment
    ) -> dict[str, Any]:
        sealed = case_documents.seal_version(content, key, signed, self.me.keys.signing)
        return {
            "ciphertext": b64encode(sealed.ciphertext),
            "commitment": b64encode(sealed.commitment),
            "signature": b64encode(sealed.signature),
        }

    def _grant(self, document_id: uuid.UUID, key: bytes, reader: Reader) -> dict[str, Any]:
        info = case_documents.key_info(document_id, reader.account_id)
        envelope, signature = key_grants.grant(key, reader.hpke, info, self.me.keys.signing)
        return {
            "reader_id": str(reader.account_id),
            "envelope": b64encode(envelope),
            "signature": b64encode(signature),
        }

    async def _key(self, wire: dict[str, Any]) -> bytes:
        """Open this device's grant: wrapped for this document and for me,
        signed by its granter (the victim, or the advocate who wrote it)."""
        grant, document_id = wire["key_grant"], uuid.UUID(wire["id"])
        if uuid.UUID(grant["reader_id"]) != self.me.account_id:
            raise VerificationError(f"case document {document_id}: the key is not for me")
        key, _confirmed = await self._author_key(uuid.UUID(grant["granter_id"]))
        try:
            return key_grants.open_grant(
                b64decode(grant["envelope"]),
                b64decode(grant["signature"]),
                case_documents.key_info(document_id, self.me.account_id),
                self.me.keys.hpke,
                key,
            )
        except Exception as exc:
            raise VerificationError(f"case document {document_id}: bad key ({exc!r})") from exc

    def _signing_key_known(self, account_id: uuid.UUID) -> ed25519.Ed25519PublicKey | None:
        if account_id == self.me.account_id:
            return self.me.keys.signing.public_key()
        known = self.known.keys.get(account_id)
        return None if known is None else ed25519.Ed25519PublicKey.from_public_bytes(known.signing)

    async def _author_key(self, account_id: uuid.UUID) -> tuple[ed25519.Ed25519PublicKey, bool]:
        """The author's key as this device confirmed it; else the server's,
        marked unconfirmed (a former advocate, another device's confirmation)."""
        key = self._signing_key_known(account_id)
        if key is not None:
            return key, True
        served = AccountKey.from_wire(await self.api.public_keys(account_id))
        self.known.check(account_id, served, confirmed=False)
        return ed25519.Ed25519PublicKey.from_public_bytes(served.signing), False

    @staticmethod
    def _check_receipt(receipt: dict[str, Any], commitment: bytes) -> None:
        """The receipt must be the log's record of this very version."""
        leaf = receipts.decode_leaf(b64decode(receipt["leaf_data"]))
        if leaf.kind is not receipts.ReceiptKind.CASE_DOCUMENT or leaf.object_sha256 != sha256(
            commitment
        ):
            raise VerificationError("a case document version's receipt is not its own")

    async def _verified(
        self,
        versions: list[dict[str, Any]],
        wire: dict[str, Any],
        key: bytes,
        before: dict[str, Any] | None,
    ) -> list[DocumentVersion]:
        """Each version signed by its author for this document, victim and
        kind, numbered in order and chained to the one before."""
        document_id, victim_id = uuid.UUID(wire["id"]), uuid.UUID(wire["victim_id"])
        previous = None if before is None else sha256(b64decode(before["commitment"]))
        number = 0 if before is None else int(before["version"])
        verified = []
        for version in versions:
            author_id = uuid.UUID(version["author_id"])
            author, confirmed = await self._author_key(author_id)
            sealed = case_documents.SealedVersion(
                b64decode(version["ciphertext"]),
                b64decode(version["commitment"]),
                b64decode(version["signature"]),
            )
            try:
                signed, content = case_documents.open_version(sealed, key, author)
            except Exception as exc:
                raise VerificationError(
                    f"case document {document_id} version {version['version']}: {exc!r}"
                ) from exc
            self._check_receipt(version["receipt"], sealed.commitment)
            number += 1
            expected = (document_id, victim_id, author_id, wire["kind"], number, previous)
            got = (
                signed.document_id,
                signed.victim_id,
                signed.author_id,
                signed.kind,
                signed.version,
                signed.previous,
            )
            if got != expected or version["version"] != number:
                raise VerificationError(
                    f"case document {document_id} version {number}: not the one signed"
                )
            previous = sha256(sealed.commitment)
            verified.append(
                DocumentVersion(
                    document_id,
                    victim_id,
                    signed.kind,
                    number,
                    author_id,
                    content,
                    dt.datetime.fromisoformat(version["received_at"]),
                    version["receipt"],
                    confirmed,
                )
            )
        return verified
