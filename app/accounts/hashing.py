"""The server's argon2id hash of client auth keys (argon2-cffi)."""

from __future__ import annotations

import os

import anyio
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.config import Settings


class AuthKeyHasher:
    """Hashes run in worker threads, at most `hash_concurrency` at once, since
    each takes `kdf_memory_kib` of memory and tens of milliseconds."""

    def __init__(self, settings: Settings) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.kdf_iterations,
            memory_cost=settings.kdf_memory_kib,
            parallelism=settings.kdf_parallelism,
        )
        self._limiter = anyio.CapacityLimiter(settings.hash_concurrency)
        # Verified against when the account does not exist, so a missing
        # account costs the same time as a wrong auth key.
        self._dummy = self._hasher.hash(os.urandom(32))

    async def hash(self, auth_key: bytes) -> str:
        return await anyio.to_thread.run_sync(self._hasher.hash, auth_key, limiter=self._limiter)

    async def verify(self, stored: str | None, auth_key: bytes) -> bool:
        return await anyio.to_thread.run_sync(self._verify, stored, auth_key, limiter=self._limiter)

    def _verify(self, stored: str | None, auth_key: bytes) -> bool:
        try:
            return self._hasher.verify(stored or self._dummy, auth_key) and stored is not None
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)
