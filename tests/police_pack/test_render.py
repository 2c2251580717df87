"""The police pack's HTML and PDF renderings of a sample pack."""

from __future__ import annotations

import dataclasses
import html
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest

from app.client.police_pack.chart import svg_timeline, timeline
from app.client.police_pack.html import render_html
from app.client.police_pack.model import PolicePack
from app.client.police_pack.pdf import render_pdf
from app.client.police_pack.text import incident_heading
from tests.police_pack.sample import HOSTILE, NON_LATIN, sample_pack

PERIOD = "Mon 3 Mar 2025 to Sun 13 Apr 2025"


@pytest.fixture(scope="module")
def pack() -> PolicePack:
    return sample_pack()


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(sample_pack())


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    render_pdf(sample_pack(), path)
    return path


@pytest.fixture(scope="module")
def pdf_pages(pdf_path: Path) -> list[str]:
    document = pdfium.PdfDocument(pdf_path)
    try:
        return [_page_text(document[index]) for index in range(len(document))]
    finally:
        document.close()


def _page_text(pdf_page: pdfium.PdfPage) -> str:
    text = str(pdf_page.get_textpage().get_text_range())
    # pdfium ends lines with CRLF; a paragraph wrapped mid-phrase must still match.
    return re.sub(r"\s+", " ", text)


def _in_order(haystack: str, needles: list[str]) -> bool:
    positions = [haystack.find(needle) for needle in needles]
    return -1 not in positions and positions == sorted(positions)


def test_html_loads_nothing_from_anywhere(page: str) -> None:
    assert "http://" not in page
    assert "https://" not in page
    assert "<script" not in page.lower()
    assert not re.search(r"\b(src|href|srcset|action)\s*=", page, re.IGNORECASE)
    assert "url(" not in page
    assert "@import" not in page


def test_html_shows_every_incident_in_order(page: str, pack: PolicePack) -> None:
    anchors = [f'id="incident-{incident.number}"' for incident in pack.incidents]
    assert len(anchors) == 12
    assert _in_order(page, anchors)


def test_html_escapes_what_the_victim_wrote(page: str) -> None:
    assert html.escape(HOSTILE) in page
    assert "alert(1)</script>" not in page
    assert NON_LATIN in page


def test_html_never_prints_attachment_keys(page: str, pack: PolicePack) -> None:
    for incident in pack.incidents:
        for reference in incident.current.fields.get("attachments", []):
            assert reference["key"] not in page
            assert reference["sha256"] in page


def test_html_names_withheld_fields_and_exhibits(page: str) -> None:
    assert page.count("Withheld by the victim") >= 3
    assert "File withheld by the victim" in page
    assert "Not comparable (withheld by the victim): Where it happened." in page


def test_html_summarises_amendments(page: str) -> None:
    assert "Added: Reporting." in page
    assert "Changed: Reporting." in page


def test_pdf_pages_all_show_something(pdf_path: Path, tmp_path: Path) -> None:
    document = pdfium.PdfDocument(pdf_path)
    try:
        assert len(document) >= 2
        for index in range(len(document)):
            image = document[index].render(scale=1.0).to_pil().convert("L")
            image.save(tmp_path / f"page-{index + 1}.png")
            # Above the footer, which alone would make any page look printed.
            body = image.crop((0, 0, image.width, int(image.height * 0.92)))
            darkest, _ = body.getextrema()
            assert darkest < 128, f"page {index + 1} is blank"
    finally:
        document.close()


def test_pdf_first_page_summarises_the_pack(pdf_pages: list[str]) -> None:
    first = pdf_pages[0]
    assert "Evidence report" in first
    assert "12 incidents" in first
    assert PERIOD in first


def test_pdf_shows_every_incident_in_order(pdf_pages: list[str], pack: PolicePack) -> None:
    text = " ".join(pdf_pages)
    headings = [f"{incident_heading(incident)} " for incident in pack.incidents]
    assert _in_order(text, headings)


def test_pdf_prints_markup_as_text(pdf_pages: list[str]) -> None:
    text = " ".join(pdf_pages)
    assert "<script>alert(1)</script> &" in text
    assert "Zoë" in text


def test_pdf_footer_numbers_every_page(pdf_pages: list[str]) -> None:
    total = len(pdf_pages)
    for number, text in enumerate(pdf_pages, 1):
        assert f"Page {number} of {total}" in text


