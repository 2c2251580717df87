"""The command line speaks the language the person chose: every word it
prints goes through the gettext catalogue (tests/test_i18n.py checks each
has a Welsh entry), its help is in that language from the first command,
and what the victim wrote comes back exactly as she wrote it."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import common
from app.client import i18n
from tests.test_cli import run
from tests.test_cli_diary import add_simple, ok
from tests.test_cli_diary import profile_path as profile_path  # the fixture
from tests.test_cli_diary import signed_in as signed_in  # the fixture

CLI = Path(common.__file__).parent
ROOT = CLI.parents[1]

# Where a string reaches a person: printed, prompted, raised as a one-line
# error, a table's headings, or a command's help.
_SHOWN_BY = {"print", "rule", "fail", "CliError", "prompt", "confirm", "Table", "Text", "assemble"}
_SHOWN_AS = {"help", "show_default"}
# Literals that are no language's words.
_NOT_WORDS = {
    "sha256",  # the hash's name, as `sha256sum` spells it
    "progress.data.speed",  # a rich style
}


def _words(node: ast.expr) -> bool:
    """A literal (or an f-string's literal part) a person would read."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value.strip()
        command = text.startswith("daybook ")  # a command line to type as it is
        return any(c.isalpha() for c in text) and text not in _NOT_WORDS and not command
    if isinstance(node, ast.JoinedStr):
        return any(_words(part) for part in node.values)
    if isinstance(node, ast.Tuple) and node.elts:  # Text.assemble's (text, style)
        return _words(node.elts[0])
    if isinstance(node, ast.BinOp):
        return _words(node.left) or _words(node.right)
    if isinstance(node, ast.IfExp):
        return _words(node.body) or _words(node.orelse)
    return False


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _untranslated(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            shown = _name(node) in _SHOWN_BY
            arguments = [a for a in node.args if shown]
            arguments += [k.value for k in node.keywords if k.arg in _SHOWN_AS]
            for argument in arguments:
                if _words(argument):
                    yield f"{path.name}:{argument.lineno}: {ast.unparse(argument)[:70]}"
        if isinstance(node, ast.FunctionDef) and ast.get_docstring(node) is not None:
            # Typer would show the docstring as the command's help, untranslated.
            for decorator in node.decorator_list:
                if (
                    isinstance(decorator, ast.Call)
                    and _name(decorator) in ("command", "callback")
                    and not any(k.arg == "help" for k in decorator.keywords)
                ):
                    yield f"{path.name}:{node.lineno}: the docstring of {node.name}"


def test_every_word_the_cli_prints_goes_through_gettext() -> None:
    found = [line for path in sorted(CLI.glob("*.py")) for line in _untranslated(path)]
    assert not found, "words not passed through _() or ngettext():\n" + "\n".join(found)


def test_the_check_catches_a_bare_message(tmp_path: Path) -> None:
    bare = tmp_path / "bare.py"
    bare.write_text(
        'out.print(f"Deleted entry {x}.")\n'
        'fail(_("translated"))\n'
        'typer.Option("--yes", help="Do not ask first.")\n'
        '@app.command("go")\ndef go() -> None:\n    """Help text."""\n'
    )
    assert {line.split(": ", 1)[1] for line in _untranslated(bare)} == {
        "f'Deleted entry {x}.'",
        "'Do not ask first.'",
        "the docstring of go",
    }


def _daybook(*args: str, **env: str) -> str:
    """The real command in a new process, so its help is built as a person's is."""
    clean = {k: v for k, v in os.environ.items() if k not in _LANGUAGE_VARIABLES}
    result = subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "-c", "from app.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**clean, "COLUMNS": "300", "NO_COLOR": "1", **env},
        check=False,
        timeout=120,
    )
    return result.stdout + result.stderr


_LANGUAGE_VARIABLES = ("DAYBOOK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def test_help_is_in_welsh_from_the_environment_or_the_option() -> None:
    from_environment = _daybook("--help", LANGUAGE="cy")
    assert "Y gorchymyn `daybook`: rhedeg y gweinydd" in from_environment
    assert "Creu cyfrif; dangosir yr allwedd adfer unwaith." in from_environment
    assert "Create an account" not in from_environment
    assert "Opsiynau" in from_environment and "Gorchmynion" in from_environment  # Typer's

    from_option = _daybook("--lang", "cy", "entry", "add", "--help", LANG="en_GB.UTF-8")
    assert "Beth ddigwyddodd, yn eich geiriau eich hun." in from_option
    assert "What happened" not in from_option
    assert "Creu cyfrif" in _daybook("--lang=cy", "--help")
    assert "Creu cyfrif" in _daybook("--help", LC_MESSAGES="cy_GB.UTF-8")
    assert "Create an account" in _daybook("--help", LANG="cy_GB.UTF-8", DAYBOOK_LANG="en")


def test_the_language_is_read_before_click_parses_the_command_line() -> None:
    from app.cli import _asked

    assert _asked(["--lang", "cy", "entry", "list"]) == "cy"
    assert _asked(["--profile", "--lang", "--lang=cy", "sync"]) == "cy"  # a profile so named
    assert _asked(["--lang", "cy", "--lang", "en", "--help"]) == "en"  # as Click: the last
    assert _asked(["entry", "add", "--what", "--lang", "cy"]) is None  # her words, not ours


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    """A command run in this process leaves its language chosen."""
    yield
    i18n.activate(i18n.DEFAULT)


@pytest.mark.usefixtures("english_afterwards")
def test_commands_speak_welsh_and_keep_her_words(signed_in: Path) -> None:
    first = add_simple(signed_in, "Daniel followed me from the bus stop")
    add_simple(signed_in, "He waited outside the school", start="2026-03-15T08:30")

    welsh = ("--what", "Roedd e wrth y drws", "--behaviour", "loitering", "--tz", "Europe/London")
    added = ok(signed_in, "--lang", "cy", "entry", "add", *welsh, "--start", "2026-03-16T09:00")
    assert "Ychwanegwyd cofnod" in added.stdout

    synced = ok(signed_in, "--lang", "cy", "sync").stdout
    # Welsh counts as Welsh does: the form for three ("chofnod") and for one.
    assert "Dilyswyd y 3 chofnod ar y cyfrifiadur hwn" in synced
    assert re.search(r"Gwiriwyd 3 derbynneb", synced)

    shown = run(signed_in, "entry", "show", first, LANGUAGE="cy")
    assert shown.exit_code == 0, shown.output
    assert "Cofnod" in shown.stdout and "(1 fersiwn)" in shown.stdout
    assert "Beth ddigwyddodd:" in shown.stdout
    assert "Daniel followed me from the bus stop" in shown.stdout  # never translated
    assert "What happened" not in shown.stdout

    listed = ok(signed_in, "--lang", "cy", "entry", "list").stdout
    assert "digwyddodd" in listed and "Roedd e wrth y drws" in listed


@pytest.mark.usefixtures("english_afterwards")
def test_errors_are_in_welsh(profile_path: Path) -> None:
    refused = run(profile_path, "--lang", "cy", "log", "show")
    assert refused.exit_code == 1
    assert "gwall: heb fewngofnodi: rhedwch `daybook login` yn gyntaf" in refused.stderr
    unknown = run(profile_path, "--lang", "xx", "log", "show")
    assert unknown.exit_code == 2 and "choose one of en, cy" in unknown.output


@pytest.mark.usefixtures("english_afterwards")
def test_the_servers_refusals_are_in_welsh_too(signed_in: Path) -> None:
    """The command line asks for the person's language (`Accept-Language`) and
    prints the server's words: a victim asking for an organisation's advocates."""
    refused = run(signed_in, "--lang", "cy", "org", "advocates")
    assert refused.exit_code == 1, refused.output
    assert "Rydych wedi mewngofnodi ond ni chewch wneud hyn." in refused.stderr
    english = run(signed_in, "org", "advocates")
    assert "Rydych" not in english.stderr and english.exit_code == 1
