"""An organisation's admins over the API: `daybook org invite`, `advocates`
and `deactivate`. (The first admin is made on the server: `daybook admin`.)"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from app.cli.cases import with_case_api
from app.cli.common import out, print_fields, utc, validated
from app.client.i18n import _, ngettext
from app.client.names import Named, resolve
from app.client.profile import Profile

if TYPE_CHECKING:
    from app.client.api import DaybookApi

org_app = typer.Typer(
    no_args_is_help=True, help=_("Your organisation's advocates (for its admins).")
)


@org_app.command("invite", help=_("A one-time invitation code for a new advocate."))
def org_invite(
    ctx: typer.Context,
    name: Annotated[str, typer.Option("--name", help=_("The advocate's name, as victims see it."))],
) -> None:
    from app.wire import DisplayName  # pydantic: only for the commands that take a name

    name = validated(DisplayName, name, _("the name"))

    async def work(api: DaybookApi, _profile: Profile) -> None:
        invitation = await api.invite_advocate(name)
        invited = _("Invitation for {name}, advocate:").format(name=invitation["display_name"])
        out.print(Text(invited))
        out.print(Text(invitation["code"], style="bold"))
        print_fields([(_("Expires:"), utc(invitation["expires_at"]))])
        out.print(
            _(
                "It works once and is shown only now. Give it to them in person or by a channel "
                "you trust; they create their account with "
                "`daybook register --invitation CODE --server URL --username NAME --device NAME`."
            ),
            soft_wrap=True,
        )

    with_case_api(ctx, work)


@org_app.command(
    "advocates", help=_("Your organisation's advocates and how many victims each has (never who).")
)
def org_advocates(ctx: typer.Context) -> None:
    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await api.organisation_advocates()
        if not found:
            out.print(_("No advocates yet: invite one with `daybook org invite --name NAME`."))
            return
        table = Table(
            _("name"), _("username"), _("account id"), _("joined"), _("status"), _("cases")
        )
        for advocate in found:
            deactivated = advocate["deactivated_at"]
            status = (
                _("active")
                if deactivated is None
                else _("deactivated {time}").format(time=utc(deactivated))
            )
            row = (
                str(advocate["display_name"]),
                str(advocate["username"]),
                str(advocate["account_id"]),
                utc(advocate["joined_at"]),
                status,
            )
            table.add_row(*map(Text, row), str(advocate["active_cases"]))
        out.print(table)
        active = [a for a in found if a["deactivated_at"] is None]
        cases = sum(int(a["active_cases"]) for a in found)
        advocates = ngettext(
            "{count} advocate ({active} active)", "{count} advocates ({active} active)", len(found)
        )
        open_cases = ngettext("{count} open case", "{count} open cases", cases)
        out.print(
            _("{advocates}, {cases}.").format(
                advocates=advocates.format(count=len(found), active=len(active)),
                cases=open_cases.format(count=cases),
            )
        )

    with_case_api(ctx, work)


@org_app.command(
    "deactivate",
    help=_(
        "Stop an advocate's access at once: their sessions end and each of their "
        "cases awaits handover to another advocate (`daybook handover propose`)."
    ),
)
def org_deactivate(
    ctx: typer.Context,
    advocate: Annotated[
        str,
        typer.Argument(
            help=_(
                "The advocate's username, name, or account id or its start "
                "(`daybook org advocates`)."
            )
        ),
    ],
    yes: Annotated[bool, typer.Option("--yes", "-y", help=_("Do not ask first."))] = False,
) -> None:

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await api.organisation_advocates()
        candidates = (
            Named(uuid.UUID(a["account_id"]), (str(a["username"]), str(a["display_name"])))
            for a in found
        )
        account_id = resolve(advocate, candidates, _("advocate"), _("see `daybook org advocates`"))
        names = {uuid.UUID(a["account_id"]): str(a["display_name"]) for a in found}
        who = f"{names[account_id]} ({account_id})" if account_id in names else str(account_id)
        if not yes:
            deactivate = _(
                "Deactivate advocate {who}? Their sessions end and each of their "
                "cases awaits handover, at once."
            )
            typer.confirm(deactivate.format(who=who), abort=True)
        await api.deactivate_advocate(account_id)
        done = _("Deactivated {who}: their sessions ended and they can read nothing more.")
        out.print(Text(done.format(who=who)))
        out.print(
            _(
                "Each of their cases awaits handover (`daybook handover list`); each victim "
                "is told why in their security events."
            )
        )

    with_case_api(ctx, work)


@org_app.command(
    "reactivate", help=_("Let a deactivated advocate sign in again; their old cases stay ended.")
)
def org_reactivate(
    ctx: typer.Context,
    account_id: Annotated[uuid.UUID, typer.Argument(help=_("From `daybook org advocates`."))],
) -> None:

    async def work(api: DaybookApi, _profile: Profile) -> None:
        await api.reactivate_advocate(account_id)
        out.print(_("Reactivated {account}: they can sign in again.").format(account=account_id))

    with_case_api(ctx, work)


@org_app.command(
    "invitations",
    help=_("Invitations not used and not expired (their codes are never shown again)."),
)
def org_invitations(ctx: typer.Context) -> None:
    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await api.organisation_invitations()
        if not found:
            out.print(_("No pending invitations."))
        for i in found:
            expires = _("expires {time}").format(time=utc(i["expires_at"]))
            out.print(Text(f"{i['id']}  {i['display_name']}  {expires}"))

    with_case_api(ctx, work)


@org_app.command("revoke-invitation", help=_("A pending invitation stops working at once."))
def org_revoke_invitation(
    ctx: typer.Context,
    invitation_id: Annotated[uuid.UUID, typer.Argument(help=_("From `daybook org invitations`."))],
) -> None:
    async def work(api: DaybookApi, _profile: Profile) -> None:
        await api.revoke_invitation(invitation_id)
        out.print(_("Revoked invitation {invitation}.").format(invitation=invitation_id))

    with_case_api(ctx, work)
