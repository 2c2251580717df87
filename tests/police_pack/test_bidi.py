"""Right-to-left words with numbers, punctuation and Latin words among them
come out of the PDF in the order the Unicode Bidirectional Algorithm gives.

The page is read back glyph by glyph, left to right along each line (where
each glyph stands, from pdfium), and compared with what python-bidi, an
implementation of the algorithm independent of the one the report uses, makes
of the words as written: a number on the wrong side of a Hebrew word, or a
Latin word swapped with an Arabic one, changes the line. The pages are saved
as PNG beside the PDF (and in DAYBOOK_RENDER_DIR when it is set) to look at.
Each line's edges are read back too: a paragraph that begins right to left is
set against the right margin, one that begins left to right against the left.
"""

from __future__ import annotations

import ctypes
import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]
from bidi import get_display  # type: ignore[import-untyped]

from app.client.police_pack.bidi_order import level_runs
from app.client.police_pack.model import PolicePack
from app.client.police_pack.pdf import render_pdf
from tests.police_pack.sample import sample_pack

# Each is a paragraph of the description; a line of the report to itself.
WRITTEN = (
    "שלום, 12",
    "ذهب إلى Tesco في 12:30",
    "He said (שלום) 12 times.",
    "Seen at: שלום, 12 and again",
    "وہ 3 بجے Asda کے باہر تھا",
    "He wrote: ذهب إلى Tesco في 12:30 today",
    "رأيته في (Asda) الساعة ١٢، ثم 3 مرات",
    "שלום (abc 4) ש",
)
NAME = "שלום, 12"
# A list item that begins right to left (no Daybook language does yet, but a
# behaviour code the report does not know prints as it is).
ITEM = "مراقبة"
# Those whose first strong letter is Hebrew, Arabic or Urdu.
RIGHT_TO_LEFT = frozenset(WRITTEN[i] for i in (0, 1, 4, 6, 7))
PAGE_WIDTH = 595.28
MARGIN = 51.0  # 18 mm
INDENT = 10.0  # a field's lines, under its heading
# Points between the indent and the first glyph's box: the cell's padding
# (1 mm) and the glyph's side bearing.
INSET = (2.0, 5.0)


@dataclass(frozen=True)
class PrintedLine:
    text: str
    left: float
    right: float


def _pack() -> PolicePack:
    pack = sample_pack()
    incident = pack.incidents[0]
    fields = dict(incident.current.fields)
    fields["description"] = "\n".join(WRITTEN)
    fields["perpetrator"] = {**fields.get("perpetrator", {}), "name": NAME}
    fields["behaviours"] = [*fields.get("behaviours", []), ITEM]
    version = dataclasses.replace(incident.current, fields=fields)
    only = dataclasses.replace(incident, versions=(version,), exhibits=())
    return dataclasses.replace(pack, incidents=(only,))


def _lines_left_to_right(page: pdfium.PdfPage) -> list[PrintedLine]:
    """The glyphs of a page, line by line from the top, each line from the left."""
    text = page.get_textpage()
    rows: list[tuple[float, list[tuple[float, float, str]]]] = []
    for index in range(text.count_chars()):
        char = text.get_text_range(index, 1)
        if char in "\r\n":
            continue
        left, _bottom, right, _top = text.get_charbox(index)
        x, y = ctypes.c_double(), ctypes.c_double()
        pdfium_c.FPDFText_GetCharOrigin(text, index, x, y)
        # Marks and Arabic dots sit above or below the baseline: within a line.
        row = next((r for r in rows if abs(r[0] - y.value) < 4), None)
        if row is None:
            rows.append((y.value, [(left, right, char)]))
        else:
            row[1].append((left, right, char))
    rows.sort(key=lambda r: -r[0])
    return [_printed(sorted(row)) for _y, row in rows]


def _printed(glyphs: list[tuple[float, float, str]]) -> PrintedLine:
    drawn = [(left, right) for left, right, char in glyphs if not char.isspace()]
    text = _comparable("".join(char for _left, _right, char in glyphs))
    return PrintedLine(text, min(left for left, _r in drawn), max(right for _l, right in drawn))


def _comparable(line: str) -> str:
    """Without spaces (pdfium guesses them between joined Arabic letters) and with
    one sign for both brackets (pdfium turns a bracket beside right-to-left letters
    round; the PNG shows each drawn the right way)."""
    return "".join(line.split()).replace(")", "(")


def test_numbers_and_latin_words_keep_their_place_among_right_to_left_words(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bidi.pdf"
    render_pdf(_pack(), path)
    keep = os.environ.get("DAYBOOK_RENDER_DIR")
    document = pdfium.PdfDocument(path)
    try:
        page = document[1]
        image = page.render(scale=3).to_pil()
        image.save(tmp_path / "bidi-2.png")
        if keep:
            image.save(Path(keep) / "bidi-2.png")
        lines = {line.text: line for line in _lines_left_to_right(page)}
    finally:
        document.close()
    for written in WRITTEN:
        assert _comparable(get_display(written)) in lines, (written, list(lines))
    assert _comparable(f"Name: {get_display(NAME)}") in lines, list(lines)


def test_a_paragraph_begun_right_to_left_is_set_against_the_right_margin(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bidi.pdf"
    render_pdf(_pack(), path)
    document = pdfium.PdfDocument(path)
    try:
        lines = {line.text: line for line in _lines_left_to_right(document[1])}
    finally:
        document.close()
    # The indent mirrors too: on the right of a right-to-left paragraph.
    left_edge, right_edge = MARGIN + INDENT, PAGE_WIDTH - MARGIN - INDENT
    for written in WRITTEN:
        line = lines[_comparable(get_display(written))]
        if written in RIGHT_TO_LEFT:
            assert INSET[0] < right_edge - line.right < INSET[1], (written, line)
            assert line.left > PAGE_WIDTH / 2, (written, line)
        else:
            assert INSET[0] < line.left - left_edge < INSET[1], (written, line)
            assert line.right < PAGE_WIDTH / 2, (written, line)
    # Its bullet first, so on the right, and the indent on the right too.
    [item] = [line for line in lines.values() if _comparable(get_display(ITEM)) in line.text]
    assert item.text == _comparable(get_display(ITEM)) + "\N{BULLET}", item
    assert INSET[0] < right_edge - item.right < INSET[1], item
    # A label in English begins the line: it stays on the left, name and all.
    name = lines[_comparable(f"Name: {get_display(NAME)}")]
    assert INSET[0] < name.left - left_edge < INSET[1], name


def test_each_run_keeps_its_level_and_each_paragraph_its_direction() -> None:
    written = "Name: שלום, 12\nשלום (abc) ש"  # noqa: RUF001
    runs = [(run.text, run.level) for run in level_runs(written)]
    assert runs == [
        ("Name: ", 0),
        ("שלום, ", 1),
        ("12", 2),
        ("\n", 0),
        ("שלום (", 1),
        ("abc", 2),
        (") ש", 1),
    ]
