"""The console in Welsh, in Debian's Chromium against a live server: the
advocate picks Cymraeg on the sign-in page, the choice outlives a reload, and
the sign-in page, the case list and the case are in Welsh (`<html lang="cy">`,
dates in Welsh) with axe-core still clean; what the victim wrote is shown as
she wrote it, and the flag it raises is worded in Welsh as the CLI words it.
The API is told the language, and a browser whose language is Welsh opens the
console in Welsh. No English message of the console shows on
those pages (web/console/locale/en.json against the text on screen)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.client import identity
from app.client.advocacy import VictimAdvocacy
from app.client.api import DaybookApi
from app.client.cases import AdvocateCases
from app.client.diary import Diary
from app.client.known_keys import KnownKeys
from bench.server import live_server
from tests.web.browser import chromium
from tests.web.console_cast import register_advocate, register_morgan
from tests.web.console_driver import drive
from tests.writers import PASSPHRASE, incident

LOCALE = Path(__file__).resolve().parents[2] / "web" / "console" / "locale"
WORDS = "Mae'n dilyn fi bob bore. He follows me every morning."


def english_only_phrases() -> list[str]:
    """The console's English messages that Welsh words differently, cut at their placeholders."""
    english = json.loads((LOCALE / "en.json").read_text())
    welsh = json.loads((LOCALE / "cy.json").read_text())
    phrases: set[str] = set()
    for key, message in english.items():
        if message == welsh[key]:
            continue
        # Placeholders, plurals and selects (innermost first) become cuts between phrases.
        while "{" in message:
            message = re.sub(r"\{[^{}]*\}", "\0", message)
        phrases.update(p.strip() for p in message.split("\0") if len(p.strip()) >= 12)
    return sorted(phrases)


async def test_the_console_in_welsh(server_url: str | None) -> None:
    browser = chromium()
    async with (
        live_server(server_url) as server,
        DaybookApi(server.base_url) as victim_api,
        DaybookApi(server.base_url) as admin_api,
        DaybookApi(server.base_url) as advocate_api,
    ):
        await register_morgan(server, admin_api)
        alex = await register_advocate(admin_api, advocate_api, "alex")
        me, _ = await identity.register(victim_api, "robin", PASSPHRASE, "phone")
        sister = [{"who": "her sister"}]
        entry = await Diary(victim_api, me).add(incident(WORDS, day=9, third_parties=sister))
        victim = VictimAdvocacy(victim_api, me, KnownKeys())
        code = (await AdvocateCases(advocate_api, alex, KnownKeys()).issue_code())["code"]
        await victim.accept(code, await victim.look_up(code), "Robin")
        await victim.share([entry.entry_id])

        seen = await drive(server, browser, phase="welsh", username="alex")

    assert seen["before"] == "Sign in"
    assert (seen["sign_in"]["lang"], seen["sign_in"]["h1"]) == ("cy", "Mewngofnodi")
    assert "Mae eich cyfrinymadrodd yn aros yn y porwr hwn" in seen["sign_in"]["text"]
    assert seen["cases"]["h1"] == "Eich achosion"
    assert "1 cofnod wedi'u rhannu" in seen["cases"]["text"]
    # Dates by the Welsh calendar's names: 21:15 UTC on 9 October is 22:15 in London.
    assert seen["case"]["headings"] == ["Gwen, 9 Hyd 2026, 22:15 BST (Europe/London)"]
    assert seen["case"]["descriptions"] == [WORDS]
    # The flag's reason from the SDK's facts, as the CLI says it (docs/vectors/case-flags.json).
    proxy = "1 person arall y cysylltwyd ag ef neu a ddefnyddiwyd i'w chyrraedd"
    assert proxy in seen["cases"]["text"]
    assert proxy in seen["case"]["text"]
    for page in ("sign_in", "cases", "case"):
        shown = seen[page]["text"]
        assert [p for p in english_only_phrases() if p in shown] == [], page
    assert seen["accept_language"] == ["cy"]
    assert seen["browser_welsh"] == {"lang": "cy", "h1": "Mewngofnodi"}
