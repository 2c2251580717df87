"""The `daybook` command: run the server, and a reference client for accounts,
sessions and keys. The signed-in state lives in a profile file (see
app/client/profile.py); every secret is derived and opened on this computer."""

import asyncio
import datetime as dt
import json
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import httpx
import pydantic
import typer
from cryptography.exceptions import InvalidTag
from rich.console import Console
from rich.table import Table
from rich.text import Text

from app.client import identity
from app.client.api import ApiError, DaybookApi, Tokens
from app.client.profile import PROFILE_ENV, Profile, default_path, delete
from app.config import Environment, Settings
from app.protocol.encoding import b64decode
from app.protocol.keys import AccountKeys, fingerprint

# Test hook: tests set this to httpx.ASGITransport(app=...) to run the client
# against an in-process app. None means real HTTP.
_transport: httpx.AsyncBaseTransport | None = None

PASSPHRASE_ENV = "DAYBOOK_PASSPHRASE"  # noqa: S105 - a variable name
NEW_PASSPHRASE_ENV = "DAYBOOK_NEW_PASSPHRASE"  # noqa: S105 - a variable name
RECOVERY_KEY_ENV = "DAYBOOK_RECOVERY_KEY"

# Markup off by default: device names and server details are untrusted text.
out = Console(highlight=False, markup=False)
err = Console(stderr=True, highlight=False, markup=False)

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
db_app = typer.Typer(no_args_is_help=True, help="Database migrations.")
sessions_app = typer.Typer(no_args_is_help=True, help="Signed-in devices.")
passphrase_app = typer.Typer(no_args_is_help=True, help="The account passphrase.")
keys_app = typer.Typer(no_args_is_help=True, help="Account keys and fingerprints.")
app.add_typer(db_app, name="db")
app.add_typer(sessions_app, name="sessions")
app.add_typer(passphrase_app, name="passphrase")
app.add_typer(keys_app, name="keys")

Server = Annotated[str, typer.Option("--server", help="Base URL of the Daybook server.")]
Username = Annotated[str, typer.Option("--username")]
Device = Annotated[str, typer.Option("--device", help="A name for this device, shown in sessions.")]


class CliError(Exception):
    """A failure to report in one line, without a traceback."""


def _fail(message: str) -> NoReturn:
    err.print(Text.assemble(("error: ", "red"), message), soft_wrap=True)
    raise typer.Exit(1)


def _run(work: Coroutine[Any, Any, None]) -> None:
    try:
        asyncio.run(work)
    except ApiError as exc:
        _fail(str(exc.problem.get("detail") or exc))
    except httpx.HTTPError as exc:
        _fail(f"cannot reach the server: {exc}")
    except InvalidTag:
        _fail("could not open the sealed keys: wrong key")
    except (CliError, ValueError) as exc:
        _fail(str(exc))


def _secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    return str(typer.prompt(prompt, hide_input=True, confirmation_prompt=confirm))


def _profile_path(ctx: typer.Context) -> Path:
    path = ctx.find_root().obj
    assert isinstance(path, Path)
    return path


def _time(text: str | None) -> str:
    return dt.datetime.fromisoformat(text).strftime("%Y-%m-%d %H:%M UTC") if text else ""


# Opening the API


@asynccontextmanager
async def _open(path: Path) -> AsyncIterator[tuple[DaybookApi, Profile]]:
    """The API as the signed-in account of the profile; refreshed tokens are
    saved back, and a session the server ended removes the keys from disk."""
    profile = Profile.load(path)
    if profile is None:
        raise CliError("not signed in: run `daybook login` or `daybook register` first")

    def on_tokens(tokens: Tokens | None) -> None:
        if tokens is None:
            delete(path)
            return
        profile.access_token, profile.refresh_token = tokens.access_token, tokens.refresh_token
        profile.save(path)

    tokens = Tokens(profile.access_token, profile.refresh_token)
    async with DaybookApi(
        profile.server, tokens=tokens, transport=_transport, on_tokens=on_tokens
    ) as api:
        yield api, profile


def _with_api(ctx: typer.Context, work: Callable[[DaybookApi, Profile], Awaitable[None]]) -> None:
    async def go() -> None:
        async with _open(_profile_path(ctx)) as (api, profile):
            await work(api, profile)

    _run(go())


def _sign_in(
    ctx: typer.Context,
    server: str,
    device: str,
    work: Callable[[DaybookApi], Awaitable[tuple[identity.Identity, str | None]]],
) -> None:
    """Register, log in or recover, then keep the keys and tokens in the profile."""
    path = _profile_path(ctx)
    existing = Profile.load(path)
    if existing is not None:
        _fail(f"already signed in as {existing.username}: run `daybook logout` first")

    async def go() -> None:
        async with DaybookApi(server.rstrip("/"), transport=_transport) as api:
            who, recovery_key = await work(api)
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
        out.print(f"Signed in as {who.username} ({who.account_id})")
        out.print(f"Fingerprint: {who.fingerprint}")
        if recovery_key is not None:
            _show_recovery_key(recovery_key)

    _run(go())


