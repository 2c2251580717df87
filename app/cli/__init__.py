"""The `daybook` command: run the server, and a reference client for accounts,
sessions, keys and the diary. The signed-in state lives in a profile file (see
app/client/profile.py); every secret is derived and opened on this computer."""

# One module per command group; this one only puts them together. The client
# commands import no server module, and the server's own commands (serve, db,
# openapi, admin) import it inside the command, so every command starts at once.

from pathlib import Path
from typing import Annotated

import typer

from app.cli import (
    accounts,
    admin,
    advocacy,
    bundles,
    case_documents,
    entries,
    handover,
    notes,
    org,
    server,
    uploads,
)
from app.client import i18n
from app.client.profile import PROFILE_ENV, default_path

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)

# In the order `daybook --help` lists them: the top-level commands first.
app.add_typer(server.commands)  # serve, openapi
app.add_typer(accounts.commands)  # register, login, recover, logout, whoami, delete-account, events
app.add_typer(uploads.commands)  # attach
app.add_typer(entries.commands)  # sync
app.add_typer(server.db_app, name="db")
app.add_typer(accounts.sessions_app, name="sessions")
app.add_typer(accounts.passphrase_app, name="passphrase")
app.add_typer(accounts.keys_app, name="keys")
app.add_typer(entries.log_app, name="log")
app.add_typer(entries.entry_app, name="entry")
app.add_typer(uploads.uploads_app, name="uploads")
app.add_typer(bundles.bundle_app, name="bundle")
app.add_typer(advocacy.advocate_app, name="advocate")
app.add_typer(notes.note_app, name="note")
app.add_typer(org.org_app, name="org")
app.add_typer(handover.handover_app, name="handover")
app.add_typer(admin.admin_app, name="admin")
app.add_typer(advocacy.sharing_app)  # share, unshare, share-until, access-log
app.add_typer(case_documents.case_doc_app, name="case-doc")


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
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help=(
                "Language of the words Daybook prints, and of the police report's labels"
                f" ({', '.join(i18n.LANGUAGES)}); else DAYBOOK_LANG, LANGUAGE, LC_ALL, LANG."
            ),
        ),
    ] = None,
) -> None:
    if lang is not None and i18n.choose(lang) != lang.lower():
        raise typer.BadParameter(f"choose one of {', '.join(i18n.LANGUAGES)}", param_hint="--lang")
    i18n.activate(i18n.choose(lang))
    ctx.obj = profile or default_path()


def main() -> None:
    app()
