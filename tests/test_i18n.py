"""Every message a person is shown has an entry in every catalogue (and every
entry is still a message), and the language is the one the person chose.

The messages are extracted from the source with Babel, as a translator's
tools do, so a new `_("...")` without a Welsh entry fails here.
"""

from __future__ import annotations

import gettext
import io
import string
from collections.abc import Sequence
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from app.client import i18n, po_file
from app.client.police_pack.html import render_html
from tests.police_pack.sample import NON_LATIN, sample_pack

KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
# All of the application: the report's labels and the CLI's messages alike.
SOURCES = Path(i18n.__file__).parents[1]


def _extracted() -> set[str | tuple[str, ...]]:
    found = extract_from_dir(str(SOURCES), keywords=KEYWORDS, comment_tags=())
    return {message for _file, _line, message, _comments, _context in found}


def _fields(message: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(message) if name}


def test_extraction_finds_the_report_labels() -> None:
    messages = _extracted()
    assert "What the victim recorded" in messages
    assert ("{count} incident", "{count} incidents") in messages
    assert "What happened:" in messages  # the CLI's `entry show`
    assert "Create an account; shows the recovery key once." in messages  # a command's help
    assert ("{count} entry", "{count} entries") in messages


@pytest.mark.parametrize("language", [code for code in i18n.LANGUAGES if code != i18n.DEFAULT])
def test_every_message_has_a_translation(language: str) -> None:
    path = i18n.LOCALE_DIR / language / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"
    with path.open("rb") as file:
        catalog = read_po(file, locale=language)
    missing, broken = [], []
    extracted = _extracted()
    for message in extracted:
        key = _key(message)
        entry = catalog.get(key)
        strings = entry.string if entry is not None else None
        translations = strings if isinstance(strings, tuple) else (strings,)
        if entry is None or entry.fuzzy or not all(translations):
            missing.append(key)
            continue
        originals = message if isinstance(message, tuple) else (message,)
        wanted = set().union(*map(_fields, originals))
        if any(_fields(str(text)) != wanted for text in translations):
            broken.append(key)
    assert not missing, f"no {language} translation for {missing}"
    assert not broken, f"{language} translation changes the placeholders of {broken}"
    used = {_key(message) for message in extracted}
    obsolete = [entry.id for entry in catalog if entry.id and _key(entry.id) not in used]
    assert not obsolete, f"{language} entries no message uses (remove them): {obsolete}"


def _key(message_id: str | Sequence[str]) -> str:
    """A message's catalogue key: its singular form when it has plurals."""
    return message_id if isinstance(message_id, str) else message_id[0]


@pytest.mark.parametrize("language", [code for code in i18n.LANGUAGES if code != i18n.DEFAULT])
def test_the_catalogue_reads_as_babel_reads_it(language: str) -> None:
    """The command line reads its catalogue without Babel (app/client/po_file.py):
    every entry, and every plural form, must come out as Babel's compiler has it."""
    from babel.messages.mofile import write_mo

    path = i18n.LOCALE_DIR / language / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"
    with path.open("rb") as file:
        catalog = read_po(file, locale=language)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    babel, ours = gettext.GNUTranslations(compiled), po_file.translations(path)
    checked = 0
    for message in catalog:
        if isinstance(message.id, tuple):
            one, many = message.id[0], message.id[1]
            for count in range(12):
                assert ours.ngettext(one, many, count) == babel.ngettext(one, many, count)
        elif isinstance(message.id, str) and message.id:
            assert ours.gettext(message.id) == babel.gettext(message.id) == message.string
        checked += 1
    assert checked > 100
    if language == "cy":  # Welsh counts three as its own form
        assert ours.ngettext("{count} entry", "{count} entries", 3) == "{count} chofnod"


@pytest.mark.parametrize("language", [code for code in i18n.LANGUAGES if code != i18n.DEFAULT])
def test_plural_forms_are_the_languages_own(language: str) -> None:
    """Welsh counts in six forms (0, 1, 2, 3, 6, other): the header says so, as CLDR does."""
    path = i18n.LOCALE_DIR / language / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"
    with path.open("rb") as file:
        catalog = read_po(file, locale=language)
    assert catalog.plural_forms == Catalog(locale=language).plural_forms


def _environment(monkeypatch: pytest.MonkeyPatch, **values: str) -> None:
    for name in ("DAYBOOK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)


def test_language_comes_from_the_setting_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _environment(monkeypatch, LANG="cy_GB.UTF-8")
    assert i18n.choose() == "cy"
    assert i18n.choose("en") == "en"
    _environment(monkeypatch, DAYBOOK_LANG="en", LANG="cy_GB.UTF-8")
    assert i18n.choose() == "en"
    _environment(monkeypatch, LANGUAGE="fr:cy", LANG="en_GB.UTF-8")
    assert i18n.choose() == "cy"
    _environment(monkeypatch, LC_MESSAGES="cy_GB.UTF-8", LANG="en_GB.UTF-8")
    assert i18n.choose() == "cy"
    _environment(monkeypatch, LANG="fr_FR.UTF-8")
    assert i18n.choose() == "en"
    with pytest.raises(ValueError, match="no catalogue"):
        i18n.activate("xx")


@pytest.mark.usefixtures("welsh")
def test_report_in_welsh_keeps_the_victims_words() -> None:
    page = render_html(sample_pack())
    assert '<html lang="cy">' in page
    assert "<h3>Yr hyn a gofnododd y dioddefwr</h3>" in page
    assert "Iaith labeli&#x27;r adroddiad hwn: Cymraeg." in page
    assert "Llun 3 Maw 2025" in page  # Babel's Welsh names of days and months
    assert "12 digwyddiad" in page
    assert "Daniel followed me from the bus stop" in page  # never translated
    assert NON_LATIN in page
    assert "What the victim recorded" not in page


def test_report_says_its_labels_are_english() -> None:
    page = render_html(sample_pack())
    assert "The labels of this report are in English" in page
