from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import Field

from app.push.endpoints import MAX_ENDPOINT_CHARS
from app.wire import Base64Url, RequestModel, ResponseModel


class SubscriptionKeys(RequestModel):
    p256dh: Annotated[bytes, Base64Url(65)] = Field(
        description="The subscription's P-256 public key, uncompressed (RFC 8291)."
    )
    auth: Annotated[bytes, Base64Url(16)] = Field(description="The authentication secret.")


class SubscriptionIn(RequestModel):
    """As a browser's PushSubscription.toJSON() gives it, plus the consent a
    victim's account must give (notifications are off by default for her)."""

    endpoint: str = Field(min_length=1, max_length=MAX_ENDPOINT_CHARS)
    keys: SubscriptionKeys
    victim_consents: bool = Field(
        default=False,
        description="Required true for a victim's account: she was told that a notification "
        "shows on her device's screen, where someone else may see it.",
    )


class SubscriptionOut(ResponseModel):
    id: uuid.UUID
    endpoint: str
    created_at: dt.datetime


class SubscriptionList(ResponseModel):
    subscriptions: list[SubscriptionOut]


class VapidKeyOut(ResponseModel):
    application_server_key: str = Field(
        description="The server's VAPID public key (P-256, uncompressed, base64url) for "
        "pushManager.subscribe({applicationServerKey})."
    )
