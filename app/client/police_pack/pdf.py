"""The evidence report as a PDF: the same content, in the same order, as the HTML.

Victim text reaches reportlab's paragraph mini-markup only through `escape`,
so a "<" or "&" in a description is printed rather than parsed. The built-in
Helvetica cannot draw every script; reportlab prints a box for a character it
lacks, and the report then says that the HTML shows the text exactly.
Long text goes into paragraphs outside tables, or into tables allowed to split
inside a row, so that a description of any length flows across pages.
"""

from __future__ import annotations

import functools
import json
import pathlib
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.client.police_pack import chart, text
from app.client.police_pack.model import Exhibit, Incident, PolicePack
from app.client.version_diff import FieldDiff

_MARGIN = 18 * mm
# SimpleDocTemplate's frame pads its content by 6 points on each side.
_WIDTH = A4[0] - 2 * _MARGIN - 2 * 6
_ACCENT = colors.HexColor(chart.BAR_COLOUR)
_WITHHELD_COLOUR = "#8a2f2f"
# Added words underlined in green on a pale green ground, removed ones struck
# through in red: visible in colour and, by the lines, in black and white.
_SEGMENT_MARKUP = {
    "same": "{}",
    "added": '<u><font color="#0b5a23" backColor="#dcf3e2">{}</font></u>',
    "removed": '<strike><font color="#a8231a" backColor="#fbe2e0">{}</font></strike>',
}

_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=3)
_CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=10)
_CELL_HEAD = ParagraphStyle("cell_head", parent=_CELL, fontName="Helvetica-Bold")
_CELL_RIGHT = ParagraphStyle("cell_right", parent=_CELL, alignment=TA_RIGHT)
_HASH = ParagraphStyle("hash", parent=_CELL, fontName="Courier", fontSize=6.5, leading=8.5)
_TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=6)
_H2 = ParagraphStyle(
    "h2", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=2, keepWithNext=1
)
_H3 = ParagraphStyle(
    "h3",
    fontName="Helvetica-Bold",
    fontSize=11,
    leading=14,
    spaceBefore=10,
    spaceAfter=4,
    textColor=_ACCENT,
    keepWithNext=1,
)
_H4 = ParagraphStyle(
    "h4", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5, spaceBefore=5, keepWithNext=1
)
_LEGEND = ParagraphStyle("legend", parent=_BODY, keepWithNext=1)
_SUBTITLE = ParagraphStyle("subtitle", parent=_BODY, textColor=colors.HexColor("#555555"))

_GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#bbbbbb")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f7")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)
_PAIRS = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#bbbbbb")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)
# Column widths as shares of the page width.
_EXHIBIT_COLUMNS = (0.1, 0.215, 0.22, 0.285, 0.18)
_LIST_COLUMNS = (0.1, 0.1, 0.265, 0.285, 0.25)


def render_pdf(pack: PolicePack, path: pathlib.Path) -> None:
    footer = f"Daybook evidence report \N{EM DASH} bundle {pack.bundle_id}"
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN + 4 * mm,
        title=f"Evidence report - bundle {pack.bundle_id}",
        author="Daybook",
    )
    story = [*_summary(pack)]
    for incident in pack.incidents:
        story += [PageBreak(), *_incident(incident)]
    story += [PageBreak(), *_exhibit_list(pack), PageBreak(), *_verification(pack)]
    on_page = functools.partial(_footer, footer)
    document.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=_NumberedCanvas)


def _para(value: str, style: ParagraphStyle = _BODY) -> Paragraph:
    return Paragraph(escape(value), style)


def _footer(footer: str, canvas: Canvas, _document: Any) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(_MARGIN + 6, 10 * mm, footer)
    canvas.restoreState()


