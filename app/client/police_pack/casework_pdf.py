"""police-schedule.pdf: the schedule of incidents on landscape pages, then the
course of conduct, the escalation chart and the production paragraph.

Set on the report's own page (`typeset.Document`): the same embedded Noto
faces, shaping and bidirectional order, so a description or a witness's name
in any script comes out as in the report; the labels are in the reader's
language, the victim's words never translated."""

from __future__ import annotations

import pathlib
from collections.abc import Sequence

from babel.dates import format_date
from fpdf.enums import TableBordersLayout, XPos, YPos
from fpdf.fonts import FontFace

from app.client.i18n import _, language, locale
from app.client.police_pack import casework, orders, text, typeset
from app.client.police_pack.model import PolicePack

_MARGIN = 40.0  # 14 mm in points
_GREY = "#555555"
_GRID = "#999999"
_HEAD_FILL = "#e8edf2"
_COLOURS = {"violence": "#a61b1b", "threats": "#e08a1e", "other": "#9aa7b4"}
# Relative column widths (millimetres on the page the schedule was first drawn on).
_WIDTHS = (10, 28, 45, 105, 25, 32, 27)
_CHART_HEIGHT = 198.0  # 70 mm


def _headers() -> list[str]:
    return [
        _("No."),
        _("Date and time"),
        _("Behaviours"),
        _("What happened"),
        _("Exhibits"),
        _("Witnesses"),
        _("Police ref."),
    ]


def _legend() -> dict[str, str]:
    return {"violence": _("violence"), "threats": _("threats"), "other": _("other incidents")}


def _para(pdf: typeset.Document, value: str, size: float, *, bold: bool = False) -> None:
    pdf.set_font(typeset.FAMILY, "B" if bold else "", size)
    pdf.set_text_color("#1a1a1a")
    pdf.multi_cell(
        pdf.epw,
        size * 1.3,
        typeset.markdown(value),
        align="L",
        markdown=True,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)


def _schedule(pdf: typeset.Document, pack: PolicePack, initials: str) -> None:
    pdf.set_font(typeset.FAMILY, "", 7.5)
    pdf.set_draw_color(_GRID)
    pdf.set_fill_color("#ffffff")
    pdf.set_line_width(0.4)
    with pdf.table(
        col_widths=_WIDTHS,
        width=pdf.epw,
        headings_style=FontFace(emphasis="BOLD", fill_color=_HEAD_FILL),
        line_height=9,
        padding=(2, 3),
        text_align="LEFT",
        markdown=True,
        borders_layout=TableBordersLayout.ALL,
    ) as table:
        table.row([typeset.markdown(header) for header in _headers()])
        for row in casework.schedule(pack, initials):
            cells: Sequence[object] = (
                row.number,
                row.when,
                row.behaviours,
                " ".join(filter(None, (row.summary, row.possible_breaches))),
                row.exhibits,
                row.witnesses,
                row.police_reference,
            )
            table.row([typeset.markdown(str(cell)) for cell in cells])
    pdf.ln(4)


def draw_escalation(pdf: typeset.Document, pack: PolicePack, x: float, y: float) -> None:
    """Stacked bars per week: violence at the bottom, then threats, then the rest."""
    width, height = pdf.epw, _CHART_HEIGHT
    weeks = casework.escalation(pack)
    pdf.set_font(typeset.FAMILY, "", 8)
    pdf.set_text_color(_GREY)
    if not weeks:
        pdf.text(x + width / 3, y + height / 2, _("No incident times were disclosed"))
        return
    left, top, bottom = x + 30, y + 18, y + height - 28
    most = max(w.threats + w.violence + w.other for w in weeks) or 1
    step = (width - 40) / len(weeks)
    scale = (bottom - top) / most
    pdf.set_line_width(0.5)
    for value in range(0, most + 1, max(1, most // 4)):
        level = bottom - value * scale
        pdf.set_draw_color("#dddddd")
        pdf.line(left, level, x + width - 10, level)
        label = str(value)
        pdf.text(left - 5 - pdf.get_string_width(label), level + 3, label)
    pdf.set_font(typeset.FAMILY, "", 7)
    for n, week in enumerate(weeks):
        bar_x, base = left + n * step + step * 0.15, bottom
        for kind, count in (
            ("violence", week.violence),
            ("threats", week.threats),
            ("other", week.other),
        ):
            if count:
                pdf.set_fill_color(_COLOURS[kind])
                pdf.rect(bar_x, base - count * scale, step * 0.7, count * scale, style="F")
                base -= count * scale
        if n % max(1, len(weeks) // 8) == 0:
            label = str(format_date(week.monday, "d MMM", locale=locale()))
            centre = bar_x + step * 0.35 - pdf.get_string_width(label) / 2
            pdf.text(centre, bottom + 12, label)
    pdf.set_draw_color(_GREY)
    pdf.line(left, bottom, x + width - 10, bottom)
    pdf.set_font(typeset.FAMILY, "", 8)
    pdf.set_text_color("#1a1a1a")
    for k, (kind, legend) in enumerate(_legend().items()):
        key_x = left + k * 110
        pdf.set_fill_color(_COLOURS[kind])
        pdf.rect(key_x, y + 2, 8, 8, style="F")
        pdf.text(key_x + 12, y + 9, legend)


def _orders(pdf: typeset.Document, pack: PolicePack) -> None:
    rows = orders.order_rows(pack)
    if rows:
        _para(pdf, _("Orders in force"), 11, bold=True)
    for row in rows:
        _para(pdf, " \N{EM DASH} ".join(row), 9)


def render_casework_pdf(pack: PolicePack, initials: str, path: pathlib.Path) -> None:
    pdf = typeset.Document("landscape")
    pdf.set_margins(_MARGIN, 34, _MARGIN)
    pdf.set_auto_page_break(True, 34)
    pdf.set_title(_("Schedule of incidents - bundle {bundle}").format(bundle=pack.bundle_id))
    pdf.set_author("Daybook")
    pdf.set_lang(language())
    pdf.add_page()
    _para(pdf, _("Schedule of incidents"), 14, bold=True)
    lead = _("Evidence bundle {bundle}; exhibits labelled {initials}/n.")
    _para(pdf, lead.format(bundle=pack.bundle_id, initials=initials), 9)
    _para(pdf, text.labels_language(), 9)
    _schedule(pdf, pack, initials)
    pdf.add_page()
    _para(pdf, _("Course of conduct"), 14, bold=True)
    for sentence in casework.course_of_conduct(pack):
        _para(pdf, sentence, 9)
    _orders(pdf, pack)
    pdf.ln(8)
    _para(pdf, _("Threats and violence by week"), 11, bold=True)
    if pdf.will_page_break(_CHART_HEIGHT):
        pdf.add_page()
    top = pdf.get_y()
    draw_escalation(pdf, pack, pdf.l_margin, top)
    pdf.set_y(top + _CHART_HEIGHT + 8)
    _para(pdf, _("Production of exhibits (for a witness statement)"), 11, bold=True)
    _para(pdf, casework.production_paragraph(pack, initials), 9)
    pdf.output(str(path))
