"""The keys that have signed the evidence log (docs/protocol §23.11).

The first key a server signs with is recorded as the log's first. A rotation
records the next key with a hand-over note signed by both keys, at the tree
size of that moment; from then on a process still holding the old key signs
nothing (503 `log-key-not-current`), so the old key's signatures never reach
past its hand-over, and clients that pinned it follow the note to the new one.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.errors import DaybookError
from app.evidence import repository
from app.models import LogKey
from app.protocol.keys import raw_public
from app.protocol.signed_note import Signer


class LogKeyNotCurrent(DaybookError):
    status = 503
    code = "log-key-not-current"
    title = "This server process holds a retired log key"


def public_key(signer: Signer) -> bytes:
    return raw_public(signer.private_key.public_key())


async def current(db: AsyncSession, signer: Signer) -> LogKey:
    """The log's current key, which must be `signer`'s. A log that has no key
    yet takes `signer`'s as its first."""
    found = await repository.current_key(db)
    if found is None:
        first = LogKey(
            position=0,
            public_key=public_key(signer),
            verifier_key=signer.verifier().vkey(),
            from_size=0,
            activated_at=utcnow(),
            handover=None,
        )
        await repository.add_key(db, first)
        found = await repository.current_key(db)
    assert found is not None
    if found.public_key != public_key(signer):
        raise LogKeyNotCurrent(
            f"This server process signs with the log key {signer.verifier().vkey()}, but the "
            f"log's current key is {found.verifier_key}. Restart it with the current key "
            "(DAYBOOK_SIGNING_KEY); until then it signs no checkpoint.",
            headers={"Retry-After": "60"},
        )
    return found


async def history(db: AsyncSession, signer: Signer) -> list[LogKey]:
    """Every key, first to current; `signer` must hold the current one."""
    await current(db, signer)
    return await repository.keys(db)
