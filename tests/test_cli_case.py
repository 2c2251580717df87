"""Case documents and share ends through the `daybook` command: a victim and
her advocate keep a safety plan, both write versions and both read them."""

from __future__ import annotations

import json
from pathlib import Path

from app.config import Settings
from tests.advocacy.test_case_documents import PLAN, REVIEW
from tests.test_cli_advocacy import CODE, UUID, bootstrap, fails, found, home, ok, register
from tests.test_cli_diary import add_simple

__all__ = ["home"]  # the fixture


def write(path: Path, value: dict[str, object]) -> str:
    path.write_text(json.dumps(value), encoding="utf-8")
    return str(path)


def test_a_safety_plan_and_a_risk_review_from_both_sides(
    home: Path, settings: Settings, tmp_path: Path
) -> None:
    _admin, advocate, _fingerprint = bootstrap(home, settings)
    code = found(CODE, ok(advocate, "advocate", "code").stdout)
    victim, _ = register(home, "robin")
    ok(victim, "advocate", "accept", code, "--yes", "--label", "Robin")
    case_id = found(UUID, ok(advocate, "advocate", "cases").stdout)

    made = ok(victim, "case-doc", "new", "safety-plan", write(tmp_path / "plan.json", PLAN))
    assert "readable by you and your advocate" in made.stdout
    plan_id = found(UUID, made.stdout)
    changed = {**PLAN, "code_word": {"word": "mango", "means": "Come and get me."}}
    added = ok(advocate, "case-doc", "update", plan_id, write(tmp_path / "plan2.json", changed))
    assert "Added version 2 of safety-plan" in added.stdout
    review = ok(
        advocate,
        "case-doc",
        "new",
        "risk-review",
        write(tmp_path / "review.json", REVIEW),
        "--case",
        case_id,
    )
    review_id = found(UUID, review.stdout)

    for side in (victim, advocate):
        listed = ok(side, "case-doc", "list").stdout
        assert plan_id in listed and review_id in listed
        shown = ok(side, "case-doc", "show", plan_id).stdout
        assert "safety-plan version 1" in shown and "safety-plan version 2" in shown
        assert "pineapple" in shown and "mango" in shown
    shown = ok(victim, "case-doc", "show", review_id).stdout
    assert "professional_judgement" in shown
    assert "dash-02: Is the victim very frightened?" in shown
    # The schema's words in the chosen language (schemas/locale/cy.json); her words stay hers.
    welsh = ok(victim, "case-doc", "show", review_id, DAYBOOK_LANG="cy").stdout
    assert "dash-02: A yw'r dioddefwr yn ofnus iawn?" in welsh
    assert "Outside work three times." in welsh

    broken = fails(victim, "case-doc", "new", "orders", write(tmp_path / "bad.json", PLAN))
    assert "invalid case document" in broken.stderr


def test_a_share_with_an_end(home: Path, settings: Settings) -> None:
    _admin, advocate, _fingerprint = bootstrap(home, settings)
    code = found(CODE, ok(advocate, "advocate", "code").stdout)
    victim, _ = register(home, "sam")
    entry = add_simple(victim, "He called 14 times")
    ok(victim, "advocate", "accept", code, "--yes", "--label", "Sam")
    shared = ok(victim, "share", entry, "--until", "2099-01-31T18:00+00:00").stdout
    assert "until 2099-01-31 18:00 UTC" in shared
    moved = ok(victim, "share-until", entry, "never").stdout
    assert "until you revoke it" in moved
    assert "offset" in fails(victim, "share-until", entry, "2099-01-31T18:00").stderr
    assert "future" in fails(victim, "share-until", entry, "2001-01-31T18:00+00:00").stderr
