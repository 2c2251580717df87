"""Every query on organisations, their members and invitations."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Account, Assignment, Invitation, Organisation, OrganisationMember, Role


async def by_id(db: AsyncSession, organisation_id: uuid.UUID) -> Organisation | None:
    return await db.get(Organisation, organisation_id)


async def all_organisations(db: AsyncSession) -> Sequence[Organisation]:
    return (await db.scalars(select(Organisation).order_by(Organisation.created_at))).all()


async def membership(db: AsyncSession, account_id: uuid.UUID) -> OrganisationMember | None:
    return await db.get(OrganisationMember, account_id)


async def take_invitation(db: AsyncSession, code_mac: bytes, now: dt.datetime) -> Invitation | None:
    """Marks the invitation used in the same statement that finds it, so two
    registrations racing for one code cannot both have it."""
    found = await db.scalar(
        update(Invitation)
        .where(
            Invitation.code_mac == code_mac,
            Invitation.used_at.is_(None),
            Invitation.expires_at > now,
        )
        .values(used_at=now)
        .returning(Invitation.id)
    )
    return None if found is None else await db.get(Invitation, found)


async def advocates_with_case_counts(
    db: AsyncSession, organisation_id: uuid.UUID
) -> Sequence[tuple[OrganisationMember, Account, int]]:
    """The organisation's advocates and how many victims each has now: counts,
    never who the victims are."""
    active = (
        select(Assignment.advocate_id, func.count().label("cases"))
        .where(Assignment.ended_at.is_(None))
        .group_by(Assignment.advocate_id)
        .subquery()
    )
    query = (
        select(OrganisationMember, Account, func.coalesce(active.c.cases, 0))
        .join(Account, Account.id == OrganisationMember.account_id)
        .outerjoin(active, active.c.advocate_id == Account.id)
        .where(
            OrganisationMember.organisation_id == organisation_id,
            Account.role == Role.ADVOCATE,
        )
        .order_by(OrganisationMember.joined_at)
    )
    return [(row[0], row[1], int(row[2])) for row in await db.execute(query)]


async def advocate_of(
    db: AsyncSession, organisation_id: uuid.UUID, account_id: uuid.UUID
) -> OrganisationMember | None:
    """The organisation's advocate with that id; another's, or an admin, finds nothing."""
    query = (
        select(OrganisationMember)
        .join(Account, Account.id == OrganisationMember.account_id)
        .where(
            OrganisationMember.account_id == account_id,
            OrganisationMember.organisation_id == organisation_id,
            Account.role == Role.ADVOCATE,
        )
    )
    return await db.scalar(query)


async def active_advocate(
    db: AsyncSession, account_id: uuid.UUID
) -> tuple[Account, OrganisationMember, Organisation] | None:
    """An advocate who is still active, with their membership and organisation."""
    row = (
        await db.execute(
            select(Account, OrganisationMember, Organisation)
            .join(OrganisationMember, OrganisationMember.account_id == Account.id)
            .join(Organisation, Organisation.id == OrganisationMember.organisation_id)
            .where(
                Account.id == account_id,
                Account.role == Role.ADVOCATE,
                OrganisationMember.deactivated_at.is_(None),
            )
        )
    ).one_or_none()
    return None if row is None else (row[0], row[1], row[2])


def _pending(organisation_id: uuid.UUID, now: dt.datetime) -> list[Any]:
    return [
        Invitation.organisation_id == organisation_id,
        Invitation.used_at.is_(None),
        Invitation.expires_at > now,
    ]


async def pending_invitations(
    db: AsyncSession, organisation_id: uuid.UUID, now: dt.datetime
) -> Sequence[Invitation]:
    """Invitations not used and not expired, oldest first."""
    query = (
        select(Invitation)
        .where(*_pending(organisation_id, now))
        .order_by(Invitation.created_at, Invitation.id)
    )
    return (await db.scalars(query)).all()


async def delete_pending_invitation(
    db: AsyncSession, organisation_id: uuid.UUID, invitation_id: uuid.UUID, now: dt.datetime
) -> bool:
    query = delete(Invitation).where(
        Invitation.id == invitation_id, *_pending(organisation_id, now)
    )
    return int((await db.execute(query)).rowcount) > 0  # type: ignore[attr-defined]
