"""`daybook admin ...`: bootstrap organisations on the server itself, like
`daybook db upgrade`: from the DAYBOOK_* settings, straight to the database.
Everything after the first admin (advocates, deactivation) goes over the API
with `daybook org`."""

from __future__ import annotations

import os
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.table import Table
from rich.text import Text

from app.cli.common import CliError, fail, out, print_fields, utc, validated
from app.cli.server import make_data_dir, server_settings
from app.client.i18n import _
from app.client.names import Named, UnknownName, resolve

# The server's modules are imported inside the commands: the rest of the
# command line never loads them.
if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from app.models import LogKey
    from app.state import AppState

admin_app = typer.Typer(
    no_args_is_help=True,
    help=_(
        "Run where the server runs, with its settings: organisations, backup and restore, "
        "the log's signing key."
    ),
)

T = TypeVar("T")


def _in_database(work: Callable[[AsyncSession, AppState], Awaitable[T]]) -> T:
    """Run `work` in one transaction on the server's database, with its keys."""
    import sqlalchemy.exc

    from app.db import transaction
    from app.errors import DaybookError
    from app.state import AppState

    settings = server_settings()
    make_data_dir(settings)

    async def go() -> T:
        state = AppState.create(settings)
        try:
            async with transaction(state.sessionmaker) as db:
                return await work(db, state)
        finally:
            await state.engine.dispose()

    try:
        import asyncio

        return asyncio.run(go())
    except DaybookError as exc:
        fail(exc.detail)
    except (CliError, UnknownName) as exc:
        fail(str(exc))
    except sqlalchemy.exc.SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        failed = _("the database failed ({error}); is it migrated (`daybook db upgrade`)?")
        fail(failed.format(error=cause))
    except (ValueError, OSError) as exc:
        fail(str(exc))


@admin_app.command("create-org", help=_("Create an organisation and print its id."))
def create_org(
    name: Annotated[
        str, typer.Argument(help=_("The organisation's name, as victims will see it."))
    ],
) -> None:
    from app.organisations import service
    from app.wire import OrganisationName

    name = validated(OrganisationName, name, _("the name"))

    async def work(db: AsyncSession, _state: AppState) -> uuid.UUID:
        return (await service.create_organisation(db, name)).id

    organisation_id = _in_database(work)
    out.print(Text(_("Created organisation {name}.").format(name=name)))
    print_fields([(_("Id:"), str(organisation_id))])
    following = _("Next: `daybook admin add-admin {organisation} --name NAME` for its first admin.")
    out.print(following.format(organisation=organisation_id))


@admin_app.command(
    "add-admin",
    help=_(
        "Print a one-time invitation code that makes its registrant an admin of the organisation."
    ),
)
def add_admin(
    organisation: Annotated[
        str,
        typer.Argument(help=_("Its name, or its id or the start of it (`daybook admin orgs`).")),
    ],
    name: Annotated[
        str, typer.Option("--name", help=_("The admin's name, as the organisation knows them."))
    ],
) -> None:
    from app.models import Role
    from app.organisations import repository, service
    from app.wire import DisplayName

    name = validated(DisplayName, name, _("the name"))

    async def work(db: AsyncSession, state: AppState) -> tuple[str, str, str]:
        candidates = (Named(o.id, (o.name,)) for o in await repository.all_organisations(db))
        where = _("see `daybook admin orgs`")
        chosen = resolve(organisation, candidates, _("organisation"), where)
        found = await repository.by_id(db, chosen)
        if found is None:
            raise CliError(_("no organisation has the id {id}").format(id=organisation))
        invitation, code = await service.invite(db, state, found.id, Role.ORG_ADMIN, name, None)
        return found.name, code, utc(invitation.expires_at.isoformat())

    organisation_name, code, expires = _in_database(work)
    invited = _("Invitation for {name}, admin of {organisation}:")
    out.print(Text(invited.format(name=name, organisation=organisation_name)))
    out.print(Text(code, style="bold"))
    print_fields([(_("Expires:"), expires)])
    out.print(
        _(
            "It works once and is shown only now. Give it to them in person or by a channel "
            "you trust; they create their account with it:"
        ),
        soft_wrap=True,
    )
    out.print(
        "    daybook register --invitation CODE --server URL --username NAME --device NAME",
        soft_wrap=True,
    )


