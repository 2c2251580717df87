"""The README's commands, run as written.

Every ```sh block of the README that shows a `daybook` command is marked
either `<!-- as: ROLE -->` (visitor, victim, police, server, admin, advocate,
new-advocate): whose computer it runs on, or `<!-- not run: REASON -->`: why
no test can run it here (and which test runs it instead). The first kind run
in the README's order, in-process against the app like
tests/test_cli.py, each role with a profile of its own and every role in one
working directory (the files they hand over: photo.jpg and video.mp4 are put
there first, bundle.zip is written there). `.venv/bin/daybook` is the command
itself; `\\` joins lines and `#` starts a comment, as in a shell.

Placeholders stand for what an earlier command printed:
- `ID`: in a `bundle` command, the newest bundle (`Bundle <id>:`); elsewhere
  the newest entry made (`Added entry <id>`) and not deleted since
  (`Deleted entry <id>`), whoever runs it (the advocate reads what the
  victim shares);
- `CODE`: the newest invitation or assignment code anyone printed;
- `KEY`: the bundle key; `LINK`: the download link (`Link: <url>`);
- `NAME`: the role's username (`Your username: <name>`), or for a role that
  has none yet a name of its own (`--username NAME --device NAME`);
- `DOC`: the newest case document made (`Made <kind> <id>`);
- `CASE`: the newest case an admin listed (`case <id> (<label>)`);
- `ADVOCATE`, `FINGERPRINT`: the account id and fingerprint `whoami` printed
  last (the new advocate's, said to the admin and read out to the victim).

A role whose first block does not register (the victim) first runs the
README's first command, `daybook register`, as written. The server role runs
with the app's own settings (`daybook admin` works on the database). Prompts
are answered `y` (the typed username for `delete-account`); the passphrase
comes from DAYBOOK_PASSPHRASE."""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi import FastAPI

from app.cli import common
from app.config import Settings
from tests.advocacy.test_case_documents import PLAN
from tests.client import photos
from tests.test_cli import _Transport, run
from tests.test_cli_advocacy import CODE, UUID, server_env

README = Path(__file__).parents[1] / "README.md"
COMMAND = ".venv/bin/daybook"
PASSPHRASE = "a long passphrase: violet orbit under quiet harbour 7"
KEY = r"[A-Z2-7]{5}(?:-[A-Z2-7]{1,5}){10}"
ROLES = ("visitor", "victim", "police", "server", "admin", "advocate", "new-advocate")
# A line of a block that runs the command (not one that only names it).
RUNS_DAYBOOK = re.compile(r"^\s*(?:\S+=\S+\s+)*(?:\S*/)?daybook\s", re.M)


@dataclass(frozen=True)
class Block:
    marker: str  # "as: ROLE", "not run: REASON" or ""
    body: str

    @property
    def role(self) -> str:
        return self.marker.removeprefix("as: ")

    @property
    def commands(self) -> list[list[str]]:
        joined = self.body.replace("\\\n", " ")
        commands = [shlex.split(line, comments=True) for line in joined.splitlines()]
        return [c for c in commands if c]


def sh_blocks(text: str) -> list[Block]:
    """Every sh block of the README, with the marker on the line before it."""
    pattern = r"(?:<!-- ((?:as|not run): [^\n]*?) -->\n)?```sh\n(.*?)```"
    return [Block(f.group(1) or "", f.group(2)) for f in re.finditer(pattern, text, re.S)]


def using_it_blocks(text: str) -> list[Block]:
    """The blocks that run, in the README's order."""
    return [b for b in sh_blocks(text) if b.marker.startswith("as: ")]


def test_every_block_of_daybook_commands_runs_or_says_why_not() -> None:
    blocks = sh_blocks(README.read_text(encoding="utf-8"))
    unmarked = [b.body for b in blocks if RUNS_DAYBOOK.search(b.body) and not b.marker]
    assert unmarked == [], "mark each `<!-- as: ROLE -->` or `<!-- not run: REASON -->`"
    assert {b.role for b in blocks if b.marker.startswith("as: ")} == set(ROLES)
    for block in blocks:
        if block.marker.startswith("not run:"):
            assert len(block.marker.removeprefix("not run:").strip()) > 20, block.marker
    assert len([b for b in blocks if b.marker.startswith("not run:")]) == 2


