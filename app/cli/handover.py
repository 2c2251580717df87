"""Handing a case to another advocate: `daybook handover propose` (an advocate
or an admin) and `list` (an admin); `show`, `approve` and `decline` (the
victim, on her device, which re-wraps her keys to the new advocate)."""

from __future__ import annotations

import uuid
from typing import Annotated

import typer
from rich.text import Text

from app.cli.cases import known_keys, with_case_api
from app.cli.common import fail, identity_of, out, utc
from app.client.api import DaybookApi
from app.client.handover import (
    DocumentsNotGiven,
    FingerprintMismatch,
    HandoverOffer,
    VictimHandover,
)
from app.client.profile import Profile

handover_app = typer.Typer(no_args_is_help=True, help="Handing a case to another advocate.")

REASONS = ("leave", "caseload", "deactivation", "other")
_WHY = {
    "leave": "your advocate is on leave",
    "caseload": "to balance the advocates' caseloads",
    "deactivation": "your advocate no longer works for the organisation",
    "other": "for another reason your organisation will explain",
}


@handover_app.command("propose")
def propose(
    ctx: typer.Context,
    case_id: Annotated[uuid.UUID, typer.Argument(help="The case (`daybook advocate cases`).")],
    to: Annotated[uuid.UUID, typer.Option("--to", help="The new advocate's account id.")],
    reason: Annotated[str, typer.Option("--reason", help="leave, caseload or other.")] = "other",
) -> None:
    """Propose another advocate; nothing moves until the victim approves."""
    if reason not in REASONS:
        fail(f"--reason is one of {', '.join(REASONS)}")

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await api.propose_handover(case_id, to, reason)
        out.print(f"Proposed: case {found['case_id']} to {found['to_advocate_id']}.")
        out.print(
            "The victim approves on her device after comparing the new advocate's "
            "fingerprint (`daybook keys show` on their side): have them read it to her.",
            soft_wrap=True,
        )

    with_case_api(ctx, work)


@handover_app.command("list")
def handovers(ctx: typer.Context) -> None:
    """Open handovers of your organisation's cases (for its admins)."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await api.organisation_handovers()
        if not found:
            out.print("No case awaits a handover.")
        for h in found:
            to = h["to_advocate_id"] or "nobody yet: propose one"
            out.print(
                Text(f"case {h['case_id']} ({h['label']}): {h['status']}, {h['reason']}, to {to}")
            )

    with_case_api(ctx, work)


def _print_offer(offer: HandoverOffer) -> None:
    out.print(f"Your organisation proposes a new advocate: {_WHY.get(offer.reason, offer.reason)}.")
    out.print(f"Proposed on {utc(offer.created_at.isoformat())}.")
    card = offer.to_advocate
    if card is None:
        out.print("Nobody is proposed yet; you will be told when someone is.")
        return
    out.print(Text(f"New advocate: {card.display_name} ({card.organisation_name})"))
    out.print(Text(f"Their fingerprint as this server shows it: {card.key.fingerprint}"))
    out.print(
        f"If you approve, {len(offer.shared_entry_ids)} shared entries and "
        f"{len(offer.note_ids)} notes go to them, and your current advocate's access ends.",
        soft_wrap=True,
    )


@handover_app.command("show")
def show(ctx: typer.Context) -> None:
    """Your case's open handover, if any."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            offer = await VictimHandover(api, identity_of(profile), known).offer()
        if offer is None:
            out.print("No handover of your case is open.")
            return
        _print_offer(offer)

    with_case_api(ctx, work)


@handover_app.command("approve")
def approve(
    ctx: typer.Context,
    fingerprint: Annotated[
        str,
        typer.Option(
            "--fingerprint", help="The fingerprint the new advocate read out to you, in full."
        ),
    ],
) -> None:
    """Give your case to the proposed advocate, if their fingerprint matches."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            side = VictimHandover(api, identity_of(profile), known)
            offer = await side.offer()
            if offer is None:
                fail("no handover of your case is open")
            try:
                case = await side.approve(offer, fingerprint)
            except (FingerprintMismatch, DocumentsNotGiven) as exc:
                fail(str(exc))
        out.print(Text(f"Your case is now with {case.advocate.display_name}."))
        out.print(
            "They can read what you shared, the earlier notes and your case documents; "
            "the old access ended."
        )

    with_case_api(ctx, work)


@handover_app.command("decline")
def decline(ctx: typer.Context) -> None:
    """Decline the proposed advocate."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            await VictimHandover(api, identity_of(profile), known).decline()
        out.print("Declined. Your organisation has been told.")

    with_case_api(ctx, work)