def _show_recovery_key(recovery_key: str) -> None:
    out.print()
    out.print("Your recovery key (shown once, never again):", style="bold yellow")
    out.print(f"\n    {recovery_key}\n", style="bold")
    out.print(
        "Write it down on paper and keep it somewhere safe. It is the only way back in "
        "if you forget your passphrase; the server cannot reset it.",
        style="yellow",
    )


# Global options


@app.callback()
def _main(
    ctx: typer.Context,
    profile: Annotated[
        Path | None,
        typer.Option(
            "--profile",
            envvar=PROFILE_ENV,
            help="Profile file with this device's keys and tokens.",
        ),
    ] = None,
) -> None:
    ctx.obj = profile or default_path()


# Server


def _alembic_config(url: str) -> Any:
    from alembic.config import Config

    ini = Path(__file__).resolve().parent.parent / "alembic.ini"
    if not ini.exists():
        ini = Path.cwd() / "alembic.ini"
    if not ini.exists():
        _fail("alembic.ini not found next to the package or in the current directory")
    config = Config(str(ini))
    config.attributes["url"] = url
    config.attributes["configure_logging"] = False
    return config


def _settings() -> Settings:
    try:
        return Settings()
    except pydantic.ValidationError as exc:
        _fail("; ".join(str(e["msg"]) for e in exc.errors()))


def _data_dir(settings: Settings) -> None:
    # Only the server's user may read the database, blobs and generated keys.
    settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)


def _upgrade(settings: Settings) -> None:
    from alembic import command

    _data_dir(settings)
    command.upgrade(_alembic_config(settings.resolved_database_url), "head")


@app.command()
def serve(
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    workers: Annotated[int, typer.Option(min=1)] = 1,
) -> None:
    """Apply migrations and run the API server."""
    import uvicorn

    settings = _settings()
    _upgrade(settings)
    out.print(f"Daybook on http://{host}:{port} (API docs at /docs)")
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,  # never log client addresses
        proxy_headers=True,
    )


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply every migration to DAYBOOK_DATABASE_URL (or the SQLite default)."""
    _upgrade(_settings())
    out.print("Database is at the latest revision.")


@db_app.command("downgrade")
def db_downgrade(revision: str) -> None:
    """Revert migrations down to REVISION (for example -1 or base)."""
    from alembic import command

    command.downgrade(_alembic_config(_settings().resolved_database_url), revision)
    out.print(f"Database downgraded to {revision}.")


@app.command()
def openapi() -> None:
    """Print the OpenAPI document (schemas/openapi.json is made from this)."""
    from app.main import create_app

    # Test settings: keys in memory and a lazy in-memory engine, so no disk,
    # data directory or secrets are needed.
    settings = Settings(
        environment=Environment.TEST,
        database_url="sqlite+aiosqlite:///:memory:",
        server_secret=None,
        signing_key=None,
        kdf_memory_kib=1024,
        kdf_iterations=1,
    )
    document = create_app(settings).openapi()
    typer.echo(json.dumps(document, indent=2, sort_keys=True))


# Accounts


@app.command()
def register(ctx: typer.Context, server: Server, username: Username, device: Device) -> None:
    """Create an account; shows the recovery key once."""
    passphrase = _secret(PASSPHRASE_ENV, "Passphrase", confirm=True)

    async def work(api: DaybookApi) -> tuple[identity.Identity, str | None]:
        return await identity.register(api, username, passphrase, device)

    _sign_in(ctx, server, device, work)


@app.command()
def login(ctx: typer.Context, server: Server, username: Username, device: Device) -> None:
    """Sign in on this device and unlock the account keys."""
    passphrase = _secret(PASSPHRASE_ENV, "Passphrase")

    async def work(api: DaybookApi) -> tuple[identity.Identity, str | None]:
        return await identity.login(api, username, passphrase, device), None

    _sign_in(ctx, server, device, work)


@app.command()
def recover(ctx: typer.Context, server: Server, username: Username, device: Device) -> None:
    """Set a new passphrase with the recovery key; shows a NEW recovery key once."""
    recovery_key = _secret(RECOVERY_KEY_ENV, "Recovery key")
    new_passphrase = _secret(NEW_PASSPHRASE_ENV, "New passphrase", confirm=True)

    async def work(api: DaybookApi) -> tuple[identity.Identity, str | None]:
        return await identity.recover(api, username, recovery_key, new_passphrase, device)

    _sign_in(ctx, server, device, work)


@app.command()
def logout(ctx: typer.Context) -> None:
    """End this device's session and delete its keys and tokens."""
    path = _profile_path(ctx)

    async def work(api: DaybookApi, _profile: Profile) -> None:
        try:
            await api.logout()
        except ApiError as exc:
            detail = str(exc.problem.get("detail"))
            err.print(Text.assemble(("warning: ", "yellow"), f"the server said: {detail}"))

    try:
        _with_api(ctx, work)
    finally:
        delete(path)
    out.print("Signed out; the keys and tokens are removed from this computer.")


