#!/usr/bin/env python3
"""Set up and run Daybook with nothing but Python 3.11+.

    python3 dev.py serve   start the API on the embedded default (SQLite, ./data)
    python3 dev.py test    lint, type-check and run the whole test suite

Each command creates ./.venv on first use and installs the project into it
whenever pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".daybook-installed"


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


def serve(extra: list[str]) -> int:
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
    print("--- pytest", flush=True)
    return _run("python", "-m", "pytest", *extra)


def main() -> int:
    commands = {"serve": serve, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    _ensure_environment()
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
