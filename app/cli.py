"""The `daybook` command: run the server, and a reference client for accounts,
sessions, keys and the diary. The signed-in state lives in a profile file (see
app/client/profile.py); every secret is derived and opened on this computer."""

import asyncio
import dataclasses
import datetime as dt
import json
import os
import sys
import uuid
import zoneinfo
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import httpx
import pydantic
import typer
from cryptography.exceptions import InvalidTag
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from app.client import attachments, identity, incident_fields, replica_store
from app.client.api import ApiError, DaybookApi, Tokens
from app.client.attachments import PendingUpload
from app.client.diary import (
    Current,
    Diary,
    EntryDeleted,
    Replica,
    SyncReport,
    VerificationError,
    VerifiedVersion,
)
from app.client.incident import IncidentInvalid, occurred_at, validate_incident
from app.client.incident_fields import BEHAVIOURS, FieldValues
from app.client.local_files import destination_for
from app.client.log_check import (
    LogInconsistent,
    LogReport,
    SplitView,
    kept_checkpoint,
    parse_key,
    show_root,
)
from app.client.pending_uploads import UPLOADS_DIR, PendingUploads
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
log_app = typer.Typer(
    no_args_is_help=True, help="The server's evidence log, as this computer has verified it."
)
entry_app = typer.Typer(
    no_args_is_help=True, help="Diary entries: write, edit, read and delete incidents."
)
app.add_typer(db_app, name="db")
app.add_typer(sessions_app, name="sessions")
app.add_typer(passphrase_app, name="passphrase")
app.add_typer(keys_app, name="keys")
app.add_typer(log_app, name="log")
app.add_typer(entry_app, name="entry")

Server = Annotated[str, typer.Option("--server", help="Base URL of the Daybook server.")]
Username = Annotated[str, typer.Option("--username")]
Device = Annotated[str, typer.Option("--device", help="A name for this device, shown in sessions.")]


class CliError(Exception):
    """A failure to report in one line, without a traceback."""


def _fail(message: str) -> NoReturn:
    err.print(Text.assemble(("error: ", "red"), message), soft_wrap=True)
    raise typer.Exit(1)


def _verification_failed(exc: VerificationError) -> NoReturn:
    err.print(Text.assemble(("VERIFICATION FAILED: ", "bold red"), (str(exc), "red")))
    err.print(
        Text(
            "What the server sent (or the copy on this computer) is not what this account "
            "wrote and signed. Nothing was saved. Do not rely on that entry until this is "
            "explained.",
            style="red",
        ),
        soft_wrap=True,
    )
    raise typer.Exit(1)


def _log_failed(exc: LogInconsistent) -> NoReturn:
    """A log that does not add up: as loud as it gets, and nothing saved."""
    title = (
        "SPLIT VIEW: THE SERVER'S EVIDENCE LOG DOES NOT ADD UP"
        if isinstance(exc, SplitView)
        else "THE SERVER'S EVIDENCE LOG FAILED ITS CHECK"
    )
    err.rule(Text(title, style="bold white on red"), style="bold red")
    err.print(Text(str(exc), style="bold red"), soft_wrap=True)
    err.print(
        Text(
            "Nothing from this sync was saved: this computer keeps the last checkpoint it "
            "verified, signed by the server, which is evidence of what the server showed "
            "before. Keep this computer's copy as it is, tell whoever runs the server, and "
            "do not rely on its receipts until this is explained.",
            style="red",
        ),
        soft_wrap=True,
    )
    err.rule(style="bold red")
    raise typer.Exit(1)


def _invalid(exc: IncidentInvalid) -> NoReturn:
    err.print(Text.assemble(("error: ", "red"), "the incident is not valid:"))
    for problem in exc.problems:
        err.print(Text(f"  {problem}"), soft_wrap=True)
    raise typer.Exit(1)


@contextmanager
def _reported_errors(interrupted: str | None = None) -> Iterator[None]:
    """Expected failures as a short message and exit code, never a traceback."""
    try:
        yield
    except KeyboardInterrupt:
        message = interrupted or "stopped before finishing"
        err.print(Text.assemble(("interrupted: ", "yellow"), message), soft_wrap=True)
        raise typer.Exit(130) from None
    except LogInconsistent as exc:
        _log_failed(exc)
    except VerificationError as exc:
        _verification_failed(exc)
    except IncidentInvalid as exc:
        _invalid(exc)
    except ApiError as exc:
        _fail(str(exc.problem.get("detail") or exc))
    except httpx.HTTPError as exc:
        _fail(f"cannot reach the server: {exc}")
    except InvalidTag:
        _fail("could not open the sealed keys: wrong key")
    except EntryDeleted as exc:
        _fail(f"{exc}: its content is erased for good; only a tombstone is left")
    except attachments.AttachmentCorrupt as exc:
        _fail(f"the attachment failed its check and was not saved: {exc}")
    except (CliError, ValueError, OSError, replica_store.UnknownEntry) as exc:
        _fail(str(exc))