@app.command()
def whoami(ctx: typer.Context) -> None:
    """Show the signed-in account."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        account = await api.account()
        keys = AccountKeys.from_bytes(profile.private_keys)
        out.print(f"Account:     {account['id']}")
        out.print(f"Username:    {account['username']}")
        out.print(f"Role:        {account['role']}")
        out.print(f"Fingerprint: {fingerprint(keys.signing_public, keys.hpke_public)}")
        out.print(f"Device:      {profile.device_name} on {profile.server}")

    _with_api(ctx, work)


@passphrase_app.command("change")
def passphrase_change(ctx: typer.Context) -> None:
    """Re-seal the account keys under a new passphrase."""
    current = _secret(PASSPHRASE_ENV, "Current passphrase")
    new = _secret(NEW_PASSPHRASE_ENV, "New passphrase", confirm=True)

    async def work(api: DaybookApi, profile: Profile) -> None:
        who = identity.Identity(
            profile.account_id, profile.username, AccountKeys.from_bytes(profile.private_keys)
        )
        await identity.change_passphrase(api, who, current, new)
        out.print("Passphrase changed.")

    _with_api(ctx, work)


# Sessions and security events


@sessions_app.command("list")
def sessions_list(ctx: typer.Context) -> None:
    """Devices signed in to the account."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        table = Table("", "id", "device", "created", "last used")
        for s in await api.sessions():
            table.add_row(
                "*" if s["current"] else "",
                s["id"],
                s["device_name"],
                _time(s["created_at"]),
                _time(s["last_used_at"]),
            )
        out.print(table)
        out.print("* this device")

    _with_api(ctx, work)


@sessions_app.command("rename")
def sessions_rename(ctx: typer.Context, session_id: uuid.UUID, name: str) -> None:
    """Rename a device session."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        await api.rename_session(session_id, name)
        out.print(f"Renamed {session_id} to {name}.")

    _with_api(ctx, work)


@sessions_app.command("revoke")
def sessions_revoke(ctx: typer.Context, session_id: uuid.UUID) -> None:
    """Sign one device out."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        await api.revoke_session(session_id)
        out.print(f"Revoked {session_id}.")

    _with_api(ctx, work)


@sessions_app.command("revoke-all")
def sessions_revoke_all(
    ctx: typer.Context,
    keep_current: Annotated[bool, typer.Option("--keep-current")] = False,
) -> None:
    """Sign every device out (this one too, unless --keep-current)."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        await api.sign_out_everywhere(keep_current=keep_current)
        out.print("Signed out everywhere" + (" else." if keep_current else "."))

    _with_api(ctx, work)


@app.command()
def events(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, max=200)] = 50,
) -> None:
    """Security events of the account, newest first."""

    async def work(api: DaybookApi, _profile: Profile) -> None:
        page = await api.security_events(limit=limit)
        table = Table("when", "event", "device", "session")
        for e in page["events"]:
            table.add_row(
                _time(e["occurred_at"]), e["kind"], e["device_name"] or "", e["session_id"] or ""
            )
        out.print(table)

    _with_api(ctx, work)


# Keys


@keys_app.command("show")
def keys_show(
    ctx: typer.Context, account_id: Annotated[uuid.UUID | None, typer.Argument()] = None
) -> None:
    """This account's fingerprint, or another account's public keys."""
    if account_id is None:
        profile = Profile.load(_profile_path(ctx))
        if profile is None:
            _fail("not signed in: run `daybook login` first")
        keys = AccountKeys.from_bytes(profile.private_keys)
        out.print(f"Account:     {profile.account_id}")
        out.print(f"Fingerprint: {fingerprint(keys.signing_public, keys.hpke_public)}")
        return

    async def work(api: DaybookApi, _profile: Profile) -> None:
        found = await api.public_keys(account_id)
        # Computed here, not taken from the server: this is what to compare.
        signing, hpke = b64decode(found["signing_public_key"]), b64decode(found["hpke_public_key"])
        out.print(f"Account:     {found['account_id']}")
        out.print(f"Signing key: {found['signing_public_key']}")
        out.print(f"HPKE key:    {found['hpke_public_key']} ({found['hpke_suite']})")
        out.print(f"Fingerprint: {fingerprint(signing, hpke)}")

    _with_api(ctx, work)


def main() -> None:
    app()
