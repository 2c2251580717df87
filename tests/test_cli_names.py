"""Ids and names people can use (issue 16, item 8), and what the victim sees
of her bundle links (item 9): in-process against the ASGI app like
tests/test_cli.py."""

from __future__ import annotations

import asyncio
import re
import uuid
from pathlib import Path

import httpx
from fastapi import FastAPI

from app.client.names import Named, UnknownName, resolve
from tests.client import photos
from tests.conftest import BASE_URL
from tests.test_cli import run
from tests.test_cli_diary import add, add_simple, ok, profile_path, signed_in

__all__ = ["profile_path", "signed_in"]  # fixtures used here

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
# What `daybook events` says of a `bundle_link_used` event.
LINK_USED = "A download link of one of your evidence bundles was used"


def test_a_new_entry_is_known_by_its_short_id_before_any_sync(signed_in: Path) -> None:
    entry_id = add_simple(signed_in, "He rang the doorbell at 3am")

    shown = ok(signed_in, "entry", "show", entry_id[:8]).stdout
    edited = ok(signed_in, "entry", "edit", entry_id[:8], "--where", "Home").stdout

    assert "He rang the doorbell at 3am" in shown
    assert f"Entry {entry_id} is now at version 2" in edited


def test_an_unknown_or_ambiguous_name_is_a_clear_error() -> None:
    first, second = Named(uuid_of("aa1"), ("Sam",)), Named(uuid_of("aa2"), ("Robin",))

    assert resolve(" sam ", [first, second], "case", "see the list") == first.id
    assert resolve("aa2", [first, second], "case", "see the list") == second.id
    refusals = (("aa", "more than one case matches 'aa'"), ("Kim", "no case is called 'Kim'"))
    for typed, says in refusals:
        try:
            resolve(typed, [first, second], "case", "see the list")
        except UnknownName as exc:
            assert says in str(exc) and "see the list" in str(exc)
        else:
            raise AssertionError(f"{typed!r} was resolved")


def uuid_of(start: str) -> uuid.UUID:
    return uuid.UUID(start.ljust(32, "0"))


def test_links_are_listed_revoked_by_the_link_itself_and_each_use_is_an_event(
    signed_in: Path, application: FastAPI, tmp_path: Path
) -> None:
    add_simple(signed_in, "He followed me from the station")
    created = ok(signed_in, "bundle", "create").stdout
    bundle = re.search(rf"Bundle ({UUID})", created)
    assert bundle is not None
    short = bundle.group(1)[:8]
    made = ok(signed_in, "bundle", "link", short, "--days", "2").stdout
    link = re.search(r"Link:\s+(\S+)", made)
    assert link is not None

    assert download(application, link.group(1)) == 200
    listed = ok(signed_in, "bundle", "links", short).stdout
    assert "used 1 time" in listed and "expires" in listed
    events = ok(signed_in, "events").stdout
    assert LINK_USED in events

    revoked = ok(signed_in, "bundle", "revoke-link", short, link.group(1)).stdout
    assert "Revoked link" in revoked
    assert download(application, link.group(1)) == 410
    assert "revoked" in ok(signed_in, "bundle", "links", short).stdout
    assert ok(signed_in, "events").stdout.count(LINK_USED) == 1  # a refusal is no use
    unknown = run(signed_in, "bundle", "revoke-link", short, "ffffffff")
    assert unknown.exit_code == 1 and "no link is called" in unknown.stderr


def download(application: FastAPI, url: str) -> int:
    async def get() -> int:
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
            path = url.split("://", 1)[1].split("/", 1)[1]
            status = (await client.get(f"/{path}")).status_code
        await application.state.daybook.engine.dispose()
        return status

    return asyncio.run(get())


def test_the_link_used_event_says_when_and_nothing_of_where(
    signed_in: Path, application: FastAPI
) -> None:
    add_simple(signed_in, "He followed me")
    created = ok(signed_in, "bundle", "create").stdout
    bundle = re.search(rf"Bundle ({UUID})", created)
    assert bundle is not None
    made = ok(signed_in, "bundle", "link", bundle.group(1)).stdout
    link = re.search(r"Link:\s+(\S+)", made)
    assert link is not None and download(application, link.group(1)) == 200

    events = ok(signed_in, "events").stdout.splitlines()
    used = [line for line in events if LINK_USED in line]
    assert len(used) == 1
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", used[0])  # when
    assert "127.0.0.1" not in used[0] and "testclient" not in used[0]  # never from where


def test_a_bare_sessions_lists_them_and_a_device_is_revoked_by_its_name(signed_in: Path) -> None:
    listed = ok(signed_in, "sessions").stdout
    assert "laptop" in listed and "this device" in listed

    revoked = run(signed_in, "sessions", "revoke", "laptop")

    assert revoked.exit_code == 0, revoked.output
    assert "signed out" in run(signed_in, "sessions").stderr


def test_a_file_is_withheld_from_a_bundle_by_its_name(signed_in: Path, tmp_path: Path) -> None:
    photo = tmp_path / "doorstep.png"
    photo.write_bytes(photos.png_with_place())
    add(
        signed_in,
        "--what",
        "He left a note",
        "--behaviour",
        "other",
        "--other",
        "a note",
        "--attach",
        str(photo),
    )

    kept = ok(signed_in, "bundle", "create").stdout
    withheld = ok(signed_in, "bundle", "create", "--withhold-file", "doorstep.png").stdout

    assert "1 entry, 1 file" in kept
    assert "1 entry, 0 files" in withheld
    unknown = run(signed_in, "bundle", "create", "--withhold-file", "nothing.png")
    assert unknown.exit_code == 1 and "no file is called 'nothing.png'" in unknown.stderr
