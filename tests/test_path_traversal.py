"""Path traversal in any name: the server's path parameters, and the file
names a device records, which other devices and the police write to disk.

Blob keys, the one place the server turns a name into a path, are checked by
the storage contract (tests/blobs/test_contract.py, BAD_KEYS)."""

from __future__ import annotations

import dataclasses
import re
import uuid
from pathlib import Path

import httpx
import pytest

from app.client import attachments
from app.client.attachments import PendingUpload
from app.client.incident import IncidentInvalid
from app.client.incident_fields import with_attachments
from app.client.local_files import destination_for
from app.client.police_pack.files import open_bundle
from app.errors import PROBLEM_MEDIA_TYPE
from tests.attachments.conftest import random_file
from tests.bundles.flow import bundle_of, download
from tests.test_authorization import AUTHENTICATED, PUBLIC, Route, bearer
from tests.writers import Writer, incident

# Percent-encoded, so that they reach the server as sent: a client library
# resolves a literal ".." segment before the request leaves.
PAYLOADS = [
    "%2e%2e",
    "%2e",
    "..%2f..%2fhealthz",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%5c..%5cwindows",
    "%252e%252e%252f",
    "x%00.json",
    "%c0%ae%c0%ae",
]

VALID = {
    "account_id": str(uuid.UUID(int=1)),
    "session_id": str(uuid.UUID(int=2)),
    "entry_id": str(uuid.UUID(int=3)),
    "attachment_id": str(uuid.UUID(int=4)),
    "bundle_id": str(uuid.UUID(int=5)),
    "link_id": str(uuid.UUID(int=6)),
    "case_id": str(uuid.UUID(int=7)),
    "note_id": str(uuid.UUID(int=8)),
    "version": "1",
    "index": "0",
    "first": "0",
    "size": "1",
    "token": "dbl_" + "A" * 43,
}

PARAMETRISED = sorted(route for route in {*AUTHENTICATED, *PUBLIC} if "{" in route[1])


def filled(template: str, parameter: str, payload: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: payload if m[1] == parameter else VALID[m[1]], template)


@pytest.mark.parametrize("route", PARAMETRISED, ids=[f"{m} {p}" for m, p in PARAMETRISED])
async def test_traversal_in_a_path_parameter_is_a_4xx_problem(
    http: httpx.AsyncClient, victim: Writer, route: Route
) -> None:
    assert victim.api.tokens is not None
    method, template = route
    make_body = AUTHENTICATED.get(route)
    for parameter in re.findall(r"\{(\w+)\}", template):
        for payload in PAYLOADS:
            response = await http.request(
                method,
                filled(template, parameter, payload),
                json=make_body() if make_body else None,
                headers=bearer(victim.api.tokens.access_token),
            )
            assert 400 <= response.status_code < 500, (payload, response.text)
            assert response.headers["content-type"].startswith(PROBLEM_MEDIA_TYPE)


# Names the incident schema lets through (it refuses separators and control
# characters), which mean something else to a file system.
HOSTILE_NAMES = ["..", ".", "...", "C:evil.exe", "CON", " .. ", "$HOME", "~root"]


async def test_a_name_with_a_separator_is_refused_before_it_is_sent(
    victim: Writer, tmp_path: Path
) -> None:
    pending = PendingUpload.plan(random_file(tmp_path / "photo.jpg", 100))
    reference = await attachments.upload(victim.api, pending)
    for name in ("../../.bashrc", "..\\..\\evil.exe", "/etc/passwd", "a\x00b"):
        with pytest.raises(IncidentInvalid):
            await victim.diary.add(
                with_attachments(incident("He sent this"), [{**reference, "file_name": name}])
            )
    assert (await victim.api.sync(None))["changes"] == []


async def test_hostile_file_names_stay_inside_the_chosen_directory(
    victim: Writer, tmp_path: Path
) -> None:
    references = []
    for number, name in enumerate(HOSTILE_NAMES):
        planned = PendingUpload.plan(random_file(tmp_path / f"upload-{number}", 100 + number))
        hostile = dataclasses.replace(
            planned, facts=dataclasses.replace(planned.facts, file_name=name)
        )
        references.append(await attachments.upload(victim.api, hostile))
    await victim.diary.add(with_attachments(incident("He left these on my car"), references))

    saved = tmp_path / "home" / "downloads"
    saved.mkdir(parents=True)
    for reference in references:
        target = destination_for(
            saved, reference["file_name"], uuid.UUID(reference["attachment_id"])
        )
        await attachments.download(victim.api, reference, target)
    # Nothing landed beside or above the chosen directory, only in it.
    written = [p for p in (tmp_path / "home").rglob("*") if p.is_file()]
    assert [p.parent for p in written] == [saved] * len(HOSTILE_NAMES)

    police = tmp_path / "police"
    police.mkdir()
    created = await bundle_of(victim)
    pack = open_bundle(
        await download(victim, created, police / "bundle.zip"), created.key, police / "pack"
    )
    exhibits = sorted((police / "pack" / "exhibits").iterdir())
    assert len(exhibits) == len(pack.exhibits) == len(HOSTILE_NAMES)
    for exhibit in exhibits:
        assert exhibit.is_file() and not exhibit.is_symlink()
        assert re.fullmatch(r"EX001-\d [A-Za-z0-9._ -]+", exhibit.name), exhibit.name
    assert sorted(p.name for p in police.iterdir()) == ["bundle.zip", "pack"]
