"""Sending notifications: after the write that caused them has committed, in
the background, never failing or slowing that write. A payload is only an
opaque kind (NotificationKind), encrypted to the subscription (RFC 8291,
aes128gcm) and signed for with VAPID (RFC 8292) by pywebpush. Failures are
logged by their type only: never an endpoint, an account or a payload."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Sequence
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from app.db import transaction
from app.models import PushSubscription
from app.protocol.encoding import b64encode
from app.push import repository
from app.push.endpoints import check_addresses
from app.state import AppState

logger = logging.getLogger("daybook.push")
SEND_TIMEOUT_SECONDS = 10
# A day: a notification that waits longer than that says nothing useful.
TTL_SECONDS = 24 * 3600


class NotificationKind(StrEnum):
    NEW_SHARE = "new-share"
    CASE_UPDATE = "case-update"
    REVIEW_DUE = "review-due"
    HANDOVER_REQUEST = "handover-request"


def payload(kind: NotificationKind) -> str:
    """All a notification says: the device fetches the rest over the API."""
    return json.dumps({"kind": kind.value})


def _subscription_info(subscription: PushSubscription) -> dict[str, Any]:
    return {
        "endpoint": subscription.endpoint,
        "keys": {"p256dh": b64encode(subscription.p256dh), "auth": b64encode(subscription.auth)},
    }


def _claims(state: AppState, endpoint: str) -> dict[str, str | int]:
    parts = urlsplit(endpoint)
    return {"sub": state.settings.vapid_subject, "aud": f"{parts.scheme}://{parts.netloc}"}


async def _send_one(state: AppState, subscription: PushSubscription, body: str) -> bool:
    """Whether the push service still knows the subscription."""
    # pywebpush brings requests, aiohttp and pycryptodome, some 13 MiB: they
    # load with the first notification sent, not in every worker at start.
    from py_vapid import Vapid02
    from pywebpush import WebPushException, webpush

    allow = state.settings.push_allow_private_endpoints
    await check_addresses(subscription.endpoint, allow_private=allow)
    vapid = Vapid02()
    vapid.private_key = state.vapid_key
    try:
        await asyncio.to_thread(
            webpush,
            _subscription_info(subscription),
            body,
            vapid_private_key=vapid,
            vapid_claims=_claims(state, subscription.endpoint),
            timeout=SEND_TIMEOUT_SECONDS,
            ttl=TTL_SECONDS,
        )
    except WebPushException as exc:
        gone = exc.response is not None and exc.response.status_code in (404, 410)
        if not gone:
            raise
        return False
    return True


async def notify(state: AppState, account_ids: Sequence[uuid.UUID], kind: NotificationKind) -> None:
    """Send `kind` to every subscription of the accounts; forget the ones
    the push service says are gone. Never raises."""
    if not state.settings.push_enabled or not account_ids:
        return
    try:
        async with transaction(state.sessionmaker) as db:
            subscriptions = await repository.of_accounts(db, account_ids)
        gone = []
        for subscription in subscriptions:
            try:
                if not await _send_one(state, subscription, payload(kind)):
                    gone.append(subscription.id)
            except Exception as exc:  # a refused endpoint, the network: never fail a write
                logger.warning("push not sent: %s", type(exc).__name__)
        if gone:
            async with transaction(state.sessionmaker) as db:
                await repository.forget(db, gone)
    except Exception as exc:  # the database may be down: log and move on
        logger.warning("push not sent: %s", type(exc).__name__)