def _run(work: Coroutine[Any, Any, None], *, interrupted: str | None = None) -> None:
    with _reported_errors(interrupted):
        asyncio.run(work)


def _secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    return str(typer.prompt(prompt, hide_input=True, confirmation_prompt=confirm))


def _profile_path(ctx: typer.Context) -> Path:
    path = ctx.find_root().obj
    assert isinstance(path, Path)
    return path


def _identity(profile: Profile) -> identity.Identity:
    """The account keys unlocked at sign-in: the profile is this device's keychain."""
    keys = AccountKeys.from_bytes(profile.private_keys)
    return identity.Identity(profile.account_id, profile.username, keys)


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


def _with_api(
    ctx: typer.Context,
    work: Callable[[DaybookApi, Profile], Awaitable[None]],
    *,
    interrupted: str | None = None,
) -> None:
    async def go() -> None:
        async with _open(_profile_path(ctx)) as (api, profile):
            await work(api, profile)

    _run(go(), interrupted=interrupted)


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


async def _print_membership(api: DaybookApi) -> None:
    """The organisation an invitation joined; the account exists whatever this says."""
    try:
        joined = await api.organisation()
    except (ApiError, httpx.HTTPError) as exc:
        err.print(Text.assemble(("warning: ", "yellow"), f"could not show the organisation: {exc}"))
        return
    name, organisation = joined["display_name"], joined["name"]
    if joined["role"] == "advocate":
        out.print(Text(f"Joined {organisation} as an advocate; victims see you as {name}."))
    else:
        role = "an organisation admin" if joined["role"] == "org_admin" else joined["role"]
        out.print(Text(f"Joined {organisation} as {role} ({name})."))


@app.command()
def register(
    ctx: typer.Context,
    server: Server,
    username: Username,
    device: Device,
    invitation: Annotated[
        str | None,
        typer.Option(
            "--invitation",
            metavar="CODE",
            help="An organisation's invitation code: the account becomes its advocate or admin.",
        ),
    ] = None,
) -> None:
    """Create an account; shows the recovery key once."""
    passphrase = _secret(PASSPHRASE_ENV, "Passphrase", confirm=True)

    async def work(api: DaybookApi) -> tuple[identity.Identity, str | None]:
        who, recovery_key = await identity.register(
            api, username, passphrase, device, invitation_code=invitation
        )
        if invitation is not None:
            await _print_membership(api)
        return who, recovery_key

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
    profile = Profile.load(path)

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
        if profile is not None:
            _forget_local_diary(ctx, profile)
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


@app.command("delete-account")
def delete_account(
    ctx: typer.Context,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask to type the username.")] = False,
) -> None:
    """Erase this account and everything in it on the server, for good."""
    path = _profile_path(ctx)
    profile = Profile.load(path)
    if profile is None:
        _fail("not signed in: run `daybook login` first")
    err.print(
        Text(
            "This erases every entry, file, bundle, note and case of this account on the "
            "server, for good. Bundles already handed over keep working offline; nothing "
            "else can be recovered.",
            style="bold red",
        ),
        soft_wrap=True,
    )
    if not yes and typer.prompt("Type the username to confirm") != profile.username:
        _fail("the username does not match: nothing was deleted")
    passphrase = _secret(PASSPHRASE_ENV, "Passphrase")

    async def work(api: DaybookApi, _profile: Profile) -> None:
        await identity.delete_account(api, passphrase)

    _with_api(ctx, work)
    delete(path)
    _forget_local_diary(ctx, profile)
    out.print(f"The account {profile.username} is erased, and this computer's copy with it.")


@passphrase_app.command("change")
def passphrase_change(ctx: typer.Context) -> None:
    """Re-seal the account keys under a new passphrase."""
    current = _secret(PASSPHRASE_ENV, "Current passphrase")
    new = _secret(NEW_PASSPHRASE_ENV, "New passphrase", confirm=True)

    async def work(api: DaybookApi, profile: Profile) -> None:
        await identity.change_passphrase(api, _identity(profile), current, new)
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


# Diary: what is kept beside the profile


def _state_dir(ctx: typer.Context) -> Path:
    return _profile_path(ctx).parent


