"""The server's own commands: `daybook serve`, `db ...` and `openapi`.

They run where the server runs, from the DAYBOOK_* settings. The server's
modules (settings, migrations, the app) are imported inside the commands, so
that no client command pays for them."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from app.cli.common import fail, out
from app.client.i18n import _

if TYPE_CHECKING:
    from app.config import Settings

# Top-level commands: `daybook serve` and `daybook openapi`.
commands = typer.Typer()
db_app = typer.Typer(no_args_is_help=True, help=_("Database migrations."))

ASGI_FACTORY = "app.main:create_app"


def _alembic_config(url: str) -> Any:
    from alembic.config import Config

    ini = Path(__file__).resolve().parents[2] / "alembic.ini"
    if not ini.exists():
        ini = Path.cwd() / "alembic.ini"
    if not ini.exists():
        fail(_("alembic.ini not found next to the package or in the current directory"))
    config = Config(str(ini))
    config.attributes["url"] = url
    config.attributes["configure_logging"] = False
    return config


def server_settings() -> Settings:
    """The server's settings from the environment, or a one-line error."""
    import pydantic

    from app.config import Settings

    try:
        return Settings()
    except pydantic.ValidationError as exc:
        fail("; ".join(str(e["msg"]) for e in exc.errors()))


def make_data_dir(settings: Settings) -> None:
    # Only the server's user may read the database, blobs and generated keys.
    settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)


def _upgrade(settings: Settings) -> None:
    from alembic import command

    make_data_dir(settings)
    command.upgrade(_alembic_config(settings.resolved_database_url), "head")


def uvicorn_command(host: str, port: int, workers: int, forwarded_allow_ips: str) -> list[str]:
    """uvicorn's own command line for the app. Its worker processes start
    from uvicorn's `__main__`, so each imports uvicorn and the ASGI app alone,
    never this command line."""
    return [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        ASGI_FACTORY,
        "--host",
        host,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",  # never log client addresses
        # llhttp refuses a request with both Content-Length and
        # Transfer-Encoding, which h11 serves along with what it smuggles.
        "--http",
        "httptools",
        # Forwarded headers only from the proxies the operator names: none by
        # default, loopback included (an empty list believes no one).
        "--proxy-headers" if forwarded_allow_ips else "--no-proxy-headers",
        f"--forwarded-allow-ips={forwarded_allow_ips}",
    ]


@commands.command(help=_("Apply migrations and run the API server."))
def serve(
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    workers: Annotated[int, typer.Option(min=1)] = 1,
    forwarded_allow_ips: Annotated[
        str,
        typer.Option(
            envvar="DAYBOOK_FORWARDED_ALLOW_IPS",
            help=_(
                "Comma-separated addresses or networks of the reverse proxies whose "
                "X-Forwarded-For and X-Forwarded-Proto to believe. None by default: "
                "a header anyone can write must not choose the address that rate limits count."
            ),
        ),
    ] = "",
) -> None:
    _upgrade(server_settings())
    out.print(_("Daybook on {address} (API docs at /docs)").format(address=f"http://{host}:{port}"))
    out.file.flush()
    # This process becomes uvicorn's (same pid, so signals reach it): run
    # in-process, uvicorn's spawned workers would re-import this command
    # line first, which used to take seconds and made them miss the
    # supervisor's health checks and restart over and over.
    command = uvicorn_command(host, port, workers, forwarded_allow_ips)
    os.execv(command[0], command)  # noqa: S606 - our own interpreter and arguments


@db_app.command(
    "upgrade", help=_("Apply every migration to DAYBOOK_DATABASE_URL (or the SQLite default).")
)
def db_upgrade() -> None:
    _upgrade(server_settings())
    out.print(_("Database is at the latest revision."))


@db_app.command("downgrade", help=_("Revert migrations down to REVISION (for example -1 or base)."))
def db_downgrade(revision: str) -> None:
    from alembic import command

    command.downgrade(_alembic_config(server_settings().resolved_database_url), revision)
    out.print(_("Database downgraded to {revision}.").format(revision=revision))


@commands.command(help=_("Print the OpenAPI document (schemas/openapi.json is made from this)."))
def openapi() -> None:
    from app.config import Environment, Settings
    from app.main import create_app

    # Test settings: keys in memory and a lazy in-memory engine, so no disk,
    # data directory or secrets are needed.
    test_settings = Settings(
        environment=Environment.TEST,
        database_url="sqlite+aiosqlite:///:memory:",
        server_secret=None,
        signing_key=None,
        kdf_memory_kib=1024,
        kdf_iterations=1,
    )
    document = create_app(test_settings).openapi()
    typer.echo(json.dumps(document, indent=2, sort_keys=True))
