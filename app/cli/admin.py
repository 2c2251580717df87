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

from app.cli.common import CliError, fail, out, utc, validated
from app.cli.server import make_data_dir, server_settings
from app.client.names import Named, UnknownName, resolve

# The server's modules are imported inside the commands: the rest of the
# command line never loads them.
if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from app.models import LogKey
    from app.state import AppState

admin_app = typer.Typer(
    no_args_is_help=True,
    help="Run where the server runs, with its settings: organisations, backup and restore, "
    "the log's signing key.",
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
        fail(f"the database failed ({cause}); is it migrated (`daybook db upgrade`)?")
    except (ValueError, OSError) as exc:
        fail(str(exc))


@admin_app.command("create-org")
def create_org(
    name: Annotated[str, typer.Argument(help="The organisation's name, as victims will see it.")],
) -> None:
    """Create an organisation and print its id."""
    from app.organisations import service
    from app.wire import OrganisationName

    name = validated(OrganisationName, name, "the name")

    async def work(db: AsyncSession, _state: AppState) -> uuid.UUID:
        return (await service.create_organisation(db, name)).id

    organisation_id = _in_database(work)
    out.print(Text(f"Created organisation {name}."))
    out.print(f"Id: {organisation_id}")
    out.print(f"Next: `daybook admin add-admin {organisation_id} --name NAME` for its first admin.")


@admin_app.command("add-admin")
def add_admin(
    organisation: Annotated[
        str,
        typer.Argument(help="Its name, or its id or the start of it (`daybook admin orgs`)."),
    ],
    name: Annotated[
        str, typer.Option("--name", help="The admin's name, as the organisation knows them.")
    ],
) -> None:
    """Print a one-time invitation code that makes its registrant an admin of the organisation."""
    from app.models import Role
    from app.organisations import repository, service
    from app.wire import DisplayName

    name = validated(DisplayName, name, "the name")

    async def work(db: AsyncSession, state: AppState) -> tuple[str, str, str]:
        candidates = (Named(o.id, (o.name,)) for o in await repository.all_organisations(db))
        where = "see `daybook admin orgs`"
        found = await repository.by_id(db, resolve(organisation, candidates, "organisation", where))
        if found is None:
            raise CliError(f"no organisation has the id {organisation}")
        invitation, code = await service.invite(db, state, found.id, Role.ORG_ADMIN, name, None)
        return found.name, code, utc(invitation.expires_at.isoformat())

    organisation_name, code, expires = _in_database(work)
    out.print(Text(f"Invitation for {name}, admin of {organisation_name}:"))
    out.print(Text(code, style="bold"))
    out.print(f"Expires: {expires}")
    out.print(
        "It works once and is shown only now. Give it to them in person or by a channel "
        "you trust; they create their account with it:",
        soft_wrap=True,
    )
    out.print(
        "    daybook register --invitation CODE --server URL --username NAME --device NAME",
        soft_wrap=True,
    )


@admin_app.command("orgs")
def orgs() -> None:
    """List the organisations."""
    from app.organisations import repository

    async def work(db: AsyncSession, _state: AppState) -> list[tuple[str, str, str]]:
        found = await repository.all_organisations(db)
        return [(str(o.id), o.name, utc(o.created_at.isoformat())) for o in found]

    found = _in_database(work)
    if not found:
        out.print("No organisations: create one with `daybook admin create-org NAME`.")
        return
    table = Table("id", "name", "created")
    for row in found:
        table.add_row(*map(Text, row))
    out.print(table)


@admin_app.command("backup")
def backup_command(
    directory: Annotated[Path, typer.Argument(help="A new directory for the backup.")],
) -> None:
    """Back up the database, then the blobs, while the server runs."""
    from app import backup

    try:
        report = backup.backup(server_settings(), directory)
    except backup.BackupError as exc:
        fail(str(exc))
    out.print(
        f"Backed up the {report.database} database and {report.blob_files} blob files "
        f"({report.blob_bytes} bytes) into {report.directory}."
    )
    out.print(
        "Keep DAYBOOK_SERVER_SECRET and DAYBOOK_SIGNING_KEY apart from it: the restored "
        "server needs the same ones.",
        soft_wrap=True,
    )


@admin_app.command("restore")
def restore_command(
    directory: Annotated[Path, typer.Argument(help="A directory `daybook admin backup` made.")],
) -> None:
    """Restore a backup into a new, empty database and blob directory; then start the server."""
    from app import backup

    try:
        report = backup.restore(server_settings(), directory)
    except backup.BackupError as exc:
        fail(str(exc))
    out.print(
        f"Restored the {report.database} database and {report.blob_files} blob files from "
        f"{report.directory}. Start the server with the same server keys."
    )


@admin_app.command("rotate-log-key")
def rotate_log_key(
    new_key_file: Annotated[
        Path | None,
        typer.Option(
            help="Where the new key is: read if the file exists, else made and written there "
            "(mode 0600). Needed when the key comes from DAYBOOK_SIGNING_KEY."
        ),
    ] = None,
) -> None:
    """Hand the evidence log to a new signing key. Checkpoints signed before stay
    verifiable, and devices that pinned the old key follow the signed hand-over."""
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from app import server_keys
    from app.config import Environment
    from app.evidence import service as evidence
    from app.evidence.router import log_signer
    from app.protocol.signed_note import Signer

    settings = server_settings()
    if settings.environment is Environment.TEST:
        fail("a test server makes a new log key at every start: there is none to rotate")
    if settings.signing_key is not None and new_key_file is None:
        fail(
            "the log key comes from DAYBOOK_SIGNING_KEY: pass --new-key-file FILE for the new "
            "one, then set DAYBOOK_SIGNING_KEY to it"
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
    out.print(f"The log is handed over at tree size {key.from_size} to the key")
    out.print(Text(key.verifier_key, style="bold"), soft_wrap=True)
    where = "the new key file" if staged is None else "data/server-keys.json"
    out.print(
        f"Restart every server process with it ({where}): until then they sign no "
        "checkpoint. Publish the new key beside the old one, and keep the old one "
        "published: what it signed stays verifiable with it.",
        soft_wrap=True,
    )
