"""The timeline: how many incidents began in each week (or day) of the period.

A course of conduct is a pattern over time, and a bar per week shows it at a
glance. `timeline` counts, `plot` lays the bars out in points with the origin
at the bottom left, and `svg_timeline` and
`draw_timeline` draw that one layout for the HTML and the PDF report, so
both show the same picture.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass
from html import escape
from typing import Literal

from fpdf import FPDF

from app.client.i18n import _
from app.client.police_pack.fonts import CSS_FAMILIES
from app.client.police_pack.model import PolicePack
from app.client.police_pack.text import format_date, incident_count, local_start

Unit = Literal["day", "week"]

# Up to a month, one bar a day still reads; beyond it, weeks show the pattern better.
DAILY_UP_TO_DAYS = 31
BAR_COLOUR = "#2f5d8a"
AXIS_COLOUR = "#555555"
GRID_COLOUR = "#dddddd"
FONT_SIZE = 9
_MARGIN_LEFT, _MARGIN_BOTTOM, _MARGIN_TOP, _MARGIN_RIGHT = 34.0, 30.0, 16.0, 8.0
# Room each date label needs, per character, so that labels never overlap.
_LABEL_CHAR_WIDTH = 5.5
# Below the axis far enough to clear the lowest value label.
_LABEL_GAP = 7


@dataclass(frozen=True)
class Bucket:
    start: dt.date
    incidents: int


@dataclass(frozen=True)
class Timeline:
    """Incidents per day or per ISO week (Monday first), gaps included, by local date."""

    unit: Unit
    buckets: tuple[Bucket, ...]
    undated: int

    @property
    def peak(self) -> int:
        return max((bucket.incidents for bucket in self.buckets), default=0)

    @property
    def title(self) -> str:
        title = (
            _("Incidents per day")
            if self.unit == "day"
            else _("Incidents per week (weeks begin on Monday)")
        )
        if not self.undated:
            return title
        undated = _("{incidents} without a disclosed time")
        return f"{title}; {undated.format(incidents=incident_count(self.undated))}"


def timeline(pack: PolicePack) -> Timeline:
    days = [start.date() for start in map(local_start, pack.incidents) if start is not None]
    undated = len(pack.incidents) - len(days)
    if not days:
        return Timeline("week", (), undated)
    first, last = min(days), max(days)
    unit: Unit = "day" if (last - first).days < DAILY_UP_TO_DAYS else "week"
    counts = Counter(_bucket_start(day, unit) for day in days)
    step = dt.timedelta(days=1 if unit == "day" else 7)
    starts = [_bucket_start(first, unit)]
    while starts[-1] + step <= last:
        starts.append(starts[-1] + step)
    return Timeline(unit, tuple(Bucket(start, counts[start]) for start in starts), undated)


def _bucket_start(day: dt.date, unit: Unit) -> dt.date:
    return day if unit == "day" else day - dt.timedelta(days=day.weekday())


def _bucket_caption(bucket: Bucket, unit: Unit) -> str:
    day, count = format_date(bucket.start), incident_count(bucket.incidents)
    if unit == "day":
        return f"{day}: {count}"
    return _("week of {day}: {incidents}").format(day=day, incidents=count)


@dataclass(frozen=True)
class Bar:
    x: float
    width: float
    height: float
    bucket: Bucket


@dataclass(frozen=True)
class Plot:
    """The chart's layout in points; y grows upwards from the bottom edge."""

    width: float
    height: float
    left: float
    bottom: float
    right: float
    bars: tuple[Bar, ...]
    y_ticks: tuple[tuple[int, float], ...]
    x_labels: tuple[tuple[float, str], ...]


def plot(line: Timeline, width: float, height: float) -> Plot:
    left, bottom = _MARGIN_LEFT, _MARGIN_BOTTOM
    right, top = width - _MARGIN_RIGHT, height - _MARGIN_TOP
    step = max(1, math.ceil(line.peak / 4))
    ceiling = max(step, step * math.ceil(line.peak / step))
    scale = (top - bottom) / ceiling
    slot = (right - left) / max(1, len(line.buckets))
    bars = tuple(
        Bar(left + slot * (index + 0.15), slot * 0.7, bucket.incidents * scale, bucket)
        for index, bucket in enumerate(line.buckets)
    )
    with_year = len({bucket.start.year for bucket in line.buckets}) > 1
    texts = [_short_date(bucket.start, with_year) for bucket in line.buckets]
    room = _LABEL_CHAR_WIDTH * (max(map(len, texts), default=0) + 2)
    every = max(1, math.ceil(room / slot))
    labels = tuple((bar.x + bar.width / 2, texts[index]) for index, bar in enumerate(bars))[::every]
    ticks = tuple((value, bottom + value * scale) for value in range(0, ceiling + 1, step))
    return Plot(width, height, left, bottom, right, bars, ticks, labels)


