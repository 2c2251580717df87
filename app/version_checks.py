"""What a signed version must prove before the server stores it, for every
kind of versioned object (diary entries, case documents): a ciphertext of
the envelope's layout, a commitment whose fields name this very version,
its author's signature over that commitment, and that it is written on the
current version. One place, so the kinds refuse alike."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.entries.schemas import VersionIn
from app.errors import BadRequest, Conflict
from app.protocol import commitment, entries
from app.sessions.caller import AccountRef

Signed = TypeVar("Signed")

# Each commitment field by name, with (what it says, what this version needs).
Claims = Mapping[str, tuple[object, object]]


class InvalidVersion(BadRequest):
    code = "invalid-version"
    title = "Version does not verify"


@dataclass(frozen=True)
class Scheme(Generic[Signed]):
    """How one kind's commitments are read and their signatures verified, and
    the refusal of a signature that does not verify (made where its words
    are written, so the language catalogue's check finds them)."""

    parse: Callable[[bytes], Signed]
    verify: Callable[[bytes, bytes, Ed25519PublicKey], bool]
    unsigned: Callable[[], InvalidVersion]


def signing_key(account: AccountRef) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(account.signing_public_key)


def check_signed(
    scheme: Scheme[Signed], author: AccountRef, body: VersionIn, claims: Callable[[Signed], Claims]
) -> Signed:
    """Everything the server can check without the content key: the layout,
    then each of `claims` in its order, then the author's signature."""
    try:
        entries.check_envelope_layout(body.ciphertext)
        signed = scheme.parse(body.commitment)
    except ValueError as exc:
        raise InvalidVersion(f"{exc}.") from exc
    for name, (got, want) in claims(signed).items():
        if got != want:
            raise InvalidVersion(f"The commitment's {name} does not match this version.")
    if not scheme.verify(body.commitment, body.signature, signing_key(author)):
        raise scheme.unsigned()
    return signed


class StaleVersion(Conflict):
    code = "stale-version"
    title = "Stale version"


def check_repeat(
    base_version: int, current_version: int, stored: bytes | None, body: VersionIn
) -> None:
    """`base_version` is not current: the request must repeat the version
    stored after it (commitment hash `stored`), or it is stale."""
    if stored is None or stored != commitment.commitment_hash(body.commitment):
        raise StaleVersion(
            f"Version {base_version} is not the current version "
            f"({current_version}): fetch it, merge, and write again.",
            extra={"current_version": current_version},
        )
