"""The browser verifier's report shows what report.html shows of the victim's
orders: the "Orders in force" table, each incident's possible breaches, and
each file's exhibit number, from a bundle the Python client made against the
server and opened in daybook-verify.html (Chromium, from disk, network off)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

from app.client.attachments import PendingUpload, upload
from app.client.bundle_export import Selection
from app.client.incident_fields import with_attachments
from app.client.police_pack import orders
from app.client.police_pack.files import open_bundle
from dev import node_environment
from tests.attachments.conftest import random_file
from tests.bundles.flow import bundle_of, download
from tests.bundles.orders import SPO, orders_document
from tests.web.test_bundle_agreement import VERIFIER_HTML, WEB, chromium_or_skip
from tests.writers import Writer, incident

RUNNER = WEB / "verifier" / "scripts" / "report.mjs"


def _shown(bundle: Path, key: str, screenshot: Path, work: Path) -> Any:
    env = node_environment()
    node = shutil.which("node", path=env["PATH"])
    assert node is not None
    given = work / "report.json"
    request = {"html": str(VERIFIER_HTML), "path": str(bundle), "key": key}
    given.write_text(json.dumps({**request, "screenshot": str(screenshot)}))
    ran = subprocess.run(  # noqa: S603
        [node, str(RUNNER), str(given)],
        check=True,
        env=env,
        capture_output=True,
        cwd=WEB / "verifier",
        timeout=300,
    )
    return json.loads(ran.stdout)


async def test_the_page_shows_the_orders_and_possible_breaches(
    victim: Writer, tmp_path: Path
) -> None:
    document_id = str(await orders_document(victim))
    spo = {"document_id": document_id, "order_id": "spo-1"}
    photo = await upload(victim.api, PendingUpload.plan(random_file(tmp_path / "car.jpg", 3000)))
    named = [{**spo, "condition_id": "c1"}]
    texts = incident("Twelve texts overnight.", day=8, orders_in_force=named)
    await victim.diary.add(with_attachments(texts, [photo]))
    await victim.diary.add(incident("He walked down Elm Road.", day=12, orders_in_force=[spo]))
    await victim.diary.add(incident("A car idling outside.", day=15))
    period = Selection(
        since=dt.datetime(2026, 10, 5, tzinfo=dt.UTC),
        until=dt.datetime(2026, 10, 21, tzinfo=dt.UTC),
    )
    created = await bundle_of(victim, period)
    zipped = await download(victim, created, tmp_path / "orders.zip")
    pack = open_bundle(zipped, created.key, tmp_path / "pack", initials="JS")
    expected = [orders.breach_lines(pack, i) for i in pack.incidents]
    assert expected == [
        [f"Possible breach of {SPO} condition 1"],
        [f"Possible breach of {SPO}"],
        [],
    ]

    chromium_or_skip()
    screenshot = tmp_path / "verifier-report.png"
    shown = _shown(zipped, created.printable_key, screenshot, tmp_path)
    assert shown["requested"] == [] and shown["violations"] == []
    assert shown["result"] == "pass", shown["text"]
    assert shown["ordersHeading"] == "Orders in force"
    assert shown["ordersNote"] == orders.ORDERS_NOTE
    assert shown["orderHeaders"] == orders.order_headers()
    assert shown["orderRows"] == orders.order_rows(pack)
    assert shown["breaches"] == expected
    (exhibit,) = pack.exhibits
    assert exhibit.number is not None and exhibit.attachment_id == uuid.UUID(photo["attachment_id"])
    assert any(f"Exhibit number {exhibit.number} " in note for note in shown["exhibitNotes"])
    assert screenshot.read_bytes().startswith(b"\x89PNG")
