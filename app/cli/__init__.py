"""The `daybook` command: run the server, and a reference client for accounts,
sessions, keys and the diary. The signed-in state lives in a profile file (see
app/client/profile.py); every secret is derived and opened on this computer."""

# One module per command group; this one only puts them together. The client
# commands import no server module, and the server's own commands (serve, db,
# openapi, admin) import it inside the command, so every command starts at once.

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from app.client import i18n
from app.client.i18n import _


def _asked(argv: Sequence[str]) -> str | None:
    """`--lang` from the command line, before Click parses it: the root's
    options come before the command's name, and the last one given counts."""
    asked = None
    words = iter(argv)
    for word in words:
        if word.startswith("--lang="):
            asked = word.removeprefix("--lang=")
        elif word == "--lang":
            asked = next(words, None)
        elif not word.startswith("-"):
            break
        elif word == "--profile":
            next(words, None)
    return asked


def _typer_words() -> None:
    """Typer's own words around the help, which it takes from no catalogue of ours."""
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = _("Arguments")
    rich_utils.OPTIONS_PANEL_TITLE = _("Options")
    rich_utils.COMMANDS_PANEL_TITLE = _("Commands")
    rich_utils.ERRORS_PANEL_TITLE = _("Error")
    rich_utils.ABORTED_TEXT = _("Aborted.")
    rich_utils.DEFAULT_STRING = _("[default: {}]")
    rich_utils.ENVVAR_STRING = _("[env var: {}]")
    rich_utils.REQUIRED_LONG_STRING = _("[required]")
    rich_utils.RICH_HELP = _("Try [blue]'{command_path} {help_option}'[/] for help.")


# Typer takes the help texts as the command modules below are loaded, so the
# language is chosen first: `daybook --lang cy --help` is in Welsh.
i18n.activate(i18n.choose(_asked(sys.argv[1:])))
if i18n.language() != i18n.DEFAULT:
    _typer_words()

from app.cli import (  # noqa: E402 - after the language is chosen
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
from app.client.profile import PROFILE_ENV, default_path  # noqa: E402

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help=_(
        "The `daybook` command: run the server, and a reference client for accounts, "
        "sessions, keys and the diary. The signed-in state lives in a profile file; every "
        "secret is derived and opened on this computer."
    ),
)

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
            help=_("Profile file with this device's keys and tokens."),
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help=_(
                "Language of the words Daybook prints, and of the police report's labels"
                " ({languages}); else DAYBOOK_LANG, LANGUAGE, LC_ALL, LC_MESSAGES, LANG."
            ).format(languages=", ".join(i18n.LANGUAGES)),
        ),
    ] = None,
) -> None:
    i18n.activate(i18n.choose(lang))  # an unknown one is refused in the environment's
    if lang is not None and i18n.choose(lang) != lang.lower():
        raise typer.BadParameter(
            _("choose one of {languages}").format(languages=", ".join(i18n.LANGUAGES)),
            param_hint="--lang",
        )
    ctx.obj = profile or default_path()


def main() -> None:
    app()
