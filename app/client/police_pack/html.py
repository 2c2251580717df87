"""The evidence report as one self-contained HTML document.

Everything the victim wrote is untrusted text, so every value goes through
html.escape on its way in, and the page loads nothing: no scripts, fonts,
images or links, with a Content-Security-Policy that would refuse them anyway.
The file can be opened offline, attached to a case file or printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import escape

from app.client.i18n import _, language
from app.client.police_pack import orders, text
from app.client.police_pack.chart import svg_timeline, timeline
from app.client.police_pack.fonts import CSS_FAMILIES
from app.client.police_pack.model import Exhibit, Incident, PolicePack
from app.client.version_diff import FieldDiff

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_CSP = "default-src 'none'; style-src 'unsafe-inline'"
_SEGMENT_HTML = {"same": "{}", "added": "<ins>{}</ins>", "removed": "<del>{}</del>"}

_CSS = r"""
:root { color: #1a1a1a; background: #fff; }
body { font: 15px/1.45 FAMILIES; max-width: 60rem; margin: 2rem auto;
  padding: 0 1rem; }
h1 { font-size: 1.9rem; margin-bottom: .2rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #2f5d8a; padding-bottom: .2rem;
  margin-top: 2.5rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; color: #2f5d8a; }
.subtitle { color: #555; margin-top: -.5rem; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #ccc; padding: .3rem .45rem; text-align: left;
  vertical-align: top; }
th { background: #eef2f7; }
table.pairs th { width: 16rem; }
.mono { font-family: "Courier New", Courier, monospace; font-size: .8rem;
  overflow-wrap: anywhere; }
.withheld { color: #8a2f2f; font-style: italic; }
.field { margin: .2rem 0 .2rem 1rem; overflow-wrap: anywhere; }
.field .label { font-weight: bold; }
.field.heading { font-weight: bold; margin-top: .4rem; }
.field.paragraph { margin: .4rem 0 .4rem 1rem; white-space: pre-wrap; }
.field.item::before { content: "\2022\00a0\00a0"; }
h4 { margin: .9rem 0 .2rem; }
.version-text { margin: .2rem 0 .2rem 1rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.version-text .label { font-weight: bold; }
ins { background: #dcf3e2; color: #0b5a23; text-decoration: underline; }
del { background: #fbe2e0; color: #8a1c12; text-decoration: line-through; }
figure { margin: 1rem 0; }
figcaption { font-size: .85rem; color: #555; }
svg.timeline { width: 100%; height: auto; }
footer { margin-top: 3rem; font-size: .8rem; color: #555; }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  @page { size: A4; margin: 16mm; }
  section.incident, #exhibits, #verification { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, .field { break-inside: avoid; }
  thead { display: table-header-group; }
}
"""

# The PDF's fonts by name, then the reader's own: the page loads no font.
_STYLE = _CSS.replace("FAMILIES", CSS_FAMILIES)


def render_html(pack: PolicePack) -> str:
    title = _("Evidence report - bundle {bundle}").format(bundle=pack.bundle_id)
    body = [
        _h(1, "Evidence report"),
        f'<p class="subtitle">{escape(text.summary_sentence(pack))}</p>',
        f'<p class="subtitle">{escape(text.labels_language())}</p>',
        _summary(pack),
        _orders(pack),
        *(_incident(pack, incident) for incident in pack.incidents),
        _exhibit_list(pack),
        _verification(pack),
        f"<footer>{escape(_footer(pack))}</footer>",
    ]
    document = (
        f'<!DOCTYPE html>\n<html lang="{language()}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
    # JSON can carry a lone surrogate ("\\ud800"), which no UTF-8 writer accepts.
    return _LONE_SURROGATE.sub("\N{REPLACEMENT CHARACTER}", document)


def _h(level: int, label: str) -> str:
    return f"<h{level}>{escape(_(label))}</h{level}>"


def _marked() -> str:
    legend = _(
        "Marked against the version before: {added} (underlined), {removed} (struck through)."
    )
    added, removed = escape(_("added")), escape(_("removed"))
    return escape(legend).format(added=f"<ins>{added}</ins>", removed=f"<del>{removed}</del>")


def _footer(pack: PolicePack) -> str:
    footer = _("Daybook evidence report \N{EM DASH} bundle {bundle}")
    return footer.format(bundle=pack.bundle_id)


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table of already-escaped cells."""
    head = "".join(f"<th>{escape(header)}</th>" for header in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _pairs(rows: Iterable[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><th>{escape(key)}</th><td>{escape(value)}</td></tr>" for key, value in rows
    )
    return f'<table class="pairs"><tbody>{body}</tbody></table>'


def _summary(pack: PolicePack) -> str:
    rows = [(escape(label), str(count)) for label, count in text.behaviour_rows(pack)]
    behaviours = _table([_("Behaviour"), _("Incidents")], rows)
    return (
        '<section id="summary">'
        + _h(2, "Summary")
        + _pairs(text.summary_rows(pack))
        + _h(3, "Behaviours recorded")
        + behaviours
        + _h(3, "Timeline")
        + f"<figure>{svg_timeline(pack)}"
        + f"<figcaption>{escape(timeline(pack).title)}</figcaption></figure></section>"
    )


def _orders(pack: PolicePack) -> str:
    if not pack.orders:
        return ""
    rows = [[escape(cell).replace("\n", "<br>") for cell in row] for row in orders.order_rows(pack)]
    return (
        '<section id="orders">'
        + _h(2, "Orders in force")
        + f"<p>{escape(_(orders.ORDERS_NOTE))}</p>"
        + _table(orders.order_headers(), rows)
        + "</section>"
    )


def _breaches(pack: PolicePack, incident: Incident) -> str:
    lines = orders.breach_lines(pack, incident)
    if not lines:
        return ""
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return _h(3, "Possible breaches") + f'<ul class="breaches">{items}</ul>'


def _incident(pack: PolicePack, incident: Incident) -> str:
    parts = [
        f'<section class="incident" id="incident-{incident.number}">',
        f"<h2>{escape(text.incident_heading(incident))}</h2>",
        f'<p class="subtitle">{escape(text.incident_subtitle(incident))}</p>',
        _h(3, "Times"),
        _pairs(text.time_rows(incident)),
        _time_sources(incident),
        _h(3, "What the victim recorded"),
        _fields(incident),
        _amendments(incident),
        _exhibits(incident.exhibits, incident.time_zone),
        _breaches(pack, incident),
        "</section>",
    ]
    return "\n".join(parts)


def _time_sources(incident: Incident) -> str:
    rows = [[escape(cell) for cell in row] for row in text.time_source_rows(incident)]
    if not rows:
        return ""
    headers = [_("Version"), _("Source"), _("Name"), _("Existed by"), _("Detail")]
    note = f"<p>{escape(_(text.TIME_SOURCES_NOTE))}</p>"
    return _h(3, "Time sources") + note + _table(headers, rows)


def _fields(incident: Incident) -> str:
    parts = []
    for label, lines in text.recorded_fields(incident.current, incident.time_zone):
        parts.append(f"<h4>{escape(label)}</h4>")
        parts.extend(_line(line) for line in lines)
    return "\n".join(parts)


def _line(line: text.Line) -> str:
    indent = f' style="margin-left: {1 + line.depth * 1.5:g}rem"' if line.depth else ""
    if not line.text:
        return f'<p class="field heading"{indent}>{escape(line.label)}</p>'
    label = f'<span class="label">{escape(line.label)}:</span> ' if line.label else ""
    return f'<p class="field {line.kind}"{indent}>{label}{escape(line.text)}</p>'


def _amendments(incident: Incident) -> str:
    if not incident.amendments:
        return _h(3, "Amendments") + f"<p>{escape(_('None: this is the only version.'))}</p>"
    rows = [
        [str(a.version), escape(a.received), escape(a.written), escape(a.changes)]
        for a in text.amendments(incident)
    ]
    headers = [_("Version"), _("Received by Daybook"), _("Written down"), _("What changed")]
    return _h(3, "Amendments") + _table(headers, rows) + _versions(incident)


def _versions(incident: Incident) -> str:
    parts = [
        _h(3, "Every version as written"),
        f"<p>{escape(_(text.VERSIONS_NOTE))} {_marked()}</p>",
    ]
    for version in text.version_texts(incident):
        parts.append(f"<h4>{escape(version.heading)}</h4>")
        parts.extend(_field_diff(diff) for diff in version.fields)
    return "\n".join(parts)


def _field_diff(diff: FieldDiff) -> str:
    label = f'<span class="label">{escape(diff.label)}:</span> '
    body = "".join(_SEGMENT_HTML[s.kind].format(escape(s.text)) for s in diff.segments)
    if diff.note:
        body = f'<span class="withheld">{escape(diff.note)}</span>'
    return f'<p class="version-text">{label}{body}</p>'


def _exhibits(exhibits: Sequence[Exhibit], zone: str | None) -> str:
    if not exhibits:
        return ""
    rows = [
        [
            escape(exhibit.reference),
            _file_cell(exhibit),
            escape(text.exhibit_captured(exhibit, zone)),
            _hash_cell(exhibit),
            _status_cell(exhibit),
        ]
        for exhibit in exhibits
    ]
    headers = [_("Exhibit"), _("File"), _("Captured"), _("SHA-256"), _("Status")]
    return _h(3, "Exhibits") + _table(headers, rows) + _stripped_note(exhibits)


def _stripped_note(exhibits: Sequence[Exhibit]) -> str:
    if not any(e.metadata.kind == "stripped" and not e.withheld for e in exhibits):
        return ""
    return f"<p>{escape(_(text.STRIPPED_NOTE))}</p>"


def _file_cell(exhibit: Exhibit) -> str:
    return f"{escape(exhibit.file_name)}<br>{escape(text.exhibit_kind(exhibit))}"


def _hash_cell(exhibit: Exhibit) -> str:
    return "<br>".join(
        (f"{escape(label)}<br>" if label else "") + f'<span class="mono">{escape(digest)}</span>'
        for label, digest in text.exhibit_hashes(exhibit)
    )


def _status_cell(exhibit: Exhibit) -> str:
    lines = "<br>".join(escape(line) for line in text.exhibit_status(exhibit))
    return f'<span class="withheld">{lines}</span>' if exhibit.withheld else lines


def _exhibit_list(pack: PolicePack) -> str:
    rows = [
        [
            str(incident.number),
            escape(exhibit.reference),
            _file_cell(exhibit),
            _hash_cell(exhibit),
            _status_cell(exhibit),
        ]
        for incident in pack.incidents
        for exhibit in incident.exhibits
    ]
    headers = [_("Incident"), _("Exhibit"), _("File"), _("SHA-256"), _("Status")]
    table = _table(headers, rows) if rows else f"<p>{escape(_('No exhibits.'))}</p>"
    note = _stripped_note(pack.exhibits)
    return f'<section id="exhibits">{_h(2, "Exhibit list")}{table}{note}</section>'


def _verification(pack: PolicePack) -> str:
    rows = [
        [escape(check.item), escape(check.check), escape(check.result)] for check in pack.checks
    ]
    headers = [_("Item"), _("Check"), _("Result")]
    none = f"<p>{escape(_('No checks recorded.'))}</p>"
    table = _table(headers, rows) if rows else none
    note = f"<p>{escape(_(text.VERIFICATION_NOTE))}</p>"
    return f'<section id="verification">{_h(2, "Verification")}{note}{table}</section>'
