"""The server's own secrets: from settings, or generated once in development."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519

from app.config import Environment, Settings
from app.protocol.encoding import b64decode, b64encode

KEYS_FILE = "server-keys.json"


@dataclass(frozen=True)
class ServerKeys:
    server_secret: bytes
    signing_key: ed25519.Ed25519PrivateKey


def load_server_keys(settings: Settings) -> ServerKeys:
    if settings.server_secret and settings.signing_key:
        return _from_text(
            settings.server_secret.get_secret_value(), settings.signing_key.get_secret_value()
        )
    if settings.environment is Environment.TEST:
        return ServerKeys(os.urandom(32), ed25519.Ed25519PrivateKey.generate())
    return _load_or_create(settings.data_dir / KEYS_FILE)


def _from_text(secret: str, signing_seed: str) -> ServerKeys:
    try:
        raw_secret, seed = b64decode(secret), b64decode(signing_seed)
    except ValueError as exc:
        raise ValueError(f"server keys must be base64url: {exc}") from exc
    if len(raw_secret) < 32 or len(seed) != 32:
        raise ValueError("DAYBOOK_SERVER_SECRET needs >= 32 bytes, DAYBOOK_SIGNING_KEY exactly 32")
    return ServerKeys(raw_secret, ed25519.Ed25519PrivateKey.from_private_bytes(seed))


def _load_or_create(path: Path) -> ServerKeys:
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write_secret(path, _keys_text(os.urandom(32), os.urandom(32)))
    return _read_keys_file(path)


def _read_keys_file(path: Path) -> ServerKeys:
    stored = json.loads(path.read_text())
    return _from_text(stored["server_secret"], stored["signing_key"])


def _keys_text(server_secret: bytes, signing_seed: bytes) -> str:
    return json.dumps(
        {"server_secret": b64encode(server_secret), "signing_key": b64encode(signing_seed)}
    )


def _write_secret(path: Path, text: str) -> None:
    """A new file only the server's user can read, on disk before this returns."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


# Rotating the log's signing key (`daybook admin rotate-log-key`): the new key is
# on disk before the log is handed to it, so a hand-over never names a lost key.


def new_signing_seed(path: Path) -> bytes:
    """The key in `path` (base64url, 32 bytes), or a new one written there."""
    if not path.exists():
        _write_secret(path, b64encode(os.urandom(32)) + "\n")
    seed = b64decode(path.read_text().strip())
    if len(seed) != 32:
        raise ValueError(f"{path} must hold 32 bytes in base64url, as DAYBOOK_SIGNING_KEY does")
    return seed


def stage_signing_key(settings: Settings, seed: bytes) -> Path:
    """The generated keys file with `seed` as its signing key, beside the
    current one, for `install_staged` once the hand-over is committed."""
    current = _load_or_create(settings.data_dir / KEYS_FILE)
    staged = settings.data_dir / (KEYS_FILE + ".new")
    staged.unlink(missing_ok=True)
    _write_secret(staged, _keys_text(current.server_secret, seed))
    return staged


def install_staged(staged: Path) -> None:
    os.replace(staged, staged.with_name(KEYS_FILE))
