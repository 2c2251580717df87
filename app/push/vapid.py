"""The server's VAPID key (RFC 8292), which push services use to know that
notifications for a subscription come from this server."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from app.config import Environment, Settings
from app.protocol.encoding import b64decode, b64encode
from app.server_keys import new_signing_seed

KEY_FILE = "vapid-key"


def _from_scalar(raw: bytes) -> ec.EllipticCurvePrivateKey:
    if len(raw) != 32:
        raise ValueError("DAYBOOK_VAPID_PRIVATE_KEY must be 32 bytes in base64url")
    return ec.derive_private_key(int.from_bytes(raw, "big"), ec.SECP256R1())


def load(settings: Settings) -> ec.EllipticCurvePrivateKey:
    """From the settings; in development generated once into the data
    directory, like the other server keys; in tests, a fresh one."""
    if settings.vapid_private_key is not None:
        return _from_scalar(b64decode(settings.vapid_private_key.get_secret_value()))
    if settings.environment is Environment.TEST:
        return _from_scalar(os.urandom(32))
    return _from_scalar(_generated(settings.data_dir / KEY_FILE))


@cache
def _generated(path: Path) -> bytes:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    return new_signing_seed(path)


def application_server_key(key: ec.EllipticCurvePrivateKey) -> str:
    """The public key browsers pass to pushManager.subscribe, base64url."""
    point = key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return b64encode(point)
