"""The evidence report as a PDF: the same content, in the same order, as the HTML.

Set on `typeset.Document` (Noto subsets, HarfBuzz shaping, the bidirectional
algorithm in full); the victim's words reach fpdf2's markdown only through
`_md`, which escapes every marker. A character no face can draw is listed on
the first page with the incident it is in, and printed as its code point in
double brackets where it stands.
"""

from __future__ import annotations

import json
import pathlib
import unicodedata
from collections.abc import Sequence
from typing import Any, Literal

from fpdf import FPDF
from fpdf.enums import Align, TableBordersLayout, TextDirection, XPos, YPos
from fpdf.fonts import FontFace

from app.client.i18n import _, language
from app.client.police_pack import bidi_order, chart, fonts, orders, text, typeset
from app.client.police_pack.model import Exhibit, Incident, PolicePack
from app.client.version_diff import FieldDiff

_MARGIN = 51.0  # 18 mm in points
_WIDTH = 595.28 - 2 * _MARGIN
_ACCENT = chart.BAR_COLOUR
_GREY = "#555555"
_WITHHELD_COLOUR = "#8a2f2f"
_HEAD_FILL = "#eef2f7"
_GRID_COLOUR = "#bbbbbb"
# Added words underlined, removed ones struck through: visible in black and white.
_SEGMENT_MARKS = {"same": "", "added": "--", "removed": "~~"}
_FAMILY = typeset.FAMILY
_MISSING = typeset.MISSING
_md = typeset.markdown
_BULLET = "\N{BULLET}\N{NO-BREAK SPACE}\N{NO-BREAK SPACE}"

Style = Literal["body", "cell", "title", "h2", "h3", "h4", "subtitle", "hash"]
# (size, leading, bold, colour, space before, space after)
_STYLES: dict[Style, tuple[float, float, bool, str, float, float]] = {
    "body": (9.5, 12.5, False, "#1a1a1a", 0, 3),
    "cell": (8, 10, False, "#1a1a1a", 0, 0),
    "title": (22, 28, True, "#1a1a1a", 0, 6),
    "h2": (15, 19, True, "#1a1a1a", 0, 2),
    "h3": (11, 14, True, _ACCENT, 10, 4),
    "h4": (9.5, 12.5, True, "#1a1a1a", 5, 0),
    "subtitle": (9.5, 12.5, False, _GREY, 0, 3),
    "hash": (6.5, 8.5, False, "#1a1a1a", 0, 0),
}
_EXHIBIT_COLUMNS = (0.1, 0.215, 0.22, 0.285, 0.18)
_LIST_COLUMNS = (0.1, 0.1, 0.265, 0.285, 0.25)


class _Report(typeset.Document):
    def __init__(self, footer: str) -> None:
        super().__init__()
        self._footer_text = footer
        self.set_margins(_MARGIN, _MARGIN, _MARGIN)
        self.set_auto_page_break(True, _MARGIN + 11)

    def footer(self) -> None:
        self.set_y(-_MARGIN + 10)
        self.set_font(_FAMILY, "", 7.5)
        self.set_text_color(_GREY)
        page = _("Page {number} of {total}").format(number=self.page_no(), total=self.pages_alias)
        self.cell(_WIDTH, 10, self._footer_text)
        self.set_x(self.l_margin)
        self.cell(_WIDTH, 10, page, align="R")


def render_pdf(pack: PolicePack, path: pathlib.Path) -> None:
    pdf = _Report(
        _("Daybook evidence report \N{EM DASH} bundle {bundle}").format(bundle=pack.bundle_id)
    )
    pdf.set_title(_("Evidence report - bundle {bundle}").format(bundle=pack.bundle_id))
    pdf.set_author("Daybook")
    pdf.set_lang(language())
    pdf.add_page()
    _summary(pdf, pack)
    _orders(pdf, pack)
    for incident in pack.incidents:
        pdf.add_page()
        _incident(pdf, incident)
        _breaches(pdf, orders.breach_lines(pack, incident))
    pdf.add_page()
    _exhibit_list(pdf, pack)
    pdf.add_page()
    _verification(pdf, pack)
    pdf.output(str(path))


