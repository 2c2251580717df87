from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import BigInteger, Enum, LargeBinary, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class Role(StrEnum):
    VICTIM = "victim"
    ADVOCATE = "advocate"
    ORG_ADMIN = "org_admin"


class Account(Base):
    """A pseudonymous account and the key material the server keeps for it.

    The server holds only public keys, private keys sealed under keys it never
    sees, and argon2id hashes of the passphrase- and recovery-derived auth keys.
    """

    __tablename__ = "accounts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    role: Mapped[Role] = mapped_column(
        Enum(Role, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])
    )
    kdf_salt: Mapped[bytes] = mapped_column(LargeBinary(16))
    kdf_memory_kib: Mapped[int]
    kdf_iterations: Mapped[int]
    kdf_parallelism: Mapped[int]
    auth_key_hash: Mapped[str] = mapped_column(String(200))
    recovery_auth_key_hash: Mapped[str] = mapped_column(String(200))
    signing_public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    hpke_public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    sealed_private_keys: Mapped[bytes] = mapped_column(LargeBinary(128))
    recovery_sealed_private_keys: Mapped[bytes] = mapped_column(LargeBinary(128))
    # The diary's change counter: every entry write takes the next number,
    # under this row's lock, so sync cursors see changes in commit order.
    diary_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    credentials_changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