@dataclass
class Story:
    """What the commands printed so far, for the placeholders."""

    home: Path
    entries: list[str] = field(default_factory=list)
    bundles: list[str] = field(default_factory=list)
    said: dict[str, str] = field(default_factory=dict)  # CODE, KEY, LINK, DOC, CASE, ...
    usernames: dict[str, str] = field(default_factory=dict)
    printed: dict[str, str] = field(default_factory=dict)  # the last output of each command

    def fill(self, role: str, words: list[str]) -> list[str]:
        assert words[0] == COMMAND, words
        about_bundle = words[1] == "bundle"
        values = {
            "ID": (self.bundles if about_bundle else self.entries)[-1:],
            "NAME": [self.usernames.get(role, f"{role}-of-the-readme")],
            **{k: [v] for k, v in self.said.items()},
        }
        filled = []
        for word in words[1:]:
            if word in values:
                assert values[word], f"nothing printed yet stands for {word}"
                word = values[word][0]
            filled.append(word)
        return filled

    def learn(self, role: str, output: str) -> None:
        self.entries += re.findall(rf"Added entry ({UUID})", output)
        for gone in re.findall(rf"Deleted entry ({UUID})", output):
            self.entries.remove(gone)
        self.bundles += re.findall(rf"Bundle ({UUID}):", output)
        for name, pattern in (
            ("CODE", CODE),
            ("KEY", KEY),
            ("LINK", r"Link:\s+(\S+)"),
            ("DOC", rf"Made [a-z-]+ ({UUID})"),
            ("CASE", rf"case ({UUID}) \("),
            ("ADVOCATE", rf"Account:\s+({UUID})"),
            ("FINGERPRINT", r"Fingerprint:\s+(.+?)\s*$"),
        ):
            found = re.findall(pattern, output, re.M)
            if found:
                self.said[name] = found[-1]
        username = re.search(r"Your username: (\S+)", output)
        if username:
            self.usernames[role] = username.group(1)


@pytest.fixture
def story(application: FastAPI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Story]:
    common._transport = _Transport(application)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "photo.jpg").write_bytes(photos.jpeg_with_place())
    (tmp_path / "video.mp4").write_bytes(bytes(range(256)) * 400)
    (tmp_path / "plan.json").write_text(json.dumps(PLAN), encoding="utf-8")
    code_word = {"word": "mango", "means": "Come and get me."}
    (tmp_path / "plan-2.json").write_text(json.dumps({**PLAN, "code_word": code_word}))
    yield Story(tmp_path)
    common._transport = None


def test_every_command_of_the_readme_runs_as_written(story: Story, settings: Settings) -> None:
    blocks = using_it_blocks(README.read_text(encoding="utf-8"))
    assert {b.role for b in blocks} == set(ROLES)
    first = blocks[0].commands[0]
    assert first == [COMMAND, "register"], "the README starts with a plain `daybook register`"
    started: set[str] = set()
    for block in blocks:
        if block.role not in started and block.role not in ("server", "police"):
            started.add(block.role)
            if "register" not in block.commands[0]:
                say(story, block.role, first, settings)
        for words in block.commands:
            say(story, block.role, words, settings)

    # What the README promises of a few of them.
    printed = story.printed
    assert "He waited outside my work" in printed["advocate read"]  # a timeline, by label
    assert "Every check passed" in printed["bundle open"]
    assert "Revoked link" in printed["bundle revoke-link"]
    assert "Shared with Alex Price" in printed["shares"]
    assert "Deactivated Alex Price" in printed["org deactivate"]
    assert "this device" in printed["sessions"]  # the list, not the group's help
    assert "Made safety-plan" in printed["case-doc new"]
    assert "safety-plan version 1" in printed["case-doc show"]
    assert "Added version 2 of safety-plan" in printed["case-doc update"]
    moved = [shown for command, shown in printed.items() if command.startswith("share-until")]
    assert moved and "2030-06-30" in moved[-1]
    assert "Your case is now with Jo Evans" in printed["handover approve"]


def say(story: Story, role: str, words: list[str], settings: Settings) -> None:
    args = story.fill(role, words)
    env = {"DAYBOOK_PASSPHRASE": PASSPHRASE, "DAYBOOK_SERVER": ""}
    if role == "server":
        env |= server_env(settings)
    answers = f"{story.usernames.get(role, '')}\n" if args[0] == "delete-account" else "y\n" * 3
    profile = story.home / "profiles" / role / "profile.json"
    result = run(profile, *args, input=answers, **env)
    shown = shlex.join(args)
    assert result.exit_code == 0, f"{role}: daybook {shown}\n{result.output}"
    assert "Traceback" not in result.output
    story.learn(role, result.output)
    story.printed[" ".join(args[:2])] = result.output
