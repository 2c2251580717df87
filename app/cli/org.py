"""An organisation's admins over the API: `daybook org invite`, `advocates`
and `deactivate`. (The first admin is made on the server: `daybook admin`.)"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from app.cli.cases import with_case_api
from app.cli.common import out, plural, utc, validated
from app.client.names import Named, resolve
from app.client.profile import Profile

if TYPE_CHECKING:
    from app.client.api import DaybookApi

org_app = typer.Typer(no_args_is_help=True, help="Your organisation's advocates (for its admins).")


@org_app.command("invite")
def org_invite(
    ctx: typer.Context,
    name: Annotated[str, typer.Option("--name", help="The advocate's name, as victims see it.")],
) -> None:
    """A one-time invitation code for a new advocate."""
    from app.wire import DisplayName  # pydantic: only for the commands that take a name

    name = validated(DisplayName, name, "the name")

    async def work(api: DaybookApi, _profile: Profile) -> None:
        invitation = await api.invite_advocate(name)
        out.print(Text(f"Invitation for {invitation['display_name']}, advocate:"))
        out.print(Text(invitation["code"], style="bold"))
        out.print(f"Expires: {utc(invitation['expires_at'])}")
        out.print(
            "It works once and is shown only now. Give it to them in person or by a channel "
            "you trust; they create their account with "
            "`daybook register --invitation CODE --server URL --username NAME --device NAME`.",
            soft_wrap=True,
        )

    with_case_api(ctx, work)


@org_app.command("advocates")
def org_advocates(ctx: typer.Context) -> None:
    """Your organisation's advocates and how many victims each has (never who)."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await api.organisation_advocates()
        if not found:
            out.print("No advocates yet: invite one with `daybook org invite --name NAME`.")
            return
        table = Table("name", "username", "account id", "joined", "status", "cases")
        for advocate in found:
            deactivated = advocate["deactivated_at"]
            status = "active" if deactivated is None else f"deactivated {utc(deactivated)}"
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
        out.print(
            f"{plural(len(found), 'advocate')} ({len(active)} active), "
            f"{plural(cases, 'open case')}."
        )

    with_case_api(ctx, work)


@org_app.command("deactivate")
def org_deactivate(
    ctx: typer.Context,
    advocate: Annotated[
        str,
        typer.Argument(
            help="The advocate's username, name, or account id or its start "
            "(`daybook org advocates`)."
        ),
    ],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask first.")] = False,
) -> None:
    """Stop an advocate's access at once: their sessions end and each of their
    cases awaits handover to another advocate (`daybook handover propose`)."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await api.organisation_advocates()
        candidates = (
            Named(uuid.UUID(a["account_id"]), (str(a["username"]), str(a["display_name"])))
            for a in found
        )
        account_id = resolve(advocate, candidates, "advocate", "see `daybook org advocates`")
        names = {uuid.UUID(a["account_id"]): str(a["display_name"]) for a in found}
        who = f"{names[account_id]} ({account_id})" if account_id in names else str(account_id)
        if not yes:
            typer.confirm(
                f"Deactivate advocate {who}? Their sessions end and each of their "
                "cases awaits handover, at once.",
                abort=True,
            )
        await api.deactivate_advocate(account_id)
        out.print(Text(f"Deactivated {who}: their sessions ended and they can read nothing more."))
        out.print(
            "Each of their cases awaits handover (`daybook handover list`); each victim "
            "is told why in their security events."
        )

    with_case_api(ctx, work)


@org_app.command("reactivate")
def org_reactivate(
    ctx: typer.Context,
    account_id: Annotated[uuid.UUID, typer.Argument(help="From `daybook org advocates`.")],
) -> None:
    """Let a deactivated advocate sign in again; their old cases stay ended."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        await api.reactivate_advocate(account_id)
        out.print(f"Reactivated {account_id}: they can sign in again.")

    with_case_api(ctx, work)


@org_app.command("invitations")
def org_invitations(ctx: typer.Context) -> None:
    """Invitations not used and not expired (their codes are never shown again)."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await api.organisation_invitations()
        if not found:
            out.print("No pending invitations.")
        for i in found:
            out.print(Text(f"{i['id']}  {i['display_name']}  expires {utc(i['expires_at'])}"))

    with_case_api(ctx, work)


@org_app.command("revoke-invitation")
def org_revoke_invitation(
    ctx: typer.Context,
    invitation_id: Annotated[uuid.UUID, typer.Argument(help="From `daybook org invitations`.")],
) -> None:
    """A pending invitation stops working at once."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        await api.revoke_invitation(invitation_id)
        out.print(f"Revoked invitation {invitation_id}.")

    with_case_api(ctx, work)
