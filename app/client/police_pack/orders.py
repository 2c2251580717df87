"""The orders in force and the incidents that may breach them, in the words
both reports and the schedule print.

An incident is a possible breach when it names an order, and the condition
when it names one (its `orders_in_force`), and began, on the local clock
where it happened, on a day the order was in force (from its start to its
end, both included). The pack says no more: whether it is a breach is for
the police and the court. The orders are those the victim's device carried
in the bundle from her orders case document (docs/protocol §25.2)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.client.i18n import N_, _
from app.client.police_pack.model import Incident, Order, PolicePack
from app.client.police_pack.text import format_date, local_start

ORDERS_NOTE = N_(
    "The orders the incidents name, as the victim's orders case document states them;"
    " her device added them to the bundle, and no signed entry holds them. An incident"
    " is marked as a possible breach when it names the order, or one of its conditions,"
    " and happened while the order was in force. Whether it is a breach is for the"
    " police and the court."
)

ORDER_TYPES: dict[str, str] = {
    "stalking-protection-order": N_("Stalking Protection Order"),
    "interim-stalking-protection-order": N_("Interim Stalking Protection Order"),
    "restraining-order": N_("Restraining order"),
    "non-molestation-order": N_("Non-molestation order"),
    "bail-conditions": N_("Bail conditions"),
    "us-protective-order": N_("Protective order (US)"),
}


@dataclass(frozen=True)
class Breach:
    """An incident that names `order` (and its condition number `condition`,
    counted from 1 in the order's list) and happened while it was in force."""

    order: Order
    condition: int | None


def possible_breaches(pack: PolicePack, incident: Incident) -> list[Breach]:
    start = local_start(incident)
    named = incident.current.fields.get("orders_in_force")
    if start is None or not isinstance(named, list):
        return []
    orders = {(o.document_id, o.order_id): o for o in pack.orders}
    found = []
    for reference in named:
        order = orders.get((uuid.UUID(reference["document_id"]), reference["order_id"]))
        if order is None or not order.in_force_on(start.date()):
            continue
        wanted = reference.get("condition_id")
        ids = [c.condition_id for c in order.conditions]
        if wanted is None:
            found.append(Breach(order, None))
        elif wanted in ids:
            found.append(Breach(order, ids.index(wanted) + 1))
    return found


def order_title(order: Order) -> str:
    """Its type and reference: "Stalking Protection Order NM/2026/0412"."""
    kind = order.type_other if order.type == "other" else _(ORDER_TYPES[order.type])
    return " ".join(part for part in (kind, order.reference) if part)


def breach_line(breach: Breach) -> str:
    title = order_title(breach.order)
    if breach.condition is None:
        return _("Possible breach of {order}").format(order=title)
    return _("Possible breach of {order} condition {number}").format(
        order=title, number=breach.condition
    )


def breach_lines(pack: PolicePack, incident: Incident) -> list[str]:
    return [breach_line(b) for b in possible_breaches(pack, incident)]


def period(order: Order) -> str:
    start = format_date(order.start)
    if order.end is None:
        return _("from {start}, until further order").format(start=start)
    return _("{first} to {last}").format(first=start, last=format_date(order.end))


def order_headers() -> list[str]:
    return [_("Order"), _("Issued by"), _("In force"), _("Conditions")]


def order_rows(pack: PolicePack) -> list[list[str]]:
    """One row per order; its conditions numbered as the breach lines count them."""
    return [
        [
            order_title(order),
            order.issued_by,
            period(order),
            "\n".join(f"{n}. {c.text}" for n, c in enumerate(order.conditions, start=1)),
        ]
        for order in pack.orders
    ]
