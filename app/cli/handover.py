"""Handing a case to another advocate: `daybook handover propose` (an advocate
or an admin) and `list` (an admin); `show`, `approve` and `decline` (the
victim, on her device, which re-wraps her keys to the new advocate)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from app.cli.cases import known_keys, with_case_api
from app.cli.common import fail, identity_of, out, utc
from app.client.i18n import N_, _, ngettext
from app.client.profile import Profile

# The keys and the API are imported inside the commands, not for --help.
if TYPE_CHECKING:
    from app.client.api import DaybookApi
    from app.client.handover import HandoverOffer

handover_app = typer.Typer(no_args_is_help=True, help=_("Handing a case to another advocate."))

REASONS = ("leave", "caseload", "deactivation", "other")
_WHY = {
    "leave": N_("your advocate is on leave"),
    "caseload": N_("to balance the advocates' caseloads"),
    "deactivation": N_("your advocate no longer works for the organisation"),
    "other": N_("for another reason your organisation will explain"),
}


@handover_app.command(
    "propose", help=_("Propose another advocate; nothing moves until the victim approves.")
)
def propose(
    ctx: typer.Context,
    case_id: Annotated[uuid.UUID, typer.Argument(help=_("The case (`daybook advocate cases`)."))],
    to: Annotated[uuid.UUID, typer.Option("--to", help=_("The new advocate's account id."))],
    reason: Annotated[str, typer.Option("--reason", help=_("leave, caseload or other."))] = "other",
) -> None:
    if reason not in REASONS:
        fail(_("--reason is one of {reasons}").format(reasons=", ".join(REASONS)))

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await api.propose_handover(case_id, to, reason)
        proposed = _("Proposed: case {case} to {advocate}.")
        out.print(proposed.format(case=found["case_id"], advocate=found["to_advocate_id"]))
        out.print(
            _(
                "The victim approves on her device after comparing the new advocate's "
                "fingerprint (`daybook keys show` on their side): have them read it to her."
            ),
            soft_wrap=True,
        )

    with_case_api(ctx, work)


@handover_app.command(
    "list", help=_("Open handovers of your organisation's cases (for its admins).")
)
def handovers(ctx: typer.Context) -> None:
    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await api.organisation_handovers()
        if not found:
            out.print(_("No case awaits a handover."))
        for h in found:
            to = h["to_advocate_id"] or _("nobody yet: propose one")
            line = _("case {case} ({label}): {status}, {reason}, to {advocate}").format(
                case=h["case_id"],
                label=h["label"],
                status=h["status"],
                reason=h["reason"],
                advocate=to,
            )
            out.print(Text(line))

    with_case_api(ctx, work)


def _print_offer(offer: HandoverOffer) -> None:
    why = _(_WHY[offer.reason]) if offer.reason in _WHY else offer.reason
    out.print(_("Your organisation proposes a new advocate: {why}.").format(why=why))
    out.print(_("Proposed on {time}.").format(time=utc(offer.created_at.isoformat())))
    card = offer.to_advocate
    if card is None:
        out.print(_("Nobody is proposed yet; you will be told when someone is."))
        return
    new = _("New advocate: {advocate} ({organisation})")
    out.print(Text(new.format(advocate=card.display_name, organisation=card.organisation_name)))
    shown = _("Their fingerprint as this server shows it: {fingerprint}")
    out.print(Text(shown.format(fingerprint=card.key.fingerprint)))
    entries = ngettext(
        "{count} shared entry", "{count} shared entries", len(offer.shared_entry_ids)
    ).format(count=len(offer.shared_entry_ids))
    notes = ngettext("{count} note", "{count} notes", len(offer.note_ids)).format(
        count=len(offer.note_ids)
    )
    approve = _(
        "If you approve, {entries} and {notes} go to them, and your current advocate's access ends."
    )
    out.print(approve.format(entries=entries, notes=notes), soft_wrap=True)


@handover_app.command("show", help=_("Your case's open handover, if any."))
def show(ctx: typer.Context) -> None:
    from app.client.handover import VictimHandover

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            offer = await VictimHandover(api, identity_of(profile), known).offer()
        if offer is None:
            out.print(_("No handover of your case is open."))
            return
        _print_offer(offer)

    with_case_api(ctx, work)


@handover_app.command(
    "approve", help=_("Give your case to the proposed advocate, if their fingerprint matches.")
)
def approve(
    ctx: typer.Context,
    fingerprint: Annotated[
        str,
        typer.Option(
            "--fingerprint", help=_("The fingerprint the new advocate read out to you, in full.")
        ),
    ],
) -> None:
    from app.client.handover import DocumentsNotGiven, FingerprintMismatch, VictimHandover

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            side = VictimHandover(api, identity_of(profile), known)
            offer = await side.offer()
            if offer is None:
                fail(_("no handover of your case is open"))
            try:
                case = await side.approve(offer, fingerprint)
            except (FingerprintMismatch, DocumentsNotGiven) as exc:
                fail(str(exc))
        now_with = _("Your case is now with {advocate}.")
        out.print(Text(now_with.format(advocate=case.advocate.display_name)))
        out.print(
            _(
                "They can read what you shared, the earlier notes and your case documents; "
                "the old access ended."
            )
        )

    with_case_api(ctx, work)


@handover_app.command("decline", help=_("Decline the proposed advocate."))
def decline(ctx: typer.Context) -> None:
    from app.client.handover import VictimHandover

    async def work(api: DaybookApi, profile: Profile) -> None:
        with known_keys(ctx, profile) as known:
            await VictimHandover(api, identity_of(profile), known).decline()
        out.print(_("Declined. Your organisation has been told."))

    with_case_api(ctx, work)
