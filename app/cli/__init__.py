"""The `daybook` command: run the server, and a reference client for accounts,
sessions, keys and the diary. The signed-in state lives in a profile file (see
app/client/profile.py); every secret is derived and opened on this computer."""

# One module per command group; this one only lists them. A group's module is
# imported only when one of its commands runs or shows its help, and the
# modules import what a command needs inside the command, so `daybook --help`
# and `daybook GROUP --help` start at once (bench/cli_start.py): no server
# module, no HTTP client, no cryptography.

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from app.cli.lazy import HELP_MARKUP, Lazy, LazyGroup
from app.client import i18n
from app.client.i18n import N_, _
from app.client.profile import PROFILE_ENV, default_path


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


# Typer's own words around the help, which it takes from no catalogue of ours
# (the usage line and --help's own help are lazy.py's).
_HELP_WORDS = {
    N_("Options"),
    N_("Arguments"),
    N_("Commands"),
    N_("default: {default}"),
    N_("env var: {var}"),
    N_("required"),
}


def _typer_words() -> None:
    from typer import core

    def translated(message: str) -> str:
        return _(message) if message in _HELP_WORDS else message

    core._ = translated  # type: ignore[attr-defined]


# The summaries below, and Typer's help texts as a command's module is loaded,
# are taken in the language chosen first: `daybook --lang cy --help` is in Welsh.
i18n.activate(i18n.choose(_asked(sys.argv[1:])))
if i18n.language() != i18n.DEFAULT:
    _typer_words()


def _command(module: str, summary: str, typer_app: str = "commands") -> Lazy:
    return Lazy(module, typer_app, summary, group=False)


# In the order `daybook --help` lists them: the top-level commands first.
COMMANDS: dict[str, Lazy] = {
    "serve": _command("app.cli.server", _("Apply migrations and run the API server.")),
    "openapi": _command(
        "app.cli.server", _("Print the OpenAPI document (schemas/openapi.json is made from this).")
    ),
    "register": _command("app.cli.accounts", _("Create an account; shows the recovery key once.")),
    "login": _command("app.cli.accounts", _("Sign in on this device and unlock the account keys.")),
    "recover": _command(
        "app.cli.accounts",
        _("Set a new passphrase with the recovery key; shows a NEW recovery key once."),
    ),
    "logout": _command(
        "app.cli.accounts", _("End this device's session and delete its keys and tokens.")
    ),
    "whoami": _command("app.cli.accounts", _("Show the signed-in account.")),
    "delete-account": _command(
        "app.cli.accounts", _("Erase this account and everything in it on the server, for good.")
    ),
    "lockout": _command(
        "app.cli.accounts",
        _("Whether failed sign-ins on your username keep new devices out; --end ends it."),
    ),
    "events": _command("app.cli.accounts", _("Security events of the account, newest first.")),
    "attach": _command(
        "app.cli.uploads",
        _("Upload an evidence file, encrypted, in a way that resumes after an interruption."),
    ),
    "sync": _command(
        "app.cli.entries",
        _(
            "Bring this computer's copy of the diary up to date, verifying every entry,"
            " and check the evidence log: the new checkpoint must extend the last one and"
            " hold every receipt."
        ),
    ),
    "db": Lazy("app.cli.server", "db_app", _("Database migrations.")),
    "sessions": Lazy(
        "app.cli.accounts",
        "sessions_app",
        _("Signed-in devices; alone, lists them."),
    ),
    "passphrase": Lazy("app.cli.accounts", "passphrase_app", _("The account passphrase.")),
    "keys": Lazy("app.cli.accounts", "keys_app", _("Account keys and fingerprints.")),
    "log": Lazy(
        "app.cli.entries",
        "log_app",
        _("The server's evidence log, as this computer has verified it."),
    ),
    "entry": Lazy(
        "app.cli.entries", "entry_app", _("Diary entries: write, edit, read and delete incidents.")
    ),
    "uploads": Lazy(
        "app.cli.uploads",
        "uploads_app",
        _(
            "Files not yet in an entry (an upload cut short, or `daybook attach`):"
            " with no command, list them."
        ),
    ),
    "bundle": Lazy("app.cli.bundles", "bundle_app", _("Evidence bundles for the police.")),
    "advocate": Lazy(
        "app.cli.advocacy",
        "advocate_app",
        _("Your advocate (as a victim), or your cases (as an advocate)."),
    ),
    "note": Lazy("app.cli.notes", "note_app", _("Advocate notes, encrypted and signed.")),
    "org": Lazy("app.cli.org", "org_app", _("Your organisation's advocates (for its admins).")),
    "handover": Lazy("app.cli.handover", "handover_app", _("Handing a case to another advocate.")),
    "admin": Lazy(
        "app.cli.admin",
        "admin_app",
        _(
            "Run where the server runs, with its settings: organisations, backup and restore,"
            " the log's signing key."
        ),
    ),
    "share": _command(
        "app.cli.advocacy",
        _("Share entries, with every version and attachment, with your advocate."),
        "sharing_app",
    ),
    "share-until": _command(
        "app.cli.advocacy",
        _(
            "Move the end of one share: extend it (an expired one too), shorten it,"
            " or make it last until you revoke it (`never`)."
        ),
        "sharing_app",
    ),
    "unshare": _command(
        "app.cli.advocacy", _("Stop sharing entries with your advocate, at once."), "sharing_app"
    ),
    "shares": _command(
        "app.cli.advocacy", _("What you share now, with whom and since when."), "sharing_app"
    ),
    "access-log": _command(
        "app.cli.advocacy",
        _("Every read by an advocate of what you shared, newest first."),
        "sharing_app",
    ),
    "case-doc": Lazy(
        "app.cli.case_documents",
        "case_doc_app",
        _(
            "Case documents kept with your advocate (or your client): safety plan, risk review,"
            " orders, case progress."
        ),
    ),
}


class _Daybook(LazyGroup):
    to_load = COMMANDS


app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help=_(
        "The `daybook` command: run the server, and a reference client for accounts, "
        "sessions, keys and the diary. The signed-in state lives in a profile file; every "
        "secret is derived and opened on this computer."
    ),
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
    ctx.obj = Path(profile) if profile else default_path()


def main() -> None:
    app()
