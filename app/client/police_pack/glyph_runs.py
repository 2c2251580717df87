"""Glyph runs whose text reads back as written, where one character takes several glyphs.

HarfBuzz may draw one cluster of characters with several glyphs: Noto Sans
draws "ị" as "i" and a combining dot below, Noto Sans Arabic draws some
letters' dots as glyphs of their own, Indic scripts split vowel signs. fpdf2
gives the cluster's text to its first glyph and no text at all to the others,
so a PDF reader copying the text falls back to those glyphs' raw codes and
prints stray characters ("Nguyễn Thị Ánh Q", a control character inside an
Arabic word). Here each such cluster is written inside a marked-content span
whose /ActualText is the cluster as written (ISO 32000-1, 14.9.4), which
readers take instead of the glyphs, and every glyph of a run is placed
without moving the text matrix, so marks read back where they are drawn.
"""

from __future__ import annotations

from typing import Any

from fpdf.fonts import TTFFont
from fpdf.line_break import Fragment


class ClusterFragment(Fragment):
    """A shaped run of text, written so that it reads back as written (`_Writer`)."""

    def render_with_text_shaping(
        self, pos_x: float, pos_y: float, h: float, word_spacing: float
    ) -> str:
        assert isinstance(self.font, TTFFont)
        parameters = self.text_shaping_parameters
        glyphs = self.font.shape_text(self.string, self.font_size_pt, parameters)
        clusters = _cluster_texts(self.font, self.string, self.font_size_pt, parameters)
        plain = not (word_spacing or self.char_spacing or any(g["y_advance"] for g in glyphs))
        if clusters is None or len(clusters) != len(glyphs) or not plain:
            # A glyph the font lacks was dropped (no reliable cluster to name), or
            # spacing is stretched: fpdf2 writes the run as it would.
            return super().render_with_text_shaping(pos_x, pos_y, h, word_spacing)
        writer = _Writer(self.font, self.font_size_pt)
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
    """A run's glyphs as TJ arrays: each glyph moved to where HarfBuzz puts it by
    a kerning number (thousandths of the font size, positive to the left) and
    raised or lowered by the text rise, and each several-glyph cluster in a
    span of its own.

    fpdf2 moves the text matrix for every glyph HarfBuzz offsets (an accent, a
    Thai tone mark, an Arabic letter's dots); a reader that orders text
    objects by where they start (pdfium does) then put the mark after the
    word that follows. Here the pen never jumps, so the text reads in the
    order it is drawn."""

    def __init__(self, font: TTFFont, size: float) -> None:
        self.font = font
        self.size = size
        self.out: list[str] = []
        self.parts: list[str] = []
        self.span: int | None = None
        self.pen = self.drawn = self.rise = 0.0  # font units
        self.widths: dict[int, int] = {}

    def glyph(self, glyph: dict[str, Any], cluster: int, text: str) -> None:
        if self.span is not None and self.span != cluster:
            self._tj()
            self.out.append("EMC ")
            self.span = None
        if text and self.span is None:
            self._tj()
            self.out.append(f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex()}>>> BDC ")
            self.span = cluster
        if glyph["mapped_char"] is None:
            return
        if glyph["y_offset"] != self.rise:
            self._tj()
            self.rise = glyph["y_offset"]
            self.out.append(f"{self._points(self.rise):.2f} Ts ")
        target = self.pen + glyph["x_offset"]
        self._kern(target)
        self.parts.append(f"({self.font.escape_text(chr(glyph['mapped_char']))})")
        self.drawn = target + self._width(glyph["mapped_char"]) / self.font.scale
        self.pen += glyph["x_advance"]

    def _points(self, units: float) -> float:
        return units * self.font.scale / 1000 * self.size

    def _kern(self, target: float) -> None:
        shift = round((self.drawn - target) * self.font.scale, 2)
        if shift:
            self.parts.append(f"{shift:.2f}")
        self.drawn = target

    def _tj(self) -> None:
        if self.parts:
            self.out.append(f"[{' '.join(self.parts)}] TJ ")
            self.parts = []

    def _width(self, char_id: int) -> int:
        """A subset code's glyph width, in thousandths of the font size."""
        if char_id not in self.widths:
            self.widths.update(
                (code, glyph.glyph_width) for glyph, code in self.font.subset.items() if glyph
            )
        return self.widths[char_id]

    def finish(self) -> str:
        """The run written, the PDF's pen where HarfBuzz's ends."""
        if self.rise:
            self._tj()
            self.out.append("0 Ts ")
            self.rise = 0.0
        self._kern(self.pen)
        self._tj()
        if self.span is not None:
            self.out.append("EMC ")
        return "".join(self.out).rstrip()