@admin_app.command("orgs", help=_("List the organisations."))
def orgs() -> None:
    from app.organisations import repository

    async def work(db: AsyncSession, _state: AppState) -> list[tuple[str, str, str]]:
        found = await repository.all_organisations(db)
        return [(str(o.id), o.name, utc(o.created_at.isoformat())) for o in found]

    found = _in_database(work)
    if not found:
        out.print(_("No organisations: create one with `daybook admin create-org NAME`."))
        return
    table = Table(_("id"), _("name"), _("created"))
    for row in found:
        table.add_row(*map(Text, row))
    out.print(table)


@admin_app.command("backup", help=_("Back up the database, then the blobs, while the server runs."))
def backup_command(
    directory: Annotated[Path, typer.Argument(help=_("A new directory for the backup."))],
) -> None:
    from app import backup

    try:
        report = backup.backup(server_settings(), directory)
    except backup.BackupError as exc:
        fail(str(exc))
    backed_up = _(
        "Backed up the {database} database and {files} blob files ({bytes} bytes) into {directory}."
    )
    out.print(
        backed_up.format(
            database=report.database,
            files=report.blob_files,
            bytes=report.blob_bytes,
            directory=report.directory,
        )
    )
    out.print(
        _(
            "Keep DAYBOOK_SERVER_SECRET and DAYBOOK_SIGNING_KEY apart from it: the restored "
            "server needs the same ones."
        ),
        soft_wrap=True,
    )


@admin_app.command(
    "restore",
    help=_(
        "Restore a backup into a new, empty database and blob directory; then start the server."
    ),
)
def restore_command(
    directory: Annotated[Path, typer.Argument(help=_("A directory `daybook admin backup` made."))],
) -> None:
    from app import backup

    try:
        report = backup.restore(server_settings(), directory)
    except backup.BackupError as exc:
        fail(str(exc))
    restored = _(
        "Restored the {database} database and {files} blob files from "
        "{directory}. Start the server with the same server keys."
    )
    out.print(
        restored.format(
            database=report.database, files=report.blob_files, directory=report.directory
        )
    )


@admin_app.command(
    "rotate-log-key",
    help=_(
        "Hand the evidence log to a new signing key. Checkpoints signed before stay "
        "verifiable, and devices that pinned the old key follow the signed hand-over."
    ),
)
def rotate_log_key(
    new_key_file: Annotated[
        Path | None,
        typer.Option(
            help=_(
                "Where the new key is: read if the file exists, else made and written there "
                "(mode 0600). Needed when the key comes from DAYBOOK_SIGNING_KEY."
            )
        ),
    ] = None,
) -> None:
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from app import server_keys
    from app.config import Environment
    from app.evidence import service as evidence
    from app.evidence.router import log_signer
    from app.protocol.signed_note import Signer

    settings = server_settings()
    if settings.environment is Environment.TEST:
        fail(_("a test server makes a new log key at every start: there is none to rotate"))
    if settings.signing_key is not None and new_key_file is None:
        fail(
            _(
                "the log key comes from DAYBOOK_SIGNING_KEY: pass --new-key-file FILE for the new "
                "one, then set DAYBOOK_SIGNING_KEY to it"
            )
        )
    staged = None
    try:
        if new_key_file is not None:
            seed = server_keys.new_signing_seed(new_key_file)
        else:
            seed = os.urandom(32)
            staged = server_keys.stage_signing_key(settings, seed)
    except (OSError, ValueError) as exc:
        fail(str(exc))

    async def work(db: AsyncSession, state: AppState) -> LogKey:
        new = ed25519.Ed25519PrivateKey.from_private_bytes(seed)
        old = log_signer(state)
        return await evidence.rotate_key(db, old, Signer(old.name, new))

    try:
        key = _in_database(work)
        if staged is not None:
            server_keys.install_staged(staged)
    finally:
        if staged is not None:
            staged.unlink(missing_ok=True)
    handed = _("The log is handed over at tree size {size} to the key")
    out.print(handed.format(size=key.from_size))
    out.print(Text(key.verifier_key, style="bold"), soft_wrap=True)
    where = _("the new key file") if staged is None else "data/server-keys.json"
    out.print(
        _(
            "Restart every server process with it ({where}): until then they sign no "
            "checkpoint. Publish the new key beside the old one, and keep the old one "
            "published: what it signed stays verifiable with it."
        ).format(where=where),
        soft_wrap=True,
    )
