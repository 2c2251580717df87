from __future__ import annotations

import uuid

from pydantic import Field

from app.accounts.schemas import KdfParams, PublicKey, SealedKeys
from app.models import Account
from app.protocol.hpke import X25519_SHA256_AES256GCM
from app.protocol.keys import fingerprint
from app.wire import ResponseModel


class PublicKeys(ResponseModel):
    account_id: uuid.UUID
    signing_public_key: PublicKey = Field(description="Ed25519, 32 bytes raw.")
    hpke_public_key: PublicKey = Field(description="X25519, 32 bytes raw.")
    hpke_suite: str = X25519_SHA256_AES256GCM.name
    fingerprint: str = Field(
        description="Compare out of band before wrapping a key to this account."
    )

    @classmethod
    def of(cls, account: Account) -> PublicKeys:
        return cls(
            account_id=account.id,
            signing_public_key=account.signing_public_key,
            hpke_public_key=account.hpke_public_key,
            fingerprint=fingerprint(account.signing_public_key, account.hpke_public_key),
        )


class OwnKeys(PublicKeys):
    kdf: KdfParams
    sealed_private_keys: SealedKeys = Field(
        description="Private keys sealed under the passphrase-derived key-encryption key."
    )
