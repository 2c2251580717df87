from __future__ import annotations

import datetime as dt
import uuid

from pydantic import Field

from app.wire import Bytes32, DeviceName, RequestModel, ResponseModel, Username


class LoginRequest(RequestModel):
    username: Username
    auth_key: Bytes32 = Field(
        description="HKDF-SHA256(master key, info='daybook/v1/auth-key'); see docs/protocol."
    )
    device_name: DeviceName = Field(description="Shown to the victim in sessions and events.")
    device_token: str | None = Field(
        default=None,
        max_length=100,
        description="The `device_token` this device was given at its last sign-in: it "
        "exempts the device from a lockout of the account (see docs/protocol).",
    )


class RefreshRequest(RequestModel):
    refresh_token: str = Field(min_length=1, max_length=100)


class RenameSessionRequest(RequestModel):
    device_name: DeviceName


class TokenPair(ResponseModel):
    account_id: uuid.UUID
    session_id: uuid.UUID
    token_type: str = "Bearer"  # noqa: S105 - the scheme name
    access_token: str
    access_expires_at: dt.datetime
    refresh_token: str = Field(description="Single use: each refresh returns a new one.")
    refresh_expires_at: dt.datetime
    device_token: str | None = Field(
        default=None,
        description="Keep it on the device, past sign-out, and send it with the next "
        "sign-in: a device that signed in before is not locked out by others' guesses.",
    )


class SessionOut(ResponseModel):
    id: uuid.UUID
    device_name: str
    created_at: dt.datetime
    last_used_at: dt.datetime
    current: bool = Field(description="True for the session making this request.")