def _replica_path(ctx: typer.Context) -> Path:
    return _state_dir(ctx) / replica_store.REPLICA_FILE


def _uploads(ctx: typer.Context, profile: Profile) -> PendingUploads:
    return PendingUploads(_state_dir(ctx) / UPLOADS_DIR, profile.account_id)


def _forget_local_diary(ctx: typer.Context, profile: Profile) -> None:
    """The replica, and the unfinished uploads with their file keys."""
    replica_store.delete(_replica_path(ctx))
    _uploads(ctx, profile).clear()


def _diary(api: DaybookApi, profile: Profile) -> Diary:
    return Diary(api, _identity(profile))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@asynccontextmanager
async def _writing_diary(
    ctx: typer.Context, api: DaybookApi, profile: Profile
) -> AsyncIterator[Diary]:
    """A diary that records the receipts of its writes in the replica, so the
    next sync proves each of them in the log; saved after the writes."""
    path = _replica_path(ctx)
    replica = replica_store.load(path, profile.account_id)
    yield Diary(api, _identity(profile), replica=replica)
    replica_store.save(path, profile.account_id, replica)


async def _synced(ctx: typer.Context, diary: Diary) -> tuple[Replica, SyncReport]:
    """The replica brought up to date; saved only once every change verified."""
    path, account_id = _replica_path(ctx), diary.identity.account_id
    replica = replica_store.load(path, account_id)
    report = await diary.sync(replica)
    replica_store.save(path, account_id, replica)
    return replica, report


def _entry_id(ctx: typer.Context, profile: Profile, text: str) -> uuid.UUID:
    replica = replica_store.load(_replica_path(ctx), profile.account_id)
    return replica_store.find_entry(replica, text)


def _forget_entry(ctx: typer.Context, profile: Profile, entry_id: uuid.UUID) -> None:
    path = _replica_path(ctx)
    replica = replica_store.load(path, profile.account_id)
    if replica.entries.pop(str(entry_id), None) is not None:
        replica_store.save(path, profile.account_id, replica)


# Diary: progress bars and uploads


class _MiBPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed / 2**20:.1f} MiB/s", "progress.data.speed")


@contextmanager
def _progress() -> Iterator[Progress]:
    with Progress(
        TextColumn("{task.description}", markup=False),  # file names are untrusted
        BarColumn(),
        DownloadColumn(binary_units=True),
        _MiBPerSecond(),
        TimeRemainingColumn(),
        console=err,
    ) as progress:
        yield progress


def _bar(progress: Progress, name: str, total: int) -> attachments.Progress:
    task = progress.add_task(name, total=total)
    return lambda done: progress.advance(task, done)


RESUME_HINT = "what was sent is kept: run `daybook attach --resume` to finish the upload"


def _plan(store: PendingUploads, path: Path) -> PendingUpload:
    """The upload of `path`, saved before anything is sent so that it can resume."""
    planned = store.plan(path)
    if planned.resumed:
        err.print(Text(f"Resuming the unfinished upload of {path.name}."))
    return planned.pending


async def _send(api: DaybookApi, pending: PendingUpload, progress: Progress) -> dict[str, Any]:
    name = pending.facts.file_name
    try:
        return await attachments.upload(api, pending, _bar(progress, name, pending.facts.size))
    except httpx.HTTPError as exc:
        raise CliError(f"the upload of {name} stopped ({exc}); {RESUME_HINT}") from exc


Uploaded = list[tuple[PendingUpload, dict[str, Any]]]


async def _upload_files(api: DaybookApi, store: PendingUploads, paths: Sequence[Path]) -> Uploaded:
    """Upload files for an entry. Their pending state stays until the entry is
    saved, so running the same command again reuses what was uploaded."""
    planned = [_plan(store, path) for path in paths]
    done: Uploaded = []
    with _progress() as progress:
        for pending in planned:
            done.append((pending, await _send(api, pending, progress)))
    return done


def _forget_uploads(store: PendingUploads, uploaded: Uploaded) -> None:
    for pending, _reference in uploaded:
        store.remove(pending.attachment_id)


# Diary: incidents from options, a file or questions

