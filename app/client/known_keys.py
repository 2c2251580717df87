"""The keys of other accounts this device has confirmed: an advocate's,
compared out of band when the victim accepted them, or a victim's, as an
advocate first saw it. A server that later hands out another key for the
same account is caught here (docs/protocol, fingerprints)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from app.client.errors import VerificationError
from app.protocol.encoding import b64decode, b64encode
from app.protocol.keys import fingerprint


class KeyChanged(VerificationError):
    """The server shows another key than the one this device confirmed."""


class KeyNotConfirmed(VerificationError):
    """This device has never confirmed that account's key."""


@dataclass(frozen=True)
class AccountKey:
    signing: bytes
    hpke: bytes

    @classmethod
    def from_wire(cls, keys: dict[str, Any]) -> AccountKey:
        return cls(b64decode(keys["signing_public_key"]), b64decode(keys["hpke_public_key"]))

    @property
    def fingerprint(self) -> str:
        """Computed here, never taken from the server."""
        return fingerprint(self.signing, self.hpke)


@dataclass
class KnownKeys:
    keys: dict[uuid.UUID, AccountKey] = field(default_factory=dict)

    def remember(self, account_id: uuid.UUID, key: AccountKey) -> None:
        """After the user compared the fingerprint; a different key already
        known for the account is refused: forget it first, knowingly."""
        self.check(account_id, key, confirmed=False)
        self.keys[account_id] = key

    def check(self, account_id: uuid.UUID, key: AccountKey, *, confirmed: bool = True) -> None:
        """Raises KeyChanged if another key is known for the account, and, when
        `confirmed`, KeyNotConfirmed if none is."""
        known = self.keys.get(account_id)
        if known is None:
            if confirmed:
                raise KeyNotConfirmed(
                    f"the key of account {account_id} was never confirmed on this device "
                    f"(fingerprint {key.fingerprint}): compare it with its owner first"
                )
            return
        if known != key:
            raise KeyChanged(
                f"the server now shows another key for account {account_id}: fingerprint "
                f"{key.fingerprint} instead of the confirmed {known.fingerprint}. Someone may "
                "be impersonating them; do not share anything until you have checked with them"
            )

    def confirmed(self, account_id: uuid.UUID) -> AccountKey:
        known = self.keys.get(account_id)
        if known is None:
            raise KeyNotConfirmed(f"the key of account {account_id} was never confirmed here")
        return known

    def to_json(self) -> dict[str, Any]:
        return {
            str(account): {"signing": b64encode(k.signing), "hpke": b64encode(k.hpke)}
            for account, k in self.keys.items()
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KnownKeys:
        return cls(
            {
                uuid.UUID(account): AccountKey(b64decode(k["signing"]), b64decode(k["hpke"]))
                for account, k in data.items()
            }
        )
