"""Accounts, sessions and keys: `daybook register`, `login`, `recover`,
`logout`, `whoami`, `delete-account`, `events`, `passphrase ...`,
`sessions ...` and `keys show`."""

from __future__ import annotations

import json
import os
import socket
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from app.cli.common import (
    err,
    fail,
    forget_local_diary,
    identity_of,
    local_time,
    new_api,
    out,
    print_fields,
    profile_path,
    run,
    secret,
    with_api,
)
from app.cli.security_events import WATCH, describe
from app.client import device_tokens
from app.client import passphrase as passphrase_rules
from app.client.i18n import _
from app.client.names import Named, is_uuid, resolve
from app.client.profile import Profile, delete
from app.client.pseudonym import CHOSEN_USERNAME_WARNING, propose_username
from app.protocol.encoding import b64decode

# The HTTP client and the account's cryptography are imported inside the
# commands: `daybook register --help` loads neither.
if TYPE_CHECKING:
    from app.client import identity
    from app.client.api import DaybookApi

PASSPHRASE_ENV = "DAYBOOK_PASSPHRASE"  # noqa: S105 - a variable name
NEW_PASSPHRASE_ENV = "DAYBOOK_NEW_PASSPHRASE"  # noqa: S105 - a variable name
RECOVERY_KEY_ENV = "DAYBOOK_RECOVERY_KEY"

# Top-level commands: `daybook register`, `login`, ... (no group of their own).
commands = typer.Typer()
sessions_app = typer.Typer(help=_("Signed-in devices; alone, lists them."))
passphrase_app = typer.Typer(no_args_is_help=True, help=_("The account passphrase."))
keys_app = typer.Typer(no_args_is_help=True, help=_("Account keys and fingerprints."))

DEFAULT_SERVER = "http://127.0.0.1:8000"  # `python3 dev.py serve`
Server = Annotated[
    str,
    typer.Option(
        "--server",
        envvar="DAYBOOK_SERVER",
        help=_("Base URL of the Daybook server."),
        show_default=_("$DAYBOOK_SERVER, else {server}, the development server").format(
            server=DEFAULT_SERVER
        ),
    ),
]
Username = Annotated[str, typer.Option("--username")]
Device = Annotated[
    str,
    typer.Option(
        "--device",
        help=_("A name for this device, shown in sessions."),
        show_default=_("this computer's name"),
    ),
]


def _sign_in(
    ctx: typer.Context,
    server: str,
    device: str,
    work: Callable[[DaybookApi], Awaitable[tuple[identity.Identity, str | None]]],
    username: str | None = None,
) -> None:
    """Register, log in or recover, then keep the keys and tokens in the profile."""
    path = profile_path(ctx)
    devices = device_tokens.path_beside(path)
    existing = Profile.load(path)
    if existing is not None:
        fail(
            _("already signed in as {username}: run `daybook logout` first").format(
                username=existing.username
            )
        )

    async def go() -> None:
        async with new_api(server.rstrip("/")) as api:
            if username is not None:
                api.device_token = device_tokens.load(devices, server, username)
            who, recovery_key = await work(api)
            if api.device_token is not None:
                device_tokens.save(devices, server, who.username, api.device_token)
            assert api.tokens is not None
            Profile(
                server=server.rstrip("/"),
                account_id=who.account_id,
                username=who.username,
                access_token=api.tokens.access_token,
                refresh_token=api.tokens.refresh_token,
                private_keys=who.keys.to_bytes(),
                device_name=device,
            ).save(path)
        signed_in = _("Signed in as {username} ({account}) on {server}")
        out.print(
            signed_in.format(
                username=who.username, account=who.account_id, server=server.rstrip("/")
            )
        )
        print_fields([(_("Fingerprint:"), who.fingerprint)])
        if recovery_key is not None:
            _show_recovery_key(recovery_key)

    run(go())


def _this_computer() -> str:
    """The name a device gets when none is given: the computer's, cut to fit."""
    return (socket.gethostname().split(".")[0] or _("this computer"))[:64]


def _show_recovery_key(recovery_key: str) -> None:
    out.print()
    out.print(_("Your recovery key (shown once, never again):"), style="bold yellow")
    out.print(f"\n    {recovery_key}\n", style="bold")
    out.print(
        _(
            "Write it down on paper and keep it somewhere safe. It is the only way back in "
            "if you forget your passphrase; the server cannot reset it."
        ),
        style="yellow",
    )


# Choosing a passphrase: the server cannot see it, so this computer refuses weak ones


