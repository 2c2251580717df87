"""The schemas' words in the chosen language (app/client/schema_words.py,
schemas/locale/<language>.json): English is the schema itself, and a
translation made from English the schema no longer has is not used."""

from __future__ import annotations

import pytest

from app.client import schema_words

POINTER = "/$defs/questions/const/dash-02"
ENGLISH = "Is the victim very frightened?"


def test_english_is_the_schema() -> None:
    assert schema_words.question("dash-02") == ENGLISH
    assert schema_words.question("dash-99") == "dash-99"


@pytest.mark.usefixtures("welsh")
def test_welsh_comes_from_the_catalogue() -> None:
    assert schema_words.question("dash-02") == "A yw'r dioddefwr yn ofnus iawn?"


@pytest.mark.usefixtures("welsh")
def test_a_translation_of_older_english_is_not_used() -> None:
    changed = "Is the victim frightened?"
    assert schema_words.word("risk-review", POINTER, changed) == changed