What = Annotated[str | None, typer.Option("--what", help="What happened, in your own words.")]
Behaviour = Annotated[
    list[str] | None,
    typer.Option("--behaviour", help=f"Repeat for each: {', '.join(BEHAVIOURS)}."),
]
Other = Annotated[
    str | None, typer.Option("--other", help="What the behaviour was, with --behaviour other.")
]
Start = Annotated[
    str | None,
    typer.Option(
        "--start",
        help="When it began, ISO 8601 (2026-03-14T21:05); default now. "
        "Without an offset it is wall-clock time in --tz.",
    ),
]
End = Annotated[str | None, typer.Option("--end", help="When it ended, ISO 8601.")]
Tz = Annotated[
    str | None,
    typer.Option(
        "--tz", help="IANA time zone where it happened (Europe/London); default this computer's."
    ),
]
Where = Annotated[str | None, typer.Option("--where", help="Where it happened, in words.")]
Who = Annotated[str | None, typer.Option("--who", help="The perpetrator's name.")]
Reported = Annotated[
    bool | None,
    typer.Option("--reported/--not-reported", help="Whether it was reported to the police."),
]
PoliceRef = Annotated[
    str | None, typer.Option("--police-ref", help="The police reference (implies --reported).")
]
Attach = Annotated[
    list[Path] | None,
    typer.Option(
        "--attach",
        exists=True,
        dir_okay=False,
        readable=True,
        help="An evidence file to upload (encrypted) and add; repeat for several.",
    ),
]
JsonFile = Annotated[
    str | None,
    typer.Option(
        "--json",
        metavar="FILE",
        help="A whole incident as JSON (schemas/incident.schema.json); - reads standard input.",
    ),
]
EntryId = Annotated[str, typer.Argument(help="The entry id, or its start as `entry list` shows.")]


def _values(
    what: str | None,
    behaviour: list[str] | None,
    other: str | None,
    start: str | None,
    end: str | None,
    tz: str | None,
    where: str | None,
    who: str | None,
    reported: bool | None,
    police_ref: str | None,
) -> FieldValues:
    return FieldValues(
        description=what,
        behaviours=tuple(behaviour or ()),
        behaviour_other=other,
        start=start,
        end=end,
        time_zone=tz,
        place=where,
        perpetrator=who,
        reported=reported,
        police_reference=police_ref,
    )


def _read_incident(source: str) -> dict[str, Any]:
    """A whole incident from a file or standard input, validated."""
    text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    try:
        incident = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"{source} is not JSON: {exc}") from None
    if not isinstance(incident, dict):
        raise IncidentInvalid(["$: must be of type object"])
    validate_incident(incident)
    return incident


def _ask_behaviours() -> tuple[str, ...]:
    for number, name in enumerate(BEHAVIOURS, start=1):
        out.print(f"  {number:2}. {name}")
    while True:
        answer = str(typer.prompt("Behaviours (numbers from the list, separated by commas)"))
        parts = answer.replace(",", " ").split()
        if parts and all(p.isdigit() and 1 <= int(p) <= len(BEHAVIOURS) for p in parts):
            return tuple(BEHAVIOURS[int(p) - 1] for p in parts)
        err.print(f"Give one or more numbers from 1 to {len(BEHAVIOURS)}.")


def _ask(values: FieldValues) -> FieldValues:
    """Ask for what the options did not give."""
    description = values.description or str(typer.prompt("What happened"))
    behaviours = values.behaviours or _ask_behaviours()
    other = values.behaviour_other
    if "other" in behaviours and other is None:
        other = str(typer.prompt("What was the other behaviour"))
    start = values.start or str(
        typer.prompt("When did it start (ISO 8601, e.g. 2026-03-14T21:05)", default="now")
    )
    place = values.place
    if place is None:
        place = str(typer.prompt("Where (empty to skip)", default="", show_default=False))
    return dataclasses.replace(
        values,
        description=description,
        behaviours=behaviours,
        behaviour_other=other,
        start=None if start.strip().lower() == "now" else start,
        place=place or None,
    )


def _new_incident(values: FieldValues, json_file: str | None) -> dict[str, Any]:
    if json_file is not None:
        if not values.is_empty():
            raise CliError("--json gives the whole incident: leave out the field options")
        return _read_incident(json_file)
    if values.description is None:
        values = _ask(values)
    return incident_fields.create(values, _now())


# Diary: showing entries


def _wall_clock(moment: str, zone: str) -> str:
    local = dt.datetime.fromisoformat(moment.upper()).astimezone(zoneinfo.ZoneInfo(zone))
    return local.strftime("%Y-%m-%d %H:%M %Z")


def _happened(incident: dict[str, Any]) -> str:
    occurred = incident["occurred"]
    zone = str(occurred["time_zone"])
    text = _wall_clock(occurred["start"], zone)
    if "end" in occurred:
        text += " to " + _wall_clock(occurred["end"], zone)
    return f"{text} ({zone})"


