"""Glyph runs whose text reads back as written, where one character takes several glyphs.

HarfBuzz may draw one cluster of characters with several glyphs: Noto Sans
draws "ị" as "i" and a combining dot below, Noto Sans Arabic draws some
letters' dots as glyphs of their own, Indic scripts split vowel signs. fpdf2
gives the cluster's text to its first glyph and no text at all to the others,
so a PDF reader copying the text falls back to those glyphs' raw codes and
prints stray characters ("Nguyễn Thị Ánh Q", a control character inside an
Arabic word). Here each such cluster is written inside a marked-content span
whose /ActualText is the cluster as written (ISO 32000-1, 14.9.4), which
readers take instead of the glyphs; every other glyph is written as fpdf2
writes it.
"""

from __future__ import annotations

from typing import Any

from fpdf.fonts import TTFFont
from fpdf.line_break import Fragment


class ClusterFragment(Fragment):
    def render_with_text_shaping(
        self, pos_x: float, pos_y: float, h: float, word_spacing: float
    ) -> str:
        assert isinstance(self.font, TTFFont)
        glyphs = self.font.shape_text(self.string, self.font_size_pt, self.text_shaping_parameters)
        clusters = _cluster_texts(
            self.font, self.string, self.font_size_pt, self.text_shaping_parameters
        )
        if clusters is None or len(clusters) != len(glyphs):
            # A glyph the font lacks was dropped: no reliable cluster to name.
            return super().render_with_text_shaping(pos_x, pos_y, h, word_spacing)
        writer = _Writer(self, pos_x, pos_y, h, word_spacing)
        for glyph, (cluster, text) in zip(glyphs, clusters, strict=True):
            writer.glyph(glyph, cluster, text)
        return writer.finish()


def _cluster_texts(
    font: TTFFont, string: str, size: float, parameters: dict[str, Any] | None
) -> list[tuple[int, str]] | None:
    """Each glyph's cluster, and that cluster's text when it takes several glyphs."""
    infos, _positions = font.perform_harfbuzz_shaping(string, size, parameters)
    if any(info.codepoint == 0 for info in infos):
        return None
    starts = sorted({int(info.cluster) for info in infos})
    ends = dict(zip(starts, [*starts[1:], len(string)], strict=True))
    counts: dict[int, int] = {}
    for info in infos:
        counts[int(info.cluster)] = counts.get(int(info.cluster), 0) + 1
    return [
        (cluster, string[cluster : ends[cluster]] if counts[cluster] > 1 else "")
        for cluster in (int(info.cluster) for info in infos)
    ]


class _Writer:
    """fpdf2's glyph-run writing (`Fragment.render_with_text_shaping`), with each
    several-glyph cluster inside a span.

    A cluster's glyphs are placed by kerning and text rise rather than by moving
    the text matrix: a reader that orders text objects by where they start
    (pdfium does) would otherwise put an accent drawn to the right of the pen
    after the word that follows, and one that guesses spaces from gaps
    (poppler does) would break the word at every Arabic letter's dots."""

    def __init__(
        self, fragment: ClusterFragment, x: float, y: float, h: float, word_spacing: float
    ) -> None:
        assert isinstance(fragment.font, TTFFont)
        self.fragment = fragment
        self.font = fragment.font
        self.x, self.y = x, y
        self.h = h
        self.word_spacing = word_spacing
        self.k = fragment.k
        self.space = self.font.subset.pick(ord(" "))
        self.char_spacing = fragment.char_spacing * (fragment.font_stretching / 100) / self.k
        self.out: list[str] = []
        self.text = ""
        self.span: int | None = None
        self.held: list[dict[str, Any]] = []
        self.widths: dict[int, int] = {}

    def _scaled(self, value: float) -> float:
        fragment = self.fragment
        scale = self.font.scale * fragment.font_size_pt * (fragment.font_stretching / 100)
        return value * scale / 1000 / self.k

    def _flush(self) -> None:
        if self.text:
            self.out.append(f"({self.text}) Tj ")
            self.text = ""

    def _move(self, x: float, y: float) -> None:
        self._flush()
        self.out.append(f"1 0 0 1 {x * self.k:.2f} {(self.h - y) * self.k:.2f} Tm ")

    def glyph(self, glyph: dict[str, Any], cluster: int, text: str) -> None:
        if self.span is not None and self.span != cluster:
            self._close_span()
        if text and self.span is None:
            self._flush()
            self.out.append(f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex()}>>> BDC ")
            self.span = cluster
        if glyph["mapped_char"] is None:
            return
        if self.span is not None:
            self.held.append(glyph)
        else:
            self._place(glyph)

    def _place(self, glyph: dict[str, Any]) -> None:
        x, y = self.x, self.y
        if glyph["x_offset"] or glyph["y_offset"]:
            self._move(x + self._scaled(glyph["x_offset"]), y - self._scaled(glyph["y_offset"]))
        self.text += self.font.escape_text(chr(glyph["mapped_char"]))
        self.x = x + self._scaled(glyph["x_advance"]) + self.char_spacing
        self.y = y + self._scaled(glyph["y_advance"])
        spaced = bool(self.word_spacing) and glyph["mapped_char"] == self.space
        if spaced:
            self.x += self.word_spacing
        if glyph["force_positioning"] or spaced:
            self._move(self.x, self.y)

    def _close_span(self) -> None:
        held, self.held = self.held, []
        if any(g["y_advance"] for g in held) or self.char_spacing or self.word_spacing:
            for glyph in held:
                self._place(glyph)
        else:
            self._kerned(held)
        self._flush()
        self.out.append("EMC ")
        self.span = None

    def _kerned(self, held: list[dict[str, Any]]) -> None:
        """The cluster with the pen never jumping: each glyph moved to its place by
        a kerning number (thousandths of the font size, positive to the left) and
        raised or lowered by the text rise, then the pen to where the cluster ends."""
        self._flush()
        scale = self.font.scale
        parts: list[str] = []
        pen = drawn = rise = 0.0  # font units: the cluster's pen, the PDF's, the rise
        for glyph in held:
            target = pen + glyph["x_offset"]
            if glyph["y_offset"] != rise:
                self._tj(parts)
                parts = []
                rise = glyph["y_offset"]
                self.out.append(f"{rise * scale / 1000 * self.fragment.font_size_pt:.2f} Ts ")
            parts.append(f"{(drawn - target) * scale:.2f}")
            parts.append(f"({self.font.escape_text(chr(glyph['mapped_char']))})")
            drawn = target + self._width(glyph["mapped_char"]) / scale
            pen += glyph["x_advance"]
        parts.append(f"{(drawn - pen) * scale:.2f}")
        self._tj(parts)
        if rise:
            self.out.append("0 Ts ")
        self.x += self._scaled(pen)

    def _tj(self, parts: list[str]) -> None:
        if parts:
            self.out.append(f"[{' '.join(parts)}] TJ ")

    def _width(self, char_id: int) -> int:
        """A subset code's glyph width, in thousandths of the font size."""
        if char_id not in self.widths:
            self.widths.update(
                (code, glyph.glyph_width) for glyph, code in self.font.subset.items() if glyph
            )
        return self.widths[char_id]

    def finish(self) -> str:
        if self.span is not None:
            self._close_span()
        self._flush()
        return "".join(self.out).rstrip()
