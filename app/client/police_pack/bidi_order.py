"""Right-to-left writing in the PDF in the order the Unicode Bidirectional Algorithm gives.

fpdf2 resolves each character's embedding level (UAX #9 rules P2 to I2:
numbers and separators as weak types, paired brackets, isolates) but then
keeps only each run's direction and lays a line out as if there were two
levels. Text at a third level, such as a number or a Latin word inside
Hebrew or Arabic inside a line that begins in English, landed on the wrong
side: a name "שלום, 12" after its label came out with its comma and its
number on the wrong sides of the word. Here every run keeps its level, each
paragraph (rule P1: split at paragraph separators) finds its own
direction (P2, P3), and each line's runs are put in visual order by rule L2.
HarfBuzz then shapes each run in its own direction, mirroring brackets in
right-to-left ones (rule L4).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from fpdf.bidi import BidiParagraph, auto_detect_base_direction
from fpdf.enums import TextDirection
from fpdf.line_break import Fragment, TextLine

from app.client.police_pack.glyph_runs import ClusterFragment

# The key under which a fragment's text-shaping parameters carry its level.
LEVEL = "daybook_bidi_level"


@dataclass(frozen=True)
class Run:
    """Characters in logical order at one resolved embedding level."""

    text: str
    level: int
    paragraph: TextDirection

    @property
    def direction(self) -> TextDirection:
        return TextDirection.RTL if self.level % 2 else TextDirection.LTR


def level_runs(text: str, alias: str | None = None) -> Iterator[Run]:
    """`text` cut where the resolved level changes, in logical order.

    `alias` (the page-count placeholder) is kept whole, as fpdf2 keeps it."""
    for paragraph in _paragraphs(text):
        yield from _runs(paragraph, alias)


def base_direction(text: str) -> TextDirection:
    """The direction of the paragraph `text` begins: its first strong
    character's (rules P2 and P3), left to right when it has none."""
    return auto_detect_base_direction(next(_paragraphs(text), ""))


def _paragraphs(text: str) -> Iterator[str]:
    start = 0
    for index, char in enumerate(text):
        if unicodedata.bidirectional(char) == "B":
            yield text[start : index + 1]
            start = index + 1
    if start < len(text):
        yield text[start:]


def _runs(text: str, alias: str | None) -> Iterator[Run]:
    direction = auto_detect_base_direction(text)
    resolved = BidiParagraph(text, base_direction=direction, preserve_bn_chars=True, alias=alias)
    pieces: list[tuple[list[str], int]] = []
    for char in resolved.get_characters():
        if pieces and pieces[-1][1] == char.embedding_level:
            pieces[-1][0].append(char.character)
        else:
            pieces.append(([char.character], char.embedding_level))
    for chars, level in pieces:
        piece = "".join(chars)
        if alias and resolved.sentinel:
            piece = piece.replace(resolved.sentinel, alias)
        yield Run(piece, level, direction)


def visual_order(fragments: Sequence[Fragment]) -> list[Fragment]:
    """One line's fragments, given in logical order, in the order they are drawn
    from left to right (rule L2): from the highest level down to the lowest odd
    one, every longest sequence at that level or above is reversed."""
    ordered = [(_level(fragment), fragment) for fragment in fragments]
    if not ordered:
        return []
    levels = [level for level, _fragment in ordered]
    for floor in range(max(levels), (min(levels) | 1) - 1, -1):
        ordered = _reverse_at_or_above(ordered, floor)
    return [fragment for _level_, fragment in ordered]


def _reverse_at_or_above(
    ordered: list[tuple[int, Fragment]], floor: int
) -> list[tuple[int, Fragment]]:
    result: list[tuple[int, Fragment]] = []
    high: list[tuple[int, Fragment]] = []
    for item in ordered:
        if item[0] >= floor:
            high.append(item)
            continue
        result.extend(reversed(high))
        high = []
        result.append(item)
    result.extend(reversed(high))
    return result


def _level(fragment: Fragment) -> int:
    parameters = fragment.text_shaping_parameters or {}
    level = parameters.get(LEVEL)
    if isinstance(level, int):
        return level
    return 1 if fragment.fragment_direction == TextDirection.RTL else 0


class VisualLine(TextLine):
    """A laid-out line whose fragments fpdf2 draws in the order of rule L2, each
    cluster of several glyphs with its text (`glyph_runs`)."""

    __slots__ = ()

    def get_ordered_fragments(self) -> list[Fragment]:
        return [_with_cluster_text(f) for f in visual_order(self.fragments)]


def _with_cluster_text(fragment: Fragment) -> Fragment:
    # Only plain runs: the page-count placeholder is written by its own class.
    if type(fragment) is not Fragment:
        return fragment
    return ClusterFragment(fragment.characters, fragment.graphics_state, fragment.k, fragment.link)
