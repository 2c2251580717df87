"""An account's push subscriptions (Web Push, RFC 8030): register and remove.
What is sent to them is only an opaque kind (docs/protocol, push)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from app.errors import BadRequest, NotFound
from app.models import PushSubscription, Role
from app.problem_docs import raises
from app.push import repository, vapid
from app.push.endpoints import RefusedEndpoint, check_shape
from app.push.schemas import SubscriptionIn, SubscriptionList, SubscriptionOut, VapidKeyOut
from app.sessions.dependencies import CurrentCaller
from app.state import DbSession, State

router = APIRouter(prefix="/v1/push", tags=["push"])


class InvalidEndpoint(BadRequest):
    code = "invalid-push-endpoint"
    title = "Push endpoint refused"


class ConsentRequired(BadRequest):
    code = "push-consent-required"
    title = "A victim's consent is required"


@router.get("/vapid-key", response_model=VapidKeyOut)
async def vapid_key(_caller: CurrentCaller, state: State) -> VapidKeyOut:
    return VapidKeyOut(application_server_key=vapid.application_server_key(state.vapid_key))


@router.post(
    "/subscriptions",
    response_model=SubscriptionOut,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": SubscriptionOut, "description": "Already registered: keys kept."}},
)
@raises(InvalidEndpoint, ConsentRequired)
async def subscribe(
    body: SubscriptionIn, caller: CurrentCaller, db: DbSession, state: State, response: Response
) -> SubscriptionOut:
    """Register this device's push subscription. A victim's account must send
    `victim_consents`: a notification on her screen can tell someone who
    holds her phone that she uses Daybook."""
    if caller.account.role is Role.VICTIM and not body.victim_consents:
        raise ConsentRequired(
            "Notifications are off by default for victims: a notification on the screen can "
            "be seen by someone else. Send victim_consents true once she has chosen them."
        )
    try:
        check_shape(body.endpoint, allow_private=state.settings.push_allow_private_endpoints)
    except RefusedEndpoint as exc:
        raise InvalidEndpoint(f"{exc}.") from exc
    found = await repository.by_endpoint(db, caller.account.id, body.endpoint)
    if found is None:
        found = PushSubscription(account_id=caller.account.id, endpoint=body.endpoint)
        db.add(found)
    else:
        response.status_code = status.HTTP_200_OK
    found.p256dh, found.auth = body.keys.p256dh, body.keys.auth
    await db.flush()
    return SubscriptionOut.model_validate(found)


@router.get("/subscriptions", response_model=SubscriptionList)
async def subscriptions(caller: CurrentCaller, db: DbSession) -> SubscriptionList:
    found = await repository.of_account(db, caller.account.id)
    return SubscriptionList(subscriptions=[SubscriptionOut.model_validate(s) for s in found])


@router.delete(
    "/subscriptions/{subscription_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
)
@raises(NotFound)
async def unsubscribe(subscription_id: uuid.UUID, caller: CurrentCaller, db: DbSession) -> None:
    if not await repository.remove(db, caller.account.id, subscription_id):
        raise NotFound("No push subscription with that id for this account.")
