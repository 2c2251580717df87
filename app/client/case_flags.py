"""Advisory flags for an advocate, computed on the advocate's device from
the incidents the victim shares (and, where the case has one, its orders
register). The server computes nothing from content: it never sees any.

Each flag says why, in words an advocate can check against the entries it
names. They are prompts for professional judgement, never a prediction of
risk: a flag that is absent means only that the shared entries do not show
the pattern. The rules are simple on purpose, so that the console (in
TypeScript) can mirror them exactly; docs/protocol/26-advocacy.md lists them.

- rising: at least 2 incidents in the last 4 weeks, and more than in the 4
  weeks before (by when they happened, in whole UTC days up to `today`);
- threats-or-violence: any incident records threats or violence;
- home-visits: 2 or more incidents whose place is described as the
  victim's home (words in HOME_WORDS), with a behaviour of presence
  (following, loitering, watching or spying, interfering with property);
- third-parties: any incident records people the perpetrator contacted
  or used to reach her (incident schema 2, `third_parties`);
- possible-breach: an incident names an order or condition in force
  (schema 2, `orders_in_force`), or happened while an order of the case's
  register was in force (start to end, inclusive) and shows contact or
  presence; whether it breaches the order's conditions is for the police.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from babel.dates import format_date

from app.client import i18n
from app.client.i18n import N_, _, ngettext

WINDOW = dt.timedelta(weeks=4)
HOME_WORDS = ("home", "my house", "my flat", "my door", "front door", "doorstep", "my garden")
PRESENCE = frozenset({"following", "loitering", "watching_or_spying", "interfering_with_property"})
CONTACT = PRESENCE | {"contacting", "threats", "violence", "publishing"}
_HOME = re.compile(r"\b(" + "|".join(re.escape(w) for w in HOME_WORDS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class SharedIncident:
    """One shared entry's latest version, decrypted and verified."""

    entry_id: uuid.UUID
    incident: dict[str, Any]

    @property
    def occurred(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.incident["occurred"]["start"])

    @property
    def behaviours(self) -> frozenset[str]:
        return frozenset(self.incident.get("behaviours", ()))


@dataclass(frozen=True)
class Order:
    """An order of the case's orders register (docs/protocol §28), as dates."""

    order_id: str
    kind: str
    start: dt.date
    end: dt.date | None

    @classmethod
    def from_document(cls, order: dict[str, Any]) -> Order:
        end = order.get("end")
        return cls(
            order_id=str(order["id"]),
            kind=str(order["type"]),
            start=dt.date.fromisoformat(str(order["start"])[:10]),
            end=None if end is None else dt.date.fromisoformat(str(end)[:10]),
        )

    def in_force(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Flag:
    kind: str
    reason: str
    entry_ids: tuple[uuid.UUID, ...]

    @property
    def label(self) -> str:
        """The kind in the chosen language (in English, the kind itself)."""
        return _(KIND_LABELS[self.kind]) if self.kind in KIND_LABELS else self.kind


KIND_LABELS = {
    "rising": N_("rising"),
    "threats-or-violence": N_("threats-or-violence"),
    "home-visits": N_("home-visits"),
    "third-parties": N_("third-parties"),
    "possible-breach": N_("possible-breach"),
}


def _day(value: dt.datetime) -> str:
    return format_date(value, "d MMM y", locale=i18n.locale())


def _incidents(count: int) -> str:
    return ngettext("{count} incident", "{count} incidents", count).format(count=count)


def rising(incidents: Sequence[SharedIncident], today: dt.date) -> Flag | None:
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), dt.UTC)
    recent = [i for i in incidents if end - WINDOW <= i.occurred < end]
    before = [i for i in incidents if end - 2 * WINDOW <= i.occurred < end - WINDOW]
    if len(recent) < 2 or len(recent) <= len(before):
        return None
    return Flag(
        "rising",
        _("{incidents} in the 4 weeks to {day}, {before} in the 4 weeks before").format(
            incidents=_incidents(len(recent)),
            day=_day(end - dt.timedelta(days=1)),
            before=len(before),
        ),
        tuple(i.entry_id for i in recent),
    )


def threats_or_violence(incidents: Sequence[SharedIncident]) -> Flag | None:
    found = [i for i in incidents if i.behaviours & {"threats", "violence"}]
    if not found:
        return None
    threats = sum("threats" in i.behaviours for i in found)
    violence = sum("violence" in i.behaviours for i in found)
    latest = max(i.occurred for i in found)
    return Flag(
        "threats-or-violence",
        _("threats recorded in {incidents}, violence in {violence}; the latest on {day}").format(
            incidents=_incidents(threats), violence=violence, day=_day(latest)
        ),
        tuple(i.entry_id for i in found),
    )


def at_home(incident: SharedIncident) -> bool:
    place = incident.incident.get("location", {}).get("description", "")
    return bool(_HOME.search(place)) and bool(incident.behaviours & PRESENCE)


def home_visits(incidents: Sequence[SharedIncident]) -> Flag | None:
    found = [i for i in incidents if at_home(i)]
    if len(found) < 2:
        return None
    days = ", ".join(_day(i.occurred) for i in sorted(found, key=lambda i: i.occurred))
    return Flag(
        "home-visits",
        _("{incidents} at or around her home: {days}").format(
            incidents=_incidents(len(found)), days=days
        ),
        tuple(i.entry_id for i in found),
    )


def third_parties(incidents: Sequence[SharedIncident]) -> Flag | None:
    found = [i for i in incidents if i.incident.get("third_parties")]
    if not found:
        return None
    people = sum(len(i.incident["third_parties"]) for i in found)
    return Flag(
        "third-parties",
        ngettext(
            "{count} other person contacted or used to reach her (stalking by proxy)"
            " in {incidents}",
            "{count} other persons contacted or used to reach her (stalking by proxy)"
            " in {incidents}",
            people,
        ).format(count=people, incidents=_incidents(len(found))),
        tuple(i.entry_id for i in found),
    )


def breaches(incidents: Sequence[SharedIncident], orders: Sequence[Order]) -> Flag | None:
    named = [i for i in incidents if i.incident.get("orders_in_force")]
    during = [
        i
        for i in incidents
        if i not in named
        and i.behaviours & CONTACT
        and any(o.in_force(i.occurred.date()) for o in orders)
    ]
    if not named and not during:
        return None
    parts = []
    if named:
        naming = _("{incidents} naming an order or condition in force")
        parts.append(naming.format(incidents=_incidents(len(named))))
    if during:
        presence = _("{count} with contact or presence while an order was in force")
        parts.append(presence.format(count=len(during)))
    return Flag(
        "possible-breach",
        _("{reasons}: check them against the conditions").format(reasons="; ".join(parts)),
        tuple(i.entry_id for i in [*named, *during]),
    )


def flags(
    incidents: Iterable[SharedIncident], today: dt.date, orders: Sequence[Order] = ()
) -> list[Flag]:
    """Every flag the shared incidents raise, in a fixed order."""
    shared = sorted(incidents, key=lambda i: (i.occurred, str(i.entry_id)))
    found = (
        rising(shared, today),
        threats_or_violence(shared),
        home_visits(shared),
        third_parties(shared),
        breaches(shared, orders),
    )
    return [flag for flag in found if flag is not None]