def _utc(moment: dt.datetime | str) -> str:
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment.upper())
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _first_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0] if lines else ""


def _behaviours(incident: dict[str, Any]) -> str:
    text = ", ".join(incident["behaviours"])
    other = incident.get("behaviour_other")
    return f"{text} (other: {other})" if other else text


def _summary_row(version: VerifiedVersion) -> tuple[Text, ...]:
    incident = version.incident
    return (
        Text(str(version.entry_id)[:8]),
        Text(_happened(incident)),
        Text(", ".join(incident["behaviours"])),
        Text(_first_line(incident["description"])),
        Text(str(version.version)),
        Text(str(len(incident.get("attachments", [])))),
    )


def _place(location: dict[str, Any]) -> str:
    parts = [str(location["description"])] if "description" in location else []
    if "coordinates" in location:
        point = location["coordinates"]
        parts.append(f"{point['latitude']}, {point['longitude']}")
    return "; ".join(parts)


def _who(perpetrator: dict[str, Any]) -> str:
    name = perpetrator.get("name") or ("known" if perpetrator["known"] else "not known")
    extra = [str(perpetrator[k]) for k in ("relationship", "description") if k in perpetrator]
    return "; ".join([str(name), *extra])


def _report(report: dict[str, Any]) -> str:
    if not report["reported"]:
        return "no"
    parts = ["yes"]
    if "to" in report:
        parts.append(f"to {report['to']}")
    if "police_reference" in report:
        parts.append(f"police reference {report['police_reference']}")
    if "reported_at" in report:
        parts.append(f"on {_utc(report['reported_at'])}")
    return ", ".join(parts)


_SHOWN = {"schema_version", "occurred", "recorded_at", "description", "behaviours"}
_SHOWN |= {"behaviour_other", "location", "perpetrator", "report", "attachments"}


