"""Word-level differences between two versions' wording."""

from __future__ import annotations

import itertools

import pytest

from app.client.version_diff import Segment, compare, plain, word_diff

PAIRS = [
    ("He stood at the bus stop", "He stood there an hour"),
    ("", "Added from nothing"),
    ("Gone entirely", ""),
    ("Line one\nLine two\n\nLine three", "Line one\nLine 2\n\nLine three, later"),
    ("  leading spaces kept", "leading spaces kept"),
    ("same", "same"),
]


@pytest.mark.parametrize(("before", "after"), PAIRS)
def test_both_versions_can_be_read_back_from_the_marks(before: str, after: str) -> None:
    segments = word_diff(before, after)
    earlier = "".join(s.text for s in segments if s.kind != "added")
    assert earlier.split() == before.split()  # spacing alone is not marked
    assert "".join(s.text for s in segments if s.kind != "removed") == after
    # Neighbours never share a kind, so each change is one mark.
    assert all(a.kind != b.kind for a, b in itertools.pairwise(segments))


def test_plain_text_marks_like_wdiff() -> None:
    segments = word_diff("about twenty metres behind", "about ten metres behind")
    assert plain(segments) == "about [-twenty -][+ten +]metres behind"


def test_a_field_only_the_earlier_version_had_shows_as_removed() -> None:
    diffs = compare([("What happened", "a"), ("Where", "home")], [("What happened", "a b")])
    assert [(d.label, d.segments) for d in diffs] == [
        ("What happened", (Segment("same", "a "), Segment("added", "b"))),
        ("Where", (Segment("removed", "home"),)),
    ]
    assert compare(None, [("What happened", "a")])[0].segments == (Segment("same", "a"),)
