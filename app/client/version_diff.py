"""What changed between two versions of an entry, word by word.

Disclosure needs the earlier accounts as they were written, not only the
names of the fields that changed: each version's text is shown whole, with
the words added since the version before and those removed marked. The
renderers mark them in their own way (HTML <ins>/<del>, styled text in the
PDF, [+ +] and [- -] in plain text, as wdiff does).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

SegmentKind = Literal["same", "added", "removed"]
# Each word with the spaces after it (and any leading spaces on their own), so
# that joining the tokens gives the text back and a space never matches alone.
_TOKENS = re.compile(r"\S+\s*|\s+")
PLAIN_MARKS: dict[SegmentKind, tuple[str, str]] = {
    "same": ("", ""),
    "added": ("[+", "+]"),
    "removed": ("[-", "-]"),
}
PLAIN_LEGEND = "Marked against the version before: [+added+], [-removed-]."


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    text: str


@dataclass(frozen=True)
class FieldDiff:
    """One field of a version, as text, marked against the version before.
    `note` replaces the segments when there is nothing to compare or show."""

    label: str
    segments: tuple[Segment, ...]
    note: str = ""


def word_diff(before: str, after: str) -> tuple[Segment, ...]:
    """`after` as segments: unchanged words, words added, and the words of
    `before` removed, in reading order. The unchanged and added segments
    together are `after` exactly."""
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    # Words are compared without the spaces after them: a change of spacing
    # alone is not marked, and the last word matches the same word mid-text.
    matcher = difflib.SequenceMatcher(None, _words(old), _words(new), autojunk=False)
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(segments, "same", "".join(new[j1:j2]))
            continue
        _append(segments, "removed", "".join(old[i1:i2]))
        _append(segments, "added", "".join(new[j1:j2]))
    return tuple(segments)


def _words(tokens: list[str]) -> list[str]:
    return [token.rstrip() or token for token in tokens]


def _append(segments: list[Segment], kind: SegmentKind, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].kind == kind:
        segments[-1] = Segment(kind, segments[-1].text + text)
    else:
        segments.append(Segment(kind, text))


def compare(
    before: Sequence[tuple[str, str]] | None, after: Sequence[tuple[str, str]]
) -> list[FieldDiff]:
    """Each labelled text of `after` marked against the same label in `before`;
    a label only `before` has is shown as removed where it stood. With no
    `before` (the first version) nothing is marked."""
    if before is None:
        return [FieldDiff(label, (Segment("same", text),)) for label, text in after]
    earlier = dict(before)
    later = dict(after)
    order = list(dict.fromkeys([label for label, _ in after] + [label for label, _ in before]))
    found = []
    for label in order:
        if label not in later:
            found.append(FieldDiff(label, (Segment("removed", earlier[label]),)))
        else:
            found.append(FieldDiff(label, word_diff(earlier.get(label, ""), later[label])))
    return found


def plain(segments: Sequence[Segment]) -> str:
    return "".join(f"{PLAIN_MARKS[s.kind][0]}{s.text}{PLAIN_MARKS[s.kind][1]}" for s in segments)