def _short_date(day: dt.date, with_year: bool) -> str:
    """ "3 Mar", or "3 Mar 2025" when the chart crosses a new year."""
    return " ".join(format_date(day).split()[1 : 4 if with_year else 3])


def svg_timeline(pack: PolicePack, width: float = 640, height: float = 220) -> str:
    """The timeline as inline SVG: no scripts, fonts or anything fetched."""
    line = timeline(pack)
    layout = plot(line, width, height)
    title = escape(line.title)
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width:g} {height:g}" role="img"'
        f" aria-label=\"{title}\" font-family='{CSS_FAMILIES}'"
        f' font-size="{FONT_SIZE}">',
        f"<title>{title}</title>",
        *_svg_grid(layout),
        *_svg_bars(layout, line.unit),
        *_svg_labels(layout),
    ]
    if not line.buckets:
        parts.append(
            f'<text x="{width / 2:g}" y="{height / 2:g}" text-anchor="middle">'
            f"{escape(_('No incident times were disclosed'))}</text>"
        )
    return "".join([*parts, "</svg>"])


def _y(layout: Plot, y: float) -> float:
    return layout.height - y


def _svg_grid(layout: Plot) -> list[str]:
    lines = []
    for value, y in layout.y_ticks:
        flipped = _y(layout, y)
        lines.append(
            f'<line x1="{layout.left:g}" y1="{flipped:.1f}" x2="{layout.right:g}"'
            f' y2="{flipped:.1f}" stroke="{GRID_COLOUR}"/>'
            f'<text x="{layout.left - 5:g}" y="{flipped + 3:.1f}" text-anchor="end"'
            f' fill="{AXIS_COLOUR}">{value}</text>'
        )
    base = _y(layout, layout.bottom)
    lines.append(
        f'<line x1="{layout.left:g}" y1="{base:.1f}" x2="{layout.right:g}" y2="{base:.1f}"'
        f' stroke="{AXIS_COLOUR}"/>'
    )
    return lines


def _svg_bars(layout: Plot, unit: Unit) -> list[str]:
    bars = []
    for bar in layout.bars:
        if not bar.bucket.incidents:
            continue
        top = _y(layout, layout.bottom + bar.height)
        bars.append(
            f'<rect x="{bar.x:.1f}" y="{top:.1f}" width="{bar.width:.1f}"'
            f' height="{bar.height:.1f}" fill="{BAR_COLOUR}">'
            f"<title>{escape(_bucket_caption(bar.bucket, unit))}</title></rect>"
            f'<text x="{bar.x + bar.width / 2:.1f}" y="{top - 3:.1f}"'
            f' text-anchor="middle">{bar.bucket.incidents}</text>'
        )
    return bars


def _svg_labels(layout: Plot) -> list[str]:
    y = _y(layout, layout.bottom) + FONT_SIZE + _LABEL_GAP
    return [
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="middle" fill="{AXIS_COLOUR}">'
        f"{escape(label)}</text>"
        for x, label in layout.x_labels
    ]


def draw_timeline(
    pdf: FPDF, pack: PolicePack, x: float, y: float, width: float, height: float
) -> None:
    """The timeline drawn on the PDF's page, its top left corner at (x, y) in points."""
    line = timeline(pack)
    layout = plot(line, width, height)

    def page_y(value: float) -> float:
        return y + height - value

    pdf.set_font("Noto Sans", "", FONT_SIZE)
    pdf.set_line_width(0.5)
    for value, tick in layout.y_ticks:
        pdf.set_draw_color(GRID_COLOUR)
        pdf.line(x + layout.left, page_y(tick), x + layout.right, page_y(tick))
        _text(pdf, x + layout.left - 5, page_y(tick - 3), str(value), "end", AXIS_COLOUR)
    pdf.set_draw_color(AXIS_COLOUR)
    base = page_y(layout.bottom)
    pdf.line(x + layout.left, base, x + layout.right, base)
    pdf.set_fill_color(BAR_COLOUR)
    for bar in layout.bars:
        if bar.bucket.incidents:
            pdf.rect(x + bar.x, base - bar.height, bar.width, bar.height, style="F")
            label_y = page_y(layout.bottom + bar.height + 3)
            _text(pdf, x + bar.x + bar.width / 2, label_y, str(bar.bucket.incidents))
    for label_x, label in layout.x_labels:
        label_y = page_y(layout.bottom - FONT_SIZE - _LABEL_GAP)
        _text(pdf, x + label_x, label_y, label, "middle", AXIS_COLOUR)
    if not line.buckets:
        _text(pdf, x + width / 2, y + height / 2, _("No incident times were disclosed"))


def _text(
    pdf: FPDF,
    x: float,
    baseline: float,
    label: str,
    anchor: Literal["start", "middle", "end"] = "middle",
    colour: str = "#000000",
) -> None:
    pdf.set_text_color(colour)
    width = pdf.get_string_width(label)
    shift = {"start": 0.0, "middle": width / 2, "end": width}[anchor]
    pdf.text(x - shift, baseline, label)
