"""The pack for police work: schedule, course of conduct, initials labels,
production paragraph, CSV timeline and the escalation chart, rendered to
images (kept in the test's directory for a person to look at)."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest

from app.client import i18n
from app.client.police_pack import casework
from app.client.police_pack.casework_pdf import render_casework_pdf
from app.client.police_pack.model import PolicePack
from tests.police_pack.sample import sample_pack


@pytest.fixture(scope="module")
def pack() -> PolicePack:
    return sample_pack()


def test_labels_are_the_producers_initials_and_stable(pack: PolicePack) -> None:
    named = casework.labels(pack, "js")
    assert sorted(named.values(), key=lambda v: int(v.split("/")[1])) == [
        f"JS/{n}" for n in range(1, len(pack.exhibits) + 1)
    ]
    assert casework.labels(sample_pack(), "JS") == named
    # An earlier bundle, without the latest incident, gave its files the same labels.
    latest = max(pack.incidents, key=lambda i: i.occurred_start or dt.datetime.min)
    earlier = dataclasses.replace(
        pack, incidents=tuple(i for i in pack.incidents if i is not latest)
    )
    before = casework.labels(earlier, "JS")
    assert before == {r: named[r] for r in before}
    for bad in ("", "J5", "ABCDE"):
        with pytest.raises(ValueError):
            casework.check_initials(bad)


def test_schedule_summary_and_csv(pack: PolicePack) -> None:
    rows = casework.schedule(pack, "JS")
    assert [r.number for r in rows] == list(range(1, len(pack.incidents) + 1))
    assert all(r.summary and len(r.summary) <= 90 for r in rows)
    assert any(r.police_reference for r in rows)
    summary = casework.course_of_conduct(pack)
    assert summary[0].startswith(f"{len(pack.incidents)} incidents were recorded between")
    table = list(csv.reader(io.StringIO(casework.timeline_csv(pack, "JS"))))
    assert table[0][:3] == ["number", "date_time", "time_zone"]
    assert len(table) == len(pack.incidents) + 1
    paragraph = casework.production_paragraph(pack, "JS")
    assert re.search(r"I produce the following exhibits, each .*: JS/1, ", paragraph)


def test_escalation_counts_every_week(pack: PolicePack) -> None:
    weeks = casework.escalation(pack)
    assert [w.monday.weekday() for w in weeks] == [0] * len(weeks)
    total = sum(w.threats + w.violence + w.other for w in weeks)
    assert total == len(pack.incidents)
    assert sum(w.violence for w in weeks) == sum("violence" in i.behaviours for i in pack.incidents)


def _schedule_pages(pack: PolicePack, tmp_path: Path, name: str) -> list[str]:
    path = tmp_path / f"{name}.pdf"
    render_casework_pdf(pack, "JS", path)
    document = pdfium.PdfDocument(path)
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            page.render(scale=1.5).to_pil().save(tmp_path / f"{name}-{index + 1}.png")
            texts.append(re.sub(r"\s+", " ", str(page.get_textpage().get_text_range())))
    finally:
        document.close()
    return texts


def test_the_schedule_pdf_renders(pack: PolicePack, tmp_path: Path) -> None:
    texts = _schedule_pages(pack, tmp_path, "police-schedule")
    assert "Schedule of incidents" in texts[0]
    assert "The labels of this report are in English" in texts[0]
    assert "JS/1" in texts[0]
    joined = " ".join(texts)
    assert "Course of conduct" in joined
    assert "Threats and violence by week" in joined
    assert "I produce the following exhibits" in joined
    assert "\N{REPLACEMENT CHARACTER}" not in joined


def test_the_schedule_draws_any_script_and_labels_in_welsh(
    pack: PolicePack, tmp_path: Path
) -> None:
    # The schedule embeds the report's Noto faces: Helvetica drew boxes for these.
    first = pack.incidents[0]
    fields = {**first.current.fields, "description": "Он ждал меня 東京 Zoë"}
    version = dataclasses.replace(first.current, fields=fields)
    changed = dataclasses.replace(first, versions=(*first.versions[:-1], version))
    written = dataclasses.replace(pack, incidents=(changed, *pack.incidents[1:]))
    i18n.activate("cy")
    try:
        texts = _schedule_pages(written, tmp_path, "schedule-cy")
    finally:
        i18n.activate(i18n.DEFAULT)
    assert "Atodlen o ddigwyddiadau" in texts[0]
    assert "Dyddiad ac amser" in texts[0]
    assert "Он ждал меня 東京 Zoë" in texts[0]
    assert "Bygythiadau a thrais fesul wythnos" in " ".join(texts)