def _with_first_fields(pack: PolicePack, **changes: Any) -> PolicePack:
    """The pack with only its first incident, whose fields are changed."""
    incident = pack.incidents[0]
    version = dataclasses.replace(incident.current, fields={**incident.current.fields, **changes})
    return dataclasses.replace(
        pack, incidents=(dataclasses.replace(incident, versions=(version,)),)
    )


def test_pdf_flows_the_longest_description_across_pages(pack: PolicePack, tmp_path: Path) -> None:
    # The schema's longest description, one unbroken line, plus a very long word.
    words = ("stood outside again " * 2500)[: 50_000 - 400] + "x" * 400
    path = tmp_path / "long.pdf"
    render_pdf(_with_first_fields(pack, description=words), path)
    document = pdfium.PdfDocument(path)
    try:
        assert len(document) >= 5
    finally:
        document.close()


def test_html_survives_text_no_encoder_accepts(pack: PolicePack) -> None:
    page = render_html(_with_first_fields(pack, description="broken \ud800 text"))
    assert "broken \N{REPLACEMENT CHARACTER} text" in page.encode("utf-8").decode("utf-8")


def test_timeline_counts_weeks_and_short_periods_by_day(pack: PolicePack) -> None:
    weekly = timeline(pack)
    assert weekly.unit == "week"
    assert [bucket.incidents for bucket in weekly.buckets] == [3, 2, 2, 1, 2, 2]
    short = dataclasses.replace(pack, incidents=pack.incidents[:3])
    daily = timeline(short)
    assert daily.unit == "day"
    assert len(daily.buckets) == 6
    assert sum(bucket.incidents for bucket in daily.buckets) == 3
    assert "<rect" in svg_timeline(short)


class _Collector(HTMLParser):
    """Everything html.parser sees, so a broken document shows as an error or as
    text outside the elements it belongs to."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.styles if self._in_style else self.text).append(data)


def test_html_is_clean_utf8_text(page: str) -> None:
    encoded = page.encode("utf-8")
    assert encoded.decode("utf-8") == page
    controls = [c for c in page if unicodedata.category(c) == "Cc" and c not in "\n\t"]
    assert controls == []
    parser = _Collector()
    parser.feed(page)
    parser.close()
    style = "".join(parser.styles)
    # The list bullet is a CSS escape the browser reads, never a raw byte.
    assert '.field.item::before { content: "\\2022\\00a0\\00a0"; }' in style
    for data in parser.text:
        assert all(unicodedata.category(c) != "Cc" or c in "\n\t\r" for c in data)


EARLIER = "about twenty metres behind me the whole way. He did not say anything."


def test_html_shows_every_version_with_the_changes_marked(page: str) -> None:
    section = page[page.index('id="incident-1"') : page.index('id="incident-2"')]
    versions = section[section.index("Every version as written") :]
    # Version 1 in its own words; version 2 marked against it.
    assert f"door, {EARLIER}</p>" in versions
    assert "about <del>twenty </del><ins>ten </ins>metres" in versions
    assert "<del>anything.</del><ins>anything, but he smiled when I looked back.</ins>" in versions
    assert "Feared that violence would be used: <del>No\n</del><ins>Yes\n</ins>" in versions


def test_pdf_shows_every_version_in_its_own_words(pdf_pages: list[str]) -> None:
    text = " ".join(pdf_pages)
    position = text.index("Every version as written")
    for needle in (
        "Version 1: received by Daybook",
        EARLIER,
        "Version 2: received by Daybook",
        "twenty",  # struck through, and the word that replaced it
        "ten metres",
        "smiled when I looked back",
    ):
        found = text.find(needle, position)
        assert found >= 0, f"{needle!r} missing or out of order"
        position = found


def test_pdf_says_how_changes_are_marked(pdf_pages: list[str]) -> None:
    """Added words are underlined and removed ones struck through (by lines, which
    survive black-and-white printing); the legend says so."""
    text = " ".join(pdf_pages)
    assert "added (underlined), removed (struck through)" in text


def test_stripped_exhibits_show_both_hashes(page: str, pack: PolicePack) -> None:
    (stripped,) = [e for e in pack.exhibits if e.metadata.kind == "stripped"]
    assert stripped.metadata.original_sha256 is not None
    assert f'Stripped copy:<br><span class="mono">{stripped.sha256}</span>' in page
    assert f'Original:<br><span class="mono">{stripped.metadata.original_sha256}' in page
    assert "1 with metadata stripped" in page
