"""The server never holds plaintext: write entries and files carrying known
markers, then search every byte the server stored for them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from app.client.attachments import PendingUpload, upload
from app.client.case_documents import CaseDocuments, Reader
from app.client.known_keys import KnownKeys
from app.db import Base
from tests.writers import Writer, incident

MARKERS = {
    "description": "ZEBRA-DESCRIPTION-31",
    "place": "ZEBRA-PLACE-47",
    "perpetrator": "ZEBRA-PERPETRATOR-59",
    "file name": "ZEBRA-FILENAME-61",
    "file content": "ZEBRA-FILECONTENT-73",
    "edit": "ZEBRA-EDITED-89",
    "code word": "ZEBRA-CODEWORD-97",
}


def _contains(data: bytes) -> set[str]:
    return {name for name, marker in MARKERS.items() if marker.encode() in data}


def _stored_files(roots: list[Path]) -> dict[Path, bytes]:
    return {p: p.read_bytes() for root in roots for p in root.rglob("*") if p.is_file()}


async def _database_values(application: FastAPI) -> list[Any]:
    values: list[Any] = []
    async with application.state.daybook.sessionmaker() as db:
        for table in Base.metadata.sorted_tables:
            values += [value for row in await db.execute(select(table)) for value in row]
    return values


async def test_nothing_the_server_stores_contains_plaintext(
    victim: Writer,
    application: FastAPI,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    originals = tmp_path_factory.mktemp("device")
    photo = originals / f"{MARKERS['file name']}.jpg"
    photo.write_bytes((MARKERS["file content"] * 50_000).encode())
    assert _contains(photo.read_bytes()) == {"file content"}  # the search works
    reference = await upload(victim.api, PendingUpload.plan(photo))
    written = await victim.diary.add(
        incident(
            MARKERS["description"],
            location={"description": MARKERS["place"]},
            perpetrator={"known": True, "name": MARKERS["perpetrator"]},
            attachments=[reference],
        )
    )
    await victim.diary.edit(written.entry_id, incident(MARKERS["edit"], attachments=[reference]))
    await victim.diary.add(incident(MARKERS["description"] * 100))
    me = Reader(victim.me.account_id, victim.me.keys.hpke.public_key())
    plan = {
        "schema_version": 1,
        "written_at": "2026-12-01T10:00:00+00:00",
        "code_word": {"word": MARKERS["code word"], "means": "Call 999."},
    }
    documents = CaseDocuments(victim.api, victim.me, KnownKeys())
    await documents.create(victim.me.account_id, "safety-plan", plan, [me])

    # What the server stored: its database (the SQLite file and its WAL, or
    # every PostgreSQL row) and its blob directory.
    state = application.state.daybook
    found = {
        str(path): _contains(data)
        for path, data in _stored_files([tmp_path, state.settings.resolved_blob_dir]).items()
    }
    for value in await _database_values(application):
        data = value if isinstance(value, bytes) else str(value).encode()
        found[repr(value)[:60]] = _contains(data)
    assert len(found) > 10
    assert {where: names for where, names in found.items() if names} == {}
    # ...while the victim reads it all back.
    history = await victim.diary.history(written.entry_id)
    assert [v.incident["description"] for v in history] == [
        MARKERS["description"],
        MARKERS["edit"],
    ]
