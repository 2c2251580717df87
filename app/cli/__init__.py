"""The `daybook` command: run the server, and a reference client for accounts,
sessions, keys and the diary. The signed-in state lives in a profile file (see
app/client/profile.py); every secret is derived and opened on this computer."""

# One module per command group; this one only lists them. A group's module is
# imported only when one of its commands runs or shows its help, and the
# modules import what a command needs inside the command, so `daybook --help`
# and `daybook GROUP --help` start at once (bench/cli_start.py): no server
# module, no HTTP client, no cryptography.

from pathlib import Path
from typing import Annotated

import typer

from app.cli.lazy import HELP_MARKUP, Lazy, LazyGroup
from app.client import i18n
from app.client.profile import PROFILE_ENV, default_path


def _command(module: str, summary: str, typer_app: str = "commands") -> Lazy:
    return Lazy(module, typer_app, summary, group=False)


# In the order `daybook --help` lists them: the top-level commands first.
COMMANDS: dict[str, Lazy] = {
    "serve": _command("app.cli.server", "Apply migrations and run the API server."),
    "openapi": _command(
        "app.cli.server", "Print the OpenAPI document (schemas/openapi.json is made from this)."
    ),
    "register": _command("app.cli.accounts", "Create an account; shows the recovery key once."),
    "login": _command("app.cli.accounts", "Sign in on this device and unlock the account keys."),
    "recover": _command(
        "app.cli.accounts",
        "Set a new passphrase with the recovery key; shows a NEW recovery key once.",
    ),
    "logout": _command(
        "app.cli.accounts", "End this device's session and delete its keys and tokens."
    ),
    "whoami": _command("app.cli.accounts", "Show the signed-in account."),
    "delete-account": _command(
        "app.cli.accounts", "Erase this account and everything in it on the server, for good."
    ),
    "lockout": _command(
        "app.cli.accounts",
        "Whether failed sign-ins on your username keep new devices out; --end ends it.",
    ),
    "events": _command("app.cli.accounts", "Security events of the account, newest first."),
    "attach": _command(
        "app.cli.uploads",
        "Upload an evidence file, encrypted, in a way that resumes after an interruption.",
    ),
    "sync": _command(
        "app.cli.entries",
        "Bring this computer's copy of the diary up to date, verifying every entry,"
        " and check the evidence log: the new checkpoint must extend the last one and"
        " hold every receipt.",
    ),
    "db": Lazy("app.cli.server", "db_app", "Database migrations."),
    "sessions": Lazy("app.cli.accounts", "sessions_app", "Signed-in devices; alone, lists them."),
    "passphrase": Lazy("app.cli.accounts", "passphrase_app", "The account passphrase."),
    "keys": Lazy("app.cli.accounts", "keys_app", "Account keys and fingerprints."),
    "log": Lazy(
        "app.cli.entries", "log_app", "The server's evidence log, as this computer has verified it."
    ),
    "entry": Lazy(
        "app.cli.entries", "entry_app", "Diary entries: write, edit, read and delete incidents."
    ),
    "uploads": Lazy(
        "app.cli.uploads",
        "uploads_app",
        "Files not yet in an entry (an upload cut short, or `daybook attach`):"
        " with no command, list them.",
    ),
    "bundle": Lazy("app.cli.bundles", "bundle_app", "Evidence bundles for the police."),
    "advocate": Lazy(
        "app.cli.advocacy",
        "advocate_app",
        "Your advocate (as a victim), or your cases (as an advocate).",
    ),
    "note": Lazy("app.cli.notes", "note_app", "Advocate notes, encrypted and signed."),
    "org": Lazy("app.cli.org", "org_app", "Your organisation's advocates (for its admins)."),
    "handover": Lazy("app.cli.handover", "handover_app", "Handing a case to another advocate."),
    "admin": Lazy(
        "app.cli.admin",
        "admin_app",
        "Run where the server runs, with its settings: organisations, backup and restore,"
        " the log's signing key.",
    ),
    "share": _command(
        "app.cli.advocacy",
        "Share entries, with every version and attachment, with your advocate.",
        "sharing_app",
    ),
    "share-until": _command(
        "app.cli.advocacy",
        "Move the end of one share: extend it (an expired one too), shorten it,"
        " or make it last until you revoke it (`never`).",
        "sharing_app",
    ),
    "unshare": _command(
        "app.cli.advocacy", "Stop sharing entries with your advocate, at once.", "sharing_app"
    ),
    "shares": _command(
        "app.cli.advocacy", "What you share now, with whom and since when.", "sharing_app"
    ),
    "access-log": _command(
        "app.cli.advocacy",
        "Every read by an advocate of what you shared, newest first.",
        "sharing_app",
    ),
    "case-doc": Lazy(
        "app.cli.case_documents",
        "case_doc_app",
        "Case documents kept with your advocate (or your client): safety plan, risk review,"
        " orders, case progress.",
    ),
}


class _Daybook(LazyGroup):
    to_load = COMMANDS


app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help=__doc__,
    cls=_Daybook,
    rich_markup_mode=HELP_MARKUP,
)


@app.callback()
def _main(
    ctx: typer.Context,
    profile: Annotated[
        str | None,
        typer.Option(
            "--profile",
            envvar=PROFILE_ENV,
            metavar="PATH",
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
    ctx.obj = Path(profile) if profile else default_path()


def main() -> None:
    app()
