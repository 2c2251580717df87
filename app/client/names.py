"""Finding the one thing a person means from what they typed: a whole id,
the start of one (as lists show them, 8 characters), or a name or label
where the thing has one. One rule for every command (entries, cases, bundles,
links, advocates, organisations, sessions), so what works for one works for
all, and a typo or an ambiguous start is an error that says which, never a
guess."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from app.client.i18n import _


class UnknownName(LookupError):
    """Nothing, or more than one thing, matches what was typed."""


@dataclass(frozen=True)
class Named:
    """A candidate: its id and the names it may be called by (label, username...)."""

    id: uuid.UUID
    names: tuple[str, ...] = ()


def is_uuid(text: str) -> bool:
    """Whether `text` is a whole id: then there is nothing to look up."""
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def resolve(text: str, candidates: Iterable[Named], what: str, where: str) -> uuid.UUID:
    """The candidate whose name is `text` (case and outer spaces ignored), or
    whose id is or starts with it. A whole id is taken as given, even if not
    listed: the server decides whether it is the caller's. `where` says where
    to look ("see `daybook bundle list`")."""
    try:
        return uuid.UUID(text)
    except ValueError:
        pass
    wanted = text.strip().casefold()
    if not wanted:
        raise UnknownName(_("no {what} given: {where}").format(what=what, where=where))
    listed = list(candidates)
    by_name = {c.id for c in listed if any(n.strip().casefold() == wanted for n in c.names)}
    by_id = {c.id for c in listed if str(c.id).startswith(wanted)}
    matches = by_name or by_id  # a name beats an id that happens to start with it
    if not matches:
        unknown = _("no {what} is called {text} or has an id starting with it: {where}")
        raise UnknownName(unknown.format(what=what, text=repr(text), where=where))
    if len(matches) > 1:
        several = _("more than one {what} matches {text}: give more of the id ({where})")
        raise UnknownName(several.format(what=what, text=repr(text), where=where))
    return matches.pop()
