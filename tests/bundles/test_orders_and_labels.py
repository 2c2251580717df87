"""What the victim's device adds to a bundle for police work, over HTTP: the
orders her incidents name, from her orders case document, with each
incident inside an order's period marked as a possible breach in both
reports, the schedule and the timeline; and exhibit labels that stay the
same for the same file whichever incidents a bundle holds."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]

from app.client.attachments import PendingUpload, upload
from app.client.bundle_export import Redaction, Selection
from app.client.incident_fields import with_attachments
from app.client.police_pack import casework
from app.client.police_pack.files import open_bundle
from app.client.police_pack.model import PolicePack
from tests.attachments.conftest import random_file
from tests.bundles.flow import bundle_of, download
from tests.bundles.orders import SPO, orders_document
from tests.writers import Writer, incident


async def _opened(victim: Writer, tmp_path: Path, name: str, selection: Selection) -> PolicePack:
    created = await bundle_of(victim, selection)
    zipped = await download(victim, created, tmp_path / f"{name}.zip")
    return open_bundle(zipped, created.key, tmp_path / name, initials="JS")


def _pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(path)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


async def test_a_bundle_of_an_orders_period_marks_the_possible_breaches(
    victim: Writer, tmp_path: Path
) -> None:
    document_id = str(await orders_document(victim))

    def named(condition: str | None = None) -> list[dict[str, str]]:
        reference = {"document_id": document_id, "order_id": "spo-1"}
        return [reference if condition is None else {**reference, "condition_id": condition}]

    written = {
        "before": incident("He rang before the order.", day=2, orders_in_force=named("c1")),
        "texts": incident("Twelve texts overnight.", day=8, orders_in_force=named("c1")),
        "street": incident("He walked down Elm Road.", day=12, orders_in_force=named()),
        "plain": incident("A car idling outside.", day=15),
    }
    for content in written.values():
        await victim.diary.add(content)

    # The bundle of the order's period: three incidents, two possible breaches.
    period = Selection(
        since=dt.datetime(2026, 10, 5, tzinfo=dt.UTC),
        until=dt.datetime(2026, 10, 21, tzinfo=dt.UTC),
    )
    pack = await _opened(victim, tmp_path, "period", period)
    ((order),) = pack.orders
    assert (order.reference, order.start, order.end) == (
        "NM/2026/0412",
        dt.date(2026, 10, 5),
        dt.date(2026, 10, 20),
    )
    rows = casework.schedule(pack, "JS")
    assert [r.possible_breaches for r in rows] == [
        f"Possible breach of {SPO} condition 1",
        f"Possible breach of {SPO}",
        "",
    ]
    assert casework.course_of_conduct(pack)[-1].startswith("2 happened while an order")
    html = (tmp_path / "period" / "report.html").read_text(encoding="utf-8")
    assert "Orders in force" in html and "Not to enter Elm Road." in html
    assert html.count("Possible breach of") == 2
    report = _pdf_text(tmp_path / "period" / "report.pdf")
    assert "Orders in force" in report
    assert f"Possible breach of {SPO} condition 1" in report
    schedule = _pdf_text(tmp_path / "period" / "police-schedule.pdf")
    assert "Not to contact the applicant by any means." in schedule
    assert "condition 1" in schedule
    timeline = list(csv.DictReader(io.StringIO((tmp_path / "period" / "timeline.csv").read_text())))
    assert [r["possible_breaches"] != "" for r in timeline] == [True, True, False]

    # The breach selection keeps to the incidents that name it; the one before
    # the order started names it but is not marked.
    chosen = await _opened(victim, tmp_path, "breach", Selection(breaches_of=("spo-1",)))
    assert [r.possible_breaches for r in casework.schedule(chosen, "JS")] == [
        "",
        f"Possible breach of {SPO} condition 1",
        f"Possible breach of {SPO}",
    ]

    # Withholding the field withholds the orders too.
    withheld = await bundle_of(victim, period, Redaction(fields=frozenset({"orders_in_force"})))
    zipped = await download(victim, withheld, tmp_path / "withheld.zip")
    assert open_bundle(zipped, withheld.key, tmp_path / "withheld").orders == ()


async def test_the_same_file_has_the_same_label_in_every_bundle(
    victim: Writer, tmp_path: Path
) -> None:
    """Files numbered by when the diary first received them: a bundle that
    leaves out earlier incidents, or holds an incident written later about
    an earlier day, keeps each file's label."""
    ids = []
    for day in (3, 6, 9):
        path = random_file(tmp_path / f"photo-{day}.jpg", 2000 + day)
        reference = await upload(victim.api, PendingUpload.plan(path))
        content = with_attachments(incident(f"Photo of day {day}.", day=day), [reference])
        ids.append((await victim.diary.add(content)).entry_id)
    # Written last, about the first day: its file comes last in the diary.
    late = random_file(tmp_path / "late.jpg", 1999)
    reference = await upload(victim.api, PendingUpload.plan(late))
    content = with_attachments(incident("Remembered later.", day=1), [reference])
    ids.append((await victim.diary.add(content)).entry_id)

    def by_entry(pack: PolicePack) -> dict[uuid.UUID, str]:
        named = casework.labels(pack, "JS")
        return {i.entry_id: named[e.reference] for i in pack.incidents for e in i.exhibits}

    whole = by_entry(await _opened(victim, tmp_path, "whole", Selection()))
    assert [whole[i] for i in ids] == ["JS/1", "JS/2", "JS/3", "JS/4"]
    part = by_entry(await _opened(victim, tmp_path, "part", Selection(entry_ids=(ids[3], ids[2]))))
    assert part == {ids[2]: "JS/3", ids[3]: "JS/4"}
    schedule = casework.schedule(
        await _opened(victim, tmp_path, "one", Selection(entry_ids=(ids[1],))), "JS"
    )
    assert [r.exhibits for r in schedule] == ["JS/2"]