def _new_passphrase(env: str, label: str, user_inputs: Sequence[str]) -> str:
    """A passphrase strong enough (app/client/passphrase.py): from `env`, or
    typed until one is, or made here when the person presses Enter."""
    given = os.environ.get(env)
    if given:
        try:
            passphrase_rules.check(given, user_inputs)
        except passphrase_rules.WeakPassphrase as exc:
            fail(f"{env}: {exc}")
        return given
    while True:
        typed = str(
            typer.prompt(
                _("{label} (or press Enter for one made for you)").format(label=label),
                hide_input=True,
                default="",
                show_default=False,
            )
        )
        if not typed:
            return _generated()
        strength = passphrase_rules.estimate(typed, user_inputs)
        if not strength.acceptable:
            err.print(Text.assemble((_("Too easy to guess: "), "yellow"), strength.advice()))
            err.print(_("Try a longer one, or press Enter for one made for you."))
        elif typer.prompt(_("Repeat it"), hide_input=True) == typed:
            return typed
        else:
            err.print(_("The two did not match; try again."))


def _generated() -> str:
    made = passphrase_rules.generate()
    chosen = _("Your passphrase, {count} words chosen at random:")
    out.print(chosen.format(count=passphrase_rules.GENERATED_WORDS))
    out.print(f"\n    {made}\n", style="bold")
    out.print(
        _(
            "Learn it, or write it down and keep it somewhere safe, away from your phone. "
            "Nobody, the server included, can tell you it again."
        ),
        style="yellow",
    )
    while typer.prompt(_("Type it once to show you have it"), hide_input=True) != made:
        err.print(_("That is not it; look again, then type it."))
    return made


# Registering, signing in and out


async def _print_membership(api: DaybookApi) -> None:
    """The organisation an invitation joined; the account exists whatever this says."""
    import httpx

    from app.client.api import ApiError

    try:
        joined = await api.organisation()
    except (ApiError, httpx.HTTPError) as exc:
        problem = _("could not show the organisation: {error}").format(error=exc)
        err.print(Text.assemble((_("warning: "), "yellow"), problem))
        return
    name, organisation = joined["display_name"], joined["name"]
    if joined["role"] == "advocate":
        joined_as = _("Joined {organisation} as an advocate; victims see you as {name}.")
        out.print(Text(joined_as.format(organisation=organisation, name=name)))
    else:
        joined_as = _("Joined {organisation} as an organisation admin ({name}).")
        out.print(Text(joined_as.format(organisation=organisation, name=name)))


@commands.command(help=_("Create an account; shows the recovery key once."))
def register(
    ctx: typer.Context,
    server: Server = DEFAULT_SERVER,
    device: Device = "",
    username: Annotated[
        str | None,
        typer.Option("--username", help=_("Leave it out for a random pseudonymous one (safest).")),
    ] = None,
    invitation: Annotated[
        str | None,
        typer.Option(
            "--invitation",
            metavar="CODE",
            help=_("An organisation's invitation code: the account becomes its advocate or admin."),
        ),
    ] = None,
) -> None:
    from app.client import identity

    device = device or _this_computer()
    if username is None:
        username = propose_username()
        random_name = _("Your username: {username} (random: write it down with the passphrase)")
        out.print(random_name.format(username=username))
    else:
        err.print(Text(_(CHOSEN_USERNAME_WARNING), style="yellow"), soft_wrap=True)
    chosen = username
    new = _new_passphrase(PASSPHRASE_ENV, _("Passphrase"), [chosen, device])

    async def work(api: DaybookApi) -> tuple[identity.Identity, str | None]:
        who, recovery_key = await identity.register(
            api, chosen, new, device, invitation_code=invitation
        )
        if invitation is not None:
            await _print_membership(api)
        return who, recovery_key

    _sign_in(ctx, server, device, work)


@commands.command(help=_("Sign in on this device and unlock the account keys."))
def login(
    ctx: typer.Context, username: Username, server: Server = DEFAULT_SERVER, device: Device = ""
) -> None:
    from app.client import identity

    device = device or _this_computer()
    passphrase = secret(PASSPHRASE_ENV, _("Passphrase"))

    async def work(api: DaybookApi) -> tuple[identity.Identity, str | None]:
        return await identity.login(api, username, passphrase, device), None

    _sign_in(ctx, server, device, work, username)