def _set(pdf: FPDF, style: Style, *, italic: bool = False, colour: str | None = None) -> float:
    size, leading, bold, default, _before, _after = _STYLES[style]
    pdf.set_font(_FAMILY, ("B" if bold else "") + ("I" if italic else ""), size)
    pdf.set_text_color(colour or default)
    return leading


def _write(
    pdf: FPDF,
    markdown: str,
    style: Style = "body",
    *,
    indent: float = 0,
    italic: bool = False,
    colour: str | None = None,
    keep: float = 0,
) -> None:
    """One paragraph of already-escaped markdown, `keep` points kept with it.

    A paragraph that begins right to left (its first strong character, UAX #9
    rule P2) is set against the right margin, its indent on the right, as a
    reader of Arabic or Hebrew expects; its bullet comes first, so on the right."""
    _size, leading, _bold, _default, before, after = _STYLES[style]
    if keep and pdf.will_page_break(before + leading + keep):
        pdf.add_page()
    elif before and pdf.get_y() > pdf.t_margin + 1:
        pdf.ln(before)
    _set(pdf, style, italic=italic, colour=colour)
    rtl = bidi_order.base_direction(markdown) == TextDirection.RTL
    pdf.set_x(pdf.l_margin + (0 if rtl else indent))
    pdf.multi_cell(
        _WIDTH - indent,
        leading,
        markdown,
        align=Align.R if rtl else Align.L,
        markdown=True,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    if after:
        pdf.ln(after)


def _para(pdf: FPDF, value: str, style: Style = "body", **options: Any) -> None:
    _write(pdf, _md(value), style, **options)


def _heading(pdf: FPDF, value: str, style: Style) -> None:
    # A heading never ends a page: it stays with at least three lines after it.
    _para(pdf, value, style, keep=40)


def _table(
    pdf: FPDF,
    headers: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    shares: Sequence[float],
    *,
    first_column_head: bool = False,
    styles: Sequence[Style] = (),
) -> None:
    """A grid of already-escaped markdown cells, its heading row repeated overleaf."""
    _set(pdf, "cell")
    pdf.set_fill_color("#ffffff")  # the chart leaves its bars' colour behind
    pdf.set_draw_color(_GRID_COLOUR)
    pdf.set_line_width(0.5)
    head = FontFace(emphasis="BOLD", fill_color=_HEAD_FILL)
    with pdf.table(
        col_widths=tuple(share * 100 for share in shares),
        width=_WIDTH,
        first_row_as_headings=headers is not None,
        headings_style=head,
        line_height=10,
        padding=(3, 4),
        text_align="LEFT",
        markdown=True,
        borders_layout=TableBordersLayout.ALL,
    ) as table:
        if headers is not None:
            table.row([_md(header) for header in headers])
        for cells in rows:
            row = table.row()
            for column, cell in enumerate(cells):
                kind = styles[column] if column < len(styles) else "cell"
                style = head if first_column_head and column == 0 else None
                if kind == "hash":
                    style = FontFace(size_pt=_STYLES["hash"][0])
                row.cell(cell, style=style)
    pdf.ln(6)


def _grid(
    pdf: FPDF, headers: Sequence[str], rows: Sequence[Sequence[str]], shares: Sequence[float]
) -> None:
    _table(pdf, headers, [[_md(cell) for cell in row] for row in rows], shares)


def _pairs(pdf: FPDF, rows: Sequence[tuple[str, str]]) -> None:
    cells = [[_md(key), _md(value)] for key, value in rows]
    _table(pdf, None, cells, (0.3, 0.7), first_column_head=True)


def _summary(pdf: FPDF, pack: PolicePack) -> None:
    _para(pdf, _("Evidence report"), "title")
    _para(pdf, text.summary_sentence(pack), "subtitle")
    _para(pdf, text.labels_language(), "subtitle")
    pdf.ln(4)
    _pairs(pdf, text.summary_rows(pack))
    _undrawable_note(pdf, pack)
    _heading(pdf, _("Behaviours recorded"), "h3")
    rows = [[label, str(count)] for label, count in text.behaviour_rows(pack)]
    _grid(pdf, [_("Behaviour"), _("Incidents")], rows, (0.85, 0.15))
    height = 190.0
    # The heading, the chart and its caption stay together.
    if pdf.will_page_break(height + 60):
        pdf.add_page()
    _heading(pdf, _("Timeline"), "h3")
    chart.draw_timeline(pdf, pack, pdf.l_margin, pdf.get_y(), _WIDTH, height)
    pdf.set_y(pdf.get_y() + height + 4)
    _para(pdf, chart.timeline(pack).title, "subtitle")


def _undrawable_note(pdf: FPDF, pack: PolicePack) -> None:
    """Where the report holds a character no embedded font can draw, said plainly."""
    lines = []
    for incident in pack.incidents:
        written = json.dumps([v.fields for v in incident.versions], ensure_ascii=False)
        missing = fonts.undrawable(written)
        if missing:
            names = ", ".join(f"U+{ord(c):04X} {_char_name(c)}" for c in missing)
            lines.append(f"{text.incident_heading(incident)}: {names}")
    if not lines:
        return
    note = _(
        "Some characters the victim wrote are in no font this PDF embeds; each is"
        " printed as its code point, like {example}. The HTML report and manifest.json"
        " in the same pack hold the text exactly. Where they are:"
    ).format(example=_MISSING.format(0x13000))
    _para(pdf, note, "subtitle", colour=_WITHHELD_COLOUR)
    for line in lines:
        _para(pdf, line, "subtitle", indent=10, colour=_WITHHELD_COLOUR)


def _char_name(char: str) -> str:
    return unicodedata.name(char, "unnamed character")


def _orders(pdf: FPDF, pack: PolicePack) -> None:
    if pack.orders:
        _heading(pdf, _("Orders in force"), "h2")
        _para(pdf, _(orders.ORDERS_NOTE))
        _grid(pdf, orders.order_headers(), orders.order_rows(pack), (0.25, 0.2, 0.15, 0.4))


def _breaches(pdf: FPDF, lines: Sequence[str]) -> None:
    if lines:
        _heading(pdf, _("Possible breaches"), "h3")
        for line in lines:
            _para(pdf, line, indent=10)


def _incident(pdf: FPDF, incident: Incident) -> None:
    _para(pdf, text.incident_heading(incident), "h2")
    _para(pdf, text.incident_subtitle(incident), "subtitle")
    _heading(pdf, _("Times"), "h3")
    _pairs(pdf, text.time_rows(incident))
    _time_sources(pdf, incident)
    _heading(pdf, _("What the victim recorded"), "h3")
    _fields(pdf, incident)
    _amendments(pdf, incident)
    _exhibits(pdf, incident.exhibits, incident.time_zone)


def _time_sources(pdf: FPDF, incident: Incident) -> None:
    rows = text.time_source_rows(incident)
    if not rows:
        return
    _heading(pdf, _("Time sources"), "h3")
    _para(pdf, _(text.TIME_SOURCES_NOTE))
    headers = [_("Version"), _("Source"), _("Name"), _("Existed by"), _("Detail")]
    _grid(pdf, headers, rows, (0.088, 0.19, 0.175, 0.274, 0.273))


def _fields(pdf: FPDF, incident: Incident) -> None:
    for label, lines in text.recorded_fields(incident.current, incident.time_zone):
        _heading(pdf, label, "h4")
        for line in lines:
            _line(pdf, line)


def _line(pdf: FPDF, line: text.Line) -> None:
    indent = 10 + 12 * line.depth
    if line.kind == "withheld":
        _para(pdf, line.text, indent=indent, italic=True, colour=_WITHHELD_COLOUR)
    elif not line.text:
        _write(pdf, f"**{_md(line.label)}**", indent=indent)
    elif line.kind == "item":
        _write(pdf, f"{_BULLET}{_md(line.text)}", indent=indent)
    else:
        label = f"**{_md(line.label)}:** " if line.label else ""
        _write(pdf, label + _md(line.text), indent=indent)
        if line.kind == "paragraph":
            pdf.ln(2)


def _amendments(pdf: FPDF, incident: Incident) -> None:
    _heading(pdf, _("Amendments"), "h3")
    if not incident.amendments:
        _para(pdf, _("None: this is the only version."))
        return
    rows = [[str(a.version), a.received, a.written, a.changes] for a in text.amendments(incident)]
    headers = [_("Version"), _("Received by Daybook"), _("Written down"), _("What changed")]
    _grid(pdf, headers, rows, (0.09, 0.2, 0.33, 0.38))
    _versions(pdf, incident)


def _versions(pdf: FPDF, incident: Incident) -> None:
    _heading(pdf, _("Every version as written"), "h3")
    legend = f"{_md(_(text.VERSIONS_NOTE))} " + _(
        "Marked against the version before: {added} (underlined), {removed} (struck through)."
    ).format(added=_mark("--", _("added")), removed=_mark("~~", _("removed")))
    _write(pdf, legend, keep=30)
    for version in text.version_texts(incident):
        _heading(pdf, version.heading, "h4")
        for diff in version.fields:
            _field_diff(pdf, diff)


def _field_diff(pdf: FPDF, diff: FieldDiff) -> None:
    label = f"**{_md(diff.label)}:** "
    if diff.note:
        _write(pdf, label + f"__{_md(diff.note)}__", indent=10, colour=None)
        return
    body = "".join(_segment(s.kind, s.text) for s in diff.segments)
    _write(pdf, label + body, indent=10)
    pdf.ln(2)


def _mark(mark: str, value: str) -> str:
    return f"{mark}{_md(value)}{mark}"


def _segment(kind: str, value: str) -> str:
    # A mark around white space alone would print as the marker itself.
    mark = _SEGMENT_MARKS[kind] if value.strip() else ""
    return f"{mark}{_md(value)}{mark}"


def _exhibits(pdf: FPDF, exhibits: Sequence[Exhibit], zone: str | None) -> None:
    if not exhibits:
        return
    _heading(pdf, _("Exhibits"), "h3")
    headers = [_("Exhibit"), _("File"), _("Captured"), _("SHA-256"), _("Status")]
    rows = [
        [
            _md(exhibit.reference),
            _file_cell(exhibit),
            _md(text.exhibit_captured(exhibit, zone)),
            _hash_cell(exhibit),
            _status_cell(exhibit),
        ]
        for exhibit in exhibits
    ]
    _table(pdf, headers, rows, _EXHIBIT_COLUMNS, styles=("cell", "cell", "cell", "hash"))
    _stripped_note(pdf, exhibits)


def _stripped_note(pdf: FPDF, exhibits: Sequence[Exhibit]) -> None:
    if any(e.metadata.kind == "stripped" and not e.withheld for e in exhibits):
        _para(pdf, _(text.STRIPPED_NOTE))


def _file_cell(exhibit: Exhibit) -> str:
    return f"{_md(exhibit.file_name)}\n{_md(text.exhibit_kind(exhibit))}"


def _hash_cell(exhibit: Exhibit) -> str:
    # Two lines of 32 digits: a hash split anywhere else is harder to compare.
    return "\n".join(
        (f"{_md(label)}\n" if label else "") + f"{digest[:32]}\n{digest[32:]}"
        for label, digest in text.exhibit_hashes(exhibit)
    )


def _status_cell(exhibit: Exhibit) -> str:
    lines = "\n".join(_md(line) for line in text.exhibit_status(exhibit))
    return f"__{lines}__" if exhibit.withheld else lines


def _exhibit_list(pdf: FPDF, pack: PolicePack) -> None:
    _para(pdf, _("Exhibit list"), "h2")
    rows = [
        [
            str(incident.number),
            _md(exhibit.reference),
            _file_cell(exhibit),
            _hash_cell(exhibit),
            _status_cell(exhibit),
        ]
        for incident in pack.incidents
        for exhibit in incident.exhibits
    ]
    if not rows:
        _para(pdf, _("No exhibits."))
        return
    headers = [_("Incident"), _("Exhibit"), _("File"), _("SHA-256"), _("Status")]
    _table(pdf, headers, rows, _LIST_COLUMNS, styles=("cell", "cell", "cell", "hash"))
    _stripped_note(pdf, pack.exhibits)


def _verification(pdf: FPDF, pack: PolicePack) -> None:
    _para(pdf, _("Verification"), "h2")
    rows = [[check.item, check.check, check.result] for check in pack.checks]
    if not rows:
        _para(pdf, _("No checks recorded."))
        return
    _para(pdf, _(text.VERIFICATION_NOTE))
    _grid(pdf, [_("Item"), _("Check"), _("Result")], rows, (0.3, 0.52, 0.18))
