from __future__ import annotations

import uuid

from fastapi import APIRouter

from app.accounts import repository as accounts
from app.accounts.service import account_kdf
from app.errors import NotFound
from app.keys.schemas import OwnKeys, PublicKeys
from app.sessions.dependencies import CurrentCaller
from app.state import DbSession

router = APIRouter(tags=["keys"])


@router.get("/v1/account/keys", response_model=OwnKeys)
async def own_keys(caller: CurrentCaller, db: DbSession) -> OwnKeys:
    """What a signed-in device needs to unlock: derive the key-encryption key
    from the passphrase with `kdf`, then open `sealed_private_keys`."""
    account = await accounts.of_caller(db, caller.account.id)
    return OwnKeys(
        **PublicKeys.of(account).model_dump(),
        kdf=account_kdf(account),
        sealed_private_keys=account.sealed_private_keys,
    )


@router.get("/v1/accounts/{account_id}/public-keys", response_model=PublicKeys)
async def public_keys(account_id: uuid.UUID, _caller: CurrentCaller, db: DbSession) -> PublicKeys:
    """Any signed-in user may fetch an account's public keys to share with it."""
    account = await accounts.by_id(db, account_id)
    if account is None:
        raise NotFound("No account with that id.")
    return PublicKeys.of(account)
