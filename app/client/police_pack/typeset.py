"""The page every police PDF is set on: the report and the schedule alike.

fpdf2 with the Noto faces of `fonts` embedded as subsets, HarfBuzz shaping,
the Unicode Bidirectional Algorithm done in full (`bidi_order`) and clusters
of several glyphs read back as written (`glyph_runs`). Bold labels are set
with fpdf2's markdown, so the victim's text reaches it only through
`markdown`, which escapes every marker; links are never parsed and the
page-count alias is a random token, so nothing the victim wrote can turn into
markup. A character no face can draw prints as its code point in double
brackets where it stands.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import Any, Literal

from fpdf import FPDF
from fpdf.line_break import Fragment, TextLine

from app.client.police_pack import bidi_order, fonts

FAMILY = "Noto Sans"
MISSING = "\N{LEFT WHITE SQUARE BRACKET}U+{:04X}\N{RIGHT WHITE SQUARE BRACKET}"
_MD_MARKERS = ("**", "__", "~~", "--")


class _Links:
    """A pattern that never matches: fpdf2's markdown links stay plain text."""

    @staticmethod
    def match(_text: str) -> None:
        return None


class Document(FPDF):
    MARKDOWN_LINK_REGEX = _Links()  # type: ignore[assignment]

    def __init__(self, orientation: Literal["portrait", "landscape"] = "portrait") -> None:
        super().__init__(orientation=orientation, unit="pt", format="A4")
        # A token no victim can know, so their text never becomes the page count.
        # Two private-use characters keep the page count's placeholder narrow.
        self.pages_alias = "".join(chr(0xF0000 + secrets.randbelow(0xFFFE)) for _ in range(2))
        self.alias_nb_pages(self.pages_alias)
        self.add_font(FAMILY, "", fonts.path(fonts.BODY))
        self.add_font(FAMILY, "B", fonts.bold_body())
        self.add_font(FAMILY, "I", fonts.path(fonts.ITALIC))
        self.add_font(FAMILY, "BI", fonts.path(fonts.ITALIC))
        for face in fonts.FALLBACKS:
            self.add_font(face.family, "", fonts.path(face))
        families = list(dict.fromkeys(face.family for face in fonts.FALLBACKS))
        self.set_fallback_fonts(families, exact_match=False)
        self.set_text_shaping(True)
        self.set_font(FAMILY, size=9.5)

    def _preload_bidirectional_text(self, text: str, markdown: bool) -> Sequence[Fragment]:
        """fpdf2's own, but each run keeps its embedding level (`bidi_order`)."""
        if not self.text_shaping:
            return self._preload_font_styles(text, markdown)
        emphasis = ("B" in self.font_style, "I" in self.font_style)
        state = (*emphasis, self.strikethrough, self.underline)
        fragments: list[Fragment] = []
        for run in bidi_order.level_runs(text, self.str_alias_nb_pages):
            self.text_shaping["paragraph_direction"] = run.paragraph
            self.text_shaping["fragment_direction"] = run.direction
            self.text_shaping[bidi_order.LEVEL] = run.level
            fragments.extend(self._preload_font_styles(run.text, markdown, _initial_emphasis=state))
            # Bold or underline opened in one run goes on into the next.
            state = getattr(self, "_markdown_emphasis", state)
        return tuple(fragments)

    def _render_styled_text_line(self, text_line: TextLine, *args: Any, **kwargs: Any) -> bool:
        return super()._render_styled_text_line(
            bidi_order.VisualLine._make(text_line), *args, **kwargs
        )


def markdown(value: str) -> str:
    """`value` as fpdf2 markdown that prints exactly `value`, but for a character
    no font has: that one prints as its code point in double brackets."""
    for char in fonts.undrawable(value):
        value = value.replace(char, MISSING.format(ord(char)))
    out, index = [], 0
    while index < len(value):
        pair = value[index : index + 2]
        if pair in _MD_MARKERS:
            out.append("\\" + pair)
            index += 2
        elif value[index] == "\\":
            out.append("\\\\")
            index += 1
        else:
            out.append(value[index])
            index += 1
    return "".join(out)