@commands.command(
    help=_("Set a new passphrase with the recovery key; shows a NEW recovery key once.")
)
def recover(
    ctx: typer.Context, username: Username, server: Server = DEFAULT_SERVER, device: Device = ""
) -> None:
    from app.client import identity

    device = device or _this_computer()
    recovery_key = secret(RECOVERY_KEY_ENV, _("Recovery key"))
    new_passphrase = _new_passphrase(NEW_PASSPHRASE_ENV, _("New passphrase"), [username, device])

    async def work(api: DaybookApi) -> tuple[identity.Identity, str | None]:
        return await identity.recover(api, username, recovery_key, new_passphrase, device)

    _sign_in(ctx, server, device, work)


@commands.command(help=_("End this device's session and delete its keys and tokens."))
def logout(ctx: typer.Context) -> None:
    path = profile_path(ctx)
    profile = Profile.load(path)

    async def work(api: DaybookApi, _profile: Profile) -> None:
        from app.client.api import ApiError

        try:
            await api.logout()
        except ApiError as exc:
            detail = str(exc.problem.get("detail"))
            said = _("the server said: {detail}").format(detail=detail)
            err.print(Text.assemble((_("warning: "), "yellow"), said))

    try:
        with_api(ctx, work)
    finally:
        delete(path)
        if profile is not None:
            forget_local_diary(ctx, profile)
    out.print(_("Signed out; the keys and tokens are removed from this computer."))


@commands.command(help=_("Show the signed-in account."))
def whoami(ctx: typer.Context) -> None:
    from app.protocol.keys import AccountKeys, fingerprint

    async def work(api: DaybookApi, profile: Profile) -> None:
        account = await api.account()
        keys = AccountKeys.from_bytes(profile.private_keys)
        device = _("{device} on {server}").format(device=profile.device_name, server=profile.server)
        print_fields(
            [
                (_("Account:"), account["id"]),
                (_("Username:"), account["username"]),
                (_("Role:"), account["role"]),
                (_("Fingerprint:"), fingerprint(keys.signing_public, keys.hpke_public)),
                (_("Device:"), device),
            ]
        )

    with_api(ctx, work)


@commands.command(
    "delete-account", help=_("Erase this account and everything in it on the server, for good.")
)
def delete_account(
    ctx: typer.Context,
    yes: Annotated[bool, typer.Option("--yes", help=_("Do not ask to type the username."))] = False,
) -> None:
    path = profile_path(ctx)
    profile = Profile.load(path)
    if profile is None:
        fail(_("not signed in: run `daybook login` first"))
    err.print(
        Text(
            _(
                "This erases every entry, file, bundle, note and case of this account on the "
                "server, for good. Bundles already handed over keep working offline; nothing "
                "else can be recovered."
            ),
            style="bold red",
        ),
        soft_wrap=True,
    )
    if not yes and typer.prompt(_("Type the username to confirm")) != profile.username:
        fail(_("the username does not match: nothing was deleted"))
    passphrase = secret(PASSPHRASE_ENV, _("Passphrase"))

    async def work(api: DaybookApi, _profile: Profile) -> None:
        from app.client import identity

        await identity.delete_account(api, passphrase)

    with_api(ctx, work)
    delete(path)
    forget_local_diary(ctx, profile)
    erased = _("The account {username} is erased, and this computer's copy with it.")
    out.print(erased.format(username=profile.username))


@passphrase_app.command("change", help=_("Re-seal the account keys under a new passphrase."))
def passphrase_change(ctx: typer.Context) -> None:
    from app.client import identity

    current = secret(PASSPHRASE_ENV, _("Current passphrase"))
    profile = Profile.load(profile_path(ctx))
    username = [] if profile is None else [profile.username]
    new = _new_passphrase(NEW_PASSPHRASE_ENV, _("New passphrase"), username)

    async def work(api: DaybookApi, profile: Profile) -> None:
        await identity.change_passphrase(api, identity_of(profile), current, new)
        out.print(_("Passphrase changed."))

    with_api(ctx, work)


@commands.command(
    help=_("Whether failed sign-ins on your username keep new devices out; --end ends it.")
)
def lockout(
    ctx: typer.Context,
    end: Annotated[bool, typer.Option("--end", help=_("End the lockout now."))] = False,
) -> None:

    async def work(api: DaybookApi, _profile: Profile) -> None:
        if end:
            await api.end_lockout()
            out.print(_("The lockout is ended: new devices can sign in again."))
            return
        until = (await api.lockout())["blocked_until"]
        blocked = _(
            "New devices cannot sign in until {time} after failed attempts "
            "(this device and others that signed in before can). `--end` ends it."
        )
        out.print(
            _("No lockout: new devices can sign in.")
            if until is None
            else blocked.format(time=local_time(until))
        )

    with_api(ctx, work)


# Sessions and security events


SessionArg = Annotated[
    str,
    typer.Argument(help=_("The device's name, or the session id or its start (`sessions`).")),
]


