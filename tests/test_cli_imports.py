"""Client code never imports server code: the reference client library, the
protocol module and the client commands of `daybook` load no server module and
no server library, so the command line starts at once and the client library
runs where the server's dependencies are not installed.

One test runs commands in a fresh interpreter and looks at what it loaded; the
other reads every import statement of app/client, app/protocol and app/cli."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
SERVER_LIBRARIES = frozenset(
    {
        "aiosqlite",
        "alembic",
        "asyncpg",
        "boto3",
        "botocore",
        "fastapi",
        "prometheus_client",
        "pydantic_settings",
        "redis",
        "sqlalchemy",
        "starlette",
        "uvicorn",
    }
)
# What client code may import from the app: itself and the protocol.
CLIENT_PACKAGES = ("app.client", "app.protocol")
# The command line also takes the wire format's name rules (app/wire.py, pydantic
# alone), so a name is refused before it is sent.
CLI_PACKAGES = (*CLIENT_PACKAGES, "app.cli", "app.wire")
# The server's own commands, which import the server inside each command.
SERVER_COMMANDS = frozenset({"admin.py", "server.py"})

# Runs `daybook ARGS` in this interpreter, then prints every module it loaded.
PROBE = """
import sys
from app.cli import main
sys.argv = ["daybook", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print("\\n".join(sorted(sys.modules)), file=sys.stderr)
"""


def _server_modules(loaded: set[str], allowed: tuple[str, ...]) -> list[str]:
    def is_server(name: str) -> bool:
        if name.split(".")[0] in SERVER_LIBRARIES:
            return True
        in_app = name == "app" or name.startswith("app.")
        return in_app and name != "app" and not name.startswith(allowed)

    return sorted(name for name in loaded if is_server(name))


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["entry", "list"],
        ["bundle", "verify", "--help"],
        ["advocate", "read", "--help"],
        ["admin", "--help"],
    ],
    ids=" ".join,
)
def test_a_client_command_loads_no_server_module(args: list[str], tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DAYBOOK_")}
    env |= {"HOME": str(tmp_path), "DAYBOOK_PROFILE": str(tmp_path / "profile.json")}
    done = subprocess.run(  # noqa: S603 - this interpreter and our own probe
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=120,
    )
    loaded = set(done.stderr.splitlines())
    assert "app.cli" in loaded, done.stderr[-2000:]
    if args == ["entry", "list"]:
        assert "not signed in" in done.stderr  # the command ran, without a profile
    assert _server_modules(loaded, CLI_PACKAGES) == []


# What only a command's work needs: help, for the whole command line or one
# command, loads none of it (app/cli/lazy.py; timed in bench/cli_start.py).
WORK_LIBRARIES = frozenset({"httpx", "cryptography", "fpdf", "PIL", "pydantic", "babel"})


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["entry", "--help"],
        ["entry", "add", "--help"],
        ["bundle", "create", "--help"],
        ["advocate", "read", "--help"],
        ["register", "--help"],
        ["share", "--help"],
        ["case-doc", "--help"],
    ],
    ids=" ".join,
)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_help_loads_no_http_client_cryptography_or_pdf(
    args: list[str], language: str, tmp_path: Path
) -> None:
    """In Welsh too: the catalogue is read without Babel (app/client/po_file.py)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DAYBOOK_")}
    env |= {"HOME": str(tmp_path), "COLUMNS": "120", "DAYBOOK_LANG": language}
    done = subprocess.run(  # noqa: S603 - this interpreter and our own probe
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=120,
    )
    assert ("Usage: daybook" if language == "en" else "Defnydd: daybook") in done.stdout, (
        done.stderr[-2000:]
    )
    loaded = {name.split(".")[0] for name in done.stderr.splitlines()}
    assert sorted(loaded & WORK_LIBRARIES) == []


def test_help_lists_each_command_by_the_start_of_its_own_help() -> None:
    """`daybook --help` lists commands it has not loaded by a summary kept
    beside the list; it must say what the command's own help says."""
    from app import cli
    from app.cli.lazy import load

    for name, lazy in cli.COMMANDS.items():
        own = " ".join((load(name, lazy).help or "").split())
        assert own.startswith(" ".join(lazy.summary.split())), name


def _imports(path: Path) -> list[tuple[str, bool]]:
    """Every module `path` imports, and whether on import (else in a function or for mypy)."""
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            # A function's body, and `if TYPE_CHECKING:`, run later or never.
            deferred = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) or (
                isinstance(child, ast.If) and ast.unparse(child.test) == "TYPE_CHECKING"
            )
            if isinstance(child, ast.Import):
                found.extend((alias.name, top) for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                found.append((child.module, top))
            visit(child, top and not deferred)

    visit(ast.parse(path.read_text(encoding="utf-8")), True)
    return found


def _refused(module: str, allowed: tuple[str, ...]) -> bool:
    if module.split(".")[0] in SERVER_LIBRARIES:
        return True
    return module.startswith("app.") and not module.startswith(allowed)


@pytest.mark.parametrize("package", ["client", "protocol"])
def test_client_and_protocol_import_no_server_module(package: str) -> None:
    found = [
        f"{path.relative_to(APP.parent)}: {module}"
        for path in sorted((APP / package).rglob("*.py"))
        for module, _top in _imports(path)
        if _refused(module, CLIENT_PACKAGES)
    ]
    assert found == []


def test_cli_imports_the_server_only_inside_the_server_commands() -> None:
    found = []
    for path in sorted((APP / "cli").glob("*.py")):
        for module, top in _imports(path):
            server_command = path.name in SERVER_COMMANDS and not top
            if _refused(module, CLI_PACKAGES) and not server_command:
                found.append(f"{path.relative_to(APP.parent)}: {module}")
    assert found == []
