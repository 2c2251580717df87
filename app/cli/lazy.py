"""Commands loaded when they are asked for: `daybook --help` lists them all
without importing their modules, and `daybook GROUP ...` imports one.

Typer has no such groups of its own; this is a TyperGroup that keeps a
placeholder (the command's name and summary) until the command runs or shows
its help."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from typer.core import MarkupMode, TyperCommand, TyperGroup, TyperOption
from typer.main import get_group

from app.client import i18n
from app.client.i18n import _


@dataclass(frozen=True)
class Lazy:
    """A command (or group of commands) of `daybook`, not yet loaded."""

    module: str
    # A Typer in the module: a group of its own, or top-level commands, one of
    # them named as the key.
    typer_app: str
    # What `daybook --help` lists for it: the start of the command's own help
    # (tests/test_cli_imports.py checks they agree).
    summary: str
    group: bool = True


def load(name: str, lazy: Lazy, language: str | None = None) -> Any:
    """The click command `daybook NAME` runs, its module imported now, its help
    texts taken in `language` (the one the list of commands is in)."""
    chosen = i18n.language()
    i18n.activate(language or chosen)
    try:
        module = importlib.import_module(lazy.module)
    finally:
        i18n.activate(chosen)
    group = get_group(getattr(module, lazy.typer_app))
    if not lazy.group:
        return _unchecked_when_absent(group.commands[name])
    group.name = name
    return _unchecked_when_absent(group)


# Typer draws help with rich's Markdown, tracebacks and panels, whose imports
# cost more CPU than the rest of `daybook --help` together (docs/PERFORMANCE.md):
# help is plain text, as click writes it. The commands still print with rich.
HELP_MARKUP: MarkupMode = None


# Typer checks each value of a command's options with pydantic, even a value
# left out (None), and importing pydantic costs a tenth of a second: more than
# the rest of `daybook GROUP --help`. An option left out needs no check, nor
# text that is to stay text; every other value is checked as Typer does.


class _AsGiven(TyperOption):
    def process_value(self, ctx: Any, value: Any) -> Any:
        absent = value is None and not (self.required or self.multiple or self.nargs == -1)
        info = self.type_descriptor.parameter_info
        plain = info.parser is None  # a parser of its own turns text into something else
        text = isinstance(value, str) and self.type_descriptor.annotation is str and plain
        if not (absent or text):
            return super().process_value(ctx, value)
        return value if self.callback is None else self.callback(ctx, self, value)


def _unchecked_when_absent(command: Any) -> Any:
    """`command`, and a group's commands, checking only the values given, and
    with plain help (HELP_MARKUP)."""
    command.rich_markup_mode = HELP_MARKUP
    if isinstance(command, TyperGroup):
        if type(command) is TyperGroup:
            command.__class__ = _Group
        for sub in command.commands.values():
            _unchecked_when_absent(sub)
    elif type(command) is TyperCommand:
        command.__class__ = _Command
    if command.help and not command.short_help:  # listed whole, as rich did, not cut short
        command.short_help = " ".join(command.help.split("\n\n")[0].split())
    for option in command.params:
        if type(option) is TyperOption:
            option.__class__ = _AsGiven
    return command


def _help_option(option: Any) -> Any:
    if type(option) is TyperOption:
        option.__class__ = _AsGiven
    if option is not None:  # Typer's click has no catalogue: its words are ours
        option.help = _("Show this message and exit.")
    return option


def _usage(command: Any, ctx: Any, formatter: Any) -> None:
    pieces = " ".join(command.collect_usage_pieces(ctx))
    formatter.write_usage(ctx.command_path, pieces, prefix=_("Usage:") + " ")


class _Command(TyperCommand):
    def get_help_option(self, ctx: Any) -> Any:
        return _help_option(super().get_help_option(ctx))

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        _usage(self, ctx, formatter)


class _Group(TyperGroup):
    def get_help_option(self, ctx: Any) -> Any:
        return _help_option(super().get_help_option(ctx))

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        _usage(self, ctx, formatter)


class _NotLoaded(TyperCommand):
    """What `daybook --help` lists until the command is loaded."""


class LazyGroup(_Group):
    """Lists every command of `to_load` by its summary; loads one when it is asked for."""

    to_load: Mapping[str, Lazy] = {}

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Before `--lang` is parsed: the language the summaries were taken in
        # when the command line was read (app/cli/__init__.py).
        self.language = i18n.language()
        _unchecked_when_absent(self)
        for name, lazy in self.to_load.items():
            self.commands[name] = _NotLoaded(name, help=lazy.summary, short_help=lazy.summary)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        if name in self.to_load and isinstance(self.commands[name], _NotLoaded):
            self.commands[name] = load(name, self.to_load[name], self.language)
        return super().resolve_command(ctx, args)
