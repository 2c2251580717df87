"""The README's "Using it" section, run as written.

Every ```sh block of that section is marked `<!-- as: ROLE -->` (visitor,
victim, police, server, admin, advocate): whose computer it runs on. The
blocks run in the README's order, in-process against the app like
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
  has none yet a name of its own (`--username NAME --device NAME`).

A role whose first block does not register (the victim) first runs the
README's first command, `daybook register`, as written. The server role runs
with the app's own settings (`daybook admin` works on the database). Prompts
are answered `y` (the typed username for `delete-account`); the passphrase
comes from DAYBOOK_PASSPHRASE."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi import FastAPI

from app.cli import common
from app.config import Settings
from tests.client import photos
from tests.test_cli import _Transport, run
from tests.test_cli_advocacy import CODE, UUID, server_env

README = Path(__file__).parents[1] / "README.md"
COMMAND = ".venv/bin/daybook"
PASSPHRASE = "a long passphrase: violet orbit under quiet harbour 7"
KEY = r"[A-Z2-7]{5}(?:-[A-Z2-7]{1,5}){10}"
ROLES = ("visitor", "victim", "police", "server", "admin", "advocate")


@dataclass(frozen=True)
class Block:
    role: str
    commands: list[list[str]]


def using_it_blocks(text: str) -> list[Block]:
    """The sh blocks between "## Using it" and the next section, with their roles."""
    section = text[text.index("## Using it") : text.index("\n## ", text.index("## Using it") + 1)]
    blocks = []
    for found in re.finditer(r"(?:<!-- as: (\w+) -->\n)?```sh\n(.*?)```", section, re.S):
        role, body = found.group(1), found.group(2)
        assert role in ROLES, f"a block of README's Using it has no `<!-- as: ROLE -->`: {body}"
        joined = body.replace("\\\n", " ")
        commands = [shlex.split(line, comments=True) for line in joined.splitlines()]
        blocks.append(Block(role, [c for c in commands if c]))
    return blocks


@dataclass
class Story:
    """What the commands printed so far, for the placeholders."""

    home: Path
    entries: list[str] = field(default_factory=list)
    bundles: list[str] = field(default_factory=list)
    said: dict[str, str] = field(default_factory=dict)  # CODE, KEY, LINK
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
        for name, pattern in (("CODE", CODE), ("KEY", KEY), ("LINK", r"Link:\s+(\S+)")):
            found = re.findall(pattern, output)
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
