"""police-schedule.pdf: the schedule of incidents on one landscape page, then
the course of conduct, the escalation chart and the production paragraph."""

from __future__ import annotations

import pathlib
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.client.police_pack import casework, orders
from app.client.police_pack.model import PolicePack

_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=11.5, spaceAfter=3)
_CELL = ParagraphStyle("cell", parent=_BODY, fontSize=7.5, leading=9, spaceAfter=0)
_H1 = ParagraphStyle("h1", parent=_BODY, fontName="Helvetica-Bold", fontSize=14, leading=18)
_H2 = ParagraphStyle("h2", parent=_BODY, fontName="Helvetica-Bold", fontSize=11, leading=15)
_COLOURS = {"violence": "#a61b1b", "threats": "#e08a1e", "other": "#9aa7b4"}
_HEADERS = [
    "No.",
    "Date and time",
    "Behaviours",
    "What happened",
    "Exhibits",
    "Witnesses",
    "Police ref.",
]
_WIDTHS = [10, 28, 45, 105, 25, 32, 27]


def _cell(value: str) -> Paragraph:
    return Paragraph(escape(value), _CELL)


def _schedule(pack: PolicePack, initials: str) -> Table:
    rows = [[_cell(h) for h in _HEADERS]]
    for row in casework.schedule(pack, initials):
        rows.append(
            [
                _cell(str(v))
                for v in (
                    row.number,
                    row.when,
                    row.behaviours,
                    " ".join(filter(None, (row.summary, row.possible_breaches))),
                    row.exhibits,
                    row.witnesses,
                    row.police_reference,
                )
            ]
        )
    table = Table(rows, colWidths=[w * mm for w in _WIDTHS], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf2")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def escalation_drawing(
    pack: PolicePack, width: float = 240 * mm, height: float = 70 * mm
) -> Drawing:
    """Stacked bars per week: violence at the bottom, then threats, then the rest."""
    weeks = casework.escalation(pack)
    drawing = Drawing(width, height)
    left, bottom, top = 30.0, 28.0, height - 18
    if not weeks:
        drawing.add(String(width / 2, height / 2, "No incident times were disclosed"))
        return drawing
    most = max(w.threats + w.violence + w.other for w in weeks) or 1
    step = (width - left - 10) / len(weeks)
    scale = (top - bottom) / most
    grey = colors.HexColor("#555555")
    for value in range(0, most + 1, max(1, most // 4)):
        y = bottom + value * scale
        drawing.add(Line(left, y, width - 10, y, strokeColor=colors.HexColor("#dddddd")))
        drawing.add(
            String(left - 5, y - 3, str(value), fontSize=8, textAnchor="end", fillColor=grey)
        )
    for n, week in enumerate(weeks):
        x, y = left + n * step + step * 0.15, bottom
        for kind, count in (
            ("violence", week.violence),
            ("threats", week.threats),
            ("other", week.other),
        ):
            if count:
                drawing.add(_box(x, y, step * 0.7, count * scale, _COLOURS[kind]))
                y += count * scale
        if n % max(1, len(weeks) // 8) == 0:
            label = week.monday.strftime("%d %b")
            drawing.add(
                String(
                    x + step * 0.35,
                    bottom - 12,
                    label,
                    fontSize=7,
                    textAnchor="middle",
                    fillColor=grey,
                )
            )
    drawing.add(Line(left, bottom, width - 10, bottom, strokeColor=grey))
    for k, (kind, hex_colour) in enumerate(_COLOURS.items()):
        x = left + k * 110
        drawing.add(_box(x, height - 10, 8, 8, hex_colour))
        legend = {"violence": "violence", "threats": "threats", "other": "other incidents"}[kind]
        drawing.add(String(x + 12, height - 9, legend, fontSize=8))
    return drawing


def _orders(pack: PolicePack) -> list[Paragraph]:
    lines = [" — ".join(row) for row in orders.order_rows(pack)]
    heading = [Paragraph("Orders in force", _H2)] if lines else []
    return heading + [Paragraph(escape(line).replace("\n", "<br/>"), _BODY) for line in lines]


def _box(x: float, y: float, width: float, height: float, hex_colour: str) -> Rect:
    box = Rect(x, y, width, height)
    # Set after construction: the reportlab stubs mistype Rect's keyword arguments.
    box.fillColor, box.strokeColor = colors.HexColor(hex_colour), None
    return box


def render_casework_pdf(pack: PolicePack, initials: str, path: pathlib.Path) -> None:
    document = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"Schedule of incidents - bundle {pack.bundle_id}",
        author="Daybook",
    )
    story = [
        Paragraph("Schedule of incidents", _H1),
        Paragraph(
            escape(f"Evidence bundle {pack.bundle_id}; exhibits labelled {initials}/n."), _BODY
        ),
        _schedule(pack, initials),
        PageBreak(),
        Paragraph("Course of conduct", _H1),
        *(Paragraph(escape(s), _BODY) for s in casework.course_of_conduct(pack)),
        *_orders(pack),
        Spacer(1, 4 * mm),
        Paragraph("Threats and violence by week", _H2),
        escalation_drawing(pack),
        Spacer(1, 4 * mm),
        Paragraph("Production of exhibits (for a witness statement)", _H2),
        Paragraph(escape(casework.production_paragraph(pack, initials)), _BODY),
    ]
    document.build(story)
