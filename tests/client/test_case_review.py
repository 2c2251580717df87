"""The advocate's review of a case: what is new or changed since the mark
their device keeps, reviews due and orders ending."""

from __future__ import annotations

import datetime as dt
import uuid

from app.client.case_review import (
    Due,
    ReviewMark,
    Versioned,
    orders_ending,
    reviewed,
    reviews_due,
    since,
)

TODAY = dt.date(2026, 12, 6)


def test_new_and_changed_since_the_last_review() -> None:
    first, second, plan = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    note = uuid.uuid4()
    before = [Versioned(first, 1), Versioned(plan, 2, "safety-plan")]
    mark = ReviewMark.from_json(
        reviewed(before, [note], dt.datetime(2026, 11, 1, tzinfo=dt.UTC)).to_json()
    )
    assert since(mark, before, [note]).nothing
    now = [Versioned(first, 2), Versioned(second, 1), Versioned(plan, 2, "safety-plan")]
    later = uuid.uuid4()
    changes = since(mark, now, [note, later])
    assert changes.new == (Versioned(second, 1),)
    assert changes.changed == (Versioned(first, 2),)
    assert changes.new_notes == (later,)
    listed = Versioned.entries([{"entry_id": str(first), "current_version": 3}])
    assert listed == [Versioned(first, 3)]


def test_reviews_due_and_orders_ending() -> None:
    reviews = [
        {"assessed_on": "2026-08-01", "next_review_due": "2026-09-20"},
        {"assessed_on": "2026-10-20", "next_review_due": "2026-12-10"},
    ]
    assert reviews_due(reviews, TODAY) == [Due("risk review", dt.date(2026, 12, 10), False)]
    assert reviews_due(reviews, dt.date(2026, 11, 1)) == []
    assert reviews_due(reviews, dt.date(2026, 12, 11))[0].overdue
    orders = [
        {"id": "a", "type": "restraining-order", "reference": "T2026/17", "end": "2026-12-20"},
        {"id": "b", "type": "bail-conditions", "end": "2027-06-01"},
        {"id": "c", "type": "stalking-protection-order"},
    ]
    assert orders_ending(orders, TODAY) == [
        Due("restraining-order T2026/17", dt.date(2026, 12, 20), False)
    ]