class _NumberedCanvas(Canvas):
    """Holds every page back until the end so each can say "Page n of N"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        # reportlab's own way to begin the next page without writing this one out.
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont("Helvetica", 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            label = f"Page {self.getPageNumber()} of {len(self._pages)}"
            self.drawRightString(A4[0] - _MARGIN - 6, 10 * mm, label)
            super().showPage()
        super().save()


def _table(
    rows: Sequence[Sequence[Flowable]], shares: Sequence[float], style: TableStyle = _GRID
) -> Table:
    widths = [_WIDTH * share for share in shares]
    # splitInRow lets a row taller than a page (a long detail) continue overleaf.
    return Table([list(row) for row in rows], widths, style=style, repeatRows=1, splitInRow=1)


def _grid(headers: Sequence[str], rows: Sequence[Sequence[str]], shares: Sequence[float]) -> Table:
    body = [[_para(cell, _CELL) for cell in row] for row in rows]
    return _table([_head(headers), *body], shares)


def _pairs(rows: Sequence[tuple[str, str]]) -> Table:
    cells = [[_para(key, _CELL_HEAD), _para(value, _CELL)] for key, value in rows]
    return Table(cells, [_WIDTH * 0.3, _WIDTH * 0.7], style=_PAIRS, splitInRow=1)


def _summary(pack: PolicePack) -> list[Flowable]:
    behaviours = [
        [_para(label, _CELL), _para(str(count), _CELL_RIGHT)]
        for label, count in text.behaviour_rows(pack)
    ]
    flowables: list[Flowable] = [
        Paragraph("Evidence report", _TITLE),
        _para(text.summary_sentence(pack), _SUBTITLE),
        Spacer(1, 4),
        _pairs(text.summary_rows(pack)),
        Paragraph("Behaviours recorded", _H3),
        _table([_head(["Behaviour", "Incidents"]), *behaviours], (0.85, 0.15)),
        Paragraph("Timeline", _H3),
        chart.drawing_timeline(pack, _WIDTH, 190),
        _para(chart.timeline(pack).title, _SUBTITLE),
    ]
    if _has_unprintable(pack):
        note = (
            "Some text uses characters this PDF's font cannot draw; they appear as boxes."
            " The HTML report in the same pack shows the text exactly."
        )
        flowables.append(_para(note, _SUBTITLE))
    return flowables


def _has_unprintable(pack: PolicePack) -> bool:
    # Helvetica here covers Windows-1252; anything outside it prints as a box.
    dumped = json.dumps([v.fields for i in pack.incidents for v in i.versions], ensure_ascii=False)
    try:
        dumped.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def _incident(incident: Incident) -> list[Flowable]:
    return [
        _para(text.incident_heading(incident), _H2),
        _para(text.incident_subtitle(incident), _SUBTITLE),
        Paragraph("Times", _H3),
        _pairs(text.time_rows(incident)),
        *_time_sources(incident),
        Paragraph("What the victim recorded", _H3),
        *_fields(incident),
        *_amendments(incident),
        *_exhibits(incident.exhibits, incident.time_zone),
    ]


def _time_sources(incident: Incident) -> list[Flowable]:
    rows = text.time_source_rows(incident)
    if not rows:
        return []
    headers = ["Version", "Source", "Name", "Existed by", "Detail"]
    table = _grid(headers, rows, (0.088, 0.19, 0.175, 0.274, 0.273))
    return [Paragraph("Time sources", _H3), _para(text.TIME_SOURCES_NOTE), table]


def _fields(incident: Incident) -> list[Flowable]:
    flowables: list[Flowable] = []
    for label, lines in text.recorded_fields(incident.current, incident.time_zone):
        flowables += [_para(label, _H4), *(_line(line) for line in lines)]
    return flowables


def _line(line: text.Line) -> Paragraph:
    style = _line_style(line.depth, line.kind)
    if line.kind == "withheld":
        return Paragraph(
            f'<font color="{_WITHHELD_COLOUR}"><i>{escape(line.text)}</i></font>', style
        )
    if not line.text:
        return Paragraph(f"<b>{escape(line.label)}</b>", style)
    label = f"<b>{escape(line.label)}:</b> " if line.label else ""
    bullet = "\N{BULLET}" if line.kind == "item" else None
    return Paragraph(label + escape(line.text), style, bulletText=bullet)


@functools.cache
def _line_style(depth: int, kind: text.LineKind) -> ParagraphStyle:
    # Every line sits under its field's heading; an item leaves room for its bullet.
    indent = 10 + 12 * depth + (10 if kind == "item" else 0)
    space = 5 if kind == "paragraph" else 3
    return ParagraphStyle(
        f"{kind}{depth}",
        parent=_BODY,
        leftIndent=indent,
        bulletIndent=indent - 10,
        spaceAfter=space,
    )


def _amendments(incident: Incident) -> list[Flowable]:
    heading = Paragraph("Amendments", _H3)
    if not incident.amendments:
        return [heading, _para("None: this is the only version.")]
    rows = [[str(a.version), a.received, a.written, a.changes] for a in text.amendments(incident)]
    headers = ["Version", "Received by Daybook", "Written down", "What changed"]
    return [heading, _grid(headers, rows, (0.09, 0.2, 0.33, 0.38)), *_versions(incident)]


def _versions(incident: Incident) -> list[Flowable]:
    legend = (
        f"{escape(text.VERSIONS_NOTE)} Marked against the version before:"
        f" {_SEGMENT_MARKUP['added'].format('added')},"
        f" {_SEGMENT_MARKUP['removed'].format('removed')}."
    )
    flowables: list[Flowable] = [
        Paragraph("Every version as written", _H3),
        Paragraph(legend, _LEGEND),
    ]
    for version in text.version_texts(incident):
        flowables.append(_para(version.heading, _H4))
        flowables.extend(_field_diff(diff) for diff in version.fields)
    return flowables


def _field_diff(diff: FieldDiff) -> Paragraph:
    label = f"<b>{escape(diff.label)}:</b> "
    if diff.note:
        body = f'<font color="{_WITHHELD_COLOUR}"><i>{escape(diff.note)}</i></font>'
    else:
        body = "".join(
            _SEGMENT_MARKUP[s.kind].format(escape(s.text).replace("\n", "<br/>"))
            for s in diff.segments
        )
    return Paragraph(label + body, _line_style(0, "paragraph"))


def _exhibits(exhibits: Sequence[Exhibit], zone: str | None) -> list[Flowable]:
    if not exhibits:
        return []
    headers = ["Exhibit", "File", "Captured", "SHA-256", "Status"]
    rows = [
        [
            _para(exhibit.reference, _CELL),
            _file_cell(exhibit),
            _para(text.exhibit_captured(exhibit, zone), _CELL),
            _hash_cell(exhibit),
            _status_cell(exhibit),
        ]
        for exhibit in exhibits
    ]
    table = _table([_head(headers), *rows], _EXHIBIT_COLUMNS)
    return [Paragraph("Exhibits", _H3), table, *_stripped_note(exhibits)]


def _stripped_note(exhibits: Sequence[Exhibit]) -> list[Flowable]:
    if not any(e.metadata.kind == "stripped" and not e.withheld for e in exhibits):
        return []
    return [Spacer(1, 4), _para(text.STRIPPED_NOTE)]


def _head(headers: Sequence[str]) -> list[Flowable]:
    return [_para(header, _CELL_HEAD) for header in headers]


def _file_cell(exhibit: Exhibit) -> Paragraph:
    return Paragraph(f"{escape(exhibit.file_name)}<br/>{escape(text.exhibit_kind(exhibit))}", _CELL)


def _hash_cell(exhibit: Exhibit) -> Paragraph:
    # Two lines of 32 digits: a hash split anywhere else is harder to compare.
    lines = [
        (f'<font name="Helvetica">{escape(label)}</font><br/>' if label else "")
        + f"{escape(digest[:32])}<br/>{escape(digest[32:])}"
        for label, digest in text.exhibit_hashes(exhibit)
    ]
    return Paragraph("<br/>".join(lines), _HASH)


def _status_cell(exhibit: Exhibit) -> Paragraph:
    lines = "<br/>".join(escape(line) for line in text.exhibit_status(exhibit))
    if exhibit.withheld:
        lines = f'<font color="{_WITHHELD_COLOUR}"><i>{lines}</i></font>'
    return Paragraph(lines, _CELL)


def _exhibit_list(pack: PolicePack) -> list[Flowable]:
    heading = Paragraph("Exhibit list", _H2)
    rows = [
        [
            _para(str(incident.number), _CELL),
            _para(exhibit.reference, _CELL),
            _file_cell(exhibit),
            _hash_cell(exhibit),
            _status_cell(exhibit),
        ]
        for incident in pack.incidents
        for exhibit in incident.exhibits
    ]
    if not rows:
        return [heading, _para("No exhibits.")]
    headers = ["Incident", "Exhibit", "File", "SHA-256", "Status"]
    table = _table([_head(headers), *rows], _LIST_COLUMNS)
    return [heading, table, *_stripped_note(pack.exhibits)]


def _verification(pack: PolicePack) -> list[Flowable]:
    heading = Paragraph("Verification", _H2)
    rows = [[check.item, check.check, check.result] for check in pack.checks]
    if not rows:
        return [heading, _para("No checks recorded.")]
    table = _grid(["Item", "Check", "Result"], rows, (0.3, 0.52, 0.18))
    return [heading, _para(text.VERIFICATION_NOTE), table]