def _details(incident: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [
        ("Happened", _happened(incident)),
        ("Written", _utc(incident["recorded_at"])),
        ("Behaviours", _behaviours(incident)),
    ]
    if "location" in incident:
        rows.append(("Where", _place(incident["location"])))
    if "perpetrator" in incident:
        rows.append(("Who", _who(incident["perpetrator"])))
    if "report" in incident:
        rows.append(("Reported", _report(incident["report"])))
    for name in incident.keys() - _SHOWN:
        rows.append((name.replace("_", " ").capitalize(), json.dumps(incident[name])))
    return rows


def _size(size: int) -> str:
    return f"{size} B" if size < 1024 else f"{size / 1024**2:.2f} MiB"


def _print_attachments(references: list[dict[str, Any]]) -> None:
    if not references:
        return
    out.print(f"\nAttachments ({len(references)}):")
    table = Table("file", "type", "size", "sha256")
    for ref in references:
        row = (ref["file_name"], ref["media_type"], _size(ref["size"]), ref["sha256"])
        table.add_row(*map(Text, row))
    out.print(table)


def _changes(changes: list[incident_fields.FieldChange]) -> str:
    grouped: dict[str, list[str]] = {}
    for change in changes:
        grouped.setdefault(change.kind, []).append(change.field)
    return "; ".join(f"{kind} {', '.join(names)}" for kind, names in grouped.items())


def _print_history(history: list[VerifiedVersion]) -> None:
    out.print("\nHistory (every version verified: signatures, hash chain, decryption, schema):")
    table = Table("version", "received", "written", "what changed")
    previous: VerifiedVersion | None = None
    for version in history:
        changes = "first version"
        if previous is not None:
            changes = _changes(incident_fields.changed_fields(previous.incident, version.incident))
        row = (_utc(version.received_at), _utc(version.incident["recorded_at"]), changes)
        table.add_row(str(version.version), *map(Text, row))
        previous = version
    out.print(table)


def _print_entry(history: list[VerifiedVersion]) -> None:
    latest = history[-1]
    incident = latest.incident
    count = f"{len(history)} version" + ("s" if len(history) > 1 else "")
    out.print(Text(f"Entry {latest.entry_id} ({count})", style="bold"))
    for label, value in _details(incident):
        out.print(Text.assemble((f"{label + ':':<12}", "bold"), value), soft_wrap=True)
    out.print(Text("What happened:", style="bold"))
    out.print(Text(incident["description"]), soft_wrap=True)
    _print_attachments(incident.get("attachments", []))
    _print_history(history)


def _history_json(history: list[VerifiedVersion]) -> dict[str, Any]:
    versions = []
    for index, version in enumerate(history):
        before = history[index - 1].incident if index else {}
        changes = incident_fields.changed_fields(before, version.incident)
        versions.append(
            {
                "version": version.version,
                "received_at": version.received_at.isoformat(),
                "changes": [dataclasses.asdict(c) for c in changes],
                "incident": version.incident,
            }
        )
    return {"entry_id": str(history[-1].entry_id), "versions": versions}


async def _save_attachments(
    api: DaybookApi, references: list[dict[str, Any]], directory: Path, console: Console
) -> None:
    """Download, decrypt and check each attachment into `directory` (which exists)."""
    saved = []
    with _progress() as progress:
        for ref in references:
            target = destination_for(directory, ref["file_name"], uuid.UUID(ref["attachment_id"]))
            bar = _bar(progress, ref["file_name"], int(ref["size"]))
            await attachments.download(api, ref, target, bar)
            saved.append(Text(f"Saved {target} (SHA-256 {ref['sha256']} checked)"))
    for line in saved or [Text("The entry has no attachments.")]:
        console.print(line, soft_wrap=True)


# Diary: commands


@entry_app.command("add")
def entry_add(
    ctx: typer.Context,
    what: What = None,
    behaviour: Behaviour = None,
    other: Other = None,
    start: Start = None,
    end: End = None,
    tz: Tz = None,
    where: Where = None,
    who: Who = None,
    reported: Reported = None,
    police_ref: PoliceRef = None,
    attach: Attach = None,
    json_file: JsonFile = None,
) -> None:
    """Write a new entry: from the options, from --json FILE, or by answering
    questions when neither --what nor --json is given."""
    values = _values(what, behaviour, other, start, end, tz, where, who, reported, police_ref)
    with _reported_errors():
        incident = _new_incident(values, json_file)  # checked before anything is sent

    async def work(api: DaybookApi, profile: Profile) -> None:
        store = _uploads(ctx, profile)
        uploaded = await _upload_files(api, store, attach or [])
        references = [reference for _pending, reference in uploaded]
        async with _writing_diary(ctx, api, profile) as diary:
            version = await diary.add(incident_fields.with_attachments(incident, references))
        _forget_uploads(store, uploaded)
        out.print(f"Added entry {version.entry_id} (version {version.version}).")

    _with_api(ctx, work, interrupted=RESUME_HINT)


async def _append(diary: Diary, base: Current, incident: dict[str, Any]) -> VerifiedVersion:
    try:
        return await diary.append(base, incident)
    except ApiError as exc:
        if exc.code != "stale-version":
            raise
        raise CliError(
            f"entry {base.entry_id} changed on another device; run `daybook sync` and try again"
        ) from exc


@entry_app.command("edit")
def entry_edit(
    ctx: typer.Context,
    entry_id: EntryId,
    what: What = None,
    behaviour: Behaviour = None,
    other: Other = None,
    start: Start = None,
    end: End = None,
    tz: Tz = None,
    where: Where = None,
    who: Who = None,
    reported: Reported = None,
    police_ref: PoliceRef = None,
    attach: Attach = None,
    json_file: JsonFile = None,
) -> None:
    """Write a new version of an entry: the fields given replace the current
    ones and --attach adds files; --json FILE replaces the whole incident.
    Earlier versions are kept and stay readable."""
    values = _values(what, behaviour, other, start, end, tz, where, who, reported, police_ref)
    with _reported_errors():
        replacement = None if json_file is None else _read_incident(json_file)
    if replacement is not None and not values.is_empty():
        _fail("--json gives the whole incident: leave out the field options")
    if replacement is None and values.is_empty() and not attach:
        _fail("nothing to change: give the fields to replace, --attach or --json")

    async def work(api: DaybookApi, profile: Profile) -> None:
        store = _uploads(ctx, profile)
        async with _writing_diary(ctx, api, profile) as diary:
            base = await diary.current(_entry_id(ctx, profile, entry_id))
            incident = replacement
            if incident is None:
                incident = incident_fields.merge(base.latest.incident, values, _now())
            uploaded = await _upload_files(api, store, attach or [])
            references = [reference for _pending, reference in uploaded]
            changed = incident_fields.with_attachments(incident, references)
            version = await _append(diary, base, changed)
        _forget_uploads(store, uploaded)
        out.print(f"Entry {version.entry_id} is now at version {version.version}.")

    _with_api(ctx, work, interrupted=RESUME_HINT)


@entry_app.command("list")
def entry_list(ctx: typer.Context) -> None:
    """Sync, then list the entries in the order they happened."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        diary = _diary(api, profile)
        replica, _report = await _synced(ctx, diary)
        found = diary.read_replica(replica)
        if not found:
            out.print("No entries.")
            return
        table = Table("id", "happened", "behaviours", "what", "versions", "files")
        for version in sorted(found, key=lambda v: occurred_at(v.incident)):
            table.add_row(*_summary_row(version))
        out.print(table)

    _with_api(ctx, work)


@entry_app.command("show")
def entry_show(
    ctx: typer.Context,
    entry_id: EntryId,
    as_json: Annotated[bool, typer.Option("--json", help="Print the history as JSON.")] = False,
    save_attachments: Annotated[
        Path | None,
        typer.Option(
            "--save-attachments",
            metavar="DIR",
            file_okay=False,
            help="Download, decrypt and check each attachment into DIR.",
        ),
    ] = None,
) -> None:
    """An entry with its whole verified history and its attachments."""
    if save_attachments is not None:
        with _reported_errors():
            save_attachments.mkdir(parents=True, exist_ok=True)

    async def work(api: DaybookApi, profile: Profile) -> None:
        history = await _diary(api, profile).history(_entry_id(ctx, profile, entry_id))
        if as_json:
            typer.echo(json.dumps(_history_json(history), indent=2, ensure_ascii=False))
        else:
            _print_entry(history)
        if save_attachments is not None:
            references = history[-1].incident.get("attachments", [])
            await _save_attachments(api, references, save_attachments, err if as_json else out)

    _with_api(ctx, work)


@entry_app.command("delete")
def entry_delete(
    ctx: typer.Context,
    entry_id: EntryId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask first.")] = False,
) -> None:
    """Erase an entry for good: every version and attachment; only a tombstone remains."""

    async def work(api: DaybookApi, profile: Profile) -> None:
        target = _entry_id(ctx, profile, entry_id)
        if not yes:
            typer.confirm(
                f"Erase entry {target}, every version and attachment, for good?", abort=True
            )
        await _diary(api, profile).delete(target)
        _forget_entry(ctx, profile, target)
        out.print(f"Deleted entry {target}.")
        out.print(
            "Its content, every version and its attachments are erased for good and cannot "
            "be recovered; only a tombstone (the id and when it was deleted) remains, so "
            "your other devices learn of the deletion."
        )

    _with_api(ctx, work)


@app.command()
def attach(
    ctx: typer.Context,
    file: Annotated[
        Path | None,
        typer.Argument(exists=True, dir_okay=False, readable=True, help="The evidence file."),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Finish every unfinished upload.")
    ] = False,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print the attachment reference (with its key) as JSON."),
    ] = False,
) -> None:
    """Upload an evidence file, encrypted, in a way that resumes after an
    interruption. The usual way is `daybook entry add --attach FILE` (or
    `entry edit ID --attach FILE`), which uploads the file and puts it in the
    entry: a file uploaded here belongs to no entry until its reference
    (printed with --json) is put in an incident."""
    if (file is None) != resume:
        _fail("give a FILE to upload, or --resume (not both)")

    async def work(api: DaybookApi, profile: Profile) -> None:
        store = _uploads(ctx, profile)
        pending = store.all() if file is None else [_plan(store, file)]
        if not pending:
            out.print("No unfinished uploads.")
            return
        references = []
        with _progress() as progress:
            for item in pending:
                references.append(await _send(api, item, progress))
                store.remove(item.attachment_id)
        _print_uploads(references, as_json=as_json, many=file is None)

    _with_api(ctx, work, interrupted=RESUME_HINT)


def _print_uploads(references: list[dict[str, Any]], *, as_json: bool, many: bool) -> None:
    if as_json:
        typer.echo(json.dumps(references if many else references[0], indent=2))
        return
    for ref in references:
        out.print(Text(f"Uploaded {ref['file_name']} as attachment {ref['attachment_id']}."))
    out.print(
        "It belongs to no entry yet: `daybook entry add --attach FILE` uploads and adds "
        "a file in one step."
    )


def _print_log(log: LogReport) -> None:
    if log.pinned_now == "server":
        out.print(
            Text.assemble(
                ("Pinned the evidence log's key on first use: ", "bold yellow"), log.verifier_key
            ),
            soft_wrap=True,
        )
        out.print(
            "Compare it with the key the server's operator publishes elsewhere (not one this "
            "server sends); `daybook log show` prints it again. Every later checkpoint must "
            "be signed by it.",
            style="yellow",
            soft_wrap=True,
        )
    elif log.pinned_now == "caller":
        out.print(f"Pinned the evidence log's key you gave: {log.verifier_key}", soft_wrap=True)
    if log.rotated_from is not None:
        out.print(
            Text.assemble(("The evidence log has a new key: ", "bold yellow"), log.verifier_key),
            soft_wrap=True,
        )
        out.print(
            f"The key this computer pinned, {log.rotated_from}, handed the log over to it by "
            "a note both keys signed, and the log is consistent across the hand-over. Compare "
            "the new key with the one the server's operator publishes.",
            style="yellow",
            soft_wrap=True,
        )
    out.print(
        f"Evidence log checkpoint: size {log.size}, root {show_root(log.root_hash)} "
        f"(signed by {log.origin}+{log.key_id}).",
        soft_wrap=True,
    )
    proven = f"{log.proven} receipt" + ("" if log.proven == 1 else "s") + " proven"
    if log.previous_size is None:
        out.print(f"First checkpoint on this computer, nothing to compare yet; {proven}.")
    else:
        out.print(
            f"Log consistent with the last sync (size {log.previous_size} \u2192 {log.size}), "
            f"{proven}.",
            style="green",
        )


@app.command("sync")
def sync_diary(
    ctx: typer.Context,
    log_key: Annotated[
        str | None,
        typer.Option(
            "--log-key",
            metavar="KEY",
            help="The evidence log's verifier key as the server's operator publishes it: "
            "pinned if none is yet, refused if another one is.",
        ),
    ] = None,
) -> None:
    """Bring this computer's copy of the diary up to date, verifying every entry,
    and check the evidence log: the new checkpoint must extend the last one and
    hold every receipt."""
    if log_key is not None:
        with _reported_errors():
            parse_key(log_key)

    async def work(api: DaybookApi, profile: Profile) -> None:
        diary = _diary(api, profile)
        diary.log_key = log_key
        replica, report = await _synced(ctx, diary)
        verified = diary.read_replica(replica)
        out.print(f"{report.changed} changed, {report.deleted} deleted.")
        count = f"{len(verified)} entr" + ("y" if len(verified) == 1 else "ies")
        out.print(
            f"Verified all {count} on this computer: the account's signatures, "
            "the commitments, the decryption and the schema.",
            style="green",
        )
        _print_log(report.log)

    _with_api(ctx, work)


@log_app.command("show")
def log_show(ctx: typer.Context) -> None:
    """The evidence log's pinned key, to compare with the one the server's
    operator publishes, and the last checkpoint this computer verified."""
    profile = Profile.load(_profile_path(ctx))
    if profile is None:
        _fail("not signed in: run `daybook login` first")
    with _reported_errors():
        view = replica_store.load(_replica_path(ctx), profile.account_id).log
        checkpoint = kept_checkpoint(view)
    if view.verifier_key is None:
        out.print("No evidence log key is pinned on this computer yet: run `daybook sync`.")
        return
    verifier = parse_key(view.verifier_key)
    out.print(f"Origin:        {verifier.name}")
    out.print(f"Key id:        {verifier.key_id.hex()}")
    out.print(f"Verifier key:  {view.verifier_key}", soft_wrap=True)
    if checkpoint is not None and view.checkpoint is not None:
        out.print(f"Checkpoint:    size {checkpoint.size}, root {show_root(checkpoint.root_hash)}")
    out.print(f"Unproven receipts: {len(view.pending)}")
    out.print(
        "Compare the verifier key, every character, with the one the server's operator "
        "publishes somewhere other than this server (a web page, a printed notice, a "
        "message you trust). If they differ, this computer trusts another key than the "
        "operator's: stop using the server and ask them.",
        soft_wrap=True,
    )
    if view.checkpoint is not None:
        out.print()
        out.print("The last checkpoint verified here, as the server signed it:")
        out.print(Text(view.checkpoint), soft_wrap=True)


# The bundle commands have their own module, built on the helpers above.
from app.cli_bundle import bundle_app  # noqa: E402

app.add_typer(bundle_app, name="bundle")

# Advocacy (cli_advocacy.py) and the server-side bootstrap of organisations (cli_admin.py).
from app.cli_admin import admin_app  # noqa: E402
from app.cli_advocacy import advocate_app, note_app, org_app, sharing_app  # noqa: E402

app.add_typer(advocate_app, name="advocate")
app.add_typer(note_app, name="note")
app.add_typer(org_app, name="org")
app.add_typer(admin_app, name="admin")
app.add_typer(sharing_app)  # share, unshare, access-log: top-level commands

from app.cli_case import case_doc_app  # noqa: E402

app.add_typer(case_doc_app, name="case-doc")


def main() -> None:
    app()
