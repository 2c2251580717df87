"""What every client command shares: the consoles, one-line failures, the
signed-in profile and the API opened with it, what is kept beside the profile
(the diary's replica, unfinished uploads), prompts and progress bars.

Client code only: nothing here imports the server (tests/test_cli_imports.py)."""

from __future__ import annotations

import datetime as dt
import os
import uuid
import zoneinfo
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from app.client.i18n import _
from app.client.names import UnknownName
from app.client.profile import Profile, delete

# The HTTP client, the cryptography and the diary are imported inside the
# functions that use them, so that `daybook GROUP --help` loads none of them.
if TYPE_CHECKING:
    import httpx
    from rich.progress import Progress

    from app.client import attachments, identity
    from app.client.api import DaybookApi
    from app.client.diary import Diary, VerificationError
    from app.client.drafts import Drafts
    from app.client.incident import IncidentInvalid
    from app.client.log_check import LogInconsistent
    from app.client.pending_uploads import PendingUploads

# Test hook: tests set this to httpx.ASGITransport(app=...) to run the client
# against an in-process app. None means real HTTP.
_transport: httpx.AsyncBaseTransport | None = None

# Markup off by default: device names and server details are untrusted text.
out = Console(highlight=False, markup=False)
err = Console(stderr=True, highlight=False, markup=False)


class CliError(Exception):
    """A failure to report in one line, without a traceback."""


def fail(message: str) -> NoReturn:
    err.print(Text.assemble((_("error: "), "red"), message), soft_wrap=True)
    raise typer.Exit(1)


def _verification_failed(exc: VerificationError) -> NoReturn:
    err.print(Text.assemble((_("VERIFICATION FAILED: "), "bold red"), (str(exc), "red")))
    err.print(
        Text(
            _(
                "What the server sent (or the copy on this computer) is not what this account "
                "wrote and signed. Nothing was saved. Do not rely on that entry until this is "
                "explained."
            ),
            style="red",
        ),
        soft_wrap=True,
    )
    raise typer.Exit(1)


def _log_failed(exc: LogInconsistent) -> NoReturn:
    """A log that does not add up: as loud as it gets, and nothing saved."""
    from app.client.log_check import SplitView

    title = (
        _("SPLIT VIEW: THE SERVER'S EVIDENCE LOG DOES NOT ADD UP")
        if isinstance(exc, SplitView)
        else _("THE SERVER'S EVIDENCE LOG FAILED ITS CHECK")
    )
    err.rule(Text(title, style="bold white on red"), style="bold red")
    err.print(Text(str(exc), style="bold red"), soft_wrap=True)
    err.print(
        Text(
            _(
                "Nothing from this sync was saved: this computer keeps the last checkpoint it "
                "verified, signed by the server, which is evidence of what the server showed "
                "before. Keep this computer's copy as it is, tell whoever runs the server, and "
                "do not rely on its receipts until this is explained."
            ),
            style="red",
        ),
        soft_wrap=True,
    )
    err.rule(style="bold red")
    raise typer.Exit(1)


def _invalid(exc: IncidentInvalid) -> NoReturn:
    err.print(Text.assemble((_("error: "), "red"), _("the incident is not valid:")))
    for problem in exc.problems:
        err.print(Text(f"  {problem}"), soft_wrap=True)
    raise typer.Exit(1)


@contextmanager
def reported_errors(interrupted: str | None = None) -> Iterator[None]:
    """Expected failures as a short message and exit code, never a traceback."""
    import httpx
    from cryptography.exceptions import InvalidTag

    from app.client.api import ApiError
    from app.client.attachments import AttachmentCorrupt
    from app.client.diary import EntryDeleted, VerificationError
    from app.client.incident import IncidentInvalid
    from app.client.log_check import LogInconsistent

    try:
        yield
    except KeyboardInterrupt:
        # A caller's message is marked with N_ where it is defined.
        message = _(interrupted) if interrupted else _("stopped before finishing")
        err.print(Text.assemble((_("interrupted: "), "yellow"), message), soft_wrap=True)
        raise typer.Exit(130) from None
    except LogInconsistent as exc:
        _log_failed(exc)
    except VerificationError as exc:
        _verification_failed(exc)
    except IncidentInvalid as exc:
        _invalid(exc)
    except ApiError as exc:
        fail(str(exc.problem.get("detail") or exc))
    except httpx.HTTPError as exc:
        fail(_("cannot reach the server: {error}").format(error=exc))
    except InvalidTag:
        fail(_("could not open the sealed keys: wrong key"))
    except EntryDeleted as exc:
        fail(
            _("{entry}: its content is erased for good; only a tombstone is left").format(entry=exc)
        )
    except AttachmentCorrupt as exc:
        fail(_("the attachment failed its check and was not saved: {error}").format(error=exc))
    except (CliError, ValueError, OSError, UnknownName) as exc:
        fail(str(exc))


def run(work: Coroutine[Any, Any, None], *, interrupted: str | None = None) -> None:
    import asyncio

    with reported_errors(interrupted):
        asyncio.run(work)


# Prompts and output


def secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    return str(typer.prompt(prompt, hide_input=True, confirmation_prompt=confirm))


