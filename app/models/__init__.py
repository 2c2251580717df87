"""ORM tables, one per module; importing this package registers them all."""

from app.models.account import Account, Role
from app.models.device_session import DeviceSession
from app.models.login_throttle import LoginThrottle
from app.models.refresh_token import RefreshToken
from app.models.security_event import SecurityEvent, SecurityEventKind

__all__ = [
    "Account",
    "DeviceSession",
    "LoginThrottle",
    "RefreshToken",
    "Role",
    "SecurityEvent",
    "SecurityEventKind",
]