async def _session_id(api: DaybookApi, text: str) -> uuid.UUID:
    found = [] if is_uuid(text) else await api.sessions()
    candidates = (Named(uuid.UUID(s["id"]), (str(s["device_name"]),)) for s in found)
    return resolve(text, candidates, _("session"), _("see `daybook sessions`"))


# No help of its own: the group's (sessions_app) is what `daybook --help` lists.
@sessions_app.callback(invoke_without_command=True)
def sessions(ctx: typer.Context) -> None:
    if ctx.invoked_subcommand is None:
        sessions_list(ctx)


@sessions_app.command("list", help=_("Devices signed in to the account."))
def sessions_list(ctx: typer.Context) -> None:
    async def work(api: DaybookApi, _profile: Profile) -> None:
        table = Table("", _("id"), _("device"), _("created"), _("last used"))
        for s in await api.sessions():
            table.add_row(
                "*" if s["current"] else "",
                s["id"],
                s["device_name"],
                local_time(s["created_at"]),
                local_time(s["last_used_at"]),
            )
        out.print(table)
        out.print(_("* this device"))

    with_api(ctx, work)


@sessions_app.command("rename", help=_("Rename a device session."))
def sessions_rename(ctx: typer.Context, session: SessionArg, name: str) -> None:
    async def work(api: DaybookApi, _profile: Profile) -> None:
        session_id = await _session_id(api, session)
        await api.rename_session(session_id, name)
        out.print(_("Renamed {session} to {name}.").format(session=session_id, name=name))

    with_api(ctx, work)


@sessions_app.command("revoke", help=_("Sign one device out."))
def sessions_revoke(ctx: typer.Context, session: SessionArg) -> None:
    async def work(api: DaybookApi, _profile: Profile) -> None:
        session_id = await _session_id(api, session)
        await api.revoke_session(session_id)
        out.print(_("Revoked {session}.").format(session=session_id))

    with_api(ctx, work)


@sessions_app.command(
    "revoke-all", help=_("Sign every device out (this one too, unless --keep-current).")
)
def sessions_revoke_all(
    ctx: typer.Context,
    keep_current: Annotated[bool, typer.Option("--keep-current")] = False,
) -> None:

    async def work(api: DaybookApi, _profile: Profile) -> None:
        await api.sign_out_everywhere(keep_current=keep_current)
        out.print(_("Signed out everywhere else.") if keep_current else _("Signed out everywhere."))

    with_api(ctx, work)


@commands.command(help=_("Security events of the account, newest first."))
def events(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, max=200)] = 50,
    as_json: Annotated[
        bool, typer.Option("--json", help=_("Print the events as the server sends them."))
    ] = False,
) -> None:
    async def work(api: DaybookApi, _profile: Profile) -> None:
        page = await api.security_events(limit=limit)
        if as_json:
            typer.echo(json.dumps(page["events"], indent=2, ensure_ascii=False))
            return
        table = Table(_("when"), _("what happened"), _("device"), _("session"))
        for e in page["events"]:
            table.add_row(
                local_time(e["occurred_at"]),
                Text(describe(e["kind"]), style="bold yellow" if e["kind"] in WATCH else ""),
                e["device_name"] or "",
                e["session_id"] or "",
            )
        out.print(table)

    with_api(ctx, work)


# Keys


@keys_app.command("show", help=_("This account's fingerprint, or another account's public keys."))
def keys_show(
    ctx: typer.Context, account_id: Annotated[uuid.UUID | None, typer.Argument()] = None
) -> None:
    from app.protocol.keys import AccountKeys, fingerprint

    if account_id is None:
        profile = Profile.load(profile_path(ctx))
        if profile is None:
            fail(_("not signed in: run `daybook login` first"))
        keys = AccountKeys.from_bytes(profile.private_keys)
        print_fields(
            [
                (_("Account:"), str(profile.account_id)),
                (_("Fingerprint:"), fingerprint(keys.signing_public, keys.hpke_public)),
            ]
        )
        return

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await api.public_keys(account_id)
        # Computed here, not taken from the server: this is what to compare.
        signing, hpke = b64decode(found["signing_public_key"]), b64decode(found["hpke_public_key"])
        hpke_key = f"{found['hpke_public_key']} ({found['hpke_suite']})"
        print_fields(
            [
                (_("Account:"), found["account_id"]),
                (_("Signing key:"), found["signing_public_key"]),
                (_("HPKE key:"), hpke_key),
                (_("Fingerprint:"), fingerprint(signing, hpke)),
            ]
        )

    with_api(ctx, work)