def validated(annotation: Any, value: str, what: str) -> str:
    """`value` as the server would take it (a name, a label: a type of
    app/wire.py), or a one-line error."""
    import pydantic  # only the few commands that take a name need it

    try:
        return str(pydantic.TypeAdapter(annotation).validate_python(value))
    except pydantic.ValidationError as exc:
        problems = (str(e["msg"]).removeprefix("Value error, ") for e in exc.errors())
        fail(f"{what}: " + "; ".join(problems))


def utc(moment: dt.datetime | str | None) -> str:
    """A time as `2026-03-14 21:05 UTC`, for the operators' and admins' commands."""
    if not moment:
        return ""
    return _aware(moment).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _aware(moment: dt.datetime | str) -> dt.datetime:
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment.upper())
    if moment.tzinfo is None:  # the server's times are UTC, with or without an offset
        moment = moment.replace(tzinfo=dt.UTC)
    return moment


def local_time(moment: dt.datetime | str | None) -> str:
    """A time as this computer's wall-clock time, its zone named:
    `2026-03-14 21:05 GMT (Europe/London)`; nothing for none."""
    if not moment:
        return ""
    from app.client.incident_fields import local_zone_name

    zone = local_zone_name()
    local = _aware(moment).astimezone(zoneinfo.ZoneInfo(zone))
    return f"{local.strftime('%Y-%m-%d %H:%M %Z')} ({zone})"


def print_fields(rows: Sequence[tuple[str, str | Text]], console: Console = out) -> None:
    """Labels and their values, the values lined up whatever the labels' language."""
    width = max(len(label) for label, _value in rows) + 1
    for label, value in rows:
        console.print(Text.assemble(label.ljust(width), value), soft_wrap=True)


@contextmanager
def progress_bars() -> Iterator[Progress]:
    from rich.progress import (  # only the commands that move files draw bars
        BarColumn,
        DownloadColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeRemainingColumn,
    )

    class MiBPerSecond(ProgressColumn):  # defined here, where rich.progress is loaded
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            text = "" if speed is None else f"{speed / 2**20:.1f} MiB/s"
            return Text(text, "progress.data.speed")

    with Progress(
        TextColumn("{task.description}", markup=False),  # file names are untrusted
        BarColumn(),
        DownloadColumn(binary_units=True),
        MiBPerSecond(),
        TimeRemainingColumn(),
        console=err,
    ) as progress:
        yield progress


def bar(progress: Progress, name: str, total: int) -> attachments.Progress:
    task = progress.add_task(name, total=total)
    return lambda done: progress.advance(task, done)


# The signed-in profile and the API opened with it


def profile_path(ctx: typer.Context) -> Path:
    path = ctx.find_root().obj
    assert isinstance(path, Path)
    return path


def identity_of(profile: Profile) -> identity.Identity:
    """The account keys unlocked at sign-in: the profile is this device's keychain."""
    from app.client import identity
    from app.protocol.keys import AccountKeys

    keys = AccountKeys.from_bytes(profile.private_keys)
    return identity.Identity(profile.account_id, profile.username, keys)


@asynccontextmanager
async def _open(path: Path) -> AsyncIterator[tuple[DaybookApi, Profile]]:
    """The API as the signed-in account of the profile; refreshed tokens are
    saved back, and a session the server ended removes the keys from disk."""
    from app.client.api import DaybookApi, Tokens

    profile = Profile.load(path)
    if profile is None:
        raise CliError(_("not signed in: run `daybook login` or `daybook register` first"))

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


def with_api(
    ctx: typer.Context,
    work: Callable[[DaybookApi, Profile], Awaitable[None]],
    *,
    interrupted: str | None = None,
) -> None:
    async def go() -> None:
        async with _open(profile_path(ctx)) as (api, profile):
            await work(api, profile)

    run(go(), interrupted=interrupted)


def new_api(server: str) -> DaybookApi:
    """The API of `server` before sign-in."""
    from app.client.api import DaybookApi

    return DaybookApi(server, transport=_transport)


# What is kept beside the profile: the diary's replica, unfinished uploads and drafts


def state_dir(ctx: typer.Context) -> Path:
    return profile_path(ctx).parent


def replica_path(ctx: typer.Context) -> Path:
    from app.client import replica_store

    return state_dir(ctx) / replica_store.REPLICA_FILE


def uploads(ctx: typer.Context, profile: Profile) -> PendingUploads:
    from app.client.pending_uploads import UPLOADS_DIR, PendingUploads

    return PendingUploads(state_dir(ctx) / UPLOADS_DIR, profile.account_id)


def drafts(ctx: typer.Context, profile: Profile) -> Drafts:
    from app.client.drafts import DRAFTS_DIR, Drafts

    return Drafts(state_dir(ctx) / DRAFTS_DIR, profile.account_id, profile.private_keys)


def forget_local_diary(ctx: typer.Context, profile: Profile) -> None:
    """The replica, the unfinished uploads with their file keys, and the drafts."""
    from app.client import replica_store

    replica_store.delete(replica_path(ctx))
    uploads(ctx, profile).clear()
    drafts(ctx, profile).clear()


def diary_of(api: DaybookApi, profile: Profile) -> Diary:
    from app.client.diary import Diary

    return Diary(api, identity_of(profile))


def find_entry_id(ctx: typer.Context, profile: Profile, text: str) -> uuid.UUID:
    """The entry id given, or the one entry of the replica whose id starts with it."""
    from app.client import replica_store

    replica = replica_store.load(replica_path(ctx), profile.account_id)
    return replica_store.find_entry(replica, text)
